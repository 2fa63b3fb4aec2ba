/**
 * Fault tests of the event flows, end to end through the gateway with real mutations:
 * a consumer subgraph down while events are produced, duplicate and out-of-order delivery of real
 * events, a producer dying between its write and the publish, and a poison event that becomes a
 * dead letter, does not block the others and is replayed after the cause is fixed.
 */
import mongoose from 'mongoose';
import { domainEvent, type EventEnvelope } from '../../lib/events';
import { createCustomer, createOrder, createProduct } from '../helpers/fixtures';
import {
  adjustStock,
  busEvents,
  createDealWithLine,
  createWarehouse,
  mutate,
  OPS,
  startSubgraphAgain,
  stopSubgraph,
  waitUntil,
} from '../helpers/flows';
import { startTestPlatform, type TestPlatform, type TestTenant } from '../helpers/platform';

jest.setTimeout(240_000);

describe('event flow faults', () => {
  let platform: TestPlatform;
  let a: TestTenant;

  beforeAll(async () => {
    platform = await startTestPlatform();
    a = platform.tenantA;
  });
  afterAll(() => platform?.stop());

  const dealInvoice = (dealId: string) => a.data(OPS.dealInvoice, { id: dealId }).then((d) => d.deal.invoice);

  it('a consumer subgraph stopped while events are produced catches up after restart: every invoice exactly once', async () => {
    const customerId = await createCustomer(a, 'Outage Corp');
    const p = await createProduct(a, 'FLT-A', 'Outage licence', '150.00');
    const stopped = await stopSubgraph(platform, 'finance');
    const deals: string[] = [];
    for (let i = 0; i < 4; i++) {
      const id = await createDealWithLine(a, customerId, p, `Outage deal ${i}`);
      await mutate(a, OPS.win, { id });
      deals.push(id);
    }
    // Finance is down: the gateway reports it, sales goes on working.
    const during = await a.query(OPS.invoicesOf, { c: customerId });
    expect(during.errors?.length).toBeGreaterThan(0);
    // Every won event is on the bus already (sales' relay kept publishing), unconsumed by finance.
    await waitUntil(
      'the won events on the bus',
      () => busEvents(platform.subgraphs.sales.events.bus, (e) => e.type === 'sales.deal.won' && deals.includes(e.aggregateId)),
      (events) => events.length === 4,
    );

    await startSubgraphAgain(platform, 'finance', stopped);
    for (const id of deals)
      await waitUntil(
        `the invoice of ${id}`,
        () => dealInvoice(id),
        (invoice) => invoice !== null,
      );
    const { invoices } = await a.data(OPS.invoicesOf, { c: customerId });
    expect(invoices.totalCount).toBe(4);
    expect(invoices.edges.map((e: any) => e.node.dealId).sort()).toEqual([...deals].sort());
    expect(invoices.edges.every((e: any) => e.node.status === 'DRAFT')).toBe(true);
  });

  it('duplicate and out-of-order delivery of real order events: one reservation, one shipment, one invoice', async () => {
    const sales = platform.subgraphs.sales;
    const customerId = await createCustomer(a, 'Reordered Ltd');
    const warehouse = await createWarehouse(a, 'FLT-B');
    await mutate(
      a,
      `mutation($i: UpdateInventorySettingsInput!) { r: updateInventorySettings(input: $i) { userErrors { field code message } } }`,
      { i: { defaultWarehouseId: warehouse } },
    );
    const p = await createProduct(a, 'FLT-B', 'Reordered widget', '10.00');
    await adjustStock(a, p, warehouse, 20);
    // Hold sales' relay so the two real events stay in the order's outbox, then deliver them by hand:
    // fulfilled first, then confirmed, then both again; then the relay publishes both once more.
    await sales.events.relay!.stop();
    const order = await createOrder(a, customerId, [{ productId: p, quantity: 5, unitPrice: '10.00' }]);
    await mutate(a, OPS.order('confirmOrder'), { id: order.id });
    await mutate(a, OPS.order('fulfillOrder'), { id: order.id });
    const doc = await sales.models.Order.collection.findOne({ _id: new mongoose.Types.ObjectId(order.id) });
    const outbox = doc!.outbox as EventEnvelope[];
    expect(outbox.map((e) => e.type)).toEqual(['sales.order.confirmed', 'sales.order.fulfilled']);
    const [confirmed, fulfilled] = outbox;
    for (const event of [fulfilled, confirmed, fulfilled, confirmed]) await sales.events.bus.publish(event);
    sales.events.relay!.start();
    await waitUntil(
      'the outbox drained',
      () => sales.models.Order.collection.findOne({ _id: new mongoose.Types.ObjectId(order.id) }),
      (d: any) => !d.outbox?.length,
    );

    const issued = await waitUntil(
      'the invoice',
      () => a.data(OPS.invoicesOf, { c: customerId }),
      (d: any) => d.invoices.edges.length > 0,
    );
    // A later order's invoice and shipment prove every redelivery before it was consumed (bus order per group).
    const marker = await createOrder(a, customerId, [{ productId: p, quantity: 1, unitPrice: '10.00' }]);
    await mutate(a, OPS.order('confirmOrder'), { id: marker.id });
    await waitUntil(
      'the marker reservation',
      () => a.data(OPS.reservation, { id: marker.id }),
      (d: any) => d.orderReservation?.status === 'RESERVED',
    );
    await mutate(a, OPS.order('fulfillOrder'), { id: marker.id });
    await waitUntil(
      'the marker invoice',
      () => a.data(OPS.invoicesOf, { c: customerId }),
      (d: any) => d.invoices.totalCount >= 2,
    );
    const MOVES = `query($p: ID!) { stockMovements(filter: { productId: $p, type: SHIPMENT }) { edges { node { quantity } } } }`;
    const moves = await waitUntil(
      'the marker shipment',
      () => a.data(MOVES, { p }),
      (d: any) => d.stockMovements.edges.length >= 2,
    );

    expect(issued.invoices.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({ orderId: order.id, status: 'OPEN', total: { amount: '50.00' } }),
    ]);
    expect(
      (await a.data(OPS.invoicesOf, { c: customerId })).invoices.edges.filter((e: any) => e.node.orderId === order.id),
    ).toHaveLength(1);
    expect(moves.stockMovements.edges.map((e: any) => e.node.quantity).sort()).toEqual([-1, -5]);
    expect((await a.data(OPS.availability, { id: p })).product.availability).toEqual({ onHand: 14, reserved: 0, available: 14 });
  });

  it('a producer that dies between its write and the publish still delivers the event after restart, once', async () => {
    const customerId = await createCustomer(a, 'Crashed Inc');
    const p = await createProduct(a, 'FLT-C', 'Crash licence', '150.00');
    const dealId = await createDealWithLine(a, customerId, p, 'Crash deal');
    // The write happens, the publish does not: the relay is stopped, then the process "dies".
    await platform.subgraphs.sales.events.relay!.stop();
    await mutate(a, OPS.win, { id: dealId });
    const doc = await platform.subgraphs.sales.models.Deal.collection.findOne({ _id: new mongoose.Types.ObjectId(dealId) });
    expect((doc!.outbox as EventEnvelope[]).map((e) => e.type)).toContain('sales.deal.won');
    expect(
      await busEvents(platform.subgraphs.sales.events.bus, (e) => e.type === 'sales.deal.won' && e.aggregateId === dealId),
    ).toEqual([]);
    const stopped = await stopSubgraph(platform, 'sales');

    await startSubgraphAgain(platform, 'sales', stopped);
    const invoice = await waitUntil(
      'the invoice',
      () => dealInvoice(dealId),
      (i) => i !== null,
    );
    expect(invoice).toMatchObject({ status: 'DRAFT', total: { amount: '300.00' } });
    const won = await busEvents(
      platform.subgraphs.sales.events.bus,
      (e) => e.type === 'sales.deal.won' && e.aggregateId === dealId,
    );
    expect(won).toHaveLength(1);
    expect((await a.data(OPS.invoicesOf, { c: customerId })).invoices.totalCount).toBe(1);
  });

  it('a poison event becomes a dead letter, later events keep flowing, and its replay after the fix is REPLAYED', async () => {
    const customers = platform.subgraphs.customers;
    // A catalogued lead conversion whose customer id the customers consumer rejects (not an ObjectId).
    await customers.events.bus.publish(
      domainEvent('sales.lead.converted', {
        tenantId: a.id,
        aggregateId: 'lead-poison',
        payload: { leadId: 'lead-poison', customerId: 'not-an-id', customerName: 'Poison Partners', dealId: 'deal-poison' },
      }),
    );
    const DEAD = `query($f: DeadLetterFilter) { deadLetters(first: 10, filter: $f) { totalCount edges { node { id group status attempts lastError eventType aggregateId } } } }`;
    const filter = { f: { group: 'customers.reactions' } };
    const { deadLetters } = await waitUntil(
      'the dead letter',
      () => a.data(DEAD, filter),
      (d: any) => d.deadLetters.totalCount > 0,
    );
    const letter = deadLetters.edges[0].node;
    expect(letter).toMatchObject({
      status: 'FAILED',
      eventType: 'sales.lead.converted',
      aggregateId: 'lead-poison',
      lastError: expect.stringMatching(/not an ObjectId/),
    });

    // Others keep flowing: a real lead conversion through the gateway creates its customer.
    const lead = (
      await mutate(
        a,
        `mutation($i: CreateLeadInput!) { r: createLead(input: $i) { lead { id } userErrors { field code message } } }`,
        {
          i: { companyName: 'Healthy Holdings', source: 'WEB', estimatedValue: { amount: '1000.00', currency: 'EUR' } },
        },
      )
    ).lead.id;
    await mutate(
      a,
      `mutation($id: ID!) { r: qualifyLead(input: { id: $id }) { lead { status } userErrors { field code message } } }`,
      { id: lead },
    );
    const converted = await mutate(
      a,
      `mutation($id: ID!) { r: convertLead(input: { id: $id }) { lead { customer { id } } userErrors { field code message } } }`,
      { id: lead },
    );
    const healthy = converted.lead.customer.id;
    const CUSTOMER = `query($id: ID!) { customer(id: $id) { name } }`;
    await waitUntil(
      'the converted customer',
      () => a.data(CUSTOMER, { id: healthy }),
      (d: any) => d.customer?.name === 'Healthy Holdings',
    );

    const REPLAY = `mutation($id: ID!) { r: replayDeadLetter(input: { id: $id }) { deadLetter { id status } userErrors { field code message } } }`;
    // Replayed before the fix: it fails again and stays a dead letter.
    expect((await mutate(a, REPLAY, { id: letter.id })).deadLetter.status).toBe('REPLAY_REQUESTED');
    await waitUntil(
      'the failed replay',
      () => a.data(DEAD, filter),
      (d: any) => d.deadLetters.edges[0].node.status === 'FAILED' && d.deadLetters.edges[0].node.attempts > letter.attempts,
    );

    // The fix: an operator repairs the stored event (its customer id), then replays it.
    const fixedId = new mongoose.Types.ObjectId().toString();
    const letters = customers.events.database.connection.collection('dead_letters');
    const repaired = await letters.updateOne(
      { _id: new mongoose.Types.ObjectId(letter.id) },
      { $set: { 'event.payload.customerId': fixedId } },
    );
    expect(repaired.matchedCount).toBe(1);
    expect((await mutate(a, REPLAY, { id: letter.id })).deadLetter.status).toBe('REPLAY_REQUESTED');
    await waitUntil(
      'the replay',
      () => a.data(DEAD, filter),
      (d: any) => d.deadLetters.edges[0].node.status === 'REPLAYED',
    );
    expect((await a.data(CUSTOMER, { id: fixedId })).customer).toEqual({ name: 'Poison Partners' });
  });
});
