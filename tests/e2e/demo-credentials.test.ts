/**
 * Demo data in production: when asked for, the demo tenants get random keys and passwords, shown
 * once when they are created; the key every machine used to derive from DEMO_KEY_SEED=demo gets
 * nothing, and a restart shows (and mints) nothing new.
 */
import { demoApiKey } from '../../subgraphs/identity/models';
import { DEMO_TENANTS, demoPassword, ensureDemoTenants, startSeedingGateway } from '../../scripts/demo-data';
import { TEST_JWT_SECRET, TEST_SECRET, testMongoUri } from '../helpers/db';
import { graphql } from '../helpers/graphql';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';
import { unrecorded } from '../helpers/query-shapes';

describe('demo credentials in production', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform?.stop());

  it('are random, shown once, and the derived demo key and password are refused', async () => {
    const seeding = () =>
      startSeedingGateway({
        mongoUri: testMongoUri(),
        dbPrefix: platform.dbPrefix,
        signingSecrets: [TEST_SECRET],
        jwtSecrets: [TEST_JWT_SECRET],
        nodeEnv: 'test',
        subgraphUrls: platform.subgraphUrls,
      });
    const shown = await ensureDemoTenants(platform.gateway.identity, { kind: 'random' }, seeding);
    expect(shown.map((c) => c.tenant.slug)).toEqual(DEMO_TENANTS.map((t) => t.slug));
    for (const { tenant, key, admin } of shown) {
      expect(key).not.toBe(demoApiKey('demo', tenant.slug));
      expect(admin.password).not.toBe(demoPassword('demo', tenant.slug));
      const me = await graphql(
        platform.gatewayUrl,
        `
          {
            me {
              tenant {
                slug
              }
            }
            customers {
              totalCount
            }
          }
        `,
        {},
        { 'x-api-key': key },
      );
      expect(me.data).toEqual({ me: { tenant: { slug: tenant.slug } }, customers: { totalCount: expect.any(Number) } });
      expect(me.data.customers.totalCount).toBeGreaterThan(0); // the demo data is there
      const derived = await graphql(
        platform.gatewayUrl,
        `
          {
            me {
              principal
            }
          }
        `,
        {},
        { 'x-api-key': demoApiKey('demo', tenant.slug) },
      );
      expect(derived.status).toBe(401);
      const signIn = (password: string) =>
        graphql(
          platform.gatewayUrl,
          `
            mutation ($i: LoginInput!) {
              login(input: $i) {
                accessToken
              }
            }
          `,
          {
            i: { tenant: tenant.slug, email: admin.email, password },
          },
        );
      expect((await signIn(admin.password)).data.login.accessToken).toEqual(expect.any(String));
      expect((await signIn(demoPassword('demo', tenant.slug))).data.login.accessToken).toBeNull();
    }
    // Keys differ between the two tenants, and a second start shows nothing and mints nothing.
    expect(new Set(shown.map((c) => c.key)).size).toBe(shown.length);
    const countKeys = () => unrecorded(() => platform.gateway.identity.ApiKeyLookup.countDocuments({}));
    const keysBefore = await countKeys();
    expect(await ensureDemoTenants(platform.gateway.identity, { kind: 'random' }, seeding)).toEqual([]);
    expect(await countKeys()).toBe(keysBefore);
  }, 1_500_000); // seeds both demo tenants in every domain twice: 3 to 6 minutes on a busy 2-core machine, past 8 on FerretDB
});
