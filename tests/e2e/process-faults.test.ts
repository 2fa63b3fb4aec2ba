/**
 * Crash safety with real processes: the gateway and each subgraph run in a process of their own
 * (scripts/serve.ts, as in production), and a service is killed with SIGKILL at the worst moments,
 * then started again on the same databases:
 * 1. a producer between a state change and its publication (its relay held off, killed after the
 *    mutation answered): the event waits in the outbox and the next start publishes it, once;
 * 2. consumers in the middle of a batch (30 orders confirmed and fulfilled): after the restart every
 *    reservation, shipment, invoice and journal entry exists exactly once and the ledger balances;
 * 3. a producer in the middle of its relay's batch (30 won deals waiting in their outboxes): every
 *    event reaches the bus once, and finance drafts one invoice per deal.
 * Everything is observed over HTTP: effects through the gateway, the bus through the admin queries.
 * hr does not run: nothing here reads employees.
 */
import { expectBalanced, FINANCE, TRIAL_BALANCE } from '../helpers/finance';
import { createCustomer, createOrder, createProduct } from '../helpers/fixtures';
import { adjustStock, createDealWithLine, createWarehouse, mutate, OPS, waitUntil } from '../helpers/flows';
import { startProcessPlatform, type ProcessPlatform, type ServiceProcess } from '../helpers/processes';
import type { TestTenant } from '../helpers/tenants';

jest.setTimeout(180_000);

/** Orders / deals per batch: one consumer poll (at most 100 events) holds all of them. */
const N = 30;
/** A process is killed once this many of its N effects are visible (well before the last). */
const KILL_AFTER = 5;

const EVENTS = `query($t: String, $a: ID) { events(first: 100, filter: { type: $t, aggregateId: $a }) { totalCount edges { node { aggregateId } } } }`;
const CONSUMERS = `{ eventConsumers(first: 100) { edges { node { group position pending } } } }`;
const FLOWS = `{ eventConsumers(first: 100) { edges { node { group pending } } } events(first: 1) { totalCount } }`;
const DEAD_LETTERS = `{ deadLetters(first: 10) { totalCount edges { node { group eventType lastError } } } }`;
const MOVES = `query($p: ID!) { stockMovements(first: 100, filter: { productId: $p, type: SHIPMENT }) { edges { node { quantity reference } } } }`;
const INVOICES = `query($c: ID!) { invoices(first: 100, filter: { customerId: $c }) { totalCount edges { node { id status dealId orderId total { amount } } } } }`;

/** Runs `work(i)` for every i < n, `width` at a time (bulk set-up without waiting on each round trip). */
async function times<T>(n: number, width: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < n; i = next++) results[i] = await work(i);
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

describe('crash safety with every service in its own process', () => {
  let platform: ProcessPlatform;
  let a: TestTenant;
  let warehouse: string;

  beforeAll(async () => {
    // sales starts with its relay (and consumers) off: scenario 1's events stay in their outboxes.
    platform = await startProcessPlatform({
      subgraphs: ['identity', 'customers', 'inventory', 'finance', 'sales'],
      env: { sales: { EVENTS_DISABLED: 'true' } },
    });
    a = await platform.tenant('alpha');
    warehouse = await createWarehouse(a, 'PF-MAIN');
    await mutate(
      a,
      `mutation($i: UpdateInventorySettingsInput!) { r: updateInventorySettings(input: $i) { userErrors { field code message } } }`,
      { i: { defaultWarehouseId: warehouse } },
    );
  });
  afterEach(() => expect(platform.unexpectedExits()).toEqual([]));
  afterAll(() => platform?.stop());

  const eventCount = async (type: string, aggregateId?: string): Promise<number> =>
    (await a.data(EVENTS, { t: type, a: aggregateId })).events.totalCount;

  const positions = async (): Promise<Record<string, string>> =>
    Object.fromEntries((await a.data(CONSUMERS)).eventConsumers.edges.map((e: any) => [e.node.group, e.node.position]));

  /**
   * Waits until the tenant's event flows are quiet: no consumer group has anything pending, and
   * the log did not grow across two looks a few relay rounds apart (events a handler just wrote
   * to its outbox get published and consumed too).
   */
  async function settled(): Promise<void> {
    let previous = '';
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { eventConsumers, events } = await a.data(FLOWS);
      const lagging = eventConsumers.edges.filter((e: any) => e.node.pending > 0).map((e: any) => e.node);
      const look = JSON.stringify({ lagging, total: events.totalCount });
      if (!lagging.length && look === previous) return;
      if (Date.now() > deadline) throw new Error(`The event flows did not settle: ${look}`);
      previous = look;
      await new Promise((r) => setTimeout(r, 300));
    }
  }

  /**
   * Polls the bus until KILL_AFTER of the `n` effects of a process (`type` events after `base`)
   * are visible, then kills it with SIGKILL. Each effect's event is stored in the same write as the
   * effect, so the bus shows the progress even before the process listens.
   */
  async function killMidway(service: ServiceProcess, type: string, base: number, n: number): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const seen = (await eventCount(type)) - base;
      if (seen >= n) throw new Error(`${service.name} finished all ${n} before it could be killed midway.`);
      if (seen >= KILL_AFTER) return service.kill();
      if (service.pid === undefined) throw new Error(`${service.name} exited on its own:\n${service.output()}`);
      if (Date.now() > deadline) throw new Error(`${service.name} showed no progress:\n${service.output()}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  it('a producer killed after the mutation answered, before its relay published: the next start publishes the events once, each acted on once', async () => {
    const sales = platform.services.sales;
    const customerId = await createCustomer(a, 'Outbox Crash GmbH');
    const licence = await createProduct(a, 'PF1-LIC', 'Crash licence', '150.00');
    const widget = await createProduct(a, 'PF1-W', 'Crash widget', '10.00');
    await adjustStock(a, widget, warehouse, 20);
    const dealId = await createDealWithLine(a, customerId, licence, 'Crash deal');
    expect((await mutate(a, OPS.win, { id: dealId })).deal.status).toBe('WON');
    const order = await createOrder(a, customerId, [{ productId: widget, quantity: 5, unitPrice: '10.00' }]);
    expect((await mutate(a, OPS.order('confirmOrder'), { id: order.id })).order.status).toBe('CONFIRMED');
    // Both state changes are stored and answered; their events are in the outboxes, not on the bus.
    expect(await eventCount('sales.deal.won', dealId)).toBe(0);
    expect(await eventCount('sales.order.confirmed', order.id)).toBe(0);

    await sales.kill();
    await sales.start();

    await waitUntil(
      'the invoice of the won deal',
      () => a.data(OPS.dealInvoice, { id: dealId }),
      (d: any) => d.deal.invoice !== null,
    );
    await waitUntil(
      'the reservation of the confirmed order',
      () => a.data(OPS.reservation, { id: order.id }),
      (d: any) => d.orderReservation?.status === 'RESERVED',
    );
    await settled();
    expect(await eventCount('sales.deal.won', dealId)).toBe(1);
    expect(await eventCount('sales.order.confirmed', order.id)).toBe(1);
    const { invoices } = await a.data(INVOICES, { c: customerId });
    expect(invoices.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({ status: 'DRAFT', dealId, total: { amount: '300.00' } }),
    ]);
    expect((await a.data(OPS.reservation, { id: order.id })).orderReservation.lines).toMatchObject([
      { quantity: 5, backordered: 0 },
    ]);
    expect((await a.data(OPS.availability, { id: widget })).product.availability).toEqual({
      onHand: 20,
      reserved: 5,
      available: 15,
    });
    expect((await a.data(DEAD_LETTERS)).deadLetters.totalCount).toBe(0);
  });

  it(`consumers killed in the middle of a batch (${N} orders confirmed and fulfilled) finish it after restart: every reservation, shipment, invoice and journal entry once`, async () => {
    const { finance, inventory } = platform.services;
    const customerId = await createCustomer(a, 'Batch Crash AG');
    const widget = await createProduct(a, 'PF2-W', 'Batch widget', '10.00');
    await adjustStock(a, widget, warehouse, 100);
    // Both consumers are down while the orders go through sales: every event waits on the bus.
    await Promise.all([finance.kill(), inventory.kill()]);
    const fulfilledBefore = await eventCount('sales.order.fulfilled');
    const orders = await times(N, 4, async () => {
      const { id } = await createOrder(a, customerId, [{ productId: widget, quantity: 2, unitPrice: '10.00' }]);
      await mutate(a, OPS.order('confirmOrder'), { id });
      await mutate(a, OPS.order('fulfillOrder'), { id });
      return id;
    });
    await waitUntil(
      'the fulfilled events on the bus',
      () => eventCount('sales.order.fulfilled'),
      (n) => n === fulfilledBefore + N,
    );
    const acknowledged = await positions();
    const issuedBefore = await eventCount('finance.invoice.statusChanged');
    const reservedBefore = await eventCount('inventory.stock.reserved');

    // Each consumer starts on the whole backlog as one batch; each is killed once part of it shows.
    finance.spawn();
    inventory.spawn();
    await Promise.all([
      killMidway(finance, 'finance.invoice.statusChanged', issuedBefore, N),
      killMidway(inventory, 'inventory.stock.reserved', reservedBefore, N),
    ]);
    // Killed midway: part of the effects happened (and stay as they are while both are down)...
    const issuedAtKill = (await eventCount('finance.invoice.statusChanged')) - issuedBefore;
    const reservedAtKill = (await eventCount('inventory.stock.reserved')) - reservedBefore;
    for (const done of [issuedAtKill, reservedAtKill]) {
      expect(done).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(done).toBeLessThan(N);
    }
    // ...and neither group acknowledged its batch: all of it comes again after the restart.
    const atKill = await positions();
    expect(atKill['finance.ledger']).toBe(acknowledged['finance.ledger']);
    expect(atKill['inventory.order-stock']).toBe(acknowledged['inventory.order-stock']);

    await Promise.all([finance.start(), inventory.start()]);
    await waitUntil(
      'every invoice',
      () => a.data(INVOICES, { c: customerId }),
      (d: any) => d.invoices.totalCount >= N,
    );
    await waitUntil(
      'every shipment',
      () => a.data(MOVES, { p: widget }),
      (d: any) => d.stockMovements.edges.length >= N,
    );
    await settled();

    const { invoices } = await a.data(INVOICES, { c: customerId });
    expect(invoices.totalCount).toBe(N);
    expect(invoices.edges.map((e: any) => e.node.orderId).sort()).toEqual([...orders].sort());
    expect(invoices.edges.every((e: any) => e.node.status === 'OPEN' && e.node.total.amount === '20.00')).toBe(true);
    const { journalEntries } = await a.data(FINANCE.entries, { p: 'invoice:' });
    expect(journalEntries.edges.map((e: any) => e.node.source).sort()).toEqual(
      invoices.edges.map((e: any) => `invoice:${e.node.id}:issue`).sort(),
    );
    // Each shipment's cost of goods sold is posted once (2 units at 1.00), for the order's customer.
    const cogs = (await a.data(FINANCE.entries, { p: 'cogs:order:' })).journalEntries;
    expect(cogs.edges.map((e: any) => e.node.source.split(':')[2]).sort()).toEqual([...orders].sort());
    expect(cogs.edges.every((e: any) => e.node.total.amount === '2.00' && e.node.lines[0].partyId === customerId)).toBe(true);
    // Invoices 2 x N x 10.00, the opening stock of both tests (20 + 100 at 1.00), the shipments' cost 2 x N x 1.00: balanced.
    const total = 2 * N * 10 + 20 + 100 + 2 * N;
    expect(expectBalanced((await a.data(TRIAL_BALANCE)).trialBalance)).toEqual([
      { debit: { amount: `${total}.00`, currency: 'EUR' }, credit: { amount: `${total}.00` } },
    ]);

    const { stockMovements } = await a.data(MOVES, { p: widget });
    expect(stockMovements.edges.map((e: any) => e.node.reference).sort()).toEqual(orders.map((id) => `order:${id}`).sort());
    expect(stockMovements.edges.every((e: any) => e.node.quantity === -2)).toBe(true);
    expect((await a.data(OPS.availability, { id: widget })).product.availability).toEqual({
      onHand: 100 - 2 * N,
      reserved: 0,
      available: 100 - 2 * N,
    });
    // An effect done twice would have announced itself twice.
    expect((await eventCount('finance.invoice.statusChanged')) - issuedBefore).toBe(N);
    expect((await eventCount('inventory.stock.reserved')) - reservedBefore).toBe(N);
    expect((await a.data(DEAD_LETTERS)).deadLetters.totalCount).toBe(0);
  });

  it(`a producer killed in the middle of its relay's batch (${N} won deals in their outboxes) publishes the rest after restart: every event once, one invoice per deal`, async () => {
    const sales = platform.services.sales;
    const customerId = await createCustomer(a, 'Relay Crash SA');
    const licence = await createProduct(a, 'PF3-LIC', 'Relay licence', '150.00');
    await sales.kill();
    await sales.start({ EVENTS_DISABLED: 'true' });
    const deals = await times(N, 4, async (i) => {
      const id = await createDealWithLine(a, customerId, licence, `Relay deal ${i}`);
      await mutate(a, OPS.win, { id });
      return id;
    });
    const wonBefore = await eventCount('sales.deal.won');
    await sales.kill();

    // A normal start: its relay sweeps the pending outboxes at once; killed once part is published.
    sales.spawn();
    await killMidway(sales, 'sales.deal.won', wonBefore, N);
    const atKill = (await eventCount('sales.deal.won')) - wonBefore;
    expect(atKill).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(atKill).toBeLessThan(N);

    await sales.start();
    await waitUntil(
      'every draft invoice',
      () => a.data(INVOICES, { c: customerId }),
      (d: any) => d.invoices.totalCount >= N,
    );
    await settled();

    const won = (await a.data(EVENTS, { t: 'sales.deal.won' })).events;
    expect(won.totalCount).toBe(wonBefore + N);
    expect(
      won.edges
        .map((e: any) => e.node.aggregateId)
        .filter((id: string) => deals.includes(id))
        .sort(),
    ).toEqual([...deals].sort());
    const { invoices } = await a.data(INVOICES, { c: customerId });
    expect(invoices.totalCount).toBe(N);
    expect(invoices.edges.map((e: any) => e.node.dealId).sort()).toEqual([...deals].sort());
    expect(invoices.edges.every((e: any) => e.node.status === 'DRAFT' && e.node.total.amount === '300.00')).toBe(true);
    expect((await a.data(DEAD_LETTERS)).deadLetters.totalCount).toBe(0);
  });
});
