/**
 * Several gateway replicas, as a load balancer spreads a partner over them: two gateway processes
 * over the same subgraphs and one real redis-server (REDIS_URL). A caller gets one cost budget,
 * not one per replica (the anonymous per-address budgets too), and a key revoked or a session
 * signed out through one replica stops working on the other within a second, although the other
 * caches credentials for ten minutes.
 */
import { createApiKey } from '../../subgraphs/identity/services/api-keys';
import { databaseName, openDatabase, type Database } from '../../lib/mongo/connection';
import { identityModels, type IdentityModels } from '../../subgraphs/identity/models';
import { testMongoUri } from '../helpers/db';
import { graphql } from '../helpers/graphql';
import { startProcessPlatform, type ProcessPlatform, type ServiceProcess } from '../helpers/processes';
import { startTestRedis, type TestRedis } from '../helpers/redis';
import type { TestTenant } from '../helpers/tenants';

const PASSWORD = 'correct horse battery staple';

describe('gateway replicas sharing one Redis', () => {
  let redis: TestRedis;
  let platform: ProcessPlatform;
  let replica: ServiceProcess;
  let tenant: TestTenant;
  let identityDb: Database;
  let identity: IdentityModels;

  beforeAll(async () => {
    redis = await startTestRedis();
    const gatewayEnv = {
      REDIS_URL: redis.url,
      GATEWAY_COST_BUCKET_SIZE: '1000',
      GATEWAY_MAX_COST: '1000', // the processes' default maximum is larger than this bucket
      GATEWAY_COST_RESTORE_RATE: '1',
      AUTH_CACHE_TTL_MS: '600000', // revocation must not wait for this
      TRUSTED_PROXY_HOPS: '1', // X-Forwarded-For names the anonymous caller's address
    };
    platform = await startProcessPlatform({ subgraphs: ['identity', 'customers'], env: { gateway: gatewayEnv } });
    replica = await platform.gatewayReplica(gatewayEnv);
    tenant = await platform.tenant('replicas');
    identityDb = await openDatabase(testMongoUri(), databaseName(platform.dbPrefix, 'identity'));
    identity = identityModels(identityDb.connection);
  }, 180_000);

  afterAll(async () => {
    await identityDb?.close();
    await platform?.stop();
    await redis?.stop();
  });

  const on = (url: string, query: string, headers: Record<string, string>, variables?: Record<string, unknown>) =>
    graphql<any>(url, query, variables, headers) as Promise<any>;

  /** Polls until `check` holds; fails after `timeoutMs`. Returns how long it took. */
  async function within(timeoutMs: number, check: () => Promise<boolean>): Promise<number> {
    const started = Date.now();
    while (!(await check())) {
      if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 25));
    }
    return Date.now() - started;
  }

  it('gives a caller one budget across replicas: what one spends, the other no longer has', async () => {
    // Thirty customers, so that reading them costs about thirty points (set up with another key).
    const setup = { 'x-api-key': (await fresh()).key };
    for (let i = 0; i < 30; i++) {
      const created = await on(
        platform.gatewayUrl,
        `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { userErrors { code } } }`,
        setup,
        { i: { name: `Replica Customer ${i}`, kind: 'COMPANY' } },
      );
      expect(created.data?.createCustomer.userErrors).toEqual([]);
    }
    const key = { 'x-api-key': tenant.key };
    const read = `{ customers(first: 100) { edges { node { id name } } } }`;
    let spent = 0;
    let admitted = 0;
    let throttled: any;
    for (let i = 0; i < 100 && !throttled; i++) {
      const answer = await on(i % 2 ? platform.gatewayUrl : replica.url, read, key);
      if (answer.errors?.[0].extensions?.code === 'THROTTLED') {
        throttled = answer;
        break;
      }
      expect(answer.errors).toBeUndefined();
      const cost = answer.extensions.cost;
      spent += cost.actualQueryCost;
      admitted++;
      // Whichever replica answers reports what both have charged (less what came back meanwhile).
      expect(cost.throttleStatus.currentlyAvailable).toBeLessThanOrEqual(1000 - spent + 20);
    }
    expect(throttled).toBeDefined();
    expect(throttled.status).toBe(429);
    // One bucket's worth was admitted; two separate budgets would have let about twice as many through.
    expect(spent).toBeLessThanOrEqual(1000 + 40);
    expect(admitted).toBeLessThan(1000 / 30 + 5);
    // Both replicas refuse now.
    for (const url of [platform.gatewayUrl, replica.url]) {
      expect((await on(url, read, key)).errors?.[0].extensions?.code).toBe('THROTTLED');
    }
  });

  it('shares the anonymous per-address budget too: spent on one replica, refused on the other', async () => {
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    const login = `mutation { login(input: { tenant: "nobody", email: "x@y.example", password: "wrong password!" }) { userErrors { code } } }`;
    let admitted = 0;
    for (let i = 0; i < 400; i++) {
      const answer = await on(platform.gatewayUrl, login, from('203.0.113.50'));
      if (answer.errors?.[0].extensions?.code === 'THROTTLED') break;
      admitted++;
    }
    expect(admitted).toBeGreaterThan(0);
    expect(admitted).toBeLessThan(400);
    // The other replica has no fresh budget for that address; another address still has its own.
    expect((await on(replica.url, login, from('203.0.113.50'))).errors?.[0].extensions?.code).toBe('THROTTLED');
    const other = await on(replica.url, login, from('203.0.113.51'));
    expect([other.errors, other.data?.login.userErrors.length]).toEqual([undefined, 1]); // refused by identity, not the budget
  });

  it('stops a key revoked through one replica on the other within a second', async () => {
    const { key, record: apiKey } = await createApiKey(identity, tenant.id, 'partner key');
    const partner = { 'x-api-key': key };
    expect((await on(replica.url, `{ customers(first: 1) { totalCount } }`, partner)).errors).toBeUndefined(); // cached now
    const admin = { 'x-api-key': (await fresh()).key };
    const revoked = await on(
      platform.gatewayUrl,
      `mutation($i: RevokeApiKeyInput!) { revokeApiKey(input: $i) { apiKey { revokedAt } userErrors { code } } }`,
      admin,
      { i: { id: apiKey._id.toString() } },
    );
    expect(revoked.data?.revokeApiKey.userErrors).toEqual([]);
    const took = await within(1000, async () => {
      const answer = await on(replica.url, `{ __typename }`, partner);
      return answer.errors?.[0].extensions?.code === 'UNAUTHENTICATED';
    });
    expect(took).toBeLessThan(1000);
  });

  it('stops a session signed out through one replica on the other within a second', async () => {
    const created = await on(
      platform.gatewayUrl,
      `mutation($i: CreateUserInput!) { createUser(input: $i) { userErrors { code } } }`,
      { 'x-api-key': (await fresh()).key },
      { i: { email: 'ada@replicas.example', name: 'Ada', password: PASSWORD, roles: ['VIEWER'] } },
    );
    expect(created.data?.createUser.userErrors).toEqual([]);
    const signedIn = await on(
      platform.gatewayUrl,
      `mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken userErrors { code } } }`,
      { 'x-forwarded-for': '203.0.113.60' },
      { i: { tenant: 'replicas', email: 'ada@replicas.example', password: PASSWORD } },
    );
    const { accessToken, refreshToken } = signedIn.data!.login;
    expect(accessToken).toEqual(expect.any(String));
    const bearer = { authorization: `Bearer ${accessToken}` };
    expect((await on(replica.url, `{ customers(first: 1) { totalCount } }`, bearer)).errors).toBeUndefined(); // cached now
    const out = await on(
      platform.gatewayUrl,
      `mutation($t: String!) { logout(input: { refreshToken: $t }) { userErrors { code } } }`,
      {},
      { t: refreshToken },
    );
    expect(out.data?.logout.userErrors).toEqual([]);
    const took = await within(1000, async () => {
      const answer = await on(replica.url, `{ __typename }`, bearer);
      return answer.errors?.[0].extensions?.code === 'UNAUTHENTICATED';
    });
    expect(took).toBeLessThan(1000);
  });

  /** A second admin key of the tenant (the first one's budget is spent by the first test). */
  async function fresh() {
    return createApiKey(identity, tenant.id, 'admin key');
  }
});
