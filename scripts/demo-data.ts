/**
 * Demo tenants for `npm start` and compose: created once, with an API key and an admin user, and
 * seeded with the generator in seed-data.ts (size small) through a private gateway.
 *
 * Outside production the key and password are derived from DEMO_KEY_SEED, so `npm start` prints the
 * same ones after every restart. In production (only when SEED_DEMO_DATA=true) they are random:
 * minted when the tenant is created, returned that once to be printed, and never again (only
 * their hashes are stored), so no two installations share a demo key.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Config } from '../lib/env';
import { createGateway, type GatewayConfig } from '../gateway';
import { demoApiKey, generateApiKey, hashApiKey, type IdentityModels } from '../subgraphs/identity/models';
import { createApiKey } from '../subgraphs/identity/services/api-keys';
import { findOrCreateTenant } from '../subgraphs/identity/services/tenants';
import { SEEDING_GATEWAY_LIMITS, seedTenantData, throttledCall, type SeedTenant } from './seed-data';

export type DemoTenant = SeedTenant;

export const DEMO_TENANTS: DemoTenant[] = [
  { slug: 'acme', name: 'Acme Supplies GmbH', currency: 'EUR' },
  { slug: 'globex', name: 'Globex Retail Inc.', currency: 'USD' },
];

/** The demo admin's password: derived like the demo key, so it survives restarts. */
export const demoPassword = (seed: string, slug: string) =>
  `Demo-${createHmac('sha256', seed).update(`demo-password:${slug}`).digest('base64url').slice(0, 16)}`;

export interface DemoCredentials {
  tenant: DemoTenant;
  key: string;
  admin: { email: string; password: string };
}

export interface SeedingGateway {
  url: string;
  stop(): Promise<void>;
}

/**
 * A second gateway over the same subgraphs, on a free loopback port, with a budget sized for a
 * bulk load. It lives only while seeding; the public gateway keeps the limits partners see.
 */
export async function startSeedingGateway(config: Omit<GatewayConfig, 'limits'>): Promise<SeedingGateway> {
  const gateway = await createGateway({ ...config, limits: SEEDING_GATEWAY_LIMITS });
  return { url: await gateway.listen(0, '127.0.0.1'), stop: gateway.stop };
}

/** Makes sure a tenant exists and holds `key`; true when the tenant was created now. */
export async function ensureTenant(identity: IdentityModels, tenant: SeedTenant, key: string, keyName: string) {
  const { doc, created } = await findOrCreateTenant(identity, tenant);
  if (!(await identity.ApiKeyLookup.exists({ hash: hashApiKey(key) })))
    await createApiKey(identity, doc._id.toString(), keyName, key);
  return { id: doc._id.toString(), created, tenant: { slug: doc.slug, name: doc.name, currency: doc.currency } as SeedTenant };
}

export type DemoCredentialSource = Config['demoCredentials'];

/** The demo credentials of a tenant: derived from the seed, or random (production). */
function demoCredentialsOf(source: DemoCredentialSource, tenant: DemoTenant): DemoCredentials {
  const email = `admin@${tenant.slug}.example`;
  if (source.kind === 'derived') {
    return {
      tenant,
      key: demoApiKey(source.seed, tenant.slug),
      admin: { email, password: demoPassword(source.seed, tenant.slug) },
    };
  }
  return { tenant, key: generateApiKey(), admin: { email, password: `Demo-${randomBytes(18).toString('base64url')}` } };
}

/**
 * Makes sure each demo tenant exists with its demo key and admin user; seeds its data (size
 * small, seeds 1 and 2) the first time, through `seedingGateway` opened only when needed. Returns
 * the credentials to show: every tenant's when they are derived, only the tenants created now
 * when they are random (nobody can show them again).
 */
export async function ensureDemoTenants(
  identity: IdentityModels,
  source: DemoCredentialSource,
  seedingGateway: () => Promise<SeedingGateway>,
  log: (msg: string) => void = () => undefined,
): Promise<DemoCredentials[]> {
  const demo = await Promise.all(
    DEMO_TENANTS.map(async (tenant, index) => {
      const credentials = demoCredentialsOf(source, tenant);
      let created: boolean;
      if (source.kind === 'derived') {
        ({ created } = await ensureTenant(identity, tenant, credentials.key, 'Demo key'));
      } else {
        const found = await findOrCreateTenant(identity, tenant);
        created = found.created;
        if (created) await createApiKey(identity, found.doc._id.toString(), 'Demo key', credentials.key);
      }
      return { credentials, created, seed: index + 1 };
    }),
  );
  const fresh = demo.filter((d) => d.created);
  if (fresh.length) {
    const started = Date.now();
    log(`seeding demo tenants ${fresh.map((d) => d.credentials.tenant.slug).join(', ')}...`);
    const gateway = await seedingGateway();
    try {
      await Promise.all(
        fresh.map(async ({ credentials: { tenant, key, admin }, seed }) => {
          const call = throttledCall(gateway.url, key);
          const { createUser } = await call(
            `mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } userErrors { message } } }`,
            { i: { ...admin, name: `${tenant.name} admin`, roles: ['ADMIN'] } },
          );
          if (createUser.userErrors.length) throw new Error(`Seeding the admin user failed: ${createUser.userErrors[0].message}`);
          await seedTenantData(call, tenant, { size: 'small', seed });
          // The admin's sign-in is a person too: linked to the first employee, so myTasks and approvals work for them.
          const { employees } = await call(`{ employees(first: 1, sort: NAME_ASC) { edges { node { id } } } }`);
          const employeeId = employees.edges[0]?.node.id;
          if (employeeId) {
            await call(`mutation($i: LinkUserToEmployeeInput!) { linkUserToEmployee(input: $i) { userErrors { message } } }`, {
              i: { userId: createUser.user.id, employeeId },
            });
          }
        }),
      );
    } finally {
      await gateway.stop();
    }
    log(`seeded the demo tenants in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  }
  return demo.filter((d) => source.kind === 'derived' || d.created).map((d) => d.credentials);
}
