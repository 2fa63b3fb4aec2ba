import { createApiKey } from '../../subgraphs/identity/services/api-keys';
import { SUBGRAPHS } from '../../lib/env';
import { startPlatform, type Platform, type PlatformOptions } from '../../scripts/platform';
import { TEST_JWT_SECRET, TEST_SECRET, testMongoUri, uniquePrefix } from './db';
import { createTestTenant, type TestTenant } from './tenants';

export type { TestTenant };

export interface TestPlatform extends Platform {
  /** The databases' name prefix, for extra services (another gateway) over the same data. */
  dbPrefix: string;
  tenantA: TestTenant;
  tenantB: TestTenant;
}

export interface TestPlatformOptions extends Pick<
  PlatformOptions,
  'gatewayLimits' | 'events' | 'subscriptions' | 'trustedDocuments'
> {
  /** Turn on the gateway's GraphiQL explorer; `tenantAKeyHeader` prefills its headers with tenant A's key. */
  explorer?: { enabled: boolean; tenantAKeyHeader?: boolean };
  /** Turn on the gateway's business-health dashboard (`/dashboard`). */
  dashboard?: { enabled: boolean };
}

/**
 * The whole platform on fresh databases, with two tenants that each hold an API key.
 * `gatewayLimits` overrides the gateway's defaults (e.g. a larger cost budget for bulk set-up).
 */
export async function startTestPlatform(options: TestPlatformOptions = {}): Promise<TestPlatform> {
  const dbPrefix = uniquePrefix();
  let tenantAKey: string | undefined; // the key exists only once the gateway runs
  const explorer = options.explorer && {
    enabled: options.explorer.enabled,
    defaultHeaders: (): Record<string, string> =>
      options.explorer?.tenantAKeyHeader && tenantAKey ? { 'x-api-key': tenantAKey } : {},
  };
  const platform = await startPlatform({
    mongoUri: testMongoUri(),
    dbPrefix,
    signingSecrets: [TEST_SECRET],
    jwtSecrets: [TEST_JWT_SECRET],
    authCacheTtlMs: 200,
    nodeEnv: 'test',
    gatewayLimits: options.gatewayLimits,
    trustedDocuments: options.trustedDocuments,
    explorer,
    dashboard: options.dashboard,
    events: { pollIntervalMs: 50, ...options.events }, // flows settle fast in tests
    subscriptions: { pollIntervalMs: 50, ...options.subscriptions },
  });
  const tenant = (slug: string) => createTestTenant(platform.gateway.identity, platform.gatewayUrl, slug);
  const tenantA = await tenant('alpha');
  tenantAKey = tenantA.key;
  const tenantB = await tenant('beta');
  return {
    ...platform,
    dbPrefix,
    tenantA,
    tenantB,
    stop: async () => {
      const connections = [platform.gateway.database, ...SUBGRAPHS.map((name) => platform.subgraphs[name].database)].map(
        (db) => db.connection,
      );
      connections.push(connections[0].useDb(`${dbPrefix}_events`)); // the shared event log
      await Promise.all(connections.map((c) => c.dropDatabase().catch(() => undefined)));
      await platform.stop();
    },
  };
}

export { settleEvents } from '../../scripts/platform';

/** Sends `query` with a new API key of tenant A holding only `scopes`: what a narrowly scoped partner gets. */
export async function asScopedKey(
  platform: TestPlatform,
  scopes: string[],
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data?: any; errors?: Array<{ extensions?: { code?: string } }> }> {
  const { key } = await createApiKey(
    platform.gateway.identity,
    platform.tenantA.id,
    `only ${scopes.join(' ')}`,
    undefined,
    scopes,
  );
  const response = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> };
}
