/**
 * Automatic persisted queries (APQ) by the protocol, through the running gateway: the raw
 * miss/register/hit cycle over POST and GET, a hash that does not match its query, the real
 * `@apollo/client` persisted-query link from npm, documents shared across tenants while data never
 * is, and one document cache for two gateway replicas on a real redis-server.
 */
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client/core';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { createHash } from 'node:crypto';
import { createGateway, type GatewayService } from '../../gateway';
import { createCustomer } from '../helpers/fixtures';
import { TEST_JWT_SECRET, TEST_SECRET, testMongoUri } from '../helpers/db';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';
import { startTestRedis, type TestRedis } from '../helpers/redis';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const NAMES = `query CustomerNames { customers(first: 10) { edges { node { name } } } }`;

describe('automatic persisted queries', () => {
  let redis: TestRedis;
  let platform: TestPlatform;
  let replica: GatewayService;
  let replicaUrl: string;

  beforeAll(async () => {
    redis = await startTestRedis();
    platform = await startTestPlatform({ events: { redisUrl: redis.url } });
    replica = await createGateway({
      mongoUri: testMongoUri(),
      dbPrefix: platform.dbPrefix,
      signingSecrets: [TEST_SECRET],
      jwtSecrets: [TEST_JWT_SECRET],
      subgraphUrls: platform.subgraphUrls,
      nodeEnv: 'test',
      redisUrl: redis.url,
    });
    replicaUrl = await replica.listen(0);
    await createCustomer(platform.tenantA, 'Alpha Persisted GmbH');
    await createCustomer(platform.tenantB, 'Beta Persisted Ltd');
  });

  afterAll(async () => {
    await replica?.stop();
    await platform?.stop();
    await redis?.stop();
  });

  const post = async (url: string, key: string, body: Record<string, unknown>) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const get = async (url: string, key: string, params: Record<string, unknown>) => {
    const search = new URLSearchParams(
      Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
    );
    const response = await fetch(`${url}?${search}`, { headers: { 'x-api-key': key, 'apollo-require-preflight': 'true' } });
    return { status: response.status, body: (await response.json()) as any };
  };
  const apq = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });
  const names = (body: any) => body.data.customers.edges.map((e: any) => e.node.name);

  it('answers an unknown hash PERSISTED_QUERY_NOT_FOUND (200), registers it with the query, then serves the hash alone', async () => {
    const query = `{ customers(first: 5) { totalCount } }`;
    const miss = await post(platform.gatewayUrl, platform.tenantA.key, { extensions: apq(query) });
    expect(miss.status).toBe(200);
    expect(miss.body.errors).toEqual([
      expect.objectContaining({
        message: 'PersistedQueryNotFound',
        extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }),
      }),
    ]);
    const missGet = await get(platform.gatewayUrl, platform.tenantA.key, { extensions: apq(`{ __typename }`) });
    expect([missGet.status, missGet.body.errors[0].extensions.code]).toEqual([200, 'PERSISTED_QUERY_NOT_FOUND']);

    const register = await post(platform.gatewayUrl, platform.tenantA.key, { query, extensions: apq(query) });
    expect(register.body.data).toEqual({ customers: { totalCount: 1 } });
    const hit = await post(platform.gatewayUrl, platform.tenantA.key, { extensions: apq(query) });
    expect([hit.status, hit.body.data]).toEqual([200, { customers: { totalCount: 1 } }]);
    const hitGet = await get(platform.gatewayUrl, platform.tenantA.key, { extensions: apq(query) });
    expect(hitGet.body.data).toEqual({ customers: { totalCount: 1 } });
  });

  it('refuses a query that does not match its hash with PERSISTED_QUERY_HASH_MISMATCH (400) and runs nothing', async () => {
    const mutation = `mutation { createCustomer(input: { name: "Never Created", kind: COMPANY }) { customer { id } } }`;
    const wrong = await post(platform.gatewayUrl, platform.tenantA.key, { query: mutation, extensions: apq(`{ __typename }`) });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    const wrongGet = await get(platform.gatewayUrl, platform.tenantA.key, {
      query: '{ __typename }',
      extensions: apq('{ me { principal } }'),
    });
    expect([wrongGet.status, wrongGet.body.errors[0].extensions.code]).toEqual([400, 'PERSISTED_QUERY_HASH_MISMATCH']);
    const stored = await platform.tenantA.data(`{ customers(first: 50) { edges { node { name } } } }`);
    expect(names({ data: stored })).not.toContain('Never Created');
  });

  it("works with @apollo/client's persisted-query link: a miss is retried with the query, the next request is the hash alone", async () => {
    const sent: Array<{ hasQuery: boolean; hasHash: boolean }> = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      const body = JSON.parse(String(init?.body ?? '{}'));
      sent.push({ hasQuery: typeof body.query === 'string', hasHash: Boolean(body.extensions?.persistedQuery) });
      return fetch(input, init);
    };
    const client = new ApolloClient({
      cache: new InMemoryCache(),
      link: createPersistedQueryLink({ sha256 }).concat(
        new HttpLink({ uri: platform.gatewayUrl, fetch: recordingFetch, headers: { 'x-api-key': platform.tenantA.key } }),
      ),
      defaultOptions: { query: { fetchPolicy: 'network-only' } },
    });
    const first = await client.query({ query: gql(NAMES) });
    expect(first.data.customers.edges.map((e: any) => e.node.name)).toEqual(['Alpha Persisted GmbH']);
    expect(sent).toEqual([
      { hasQuery: false, hasHash: true }, // hash only: PERSISTED_QUERY_NOT_FOUND
      { hasQuery: true, hasHash: true }, // retried with the query, which registers it
    ]);
    const second = await client.query({ query: gql(NAMES) });
    expect(second.data.customers.edges.map((e: any) => e.node.name)).toEqual(['Alpha Persisted GmbH']);
    expect(sent.slice(2)).toEqual([{ hasQuery: false, hasHash: true }]);
    client.stop();
  });

  it("shares documents, never data: tenant B sending tenant A's registered hash gets B's customers", async () => {
    expect(names((await post(platform.gatewayUrl, platform.tenantA.key, { query: NAMES, extensions: apq(NAMES) })).body)).toEqual(
      ['Alpha Persisted GmbH'],
    );
    const asB = await post(platform.gatewayUrl, platform.tenantB.key, { extensions: apq(NAMES) });
    expect(names(asB.body)).toEqual(['Beta Persisted Ltd']);
    const anonymous = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: apq(NAMES) }),
    });
    expect(anonymous.status).toBe(401); // a registered document is no credential
  });

  it('keeps one document cache for every replica when REDIS_URL is set', async () => {
    const query = `{ customers(first: 3) { edges { node { name } } } }`;
    expect((await post(replicaUrl, platform.tenantA.key, { extensions: apq(query) })).body.errors[0].extensions.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    await post(platform.gatewayUrl, platform.tenantA.key, { query, extensions: apq(query) }); // registered on one
    const onReplica = await post(replicaUrl, platform.tenantB.key, { extensions: apq(query) }); // served by the other
    expect(names(onReplica.body)).toEqual(['Beta Persisted Ltd']);
  });
});
