/**
 * Subscriptions end to end: a real graphql-ws client (and raw WebSockets for the protocol's close
 * codes) against the gateway. Events come from real mutations through the gateway (the domains'
 * producers and consumers, as in production); one forged event is hand-published to show that an
 * event naming another tenant's entity delivers nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createGateway, type GatewayService } from '../../gateway';
import { CLOSE_FORBIDDEN, CLOSE_TOO_SLOW } from '../../gateway/subscriptions';
import { domainEvent } from '../../lib/events';
import { decodeJwt } from 'jose';
import { signJwt } from '../../lib/jwt';
import { createApiKey } from '../../subgraphs/identity/services/api-keys';
import { createCustomer, createInvoice, createOrder, createProduct } from '../helpers/fixtures';
import { TEST_JWT_SECRET, TEST_SECRET, testMongoUri } from '../helpers/db';
import { graphql } from '../helpers/graphql';
import { startTestPlatform, type TestPlatform, type TestTenant } from '../helpers/platform';

const ORDER_SUB = `subscription($c: ID) { orderStatusChanged(customerId: $c) { id number status customer { name } } }`;
const INVOICE_SUB = `subscription Inv($c: ID) { invoiceStatusChanged(customerId: $c) { number status customer { name orders { totalCount } } } }`;

/** Polls an async probe until it yields a value. */
async function eventually<T>(probe: () => Promise<T | undefined | null>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('Timed out');
    await sleep(100);
  }
}
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
  let employeeA: string;
  let otherEmployeeA: string;
  const open: Array<{ dispose(): void | Promise<void> }> = [];

  const connect = (params: Record<string, unknown>, url = platform.gatewayUrl) => {
    const c = wsClient(url, params);
    open.push(c.client);
    return c;
  };
  /** Connected, and its subscriptions registered before the caller's first mutation. */
  const subscribed = async (params: Record<string, unknown>, subs: Array<[string, Record<string, unknown>?]>) => {
    const { client, connected } = connect(params);
    await connected();
    const collected = subs.map(([query, variables]) => collect(client, query, variables));
    await sleep(200); // the subscribe messages are in before the first event is produced
    return collected;
  };

  // ---- real mutations through the gateway, the way a client makes them -------------------------
  const newOrder = (tenant: TestTenant, customerId: string, productId: string) =>
    createOrder(tenant, customerId, [{ productId, quantity: 2, unitPrice: '7.50' }]);
  const orderTransition = async (tenant: TestTenant, mutation: 'confirmOrder' | 'cancelOrder', id: string) => {
    const data = await tenant.data(
      `mutation($id: ID!) { ${mutation}(input: { id: $id }) { order { status } userErrors { code } } }`,
      {
        id,
      },
    );
    expect(data[mutation].userErrors).toEqual([]);
  };
  const confirm = (tenant: TestTenant, id: string) => orderTransition(tenant, 'confirmOrder', id);
  const newEmployee = async (tenant: TestTenant, name: string) => {
    const { createEmployee } = await tenant.data(
      `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { employee { id } userErrors { message } } }`,
      { i: { name, email: `${name.toLowerCase().replace(/\W/g, '.')}@example.com` } },
    );
    expect(createEmployee.userErrors).toEqual([]);
    return createEmployee.employee.id as string;
  };
  const newDeal = async (tenant: TestTenant, input: Record<string, unknown>) => {
    const { createDeal } = await tenant.data(
      `mutation($i: CreateDealInput!) { createDeal(input: $i) { deal { id } userErrors { field code message } } }`,
      { i: { name: 'Deal', expectedCloseDate: '2030-02-10', amount: { amount: '100.00', currency: 'EUR' }, ...input } },
    );
    expect(createDeal.userErrors).toEqual([]);
    return createDeal.deal.id as string;
  };
  const moveDeal = async (tenant: TestTenant, id: string, stage: string) => {
    const { moveDealStage } = await tenant.data(
      `mutation($id: ID!, $s: String!) { moveDealStage(input: { id: $id, stage: $s }) { userErrors { code } } }`,
      { id, s: stage },
    );
    expect(moveDealStage.userErrors).toEqual([]);
  };
  const winDeal = async (tenant: TestTenant, id: string) => {
    const { winDeal } = await tenant.data(`mutation($id: ID!) { winDeal(input: { id: $id }) { userErrors { code } } }`, { id });
    expect(winDeal.userErrors).toEqual([]);
  };
  const receivePayment = async (tenant: TestTenant, customerId: string, invoiceId: string, amount: string) => {
    const { receivePayment } = await tenant.data(
      `mutation($i: ReceivePaymentInput!) { receivePayment(input: $i) { payment { id number } userErrors { field code message } } }`,
      {
        i: {
          customerId,
          amount: { amount, currency: 'EUR' },
          allocations: [{ invoiceId, amount: { amount, currency: 'EUR' } }],
        },
      },
    );
    expect(receivePayment.userErrors).toEqual([]);
    return receivePayment.payment as { id: string; number: string };
  };
  const newWarehouse = async (tenant: TestTenant, code: string) =>
    (
      await tenant.data(`mutation($i: CreateWarehouseInput!) { createWarehouse(input: $i) { warehouse { id } } }`, {
        i: { code, name: code },
      })
    ).createWarehouse.warehouse.id as string;
  const adjustStock = async (tenant: TestTenant, productId: string, warehouseId: string, delta: number) => {
    const { adjustStock } = await tenant.data(
      `mutation($i: AdjustStockInput!) { adjustStock(input: $i) { stockLevel { id } userErrors { message } } }`,
      {
        i: {
          productId,
          warehouseId,
          delta,
          reason: 'cycle count',
          unitCost: delta > 0 ? { amount: '1.00', currency: 'EUR' } : null,
        },
      },
    );
    expect(adjustStock.userErrors).toEqual([]);
    return adjustStock.stockLevel.id as string;
  };
  const setReorderPoint = async (tenant: TestTenant, productId: string, warehouseId: string, min: number) => {
    const { setReorderPoint } = await tenant.data(
      `mutation($i: SetReorderPointInput!) { setReorderPoint(input: $i) { userErrors { code } } }`,
      { i: { productId, warehouseId, rule: { min, reorderQuantity: 20 } } },
    );
    expect(setReorderPoint.userErrors).toEqual([]);
  };
  const newTicket = async (tenant: TestTenant, customerId: string, subject: string, assigneeId: string) => {
    const { createTicket } = await tenant.data(
      `mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id number } userErrors { message } } }`,
      { i: { customerId, subject, assigneeId } },
    );
    expect(createTicket.userErrors).toEqual([]);
    return createTicket.ticket as { id: string; number: string };
  };
  const newTask = async (tenant: TestTenant, title: string, assigneeId: string, customerId: string, dueInMs: number) => {
    const { createTask } = await tenant.data(
      `mutation($i: CreateTaskInput!) { createTask(input: $i) { task { id } userErrors { message } } }`,
      { i: { title, assigneeId, customerId, dueAt: new Date(Date.now() + dueInMs).toISOString() } },
    );
    expect(createTask.userErrors).toEqual([]);
    return createTask.task.id as string;
  };

  /**
   * Tenant B subscribes to all eight fields, unfiltered, for the whole file while tenant A's tests
   * produce every kind of event; the last test checks B got nothing of A's.
   */
  const EVERY_FIELD: Array<[string, string]> = [
    ['dealStageChanged', 'id name'],
    ['dealWon', 'id name'],
    ['orderStatusChanged', 'id number'],
    ['invoiceStatusChanged', 'id number'],
    ['paymentReceived', 'id number'],
    ['stockLow', 'id available'],
    ['ticketAssigned', 'id number'],
    ['taskDue', 'id title'],
  ];
  /** Tenant B's orders confirmed in this file: the only events B's watcher may receive. */
  const ordersOfB: Array<{ id: string; number: string }> = [];
  let watcherB: ReturnType<typeof wsClient>;
  let everythingB: Array<ReturnType<typeof collect>>;

  beforeAll(async () => {
    platform = await startTestPlatform({
      // graphql-ws terminates a socket whose pong has not come back by the next ping: on a loaded
      // machine a test process can stall for longer than a short keep-alive, so 3 s, not less.
      subscriptions: { connectionInitWaitMs: 500, keepAliveMs: 3_000, credentialCheckMs: 200 },
    });
    a = platform.tenantA;
    b = platform.tenantB;
    customerA = await createCustomer(a, 'Alpha Shop');
    otherCustomerA = await createCustomer(a, 'Alpha Other');
    customerB = await createCustomer(b, 'Beta Shop');
    productA = await createProduct(a, 'A-1', 'Widget');
    productB = await createProduct(b, 'B-1', 'Gadget');
    employeeA = await newEmployee(a, 'Ada Agent');
    otherEmployeeA = await newEmployee(a, 'Otto Other');
    watcherB = wsClient(platform.gatewayUrl, { 'x-api-key': b.key });
    await watcherB.connected();
    everythingB = EVERY_FIELD.map(([field, selection]) => collect(watcherB.client, `subscription { ${field} { ${selection} } }`));
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.dispose()));
  });
  afterAll(async () => {
    await watcherB?.client.dispose();
    await platform?.stop();
  });

  describe('each field, driven by real mutations through the gateway', () => {
    it('orderStatusChanged(customerId): confirm and cancel, with the customer from customers; other customers filtered out', async () => {
      const [mine, all] = await subscribed({ 'x-api-key': a.key }, [
        [ORDER_SUB, { c: customerA }],
        [ORDER_SUB, {}],
      ]);
      const other = await newOrder(a, otherCustomerA, productA);
      const order = await newOrder(a, customerA, productA);
      await confirm(a, other.id);
      await confirm(a, order.id);
      await orderTransition(a, 'cancelOrder', order.id);
      await waitFor('both events for the customer', () => mine.results.length >= 2);
      await waitFor('all three events', () => all.results.length >= 3);
      await sleep(300); // a wrongly delivered event has the time to show up
      const event = (status: string, o = order, name = 'Alpha Shop') => ({
        data: { orderStatusChanged: { id: o.id, number: o.number, status, customer: { name } } },
      });
      // Each event is the entity's state when it is resolved, so the confirmation may already read CANCELLED.
      expect(mine.results).toHaveLength(2);
      expect(mine.results[1]).toEqual(event('CANCELLED'));
      expect([event('CONFIRMED'), event('CANCELLED')]).toContainEqual(mine.results[0]);
      expect(all.results.map((r) => r.data.orderStatusChanged.number)).toEqual([other.number, order.number, order.number]);
      expect(all.results[0]).toEqual(event('CONFIRMED', other, 'Alpha Other'));
      expect(mine.state.error).toBeUndefined();
    });

    it('invoiceStatusChanged(customerId) to a signed-in user (JWT): issue and part-payment, resolving customers and sales fields', async () => {
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
      // A customer of its own: the finance consumers make invoices for other tests' customers.
      const invoiced = await createCustomer(a, 'Invoice Island');
      await confirm(a, (await newOrder(a, invoiced, productA)).id);
      const [sub] = await subscribed({ authorization: `Bearer ${token}` }, [[INVOICE_SUB, { c: invoiced }]]);
      await createInvoice(a, otherCustomerA, '10.00', { issue: true }); // another customer's: filtered out
      const invoice = await createInvoice(a, invoiced, '120.00', { issue: true });
      await waitFor('the issued invoice', () => sub.results.length >= 1);
      const orders = (await a.data(`query($id: ID!) { customer(id: $id) { orders { totalCount } } }`, { id: invoiced })).customer
        .orders;
      expect(orders).toEqual({ totalCount: 1 });
      expect(sub.results[0]).toEqual({
        data: { invoiceStatusChanged: { number: invoice.number, status: 'OPEN', customer: { name: 'Invoice Island', orders } } },
      });
      const { recordPayment } = await a.data(
        `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { invoice { status } userErrors { code } } }`,
        { i: { invoiceId: invoice.id, amount: { amount: '20.00', currency: 'EUR' } } },
      );
      expect(recordPayment).toEqual({ invoice: { status: 'PARTIALLY_PAID' }, userErrors: [] });
      await waitFor('the part-payment', () => sub.results.length >= 2);
      await sleep(300);
      expect(sub.results.map((r) => [r.data.invoiceStatusChanged.number, r.data.invoiceStatusChanged.status])).toEqual([
        [invoice.number, 'OPEN'],
        [invoice.number, 'PARTIALLY_PAID'],
      ]);
    });

    it('paymentReceived: the payment with its customer (customers) and the invoice it paid', async () => {
      const payer = await createCustomer(a, 'Paying Partner');
      const invoice = await createInvoice(a, payer, '50.00', { issue: true });
      const [sub] = await subscribed({ 'x-api-key': a.key }, [
        [
          `subscription { paymentReceived { number status amount { amount currency } customer { name } allocations { amount { amount } invoice { number status } } } }`,
        ],
      ]);
      const payment = await receivePayment(a, payer, invoice.id, '50.00');
      await waitFor('the payment', () => sub.results.length >= 1);
      await sleep(300);
      expect(sub.results).toEqual([
        {
          data: {
            paymentReceived: {
              number: payment.number,
              status: 'COMPLETED',
              amount: { amount: '50.00', currency: 'EUR' },
              customer: { name: 'Paying Partner' },
              allocations: [{ amount: { amount: '50.00' }, invoice: { number: invoice.number, status: 'PAID' } }],
            },
          },
        },
      ]);
    });

    it('dealStageChanged(pipelineId): only that pipeline, with customer (customers) and owner (hr)', async () => {
      const { createPipeline } = await a.data(
        `mutation($s: [PipelineStageInput!]!) { createPipeline(input: { name: "Renewals", stages: $s }) { pipeline { id } userErrors { code } } }`,
        {
          s: [
            { name: 'RENEWAL_DUE', probabilityBps: 3000, kind: 'OPEN' },
            { name: 'IN_TALKS', probabilityBps: 6000, kind: 'OPEN' },
            { name: 'RENEWED', probabilityBps: 10000, kind: 'WON' },
            { name: 'CHURNED', probabilityBps: 0, kind: 'LOST' },
          ],
        },
      );
      expect(createPipeline.userErrors).toEqual([]);
      const renewals = createPipeline.pipeline.id as string;
      const DEAL_SUB = `subscription($p: ID) { dealStageChanged(pipelineId: $p) { name stage pipeline { id } customer { name } owner { name } } }`;
      const [renewalsOnly, all] = await subscribed({ 'x-api-key': a.key }, [
        [DEAL_SUB, { p: renewals }],
        [DEAL_SUB, {}],
      ]);
      const other = await newDeal(a, { name: 'New logo', customerId: otherCustomerA, ownerId: otherEmployeeA });
      const renewal = await newDeal(a, { name: 'Renewal', customerId: customerA, ownerId: employeeA, pipelineId: renewals });
      await moveDeal(a, other, 'NEEDS_ANALYSIS');
      await moveDeal(a, renewal, 'IN_TALKS');
      await waitFor('the renewal move', () => renewalsOnly.results.length >= 1);
      await waitFor('both moves', () => all.results.length >= 2);
      await sleep(300);
      const renewalEvent = {
        data: {
          dealStageChanged: {
            name: 'Renewal',
            stage: 'IN_TALKS',
            pipeline: { id: renewals },
            customer: { name: 'Alpha Shop' },
            owner: { name: 'Ada Agent' },
          },
        },
      };
      expect(renewalsOnly.results).toEqual([renewalEvent]);
      expect(all.results).toEqual([
        {
          data: {
            dealStageChanged: {
              name: 'New logo',
              stage: 'NEEDS_ANALYSIS',
              pipeline: { id: expect.any(String) },
              customer: { name: 'Alpha Other' },
              owner: { name: 'Otto Other' },
            },
          },
        },
        renewalEvent,
      ]);
    });

    it('dealWon: the deal with customer (customers) and owner (hr); its finance invoice once the deal.won consumer made it', async () => {
      const customer = await createCustomer(a, 'Winning Ways');
      const [sub, withInvoice] = await subscribed({ 'x-api-key': a.key }, [
        [`subscription { dealWon { name status customer { name } owner { id name } } }`],
        // Deal.invoice is finance's, made by its deal.won consumer: it may or may not exist when the event is resolved.
        [`subscription { dealWon { id invoice { number } } }`],
      ]);
      const deal = await newDeal(a, { name: 'Big win', customerId: customer, ownerId: employeeA });
      await winDeal(a, deal);
      await waitFor('the win', () => sub.results.length >= 1 && withInvoice.results.length >= 1);
      await sleep(300);
      expect(sub.results).toEqual([
        {
          data: {
            dealWon: {
              name: 'Big win',
              status: 'WON',
              customer: { name: 'Winning Ways' },
              owner: { id: employeeA, name: 'Ada Agent' },
            },
          },
        },
      ]);
      expect(withInvoice.results).toHaveLength(1);
      expect(withInvoice.results[0].errors).toBeUndefined();
      const invoice = await eventually(
        async () => (await a.data(`query($id: ID!) { deal(id: $id) { invoice { number } } }`, { id: deal })).deal.invoice,
      );
      const delivered = withInvoice.results[0].data.dealWon;
      expect(delivered.id).toBe(deal);
      expect([null, invoice]).toContainEqual(delivered.invoice);
    });

    it('stockLow(warehouseId): a level adjusted below its reorder point, only in that warehouse', async () => {
      const north = await newWarehouse(a, 'NORTH');
      const south = await newWarehouse(a, 'SOUTH');
      const product = await createProduct(a, 'LOW-1', 'Scarce widget');
      const northLevel = await adjustStock(a, product, north, 10);
      await adjustStock(a, product, south, 10);
      await setReorderPoint(a, product, north, 5);
      await setReorderPoint(a, product, south, 5);
      const LOW_SUB = `subscription($w: ID) { stockLow(warehouseId: $w) { id available reorderPoint product { sku name } warehouse { code } } }`;
      const [northOnly, all] = await subscribed({ 'x-api-key': a.key }, [
        [LOW_SUB, { w: north }],
        [LOW_SUB, {}],
      ]);
      await adjustStock(a, product, south, -8);
      await adjustStock(a, product, north, -7);
      await waitFor('the north event', () => northOnly.results.length >= 1);
      await waitFor('both events', () => all.results.length >= 2);
      await sleep(300);
      const northEvent = {
        data: {
          stockLow: {
            id: northLevel,
            available: 3,
            reorderPoint: 5,
            product: { sku: 'LOW-1', name: 'Scarce widget' },
            warehouse: { code: 'NORTH' },
          },
        },
      };
      expect(northOnly.results).toEqual([northEvent]);
      expect(all.results.map((r) => r.data.stockLow.warehouse.code)).toEqual(['SOUTH', 'NORTH']);
      expect(all.results[1]).toEqual(northEvent);
    });

    it('ticketAssigned(assigneeId): on create and on reassignment, with assignee (hr) and customer (customers, sales)', async () => {
      const TICKET_SUB = `subscription($e: ID) { ticketAssigned(assigneeId: $e) { number subject assignee { name } customer { name orders { totalCount } } } }`;
      const [mine] = await subscribed({ 'x-api-key': a.key }, [[TICKET_SUB, { e: employeeA }]]);
      const first = await newTicket(a, customerA, 'Printer on fire', employeeA);
      const second = await newTicket(a, customerA, 'Password reset', otherEmployeeA); // someone else's: filtered out
      await waitFor('the first assignment', () => mine.results.length >= 1);
      const { reassignTicket } = await a.data(
        `mutation($id: ID!, $e: ID!) { reassignTicket(input: { id: $id, assigneeId: $e }) { userErrors { code } } }`,
        { id: second.id, e: employeeA },
      );
      expect(reassignTicket.userErrors).toEqual([]);
      await waitFor('the reassignment', () => mine.results.length >= 2);
      await sleep(300);
      const orders = (await a.data(`query($id: ID!) { customer(id: $id) { orders { totalCount } } }`, { id: customerA })).customer
        .orders;
      const event = (t: { number: string }, subject: string) => ({
        data: {
          ticketAssigned: {
            number: t.number,
            subject,
            assignee: { name: 'Ada Agent' },
            customer: { name: 'Alpha Shop', orders },
          },
        },
      });
      expect(mine.results).toEqual([event(first, 'Printer on fire'), event(second, 'Password reset')]);
    });

    it("taskDue(assigneeId): the sweeper's due event, with assignee (hr) and customer (customers, finance)", async () => {
      const TASK_SUB = `subscription($e: ID) { taskDue(assigneeId: $e) { id title status overdue assignee { name } customer { name invoices { totalCount } } } }`;
      const [mine] = await subscribed({ 'x-api-key': a.key }, [[TASK_SUB, { e: employeeA }]]);
      await newTask(a, 'Not mine', otherEmployeeA, customerA, 200);
      const task = await newTask(a, 'Call back', employeeA, customerA, 200);
      await waitFor('the due task', () => mine.results.length >= 1);
      await sleep(300);
      const invoices = (await a.data(`query($id: ID!) { customer(id: $id) { invoices { totalCount } } }`, { id: customerA }))
        .customer.invoices;
      expect(mine.results).toEqual([
        {
          data: {
            taskDue: {
              id: task,
              title: 'Call back',
              status: 'OPEN',
              overdue: true,
              assignee: { name: 'Ada Agent' },
              customer: { name: 'Alpha Shop', invoices },
            },
          },
        },
      ]);
    });
  });

  it("never delivers another tenant's events, even an event that names its entity", async () => {
    const [subB] = await subscribed({ 'x-api-key': b.key }, [
      [`subscription { orderStatusChanged { number customer { name } } }`],
    ]);
    const orderA = await newOrder(a, customerA, productA);
    await confirm(a, orderA.id); // tenant A's event
    // A forged event in B's stream naming A's order: B cannot read it (the only hand-published event here).
    await platform.subgraphs.sales.events.bus.publish(
      domainEvent('sales.order.confirmed', {
        tenantId: b.id,
        aggregateId: orderA.id,
        payload: { orderId: orderA.id, number: orderA.number, customerId: customerA, currency: 'EUR', lines: [] },
      }),
    );
    const orderB = await newOrder(b, customerB, productB);
    ordersOfB.push(orderB);
    await confirm(b, orderB.id);
    await waitFor("tenant B's own event", () => subB.results.length >= 1);
    await sleep(300);
    expect(subB.results).toEqual([{ data: { orderStatusChanged: { number: orderB.number, customer: { name: 'Beta Shop' } } } }]);
  });

  it('delivers a burst of events in order', async () => {
    const [sub] = await subscribed({ 'x-api-key': a.key }, [
      [`subscription { changed: orderStatusChanged { number ...C } } fragment C on Order { customer { name } }`],
    ]);
    const orders = [];
    for (let i = 0; i < 5; i++) orders.push(await newOrder(a, i % 2 ? otherCustomerA : customerA, productA));
    for (const order of orders) await confirm(a, order.id);
    await waitFor('five events', () => sub.results.length >= 5);
    await sleep(300);
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
    // A real session's token, re-signed to expire in 2 s (tokens are accepted only for a live session).
    const user = { email: 'brief@alpha.example', name: 'Brief', password: 'correct horse battery staple', roles: ['SALES'] };
    await a.data(`mutation($i: CreateUserInput!) { createUser(input: $i) { userErrors { code } } }`, { i: user });
    const session = await graphql(
      platform.gatewayUrl,
      `
        mutation ($i: LoginInput!) {
          login(input: $i) {
            accessToken
          }
        }
      `,
      {
        i: { tenant: 'alpha', email: user.email, password: user.password },
      },
    );
    const claims = decodeJwt(session.data!.login.accessToken as string) as { sub: string; tid: string; sid: string };
    const token = await signJwt(
      { sub: claims.sub, tid: claims.tid, sid: claims.sid, scopes: ['sales:read'] },
      TEST_JWT_SECRET,
      2,
    );
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
      const before = platform.gateway.subscriptions()!.activeSubscriptions; // tenant B's watcher's
      s.send({ id: 's1', type: 'subscribe', payload: { query: ORDER_SUB } });
      await sleep(100);
      expect(platform.gateway.subscriptions()!.activeSubscriptions).toBe(before + 1);
      s.send({ id: 's1', type: 'complete' });
      await sleep(100);
      expect(platform.gateway.subscriptions()!.activeSubscriptions).toBe(before);
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
      await confirm(a, order.id);
      await waitFor('both deliveries', () => subOne.results.length >= 1 && subTwo.results.length >= 1);
      await sleep(300);
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
        // Five seconds: on FerretDB six parallel confirmations spread over more than one second.
        subscriptions: { pollIntervalMs: 5000, maxQueuedPerConnection: 1 },
      });
      const capped = connect({ 'x-api-key': a.key }, await second.listen(0));
      const normal = connect({ 'x-api-key': a.key });
      await Promise.all([capped.connected(), normal.connected()]);
      collect(capped.client, ORDER_SUB);
      const subNormal = collect(normal.client, ORDER_SUB);
      await sleep(300);
      const orders = [];
      for (let i = 0; i < 6; i++) orders.push(await newOrder(a, customerA, productA));
      await Promise.all(orders.map((o) => confirm(a, o.id))); // one burst, within one of the capped gateway's polls
      await waitFor('the capped close', () => capped.closes.length, 60_000);
      expect(capped.closes[0]).toEqual({ code: CLOSE_TOO_SLOW, reason: expect.stringContaining('Too slow') });
      await waitFor('all six on the normal connection', () => subNormal.results.length === 6);
    }, 120_000);
  });

  // Last: by now tenant A's tests have produced an event for every one of the eight fields.
  it("tenant B's subscriptions to all eight fields received none of tenant A's events", async () => {
    const orderB = await newOrder(b, customerB, productB);
    ordersOfB.push(orderB);
    await confirm(b, orderB.id); // B's own events show B's subscriptions were live all along
    expect(watcherB.closes).toEqual([]); // B's watcher was connected all along
    const [, , orders] = everythingB;
    await waitFor("B's own order events", () => orders.results.length >= ordersOfB.length);
    await sleep(300);
    expect(Object.fromEntries(EVERY_FIELD.map(([field], i) => [field, everythingB[i].results]))).toEqual({
      dealStageChanged: [],
      dealWon: [],
      orderStatusChanged: ordersOfB.map((o) => ({ data: { orderStatusChanged: o } })),
      invoiceStatusChanged: [],
      paymentReceived: [],
      stockLow: [],
      ticketAssigned: [],
      taskDue: [],
    });
    expect(everythingB.map((s) => s.state.error)).toEqual(EVERY_FIELD.map(() => undefined));
  });
});
