/**
 * The gateway's optional response cache (gateway/response-cache.ts), through a second gateway with
 * the cache on over the test platform's data: hits, tenant isolation, read-your-writes after a
 * mutation, and invalidation by a domain event of the tenant on the shared bus.
 */
import { createGateway, type GatewayService } from '../../gateway';
import { TEST_JWT_SECRET, TEST_SECRET, testMongoUri } from '../helpers/db';
import { settleEvents, startTestPlatform, type TestPlatform } from '../helpers/platform';

const COUNT = `query Count { customers(first: 1) { totalCount } }`;
const CREATE = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { message } } }`;

let platform: TestPlatform;
let cached: GatewayService;
let url: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  cached = await createGateway({
    mongoUri: testMongoUri(),
    dbPrefix: platform.dbPrefix,
    signingSecrets: [TEST_SECRET],
    jwtSecrets: [TEST_JWT_SECRET],
    subgraphUrls: platform.subgraphUrls,
    nodeEnv: 'test',
    responseCache: { ttlMs: 600_000 },
    subscriptions: { pollIntervalMs: 50 },
  });
  url = await cached.listen(0);
});

afterAll(async () => {
  await cached?.stop();
  await platform?.stop();
});

async function send(key: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ query, variables }),
  });
  const body: any = await res.json();
  return { cache: res.headers.get('x-cache'), body };
}

const count = async (key: string) => {
  const { cache, body } = await send(key, COUNT);
  expect(body.errors).toBeUndefined();
  return { cache, totalCount: body.data.customers.totalCount as number };
};

describe('the gateway response cache', () => {
  it('answers a repeated query from the cache, per tenant, and forgets it after the tenant writes', async () => {
    const a = platform.tenantA.key;
    const b = platform.tenantB.key;
    expect(await count(a)).toEqual({ cache: 'MISS', totalCount: 0 });
    expect(await count(a)).toEqual({ cache: 'HIT', totalCount: 0 });

    // Tenant A writes through the caching gateway: its next read is fresh (read-your-writes).
    const created = await send(a, CREATE, { input: { name: 'Cached Co', kind: 'COMPANY' } });
    expect(created.body.data.createCustomer.userErrors).toEqual([]);
    expect(created.cache).toBeNull(); // mutations are never cached
    expect(await count(a)).toEqual({ cache: 'MISS', totalCount: 1 });

    // Tenant B asks the same query: never tenant A's answer.
    expect(await count(b)).toEqual({ cache: 'MISS', totalCount: 0 });
    expect(await count(b)).toEqual({ cache: 'HIT', totalCount: 0 });
  });

  it('forgets a tenant when a domain event of that tenant reaches the bus (writes elsewhere)', async () => {
    await settleEvents(platform); // earlier writes' events have reached the cache
    const a = platform.tenantA.key;
    const b = platform.tenantB.key;
    await count(a);
    await count(b);
    expect((await count(a)).cache).toBe('HIT');
    expect(await count(b)).toEqual({ cache: 'HIT', totalCount: 0 });
    // Tenant B writes through the other gateway: the caching one only learns of it by the
    // customers subgraph's `customers.customer.upserted` event on the bus.
    const created = await platform.tenantB.data(CREATE, { input: { name: 'Elsewhere Ltd', kind: 'COMPANY' } });
    expect(created.createCustomer.userErrors).toEqual([]);
    let latest = await count(b);
    for (let i = 0; i < 200 && latest.cache === 'HIT'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      latest = await count(b);
    }
    expect(latest).toEqual({ cache: 'MISS', totalCount: 1 });
    // Tenant A's entries were not touched by tenant B's event.
    expect((await count(a)).cache).toBe('HIT');
  });
});
