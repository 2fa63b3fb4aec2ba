/**
 * Attacks through the gateway, one per hole the second security pass closes: forged access tokens,
 * privilege escalation, input that costs more than it should, throttling that parallel or
 * disguised attempts get around, and a captured gateway-to-subgraph request replayed.
 */
import { decodeJwt } from 'jose';
import mongoose from 'mongoose';
import WebSocket from 'ws';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signJwt } from '../../lib/jwt';
import { runWithTenant } from '../../lib/tenancy';
import { updateWhere } from '../../lib/write';
import { createGateway, type GatewayService } from '../../gateway';
import { TEST_JWT_SECRET, TEST_SECRET, testMongoUri } from '../helpers/db';
import { createCustomer } from '../helpers/fixtures';
import { OPS, createDealWithLine } from '../helpers/flows';
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
      // The gateway-wide cap is 200 items (the most lines a document holds), checked before any subgraph works.
      const tags = Array.from({ length: 201 }, (_, i) => `t${i}`);
      const answer = await platform.tenantA.query(CREATE_CUSTOMER, { i: { name: 'Many tags', kind: 'COMPANY', tags } });
      expect(answer.status).toBe(400);
      expect(answer.errors?.[0].extensions).toMatchObject({
        limit: 'listLength',
        max: 200,
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

  describe('between the gateway and the subgraphs', () => {
    let recording: Server;
    let recorded: Array<{ headers: IncomingHttpHeaders; body: string }>;
    let recorder: GatewayService;
    let url: string;
    beforeAll(async () => {
      recorded = [];
      // A wiretap on the customers subgraph: records what the gateway sends and passes it on.
      const target = new URL(platform.subgraphUrls.customers);
      recording = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          recorded.push({ headers: req.headers, body });
          const forward = httpRequest(
            { host: target.hostname, port: target.port, path: target.pathname, method: req.method, headers: req.headers },
            (upstream) => {
              res.writeHead(upstream.statusCode ?? 502, upstream.headers);
              upstream.pipe(res);
            },
          );
          forward.end(body);
        });
      });
      await new Promise<void>((r) => recording.listen(0, '127.0.0.1', () => r()));
      recorder = await createGateway({
        mongoUri: testMongoUri(),
        dbPrefix: platform.dbPrefix,
        signingSecrets: [TEST_SECRET],
        jwtSecrets: [TEST_JWT_SECRET],
        nodeEnv: 'test',
        subgraphUrls: {
          ...platform.subgraphUrls,
          customers: `http://127.0.0.1:${(recording.address() as AddressInfo).port}/graphql`,
        },
      });
      url = await recorder.listen(0);
    });
    afterAll(async () => {
      await recorder?.stop();
      await new Promise((r) => recording?.close(r));
    });

    it('refuses a captured request replayed, its headers on another body, or sent to another subgraph', async () => {
      const answer = await graphql(
        url,
        `
          {
            customers(first: 1) {
              totalCount
            }
          }
        `,
        {},
        { 'x-api-key': platform.tenantA.key },
      );
      expect(answer.errors).toBeUndefined();
      const [captured] = recorded.filter((r) => r.body.includes('customers'));
      const headers = {
        'content-type': 'application/json',
        'x-gateway-context': String(captured.headers['x-gateway-context']),
        'x-gateway-signature': String(captured.headers['x-gateway-signature']),
      };
      const send = (to: string, body: string) =>
        fetch(to, { method: 'POST', headers, body }).then(async (r) => [r.status, ((await r.json()) as any).errors?.[0].message]);
      const mutation = JSON.stringify({
        query: `mutation { createCustomer(input: { name: "Replayed", kind: COMPANY }) { customer { id } } }`,
      });
      expect(await send(platform.subgraphUrls.customers, mutation)).toEqual([401, expect.stringMatching(/another body/)]);
      expect(await send(platform.subgraphUrls.sales, captured.body)).toEqual([401, expect.stringMatching(/another subgraph/)]);
      expect(await send(platform.subgraphUrls.customers, captured.body)).toEqual([401, expect.stringMatching(/replayed/)]);
      // And once its 5 s are over, it is expired anyway.
      await new Promise((r) => setTimeout(r, 5_100));
      expect(await send(platform.subgraphUrls.customers, captured.body)).toEqual([401, expect.stringMatching(/expired/)]);
    });

    it('serves /metrics and detailed readiness only on the admin listener or with the bearer token', async () => {
      const publicBase = platform.gatewayUrl.replace(/\/graphql$/, '');
      expect((await fetch(`${publicBase}/metrics`)).status).toBe(404);
      const ready = (await (await fetch(`${publicBase}/readyz`)).json()) as Record<string, unknown>;
      expect(ready).toEqual({ status: 'ready' });
      const admin = await platform.gateway.listenAdmin(0);
      expect(admin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await (await fetch(`${admin}/metrics`)).text()).toContain('graphql_operations_total');
      expect(await (await fetch(`${admin}/readyz`)).json()).toMatchObject({
        status: 'ready',
        checks: { database: true, customers: true },
      });
      // With a token configured, the public port serves them to its bearer only.
      const token = 'm'.repeat(40);
      const withToken = await createGateway({
        mongoUri: testMongoUri(),
        dbPrefix: platform.dbPrefix,
        signingSecrets: [TEST_SECRET],
        jwtSecrets: [TEST_JWT_SECRET],
        nodeEnv: 'test',
        subgraphUrls: platform.subgraphUrls,
        metricsToken: token,
      });
      try {
        const base = (await withToken.listen(0)).replace(/\/graphql$/, '');
        expect((await fetch(`${base}/metrics`)).status).toBe(404);
        expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(404);
        expect((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      } finally {
        await withToken.stop();
      }
    });
  });

  describe('WebSocket', () => {
    const wsUrl = () => platform.gatewayUrl.replace(/^http/, 'ws');
    const open = (): Promise<{ socket: WebSocket; closed: Promise<{ code: number; reason: string }>; messages: any[] }> =>
      new Promise((resolve, reject) => {
        const socket = new WebSocket(wsUrl(), 'graphql-transport-ws');
        const messages: any[] = [];
        const closed = new Promise<{ code: number; reason: string }>((done) =>
          socket.on('close', (code, reason) => done({ code, reason: String(reason) })),
        );
        socket.on('message', (m) => messages.push(JSON.parse(String(m))));
        socket.once('open', () => resolve({ socket, closed, messages }));
        socket.once('error', reject);
      });
    const until = async (what: () => boolean, ms = 5_000) => {
      const deadline = Date.now() + ms;
      while (!what()) {
        if (Date.now() > deadline) throw new Error('timed out');
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const initialised = async () => {
      const c = await open();
      c.socket.send(JSON.stringify({ type: 'connection_init', payload: { 'x-api-key': platform.tenantA.key } }));
      await until(() => c.messages.some((m) => m.type === 'connection_ack'));
      return c;
    };

    it('closes a socket that sends a message over 64 KiB with 1009', async () => {
      const c = await open();
      c.socket.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(70 * 1024) } }));
      expect((await c.closed).code).toBe(1009);
    });

    it('caps connections per address (4429)', async () => {
      const sockets = await Promise.all(Array.from({ length: 50 }, () => open()));
      const extra = await open();
      expect((await extra.closed).code).toBe(4429);
      for (const s of sockets) s.socket.close();
      await Promise.all(sockets.map((s) => s.closed));
    });

    it('caps subscriptions per connection', async () => {
      const c = await initialised();
      for (let i = 0; i < 51; i++) {
        c.socket.send(
          JSON.stringify({ id: `s${i}`, type: 'subscribe', payload: { query: `subscription { ticketAssigned { id } }` } }),
        );
      }
      await until(() => c.messages.some((m) => m.id === 's50' && m.type === 'error'));
      const refused = c.messages.find((m) => m.id === 's50');
      expect(refused.payload[0].extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'subscriptions', max: 50 });
      expect(c.messages.filter((m) => m.type === 'error')).toHaveLength(1);
      c.socket.close();
      await c.closed;
    });

    it('resolves one event once for byte-different copies of one subscription', async () => {
      const admin = await platform.gateway.listenAdmin(0);
      const deliveries = async () => {
        const text = await (await fetch(`${admin}/metrics`)).text();
        const line = text
          .split('\n')
          .find(
            (l) =>
              l.startsWith('graphql_operations_total{') && l.includes('operation="WatchTickets"') && l.includes('type="query"'),
          );
        return line ? Number(line.split(' ').pop()) : 0;
      };
      const c = await initialised();
      const copies = [
        `subscription WatchTickets($a: ID) { ticketAssigned(assigneeId: $a) { id subject } }`,
        `subscription   Other ($a: ID)  { ticketAssigned(assigneeId: $a) {\n id\n subject } } # a comment`,
        `subscription($a: ID){ticketAssigned(assigneeId:$a){id,subject}}`,
      ];
      copies.forEach((query, i) =>
        c.socket.send(JSON.stringify({ id: `c${i}`, type: 'subscribe', payload: { query, variables: { a: 'emp-watch' } } })),
      );
      await new Promise((r) => setTimeout(r, 300));
      const before = await deliveries();
      const { createCustomer } = await platform.tenantA.data(
        `mutation { createCustomer(input: { name: "Watched", kind: COMPANY }) { customer { id } } }`,
      );
      await platform.tenantA.data(
        `mutation($c: ID!) { createTicket(input: { customerId: $c, subject: "Help", assigneeId: "emp-watch" }) { userErrors { code } } }`,
        { c: createCustomer.customer.id },
      );
      await until(() => copies.every((_, i) => c.messages.some((m) => m.id === `c${i}` && m.type === 'next')), 15_000);
      expect((await deliveries()) - before).toBe(1);
      c.socket.close();
      await c.closed;
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
        'operations:read',
        'reports:read',
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
  describe('lists a client writes and reads', () => {
    it('caps contacts per customer and prices the list at its cap, refusing one stored past it', async () => {
      const customerId = await createCustomer(platform.tenantA, 'Many Contacts Ltd');
      const writer = await keyWith(['customers:read', 'customers:write']); // a budget for the set-up
      const add = async (n: number) =>
        (
          await withKey(
            writer,
            `mutation($i: AddContactInput!) { addContact(input: $i) { customer { id } userErrors { field code message } } }`,
            { i: { customerId, name: `Contact ${n}` } },
          )
        ).data!;
      // Two through the API, the other 98 stored directly (a hundred mutations take long on a busy machine).
      for (let n = 0; n < 2; n++) expect((await add(n)).addContact.userErrors).toEqual([]);
      const more = Array.from({ length: 98 }, (_, i) => ({ _id: new mongoose.Types.ObjectId(), name: `Contact ${i + 2}` }));
      // Through lib's write path, which queues it behind the customer's own writes (its outbox being
      // cleared after the two events): FerretDB applies an update by rewriting the whole document,
      // so a raw write racing one of those was lost there. The version moves, as on every write.
      await unrecorded(() =>
        runWithTenant(platform.tenantA.id, () =>
          updateWhere(
            platform.subgraphs.customers.models.Customer,
            { _id: customerId },
            {
              $push: { contacts: { $each: more } },
              $inc: { version: 1 },
            },
          ),
        ),
      );
      expect((await add(100)).addContact.userErrors).toEqual([
        { field: ['input', 'customerId'], code: 'INVALID', message: 'A customer has at most 100 contacts.' },
      ]);
      const reader = await keyWith(['customers:read']); // a full budget, to see what the read costs
      const read = await withKey(reader, `query($id: ID!) { customer(id: $id) { contacts { name } } }`, { id: customerId });
      expect((read.data as any).customer.contacts).toHaveLength(100);
      // Priced up front at the list's cap (100 contacts), so the full list costs what was priced: nothing is forgiven.
      const cost = (read as any).extensions.cost;
      expect(cost).toMatchObject({ requestedQueryCost: 101, actualQueryCost: 101 });
      // A customer with two contacts is priced the same, and given back what it did not use.
      const few = await createCustomer(platform.tenantA, 'Few Contacts Ltd');
      for (const name of ['One', 'Two']) {
        await withKey(writer, `mutation($i: AddContactInput!) { addContact(input: $i) { userErrors { code } } }`, {
          i: { customerId: few, name },
        });
      }
      const small = (await withKey(reader, `query($id: ID!) { customer(id: $id) { contacts { name } } }`, { id: few })) as any;
      expect(small.extensions.cost).toMatchObject({ requestedQueryCost: 101, actualQueryCost: 3 });
      // A list stored past its cap (written around the API) is refused, never answered beyond what was priced.
      await unrecorded(() =>
        runWithTenant(platform.tenantA.id, () =>
          platform.subgraphs.customers.models.Customer.updateOne(
            { _id: customerId },
            { $push: { contacts: { _id: new mongoose.Types.ObjectId(), name: 'One too many' } } },
          ),
        ),
      );
      const over = await withKey(reader, `query($id: ID!) { customer(id: $id) { name contacts { name } } }`, { id: customerId });
      expect(over.errors?.map((e) => e.extensions?.code)).toEqual(['LIST_TOO_LONG']);
      expect(over.data).toEqual({ customer: null });
    });

    it('prices report lists at what they ask for and refuses a slice over their cap', async () => {
      const reader = await keyWith(['sales:read', 'finance:read']);
      const stalled = (await withKey(reader, `{ stalledDeals(days: 30, first: 5) { id } }`)) as any;
      expect(stalled.errors).toBeUndefined();
      expect(stalled.extensions.cost.requestedQueryCost).toBe(5);
      const aging = (await withKey(reader, `{ arAging { rows { customer { id } } } }`)) as any;
      expect(aging.errors).toBeUndefined();
      expect(aging.extensions.cost.requestedQueryCost).toBe(1 + 50 * 2); // `first` defaults to 50 rows, each with its customer
      const tooMany = await withKey(reader, `{ stalledDeals(days: 30, first: 101) { id } }`);
      expect(tooMany.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['BAD_USER_INPUT', '"first" of Query.stalledDeals must be between 0 and 100; got 101.'],
      ]);
      // A history reads its newest entries: the deal moved twice, `last: 1` is the latest move.
      const customerId = await createCustomer(platform.tenantA, 'History Ltd');
      const dealId = await createDealWithLine(platform.tenantA, customerId, 'prod-history', 'History deal');
      for (const stage of ['PROPOSAL', 'NEGOTIATION']) await platform.tenantA.data(OPS.move, { id: dealId, s: stage });
      const DEAL = `query($id: ID!, $n: Int!) { deal(id: $id) { stageHistory(last: $n) { from to } } }`;
      expect((await withKey(reader, DEAL, { id: dealId, n: 1 })).data).toEqual({
        deal: { stageHistory: [{ from: 'PROPOSAL', to: 'NEGOTIATION' }] },
      });
      expect(((await withKey(reader, DEAL, { id: dealId, n: 50 })).data as any).deal.stageHistory).toHaveLength(3);
      const history = await withKey(reader, DEAL, { id: dealId, n: 1000 });
      expect(history.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('integrity', () => {
    it('refuses a supplier bill or an invoice whose total would pass the safe integer range, and stores nothing', async () => {
      const half = { amount: '45035996273704.96', currency: 'EUR' }; // 2^52 minor units: two of them pass 2^53
      const line = { description: 'Very large', quantity: 1, unitCost: half };
      const bill = await platform.tenantA.data(
        `mutation($i: CreateSupplierBillInput!) { createSupplierBill(input: $i) { supplierBill { id } userErrors { field code message } } }`,
        {
          i: {
            supplierId: 'sup-huge',
            supplierName: 'Huge Supplies',
            currency: 'EUR',
            dueDate: '2030-01-31',
            lines: [line, line],
          },
        },
      );
      expect(bill.createSupplierBill).toEqual({
        supplierBill: null,
        userErrors: [{ field: ['input', 'lines'], code: 'INVALID', message: 'Amounts are too large.' }],
      });
      const invoice = await platform.tenantA.data(
        `mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { invoice { id } userErrors { field code } } }`,
        {
          i: {
            customerId: 'c-huge',
            currency: 'EUR',
            dueDate: '2030-01-31',
            lines: [0, 1].map(() => ({ description: 'Very large', quantity: 1, unitPrice: half })),
          },
        },
      );
      expect(invoice.createInvoice).toEqual({ invoice: null, userErrors: [{ field: ['input', 'lines'], code: 'INVALID' }] });
      const stored = await platform.tenantA.data(
        `{ supplierBills(first: 50) { edges { node { supplierName } } } invoices(first: 50, filter: { customerId: "c-huge" }) { totalCount } }`,
      );
      expect(stored.supplierBills.edges.filter((e: any) => e.node.supplierName === 'Huge Supplies')).toEqual([]);
      expect(stored.invoices.totalCount).toBe(0);
    });
  });
});
