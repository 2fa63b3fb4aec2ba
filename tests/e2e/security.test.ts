/**
 * Attacks through the gateway, one per hole the second security pass closes: forged access tokens,
 * privilege escalation, input that costs more than it should, throttling that parallel or
 * disguised attempts get around, and a captured gateway-to-subgraph request replayed.
 */
import { decodeJwt } from 'jose';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signJwt } from '../../lib/jwt';
import { runWithTenant } from '../../lib/tenancy';
import { createGateway, type GatewayService } from '../../gateway';
import { TEST_JWT_SECRET, TEST_SECRET, testMongoUri } from '../helpers/db';
import { graphql } from '../helpers/graphql';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';
import { unrecorded } from '../helpers/query-shapes';

const PASSWORD = 'correct horse battery staple';
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken userErrors { code } } }`;
const ME = `{ me { principal scopes } }`;
const CREATE_USER = `mutation($i: CreateUserInput!) { createUser(input: $i) { user { id roles } userErrors { field code message } } }`;
const CREATE_KEY = `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key userErrors { code } } }`;

describe('security, second pass: attacks through the gateway', () => {
  let platform: TestPlatform;
  const anonymous = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    graphql(platform.gatewayUrl, query, variables, headers);
  const withKey = (key: string, query: string, variables: Record<string, unknown> = {}) =>
    anonymous(query, variables, { 'x-api-key': key });
  const bearer = (token: string, query: string, variables: Record<string, unknown> = {}) =>
    anonymous(query, variables, { authorization: `Bearer ${token}` });
  const login = async (email: string, password = PASSWORD, tenant = 'alpha', headers: Record<string, string> = {}) =>
    (await anonymous(LOGIN, { i: { tenant, email, password } }, headers)).data!.login;
  async function createUser(email: string, roles: string[], key = platform.tenantA.key) {
    const response = await withKey(key, CREATE_USER, { i: { email, name: email.split('@')[0], password: PASSWORD, roles } });
    return response.data!.createUser;
  }
  async function keyWith(scopes: string[]): Promise<string> {
    const { createApiKey } = await platform.tenantA.data(CREATE_KEY, { i: { name: scopes.join(' '), scopes } });
    expect(createApiKey.userErrors).toEqual([]);
    return createApiKey.key;
  }

  beforeAll(async () => {
    platform = await startTestPlatform();
    expect((await createUser('ada@alpha.example', ['ADMIN'])).userErrors).toEqual([]);
  });
  afterAll(() => platform?.stop());

  describe('access tokens need a live session of the same tenant and user', () => {
    it('refuses a validly signed token for a session that does not exist', async () => {
      const session = await login('ada@alpha.example');
      const real = decodeJwt(session.accessToken) as { sub: string; tid: string; sid: string; scopes: string[] };
      // Whoever holds the signing secret (or a leaked one) mints a token for an invented session.
      const invented = await signJwt(
        { sub: real.sub, tid: real.tid, sid: '65f000000000000000000000', scopes: real.scopes },
        TEST_JWT_SECRET,
        900,
      );
      const answer = await bearer(invented, ME);
      expect([answer.status, answer.errors?.[0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
      expect((await bearer(session.accessToken, ME)).data.me.principal).toBe(`user:${real.sub}`);
    });

    it("refuses a token naming a real session but another user, or another tenant's session", async () => {
      expect((await createUser('vic@alpha.example', ['VIEWER'])).userErrors).toEqual([]);
      const viewer = decodeJwt((await login('vic@alpha.example')).accessToken) as { sub: string; tid: string; sid: string };
      const admin = decodeJwt((await login('ada@alpha.example')).accessToken) as { sub: string; scopes: string[] };
      // The viewer's session, claimed for the admin's user id and scopes.
      const escalated = await signJwt(
        { sub: admin.sub, tid: viewer.tid, sid: viewer.sid, scopes: admin.scopes },
        TEST_JWT_SECRET,
        900,
      );
      // The viewer's real session, presented for tenant B.
      const crossTenant = await signJwt(
        { sub: viewer.sub, tid: platform.tenantB.id, sid: viewer.sid, scopes: ['customers:read'] },
        TEST_JWT_SECRET,
        900,
      );
      for (const token of [escalated, crossTenant]) {
        const answer = await bearer(token, `{ customers { totalCount } }`);
        expect([answer.status, answer.errors?.[0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
      }
    });
  });

  describe('input that costs more than it should', () => {
    const CREATE_CUSTOMER = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id } userErrors { code } } }`;

    it('refuses a 200,000-character email before any subgraph works on it, and other tenants are not held up', async () => {
      const email = `a@${'a.'.repeat(100_000)}@`;
      const started = Date.now();
      const [attack, other] = await Promise.all([
        platform.tenantA.query(CREATE_CUSTOMER, { i: { name: 'Slow', kind: 'COMPANY', email } }),
        (async () => {
          await new Promise((r) => setTimeout(r, 50));
          const t = Date.now();
          await platform.tenantB.data(`{ customers(first: 1) { totalCount } }`);
          return Date.now() - t;
        })(),
      ]);
      expect(attack.status).toBe(400);
      expect(attack.errors?.[0].extensions).toMatchObject({
        code: 'OPERATION_LIMIT_EXCEEDED',
        limit: 'stringLength',
        max: 254,
        argument: 'createCustomer.input.email',
      });
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(other).toBeLessThan(2_000);
    });

    it('caps names, notes and search tighter than the gateway-wide cap, and every string by that cap', async () => {
      const refused = async (query: string, variables: Record<string, unknown>) => {
        const answer = await platform.tenantA.query(query, variables);
        expect(answer.status).toBe(400);
        return answer.errors![0].extensions as Record<string, unknown>;
      };
      expect(await refused(CREATE_CUSTOMER, { i: { name: 'n'.repeat(201), kind: 'COMPANY' } })).toMatchObject({ max: 200 });
      expect(
        await refused(`query($s: String) { customers(filter: { search: $s }) { totalCount } }`, { s: 's'.repeat(201) }),
      ).toMatchObject({
        limit: 'stringLength',
        max: 200,
      });
      expect(await refused(CREATE_CUSTOMER, { i: { name: 'Tags', kind: 'COMPANY', tags: ['t'.repeat(10_001)] } })).toMatchObject({
        max: 10_000,
        argument: 'createCustomer.input.tags.0',
      });
      // Inline literals are measured too, not only variables.
      const inline = await platform.tenantA.query(
        `mutation { createCustomer(input: { name: "${'x'.repeat(300)}", kind: COMPANY }) { userErrors { code } } }`,
      );
      expect([inline.status, inline.errors?.[0].extensions?.code]).toEqual([400, 'OPERATION_LIMIT_EXCEEDED']);
      // Right at the caps it works.
      const fits = await platform.tenantA.data(CREATE_CUSTOMER, {
        i: { name: 'n'.repeat(200), kind: 'COMPANY', email: `${'a'.repeat(240)}@ex.example` },
      });
      expect(fits.createCustomer.userErrors).toEqual([]);
    });

    it('refuses 500 copies of one field (query height) before anything runs', async () => {
      const answer = await platform.tenantA.query(`{ customers(first: 1) { totalCount ${'totalCount '.repeat(500)} } }`);
      expect(answer.status).toBe(400);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'height', max: 200 });
      expect(answer.data).toBeUndefined();
      const spread = await platform.tenantA.query(
        `{ customers(first: 1) { edges { node { ...F ...F ...F ...F ...F } } } } fragment F on Customer { ${'id name '.repeat(25)} }`,
      );
      expect(spread.errors?.[0].extensions).toMatchObject({ limit: 'height' });
    });

    it('caps every list an operation passes', async () => {
      const contacts = Array.from({ length: 101 }, (_, i) => `t${i}`);
      const answer = await platform.tenantA.query(CREATE_CUSTOMER, { i: { name: 'Many tags', kind: 'COMPANY', tags: contacts } });
      expect(answer.status).toBe(400);
      expect(answer.errors?.[0].extensions).toMatchObject({
        limit: 'listLength',
        max: 100,
        argument: 'createCustomer.input.tags',
      });
    });
  });

  describe('login throttling', () => {
    const auditCount = (type: string) =>
      unrecorded(() => runWithTenant(platform.tenantA.id, () => platform.gateway.identity.AuditEvent.countDocuments({ type })));

    it('holds against parallel attempts: at most 5 passwords are checked, the rest refused unchecked', async () => {
      expect((await createUser('par@alpha.example', ['VIEWER'])).userErrors).toEqual([]);
      const failedBefore = await auditCount('LOGIN_FAILED');
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          login('par@alpha.example', `wrong password ${i}!`, 'alpha', { 'x-forwarded-for': `198.51.100.${i}` }),
        ),
      );
      const codes = answers.map((a) => a.userErrors[0].code);
      expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
      expect(codes.filter((c) => c === 'THROTTLED')).toHaveLength(7);
      expect((await auditCount('LOGIN_FAILED')) - failedBefore).toBe(5);
      expect((await login('par@alpha.example')).userErrors[0].code).toBe('THROTTLED'); // even the right password now
    });

    it('holds against variants of the same tenant slug and email', async () => {
      expect((await createUser('var@alpha.example', ['VIEWER'])).userErrors).toEqual([]);
      const variants: Array<[string, string]> = [
        ['alpha', 'var@alpha.example'],
        ['ALPHA', 'VAR@alpha.example'],
        [' alpha ', ' var@ALPHA.example '],
        ['Alpha\u00a0', 'Var@Alpha.Example'],
        ['ａｌｐｈａ', 'var@alpha.example'], // full-width letters: the same slug after NFKC
      ];
      for (const [tenant, email] of variants) {
        expect((await login(email, 'wrong password!!', tenant)).userErrors[0].code).toBe('INVALID_CREDENTIALS');
      }
      expect((await login('var@alpha.example')).userErrors[0].code).toBe('THROTTLED');
    });

    describe('behind a proxy', () => {
      let proxied: GatewayService;
      let url: string;
      beforeAll(async () => {
        proxied = await createGateway({
          mongoUri: testMongoUri(),
          dbPrefix: platform.dbPrefix,
          signingSecrets: [TEST_SECRET],
          jwtSecrets: [TEST_JWT_SECRET],
          subgraphUrls: platform.subgraphUrls,
          nodeEnv: 'test',
          trustedProxyHops: 1,
        });
        url = await proxied.listen(0);
      });
      afterAll(() => proxied?.stop());

      it('reads X-Forwarded-For from the right: a client writing its own entries is still one address', async () => {
        // The proxy appends the client's real address; the attacker rotates what it writes to the left.
        const attempt = (i: number) =>
          graphql(
            url,
            LOGIN,
            { i: { tenant: 'alpha', email: `nobody${i}@alpha.example`, password: 'guess guess guess' } },
            {
              'x-forwarded-for': `10.0.${i}.1, 203.0.113.77`,
            },
          );
        for (let i = 0; i < 30; i++) expect((await attempt(i)).data.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');
        expect((await attempt(30)).data.login.userErrors[0].code).toBe('THROTTLED');
        // Another real client behind the same proxy is not affected.
        const other = await graphql(
          url,
          LOGIN,
          { i: { tenant: 'alpha', email: 'ada@alpha.example', password: PASSWORD } },
          {
            'x-forwarded-for': '10.0.0.1, 203.0.113.78',
          },
        );
        expect(other.data.login.userErrors).toEqual([]);
      });
    });
  });

  describe('no privilege escalation', () => {
    it('refuses createUser with roles whose scopes exceed the caller’s own, and the sign-in it would allow', async () => {
      const adminOnly = await keyWith(['identity:admin']);
      const attempt = await createUser('mallory@alpha.example', ['ADMIN'], adminOnly);
      expect(attempt.user).toBeNull();
      expect(attempt.userErrors).toEqual([expect.objectContaining({ field: ['input', 'roles', '0'], code: 'INVALID' })]);
      expect((await login('mallory@alpha.example')).accessToken).toBeNull();
      // Roles within the caller's scopes are fine.
      const salesAdmin = await keyWith([
        'identity:admin',
        'customers:read',
        'customers:write',
        'sales:read',
        'sales:write',
        'inventory:read',
        'finance:read',
        'hr:read',
      ]);
      expect((await createUser('sam@alpha.example', ['SALES'], salesAdmin)).userErrors).toEqual([]);
      expect((await createUser('sam2@alpha.example', ['SALES', 'HR'], salesAdmin)).userErrors).toEqual([
        expect.objectContaining({ field: ['input', 'roles', '1'], code: 'INVALID' }),
      ]);
    });

    it('needs hr:sensitive to set or change compensation, as it does to read it', async () => {
      const hrWriter = await keyWith(['hr:read', 'hr:write']);
      const salary = { amount: '90000.00', currency: 'EUR' };
      const created = await withKey(
        hrWriter,
        `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { employee { id } userErrors { code } } }`,
        { i: { name: 'Eve', email: 'eve@alpha.example' } },
      );
      const id = created.data!.createEmployee.employee.id;
      const change = await withKey(
        hrWriter,
        `mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { employee { id } userErrors { code } } }`,
        { i: { id, compensation: salary } },
      );
      expect(change.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredScopes: [['hr:sensitive']] });
      const hire = await withKey(
        hrWriter,
        `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { employee { id } userErrors { code } } }`,
        { i: { name: 'Paid', email: 'paid@alpha.example', compensation: salary } },
      );
      expect(hire.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const read = await platform.tenantA.data(`query($id: ID!) { employee(id: $id) { compensation { amount } } }`, { id });
      expect(read.employee.compensation).toBeNull();
      // With hr:sensitive it works.
      const sensitive = await keyWith(['hr:read', 'hr:write', 'hr:sensitive']);
      const allowed = await withKey(
        sensitive,
        `mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { employee { compensation { amount } } userErrors { code } } }`,
        { i: { id, compensation: salary } },
      );
      expect(allowed.data!.updateEmployee).toEqual({ employee: { compensation: { amount: '90000.00' } }, userErrors: [] });
    });
  });
});
