/**
 * Partial fulfilment end to end through the gateway with real mutations: a confirmed order shipped
 * in parts (PARTIALLY_FULFILLED until the last), inventory shipping each part from the order's
 * reservation (what stays held shrinks by what shipped), and finance invoicing each part so that the
 * invoices of the order add up to it exactly (rounded by line), once, with finance stopped during the
 * last part and every part's event delivered again.
 */
import { randomUUID } from 'node:crypto';
import { createCustomer, createProduct } from '../helpers/fixtures';
import {
  adjustStock,
  busEvents,
  createWarehouse,
  mutate,
  OPS,
  startSubgraphAgain,
  stopSubgraph,
  waitUntil,
} from '../helpers/flows';
import { startTestPlatform, type TestPlatform, type TestTenant } from '../helpers/platform';

jest.setTimeout(240_000);

const E = `userErrors { field code message }`;
const SHIP = `mutation($i: ShipOrderInput!) { shipOrder(input: $i) { order { id status lines { quantity shipped } shipments { sequence lines { line quantity } } } ${E} } }`;
const ORDER = `query($id: ID!) { order(id: $id) { status total { amount } lines { shipped total { amount } } invoices { status total { amount } lines { quantity total { amount } } } } }`;
const quoteMove = (name: string) => `mutation($id: ID!) { r: ${name}(input: { id: $id }) { quote { id } ${E} } }`;

const minor = (amount: string) => Math.round(Number(amount) * 100);

describe('partial fulfilment', () => {
  let platform: TestPlatform;
  let a: TestTenant;

  beforeAll(async () => {
    platform = await startTestPlatform({ gatewayLimits: { costBucketSize: 1_000_000 } });
    a = platform.tenantA;
  });
  afterAll(() => platform?.stop());

  it('ships an order in parts, holds what is left, and invoices the parts to exactly the order, once', async () => {
    const main = await createWarehouse(a, 'PF');
    await mutate(a, `mutation($i: UpdateInventorySettingsInput!) { r: updateInventorySettings(input: $i) { ${E} } }`, {
      i: { defaultWarehouseId: main },
    });
    const bolt = await createProduct(a, 'PF-1', 'Bolt', '3.33');
    const nut = await createProduct(a, 'PF-2', 'Nut', '10.00');
    await adjustStock(a, bolt, main, 10);
    await adjustStock(a, nut, main, 4);
    const customerId = await createCustomer(a, 'Parts Buyer');
    // A quote with a discount and tax, so that the parts' shares need rounding.
    const quote = await mutate(a, `mutation($i: CreateQuoteInput!) { r: createQuote(input: $i) { quote { id } ${E} } }`, {
      i: {
        customerId,
        currency: 'EUR',
        lines: [
          {
            productId: bolt,
            quantity: 3,
            unitPrice: { amount: '3.33', currency: 'EUR' },
            discountPercent: '10',
            taxRatePercent: '19',
          },
          { productId: nut, quantity: 4, unitPrice: { amount: '10.00', currency: 'EUR' }, taxRatePercent: '7' },
        ],
      },
    });
    await mutate(a, quoteMove('sendQuote'), { id: quote.quote.id });
    await mutate(a, quoteMove('acceptQuote'), { id: quote.quote.id });
    const { order } = await mutate(
      a,
      `mutation($id: ID!) { r: convertQuoteToOrder(input: { id: $id }) { order { id total { amount } } ${E} } }`,
      { id: quote.quote.id },
    );
    await mutate(a, OPS.order('confirmOrder'), { id: order.id });
    await waitUntil(
      'the reservation',
      () => a.data(OPS.reservation, { id: order.id }),
      (d: any) => d.orderReservation?.status === 'RESERVED',
    );

    // Bad parts change nothing.
    const tooMany = (await a.data(SHIP, { i: { id: order.id, lines: [{ line: 0, quantity: 4 }] } })).shipOrder;
    expect(tooMany.userErrors).toEqual([
      { field: ['input', 'lines', '0', 'quantity'], code: 'INVALID', message: 'Line 0 has 3 units left to ship.' },
    ]);
    expect((await a.data(SHIP, { i: { id: order.id, lines: [{ line: 5, quantity: 1 }] } })).shipOrder.userErrors[0].code).toBe(
      'INVALID',
    );
    expect(
      (await platform.tenantB.data(SHIP, { i: { id: order.id, lines: [{ line: 0, quantity: 1 }] } })).shipOrder.userErrors[0]
        .code,
    ).toBe('NOT_FOUND');

    // Part 1: one bolt and two nuts.
    const first = (
      await a.data(SHIP, {
        i: {
          id: order.id,
          lines: [
            { line: 0, quantity: 1 },
            { line: 1, quantity: 2 },
          ],
        },
      })
    ).shipOrder;
    expect(first).toMatchObject({
      order: { status: 'PARTIALLY_FULFILLED', lines: [{ shipped: 1 }, { shipped: 2 }], shipments: [{ sequence: 1 }] },
      userErrors: [],
    });
    await waitUntil(
      'part 1 shipped',
      () => a.data(OPS.availability, { id: nut }),
      (d: any) => d.product.availability.onHand === 2,
    );
    expect((await a.data(OPS.availability, { id: bolt })).product.availability).toEqual({ onHand: 9, reserved: 2, available: 7 });
    expect((await a.data(OPS.availability, { id: nut })).product.availability).toEqual({ onHand: 2, reserved: 2, available: 0 });
    // A partly shipped order is not cancelled any more.
    expect((await a.data(OPS.order('cancelOrder'), { id: order.id })).r.userErrors[0].code).toBe('ILLEGAL_TRANSITION');

    // Part 2: another bolt.
    await mutate(a, SHIP.replace('shipOrder(input: $i)', 'r: shipOrder(input: $i)'), {
      i: { id: order.id, lines: [{ line: 0, quantity: 1 }] },
    });
    await waitUntil(
      'two invoices',
      () => a.data(ORDER, { id: order.id }),
      (d: any) => d.order.invoices.length === 2,
    );

    // The last part while finance is down; every part's event delivered again (twice under new ids).
    const finance = await stopSubgraph(platform, 'finance');
    const fulfilled = await mutate(a, OPS.order('fulfillOrder'), { id: order.id });
    expect(fulfilled.order.status).toBe('FULFILLED');
    await waitUntil(
      'the last part shipped',
      () => a.data(OPS.reservation, { id: order.id }),
      (d: any) => d.orderReservation?.status === 'CONSUMED',
    );
    const bus = platform.subgraphs.sales.events.bus;
    const parts = await busEvents(bus, (e) => e.type === 'sales.order.shipped' && e.aggregateId === order.id);
    expect(parts.map((e) => e.payload.sequence)).toEqual([1, 2, 3]);
    expect(parts[2].payload.lines).toEqual([
      expect.objectContaining({ line: 0, quantity: 1, shippedBefore: 2 }),
      expect.objectContaining({ line: 1, quantity: 2, shippedBefore: 2 }),
    ]);
    for (const e of [parts[2], parts[0], parts[1]]) await bus.publish({ ...e, id: randomUUID() });
    await startSubgraphAgain(platform, 'finance', finance);
    const done = await waitUntil(
      'three invoices',
      () => a.data(ORDER, { id: order.id }),
      (d: any) => d.order.invoices.length === 3,
    );
    // Redelivered to inventory too: nothing shipped twice.
    for (const e of parts) await bus.publish({ ...e, id: randomUUID() });
    const marker = await mutate(a, OPS.adjust, { i: { productId: bolt, warehouseId: main, delta: 1, reason: 'marker' } });
    expect(marker.stockLevel.id).toBeTruthy();
    await waitUntil(
      'the redeliveries consumed',
      () => a.data(`{ eventConsumers { edges { node { group pending } } } }`),
      (d: any) =>
        d.eventConsumers.edges
          .filter((e: any) => ['finance.ledger', 'inventory.order-stock'].includes(e.node.group))
          .every((e: any) => e.node.pending === 0),
    );
    expect((await a.data(OPS.availability, { id: bolt })).product.availability).toEqual({ onHand: 8, reserved: 0, available: 8 });
    expect((await a.data(OPS.availability, { id: nut })).product.availability).toEqual({ onHand: 0, reserved: 0, available: 0 });

    const after = await a.data(ORDER, { id: order.id });
    expect(after.order.invoices).toHaveLength(3);
    expect(after.order.status).toBe('FULFILLED');
    expect(after.order.lines.map((l: any) => l.shipped)).toEqual([3, 4]);
    expect(after.order.invoices.every((i: any) => i.status === 'OPEN')).toBe(true);
    expect(after.order.invoices.map((i: any) => i.lines.map((l: any) => l.quantity))).toEqual([[1, 2], [1], [1, 2]]);
    // The invoices add up to the order, line by line and in total.
    const sum = (xs: string[]) => xs.reduce((s, x) => s + minor(x), 0);
    expect(sum(after.order.invoices.map((i: any) => i.total.amount))).toBe(minor(order.total.amount));
    expect(sum(after.order.invoices.map((i: any) => i.total.amount))).toBe(minor(after.order.total.amount));
    const byLine = [0, 1].map((line) =>
      sum(
        after.order.invoices.flatMap((i: any, k: number) => {
          const idx = k === 1 ? (line === 0 ? 0 : -1) : line;
          return idx >= 0 ? [i.lines[idx].total.amount] : [];
        }),
      ),
    );
    expect(byLine).toEqual(after.order.lines.map((l: any) => minor(l.total.amount)));
    expect(done.order.invoices.length).toBe(3);
    // Another tenant sees none of it.
    expect((await platform.tenantB.data(`query($id: ID!) { order(id: $id) { id } }`, { id: order.id })).order).toBeNull();
  });
});
