/**
 * Subscriptions end to end: a real graphql-ws client (and raw WebSockets for the protocol's close
 * codes) against the gateway, events published on the shared bus the way the domains' relays do.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createGateway, type GatewayService } from '../../gateway';
import { CLOSE_FORBIDDEN, CLOSE_TOO_SLOW } from '../../gateway/subscriptions';
import { domainEvent } from '../../lib/events';
import { signJwt } from '../../lib/jwt';
import { createApiKey } from '../../subgraphs/identity/models';
import { createCustomer, createInvoice, createOrder, createProduct } from '../helpers/fixtures';
import { TEST_JWT_SECRET, TEST_SECRET, testMongoUri } from '../helpers/db';
import { graphql } from '../helpers/graphql';
import { startTestPlatform, type TestPlatform, type TestTenant } from '../helpers/platform';

const ORDER_SUB = `subscription($c: ID) { orderStatusChanged(customerId: $c) { id number status customer { name } } }`;
const INVOICE_SUB = `subscription Inv($c: ID) { invoiceStatusChanged(customerId: $c) { number status customer { name orders { totalCount } } } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function waitFor<T>(what: string, check: () => T | undefined | false, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await sleep(20);
  }
}

interface Closed {
  code: number;
  reason: string;
}

/** A graphql-ws client that records how its socket closed. */
function wsClient(httpUrl: string, connectionParams: Record<string, unknown>) {
  const closes: Closed[] = [];
  let acked = false;
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: {
      connected: () => (acked = true),
      closed: (event) => closes.push({ code: (event as Closed).code, reason: String((event as Closed).reason) }),
    },
  });
  return { client, closes, connected: () => waitFor('connection_ack', () => acked) };
}

/** One subscription's results, errors and completion as they arrive. */
function collect(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const results: any[] = [];
  const state = { error: undefined as unknown, complete: false };
  const dispose = client.subscribe(
    { query, variables },
    {
      next: (r) => void results.push(r),
      error: (e) => void (state.error = e),
      complete: () => void (state.complete = true),
    },
  );
  return { results, state, dispose };
}

/** A raw graphql-transport-ws socket, for what a well-behaved client never sends. */
async function rawSocket(httpUrl: string) {
  const socket = new WebSocket(httpUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const messages: any[] = [];
  let pings = 0;
  const closed = new Promise<Closed>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  socket.on('ping', () => (pings += 1));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return {
    socket,
    messages,
    closed,
    pings: () => pings,
    send: (m: unknown) => socket.send(typeof m === 'string' ? m : JSON.stringify(m)),
  };
}

describe('subscriptions over graphql-ws through the gateway', () => {
  let platform: TestPlatform;
  let a: TestTenant;
  let b: TestTenant;
  let customerA: string;
  let otherCustomerA: string;
  let customerB: string;
  let productA: string;
  let productB: string;
  const open: Array<{ dispose(): void | Promise<void> }> = [];

  const publish = (type: Parameters<typeof domainEvent>[0], tenantId: string, aggregateId: string, payload: any) =>
    platform.subgraphs.sales.events.bus.publish(domainEvent(type, { tenantId, aggregateId, payload }));
  const orderConfirmed = (tenantId: string, order: { id: string; number: string }, customerId: string) =>
    publish('sales.order.confirmed', tenantId, order.id, {
      orderId: order.id,
      number: order.number,
      customerId,
      currency: 'EUR',
      lines: [],
    });
  const connect = (params: Record<string, unknown>, url = platform.gatewayUrl) => {
    const c = wsClient(url, params);
    open.push(c.client);
    return c;
  };

  beforeAll(async () => {
    platform = await startTestPlatform({
      subscriptions: { connectionInitWaitMs: 500, keepAliveMs: 300, credentialCheckMs: 200 },
    });
    a = platform.tenantA;
    b = platform.tenantB;
    customerA = await createCustomer(a, 'Alpha Shop');
    otherCustomerA = await createCustomer(a, 'Alpha Other');
    customerB = await createCustomer(b, 'Beta Shop');
    productA = await createProduct(a, 'A-1', 'Widget');
    productB = await createProduct(b, 'B-1', 'Gadget');
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.dispose()));
  });
  afterAll(() => platform?.stop());

  const newOrder = (tenant: TestTenant, customerId: string, productId: string) =>
    createOrder(tenant, customerId, [{ productId, quantity: 2, unitPrice: '7.50' }]);

  it('delivers orderStatusChanged with a cross-subgraph selection (API key)', async () => {
    const { client, connected } = connect({ 'x-api-key': a.key });
    await connected();
    const sub = collect(client, ORDER_SUB, { c: customerA });
    await sleep(200); // the subscribe message is in before the event is published
    const order = await newOrder(a, customerA, productA);
    await orderConfirmed(a.id, order, customerA);
    await waitFor('the event', () => sub.results.length === 1);
    expect(sub.results[0]).toEqual({
      data: { orderStatusChanged: { id: order.id, number: order.number, status: 'DRAFT', customer: { name: 'Alpha Shop' } } },
    });
    expect(sub.state.error).toBeUndefined();
  });

  it("filters by the argument: another customer's order is not delivered", async () => {
    const { client, connected } = connect({ 'x-api-key': a.key });
    await connected();
    const sub = collect(client, ORDER_SUB, { c: customerA });
    await sleep(200);
    const other = await newOrder(a, otherCustomerA, productA);
    const mine = await newOrder(a, customerA, productA);
    await orderConfirmed(a.id, other, otherCustomerA);
    await orderConfirmed(a.id, mine, customerA);
    await waitFor('the event', () => sub.results.length >= 1);
    await sleep(300);
    expect(sub.results.map((r) => r.data!.orderStatusChanged.number)).toEqual([mine.number]);
  });

  it('delivers invoiceStatusChanged to a signed-in user (JWT), resolving customers and sales fields', async () => {
    const login = await graphql(
      platform.gatewayUrl,
      `
        mutation ($i: CreateUserInput!) {
          createUser(input: $i) {
            userErrors {
              code
            }
          }
        }
      `,
      { i: { email: 'fin@alpha.example', name: 'Fin', password: 'correct horse battery staple', roles: ['FINANCE'] } },
      { 'x-api-key': a.key },
    );
    expect(login.errors).toBeUndefined();
    const session = await graphql(
      platform.gatewayUrl,
      `
        mutation ($i: LoginInput!) {
          login(input: $i) {
            accessToken
          }
        }
      `,
      { i: { tenant: 'alpha', email: 'fin@alpha.example', password: 'correct horse battery staple' } },
    );
    const token = session.data!.login.accessToken as string;
    const { client, connected } = connect({ authorization: `Bearer ${token}` });
    await connected();
    const sub = collect(client, INVOICE_SUB, { c: customerA });
    await sleep(200);
    const invoice = await createInvoice(a, customerA, '120.00', { issue: true });
    await platform.subgraphs.finance.events.bus.publish(
      domainEvent('finance.invoice.statusChanged', {
        tenantId: a.id,
        aggregateId: invoice.id,
        payload: {
          invoiceId: invoice.id,
          number: invoice.number,
          customerId: customerA,
          fromStatus: 'DRAFT',
          toStatus: 'OPEN',
          total: { minor: 12000, currency: 'EUR' },
          amountDue: { minor: 12000, currency: 'EUR' },
        },
      }),
    );
    await waitFor('the invoice event', () => sub.results.length === 1);
    const orders = (await a.data(`query($id: ID!) { customer(id: $id) { orders { totalCount } } }`, { id: customerA })).customer
      .orders;
    expect(sub.results[0]).toEqual({
      data: { invoiceStatusChanged: { number: invoice.number, status: 'OPEN', customer: { name: 'Alpha Shop', orders } } },
    });
  });

  it("never delivers another tenant's events, even an event that names its entity", async () => {
    const { client: clientB, connected } = connect({ 'x-api-key': b.key });
    await connected();
    const subB = collect(clientB, `subscription { orderStatusChanged { number customer { name } } }`);
    await sleep(200);
    const orderA = await newOrder(a, customerA, productA);
    await orderConfirmed(a.id, orderA, customerA); // tenant A's event
    await orderConfirmed(b.id, orderA, customerA); // a forged event in B's stream naming A's order: B cannot read it
    const orderB = await newOrder(b, customerB, productB);
    await orderConfirmed(b.id, orderB, customerB);
    await waitFor("tenant B's own event", () => subB.results.length >= 1);
    await sleep(300);
    expect(subB.results).toEqual([{ data: { orderStatusChanged: { number: orderB.number, customer: { name: 'Beta Shop' } } } }]);
  });

  it('batches events that arrive together and keeps their order', async () => {
    const { client, connected } = connect({ 'x-api-key': a.key });
    await connected();
    const sub = collect(
      client,
      `subscription { changed: orderStatusChanged { number ...C } } fragment C on Order { customer { name } }`,
    );
    await sleep(200);
    const orders = [];
    for (let i = 0; i < 5; i++) orders.push(await newOrder(a, i % 2 ? otherCustomerA : customerA, productA));
    for (const [i, order] of orders.entries()) await orderConfirmed(a.id, order, i % 2 ? otherCustomerA : customerA);
    await waitFor('five events', () => sub.results.length === 5);
    expect(sub.results.map((r) => r.data!.changed)).toEqual(
      orders.map((o, i) => ({ number: o.number, customer: { name: i % 2 ? 'Alpha Other' : 'Alpha Shop' } })),
    );
  });

  it('refuses at subscribe time what HTTP refuses: scopes, limits, unknown fields, bad variables', async () => {
    const { key: crmOnly } = await createApiKey(platform.gateway.identity, a.id, 'crm only', undefined, ['customers:read']);
    const { client, connected } = connect({ 'x-api-key': crmOnly });
    await connected();
    const forbidden = collect(client, ORDER_SUB);
    await waitFor('an error', () => forbidden.state.error);
    expect(forbidden.state.error).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    ]);

    const { client: full, connected: fullConnected } = connect({ 'x-api-key': a.key });
    await fullConnected();
    const deep =
      'customer { orders { edges { node { customer { orders { edges { node { customer { orders { edges { node { number } } } } } } } } } } } }';
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [`subscription { orderStatusChanged { ${deep} } }`, {}, 'OPERATION_LIMIT_EXCEEDED'],
      [`subscription { orderStatusChanged { customer { orders(first: 500) { totalCount } } } }`, {}, 'OPERATION_LIMIT_EXCEEDED'],
      [`subscription { orderStatusChanged { nope } }`, {}, 'GRAPHQL_VALIDATION_FAILED'],
      [`subscription($c: ID) { orderStatusChanged(customerId: $c) { number } }`, { c: { no: 1 } }, 'BAD_USER_INPUT'],
    ];
    for (const [query, variables, code] of cases) {
      const sub = collect(full, query, variables);
      await waitFor(`an error for ${query}`, () => sub.state.error);
      expect(sub.state.error).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code }) })]);
    }
    // Queries work over the socket too, through the HTTP path.
    const query = collect(full, `{ customer(id: "${customerA}") { name } }`);
    await waitFor('the query result', () => query.state.complete);
    expect(query.results[0].data).toEqual({ customer: { name: 'Alpha Shop' } });
  });

  it('ends the subscription with 4403 when its API key is revoked', async () => {
    const { key, record } = await createApiKey(platform.gateway.identity, a.id, 'to revoke');
    const { client, connected, closes } = connect({ 'x-api-key': key });
    await connected();
    const sub = collect(client, ORDER_SUB);
    await sleep(200);
    const revoked = await a.query(`mutation($id: ID!) { revokeApiKey(input: { id: $id }) { userErrors { code } } }`, {
      id: String(record._id),
    });
    expect(revoked.errors).toBeUndefined();
    await waitFor('the close', () => closes.length);
    expect(closes[0].code).toBe(CLOSE_FORBIDDEN);
    expect(sub.state.error ?? sub.state.complete).toBeTruthy();
  });

  it('ends the subscription with 4403 when the access token expires', async () => {
    const token = signJwt({ sub: 'u1', tid: a.id, sid: 'session-1', scopes: ['sales:read'] }, TEST_JWT_SECRET, 2);
    const { client, connected, closes } = connect({ authorization: `Bearer ${token}` });
    await connected();
    collect(client, ORDER_SUB);
    await waitFor('the close', () => closes.length, 5_000);
    expect(closes[0].code).toBe(CLOSE_FORBIDDEN);
  });

  describe('protocol', () => {
    const init = (key: string) => ({ type: 'connection_init', payload: { 'x-api-key': key } });

    it('4400 on a message that is not graphql-ws', async () => {
      const s = await rawSocket(platform.gatewayUrl);
      s.send('not json');
      expect((await s.closed).code).toBe(4400);
    });
    it('4401 on subscribe before connection_ack', async () => {
      const s = await rawSocket(platform.gatewayUrl);
      s.send({ id: '1', type: 'subscribe', payload: { query: ORDER_SUB } });
      expect((await s.closed).code).toBe(4401);
    });
    it('4403 without a valid credential', async () => {
      for (const payload of [{}, { 'x-api-key': 'crm_wrong' }, { authorization: 'Bearer not.a.jwt' }]) {
        const s = await rawSocket(platform.gatewayUrl);
        s.send({ type: 'connection_init', payload });
        expect((await s.closed).code).toBe(4403);
      }
    });
    it('4408 when connection_init does not come in time', async () => {
      const s = await rawSocket(platform.gatewayUrl);
      expect((await s.closed).code).toBe(4408);
    });
    it('4409 on a duplicate subscription id', async () => {
      const s = await rawSocket(platform.gatewayUrl);
      s.send(init(a.key));
      await waitFor('ack', () => s.messages.find((m) => m.type === 'connection_ack'));
      s.send({ id: '1', type: 'subscribe', payload: { query: ORDER_SUB } });
      s.send({ id: '1', type: 'subscribe', payload: { query: ORDER_SUB } });
      expect((await s.closed).code).toBe(4409);
    });
    it('4429 on a second connection_init', async () => {
      const s = await rawSocket(platform.gatewayUrl);
      s.send(init(a.key));
      s.send(init(a.key));
      expect((await s.closed).code).toBe(4429);
    });
    it('answers ping with pong, keeps the socket alive with pings, completes cleanly on unsubscribe', async () => {
      const s = await rawSocket(platform.gatewayUrl);
      s.send(init(a.key));
      await waitFor('ack', () => s.messages.find((m) => m.type === 'connection_ack'));
      s.send({ type: 'ping' });
      await waitFor('pong', () => s.messages.find((m) => m.type === 'pong'));
      await waitFor('a keep-alive ping', () => s.pings() > 0);
      s.send({ id: 's1', type: 'subscribe', payload: { query: ORDER_SUB } });
      await sleep(100);
      s.send({ id: 's1', type: 'complete' });
      await sleep(100);
      expect(platform.gateway.subscriptions()!.activeSubscriptions).toBe(0);
      // The id is free again: subscribing with it is not a duplicate.
      s.send({ id: 's1', type: 'subscribe', payload: { query: ORDER_SUB } });
      await sleep(100);
      expect(s.socket.readyState).toBe(WebSocket.OPEN);
      s.socket.close(1000);
    });
  });

  describe('several gateway instances', () => {
    let second: GatewayService | undefined;
    let child: ChildProcess | undefined;
    afterAll(async () => {
      child?.kill('SIGTERM');
      await second?.stop();
    });

    it('an event reaches subscribers on every gateway process', async () => {
      child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'gateway'], {
        env: {
          ...process.env,
          MONGODB_URI: testMongoUri(),
          DB_PREFIX: platform.dbPrefix,
          GATEWAY_SIGNING_SECRETS: TEST_SECRET,
          JWT_SECRETS: TEST_JWT_SECRET,
          GATEWAY_PORT: '0',
          HOST: '127.0.0.1',
          SEED_DEMO_DATA: 'false',
          NODE_ENV: 'test',
          LOG_LEVEL: 'info',
          ...Object.fromEntries(Object.entries(platform.subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout!.on('data', (d) => (output += String(d)));
      child.stderr!.on('data', (d) => (output += String(d)));
      const otherUrl = await waitFor(
        'the second gateway',
        () => /"url":"(http:\/\/127\.0\.0\.1:\d+\/graphql)"/.exec(output)?.[1],
        45_000,
      );

      const one = connect({ 'x-api-key': a.key });
      const two = connect({ 'x-api-key': a.key }, otherUrl);
      await Promise.all([one.connected(), two.connected()]);
      const subOne = collect(one.client, ORDER_SUB);
      const subTwo = collect(two.client, ORDER_SUB);
      await sleep(300);
      const order = await newOrder(a, customerA, productA);
      await orderConfirmed(a.id, order, customerA);
      await waitFor('both deliveries', () => subOne.results.length === 1 && subTwo.results.length === 1);
      expect(subTwo.results).toEqual(subOne.results);
      expect(subOne.results[0].data!.orderStatusChanged.number).toBe(order.number);
    }, 90_000);

    it('closes a connection whose queue goes over the cap with 1013, and the others still get every event', async () => {
      second = await createGateway({
        mongoUri: testMongoUri(),
        dbPrefix: platform.dbPrefix,
        signingSecrets: [TEST_SECRET],
        jwtSecrets: [TEST_JWT_SECRET],
        subgraphUrls: platform.subgraphUrls,
        nodeEnv: 'test',
        authCacheTtlMs: 200,
        // A slow poll gathers the burst into one read; a cap of 1 makes that burst overflow the queue.
        subscriptions: { pollIntervalMs: 1000, maxQueuedPerConnection: 1 },
      });
      const capped = connect({ 'x-api-key': a.key }, await second.listen(0));
      const normal = connect({ 'x-api-key': a.key });
      await Promise.all([capped.connected(), normal.connected()]);
      collect(capped.client, ORDER_SUB);
      const subNormal = collect(normal.client, ORDER_SUB);
      await sleep(300);
      const orders = [];
      for (let i = 0; i < 6; i++) orders.push(await newOrder(a, customerA, productA));
      for (const o of orders) await orderConfirmed(a.id, o, customerA);
      await waitFor('the capped close', () => capped.closes.length);
      expect(capped.closes[0]).toEqual({ code: CLOSE_TOO_SLOW, reason: expect.stringContaining('Too slow') });
      await waitFor('all six on the normal connection', () => subNormal.results.length === 6);
    });
  });
});
