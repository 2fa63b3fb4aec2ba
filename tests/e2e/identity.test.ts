import { signJwt } from '../../lib/jwt';
import { TEST_JWT_SECRET } from '../helpers/db';
import { graphql } from '../helpers/graphql';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken accessTokenExpiresAt user { email roles } userErrors { code message } } }`;
const REFRESH = `mutation($t: String!) { refreshToken(input: { refreshToken: $t }) { accessToken refreshToken userErrors { code message } } }`;
const LOGOUT = `mutation($t: String!) { logout(input: { refreshToken: $t }) { userErrors { code } } }`;
const ME = `{ me { principal scopes tenant { slug } user { email } } }`;
const PASSWORD = 'correct horse battery staple';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('identity: sign-in, tokens, API keys, roles, audit', () => {
  let platform: TestPlatform;
  const anonymous = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    graphql(platform.gatewayUrl, query, variables, headers);
  const bearer = (token: string, query: string, variables: Record<string, unknown> = {}) =>
    anonymous(query, variables, { authorization: `Bearer ${token}` });
  const withKey = (key: string, query: string, variables: Record<string, unknown> = {}) =>
    anonymous(query, variables, { 'x-api-key': key });
  const login = async (email: string, password = PASSWORD, tenant = 'alpha') =>
    (await anonymous(LOGIN, { i: { tenant, email, password } })).data!.login;

  async function createUser(email: string, roles: string[]) {
    const { createUser } = await platform.tenantA.data(
      `mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } userErrors { code } } }`,
      {
        i: { email, name: email.split('@')[0], password: PASSWORD, roles },
      },
    );
    expect(createUser.userErrors).toEqual([]);
    return createUser.user.id as string;
  }

  async function createKey(scopes: string[], extra: Record<string, unknown> = {}, caller = platform.tenantA.key) {
    const response = await withKey(
      caller,
      `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id prefix scopes } userErrors { field code } } }`,
      {
        i: { name: 'partner', scopes, ...extra },
      },
    );
    return response.data!.createApiKey;
  }

  beforeAll(async () => {
    platform = await startTestPlatform();
    await createUser('ada@alpha.example', ['ADMIN']);
    await createUser('vic@alpha.example', ['VIEWER']);
    await platform.tenantA.data(`mutation { createCustomer(input: { name: "Initech", kind: COMPANY }) { userErrors { code } } }`);
  });
  afterAll(() => platform?.stop());

  it('signs a user in; the access token works as a Bearer credential', async () => {
    const session = await login('Ada@Alpha.example');
    expect(session).toMatchObject({ userErrors: [], user: { email: 'ada@alpha.example', roles: ['ADMIN'] } });
    expect(new Date(session.accessTokenExpiresAt).getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    const me = await bearer(session.accessToken, ME);
    expect(me.data.me).toMatchObject({
      tenant: { slug: 'alpha' },
      user: { email: 'ada@alpha.example' },
      principal: expect.stringMatching(/^user:/),
    });
    expect((await bearer(session.accessToken, `{ customers { totalCount } }`)).data.customers.totalCount).toBe(1);
  });

  it('answers every failed sign-in the same way and never says which part was wrong', async () => {
    const answers = await Promise.all([
      login('ada@alpha.example', 'wrong password!!'),
      login('nobody@alpha.example'),
      login('ada@alpha.example', PASSWORD, 'no-such-tenant'),
    ]);
    for (const answer of answers) {
      expect(answer).toEqual({
        accessToken: null,
        refreshToken: null,
        accessTokenExpiresAt: null,
        user: null,
        userErrors: [{ code: 'INVALID_CREDENTIALS', message: 'Invalid tenant, email or password.' }],
      });
    }
  });

  it('throttles an account after repeated failures, even with the right password', async () => {
    await createUser('tom@alpha.example', ['SALES']);
    for (let i = 0; i < 5; i++)
      expect((await login('tom@alpha.example', 'wrong password!!')).userErrors[0].code).toBe('INVALID_CREDENTIALS');
    const blocked = await login('tom@alpha.example');
    expect(blocked).toMatchObject({ accessToken: null, userErrors: [{ code: 'THROTTLED' }] });
    expect((await login('ada@alpha.example')).userErrors).toEqual([]); // other accounts are unaffected
  });

  it('rotates refresh tokens; reusing an old one revokes the whole session', async () => {
    const first = await login('ada@alpha.example');
    const second = (await anonymous(REFRESH, { t: first.refreshToken })).data.refreshToken;
    expect(second).toMatchObject({ userErrors: [], accessToken: expect.any(String), refreshToken: expect.any(String) });
    expect((await bearer(second.accessToken, ME)).data.me.user.email).toBe('ada@alpha.example');

    const replay = (await anonymous(REFRESH, { t: first.refreshToken })).data.refreshToken;
    expect(replay).toMatchObject({ accessToken: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
    expect((await anonymous(REFRESH, { t: second.refreshToken })).data.refreshToken.userErrors[0].code).toBe(
      'INVALID_CREDENTIALS',
    );
    await sleep(250); // the gateway caches session state for 200 ms in tests
    expect((await bearer(second.accessToken, ME)).status).toBe(401);
  });

  it('logout ends the session: refresh token and access tokens stop working', async () => {
    const session = await login('ada@alpha.example');
    expect((await anonymous(LOGOUT, { t: session.refreshToken })).data.logout.userErrors).toEqual([]);
    await sleep(250);
    const after = await bearer(session.accessToken, ME);
    expect(after.status).toBe(401);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await anonymous(REFRESH, { t: session.refreshToken })).data.refreshToken.userErrors[0].code).toBe(
      'INVALID_CREDENTIALS',
    );
  });

  it('refuses forged, expired, wrongly signed and alg:none tokens with 401', async () => {
    const claims = { sub: 'x', tid: platform.tenantA.id, sid: 'x', scopes: ['customers:read'] };
    const forged = await signJwt(claims, 'not-the-secret', 900);
    const expired = await signJwt(claims, TEST_JWT_SECRET, 60, Date.now() - 120_000);
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, exp: 9e9, iss: 'crm-erp-platform' })).toString('base64url')}.`;
    for (const token of [forged, expired, none, 'garbage']) {
      const response = await bearer(token, `{ customers { totalCount } }`);
      expect([response.status, response.errors?.[0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    }
  });

  it('lets an anonymous caller reach only the sign-in mutations', async () => {
    for (const query of [
      ME,
      `{ customers { totalCount } }`,
      `mutation { login(input: { tenant: "alpha", email: "a", password: "b" }) { userErrors { code } } } `.replace(
        'mutation {',
        'mutation { logout(input: { refreshToken: "x" }) { userErrors { code } } ',
      ),
    ]) {
      const response = await anonymous(query);
      if (query.includes('logout')) expect(response.status).toBe(200);
      else expect([response.status, response.errors?.[0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    }
    const mixed = await anonymous(
      `mutation { login(input: { tenant: "alpha", email: "a", password: "b" }) { userErrors { code } } createCustomer(input: { name: "x", kind: COMPANY }) { userErrors { code } } }`,
    );
    expect(mixed.status).toBe(401);
  });

  it('maps roles to scopes: a VIEWER reads but cannot write', async () => {
    const viewer = await login('vic@alpha.example');
    expect((await bearer(viewer.accessToken, ME)).data.me.scopes).toEqual([
      'customers:read',
      'finance:read',
      'hr:read',
      'inventory:read',
      'operations:read',
      'reports:read',
      'sales:read',
    ]);
    expect((await bearer(viewer.accessToken, `{ customers { totalCount } }`)).data.customers.totalCount).toBe(1);
    const write = await bearer(
      viewer.accessToken,
      `mutation { createCustomer(input: { name: "Nope", kind: COMPANY }) { userErrors { code } } }`,
    );
    expect(write.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, path: ['createCustomer'] });
    expect((await platform.tenantA.data(`{ customers { totalCount } }`)).customers.totalCount).toBe(1);
  });

  it('creates scoped API keys shown once, stored hashed, enforced per field, revocable', async () => {
    const created = await createKey(['customers:read']);
    expect(created).toMatchObject({
      userErrors: [],
      key: expect.stringMatching(/^crm_/),
      apiKey: { scopes: ['customers:read'] },
    });
    expect(created.key.startsWith(created.apiKey.prefix)).toBe(true);
    const listed = await platform.tenantA.data(`{ apiKeys(first: 100) { edges { node { id prefix lastUsedAt } } } }`);
    expect(JSON.stringify(listed)).not.toContain(created.key);

    expect((await withKey(created.key, `{ customers { totalCount } }`)).data.customers.totalCount).toBe(1);
    const orders = await withKey(created.key, `{ orders { totalCount } }`);
    expect(orders.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredScopes: [['sales:read']] });
    const write = await withKey(
      created.key,
      `mutation { createCustomer(input: { name: "x", kind: COMPANY }) { userErrors { code } } }`,
    );
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const nested = await withKey(created.key, `{ customers { edges { node { name orders { totalCount } } } } }`);
    expect(nested.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      path: ['customers', 'edges', 0, 'node', 'orders'],
    });

    const revoke = await platform.tenantA.data(
      `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } userErrors { code } } }`,
      { id: created.apiKey.id },
    );
    expect(revoke.revokeApiKey.apiKey.revokedAt).toMatch(/Z$/);
    await sleep(250);
    expect((await withKey(created.key, `{ customers { totalCount } }`)).status).toBe(401);
  });

  it('records when a key was last used', async () => {
    const { key, apiKey } = await createKey(['customers:read']);
    await withKey(key, `{ customers { totalCount } }`);
    // Stamped after the response, off the request path: poll briefly.
    let lastUsedAt: string | null = null;
    for (let i = 0; i < 50 && !lastUsedAt; i++) {
      await sleep(100);
      const { apiKeys } = await platform.tenantA.data(`{ apiKeys(first: 100) { edges { node { id lastUsedAt } } } }`);
      lastUsedAt = apiKeys.edges.find((e: any) => e.node.id === apiKey.id).node.lastUsedAt;
    }
    expect(lastUsedAt).toMatch(/Z$/);
  });

  it('refuses to mint a key with scopes the creator does not hold, or unknown ones', async () => {
    const limited = await createKey(['identity:admin', 'customers:read']);
    const escalation = await createKey(['sales:write', 'made:up'], {}, limited.key);
    expect(escalation).toMatchObject({
      key: null,
      userErrors: [
        { field: ['input', 'scopes', '0'], code: 'INVALID' },
        { field: ['input', 'scopes', '1'], code: 'INVALID' },
      ],
    });
  });

  it('stops accepting a key when it expires', async () => {
    const { key } = await createKey(['customers:read'], { expiresAt: new Date(Date.now() + 1500).toISOString() });
    expect((await withKey(key, `{ customers { totalCount } }`)).status).toBe(200);
    await sleep(1600);
    expect((await withKey(key, `{ customers { totalCount } }`)).status).toBe(401);
  });

  it('hides compensation from callers without hr:sensitive, with an authorization error', async () => {
    await platform.tenantA.data(
      `mutation { createEmployee(input: { name: "Pat", email: "pat@alpha.example", compensation: { amount: "72000.00", currency: "EUR" } }) { userErrors { code } } }`,
    );
    const hrReader = await createKey(['hr:read']);
    const response = await withKey(hrReader.key, `{ employees { edges { node { name compensation { amount } } } } }`);
    expect(response.data.employees.edges[0].node).toEqual({ name: 'Pat', compensation: null });
    expect(response.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      path: ['employees', 'edges', 0, 'node', 'compensation'],
    });
    const full = await platform.tenantA.data(`{ employees { edges { node { compensation { amount currency } } } } }`);
    expect(full.employees.edges[0].node.compensation).toEqual({ amount: '72000.00', currency: 'EUR' });
  });

  it("keeps an audit log of security events that only the tenant's admins can read", async () => {
    await sleep(100);
    const { auditLog } = await platform.tenantA.data(`{ auditLog(first: 100) { edges { node { type actor message } } } }`);
    const types = new Set(auditLog.edges.map((e: any) => e.node.type));
    for (const type of [
      'USER_CREATED',
      'LOGIN_SUCCEEDED',
      'LOGIN_FAILED',
      'LOGIN_THROTTLED',
      'REFRESH_TOKEN_REUSED',
      'LOGGED_OUT',
      'API_KEY_CREATED',
      'API_KEY_REVOKED',
      'AUTHORIZATION_DENIED',
    ]) {
      expect([type, types.has(type)]).toEqual([type, true]);
    }
    expect((await platform.tenantB.data(`{ auditLog { totalCount } }`)).auditLog.totalCount).toBe(0);
    const reader = await createKey(['customers:read']);
    expect((await withKey(reader.key, `{ auditLog { totalCount } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
