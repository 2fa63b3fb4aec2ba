/**
 * The gateway against the GraphQL-over-HTTP spec: media types chosen by Accept, status codes of
 * request errors, GET for queries only, 406 for media types it cannot produce.
 */
import { createApiKey } from '../../subgraphs/identity/services/api-keys';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

describe('GraphQL over HTTP at the gateway', () => {
  let platform: TestPlatform;
  let readOnlyKey: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    ({ key: readOnlyKey } = await createApiKey(platform.gateway.identity, platform.tenantA.id, 'customers only', undefined, [
      'customers:read',
    ]));
  });
  afterAll(() => platform?.stop());

  const post = async (body: unknown, accept?: string, key = platform.tenantA.key) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-api-key': key };
    if (accept) headers.accept = accept;
    const response = await fetch(platform.gatewayUrl, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as any };
  };
  const get = async (params: Record<string, string>, accept = GRAPHQL_RESPONSE) => {
    const response = await fetch(`${platform.gatewayUrl}?${new URLSearchParams(params)}`, {
      // CSRF prevention: a GET must show it is not a simple cross-site request (README, "Limits and cost").
      headers: { accept, 'x-api-key': platform.tenantA.key, 'apollo-require-preflight': 'true' },
    });
    return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as any };
  };

  describe('Accept: application/graphql-response+json', () => {
    it('answers a valid query with 200 in that media type', async () => {
      const { status, type, body } = await post({ query: '{ customers(first: 1) { totalCount } }' }, GRAPHQL_RESPONSE);
      expect(status).toBe(200);
      expect(type).toMatch(/^application\/graphql-response\+json/);
      expect(body.data.customers.totalCount).toBe(0);
    });

    it('answers a parse error with 400 and no data', async () => {
      const { status, type, body } = await post({ query: '{ customers(first: 1) { totalCount ' }, GRAPHQL_RESPONSE);
      expect(status).toBe(400);
      expect(type).toMatch(/^application\/graphql-response\+json/);
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    });

    it('answers a validation error with 400 and no data', async () => {
      const { status, type, body } = await post({ query: '{ customers(first: 1) { noSuchField } }' }, GRAPHQL_RESPONSE);
      expect(status).toBe(400);
      expect(type).toMatch(/^application\/graphql-response\+json/);
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('answers 200 with partial data when only a field fails', async () => {
      const query = '{ customers(first: 1) { totalCount } order(id: "000000000000000000000000") { id } }';
      const { status, body } = await post({ query }, GRAPHQL_RESPONSE, readOnlyKey);
      expect(status).toBe(200);
      expect(body.data.customers.totalCount).toBe(0);
      expect(body.errors[0]).toMatchObject({ path: ['order'], extensions: { code: 'FORBIDDEN' } });
    });
  });

  describe('Accept: application/json', () => {
    it('answers with application/json, and 200 for field errors', async () => {
      const query = '{ customers(first: 1) { totalCount } order(id: "000000000000000000000000") { id } }';
      const { status, type, body } = await post({ query }, 'application/json', readOnlyKey);
      expect(status).toBe(200);
      expect(type).toMatch(/^application\/json/);
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    });

    it('is what a request without Accept gets', async () => {
      const { status, type } = await post({ query: '{ customers(first: 1) { totalCount } }' });
      expect(status).toBe(200);
      expect(type).toMatch(/^application\/json/);
    });

    it('keeps 400 for a request error, as documented for the limits', async () => {
      const { status, type, body } = await post({ query: '{ customers(first: 1) { totalCount ' }, 'application/json');
      expect(status).toBe(400);
      expect(type).toMatch(/^application\/json/);
      expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    });
  });

  it('prefers application/graphql-response+json when the client accepts both', async () => {
    const { type } = await post(
      { query: '{ customers(first: 1) { totalCount } }' },
      `${GRAPHQL_RESPONSE}, application/json;q=0.9`,
    );
    expect(type).toMatch(/^application\/graphql-response\+json/);
  });

  it('refuses an Accept it cannot produce with 406', async () => {
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/xml', 'x-api-key': platform.tenantA.key },
      body: JSON.stringify({ query: '{ customers(first: 1) { totalCount } }' }),
    });
    expect(response.status).toBe(406);
  });

  describe('GET', () => {
    it('serves a query with variables and operationName from the URL', async () => {
      const { status, type, body } = await get({
        query: 'query Other { __typename } query Count($n: Int) { customers(first: $n) { totalCount } }',
        variables: JSON.stringify({ n: 2 }),
        operationName: 'Count',
      });
      expect(status).toBe(200);
      expect(type).toMatch(/^application\/graphql-response\+json/);
      expect(body.data).toEqual({ customers: { totalCount: 0 } });
    });

    it('answers a validation error over GET with 400', async () => {
      const { status, body } = await get({ query: '{ nope }' });
      expect(status).toBe(400);
      expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('refuses a mutation with 405 and Allow: POST', async () => {
      const response = await fetch(
        `${platform.gatewayUrl}?${new URLSearchParams({ query: 'mutation { createDepartment(input: { name: "x" }) { department { id } } }' })}`,
        { headers: { accept: GRAPHQL_RESPONSE, 'x-api-key': platform.tenantA.key, 'apollo-require-preflight': 'true' } },
      );
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    });

    it('refuses a GET without a preflight-forcing header (CSRF prevention)', async () => {
      const response = await fetch(`${platform.gatewayUrl}?${new URLSearchParams({ query: '{ __typename }' })}`, {
        headers: { 'x-api-key': platform.tenantA.key },
      });
      expect(response.status).toBe(400);
    });
  });
});
