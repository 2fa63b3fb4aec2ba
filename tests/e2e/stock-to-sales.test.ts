/**
 * Stock tells sales, end to end through the gateway with real mutations: available to promise from
 * stock, reservations, backorders and open purchase orders; quote and order lines answered by
 * inventory through federation; a low stock level flags open quotes and draft orders in sales and
 * gives their deals' owners one follow-up task (default automation rule), however often delivered.
 */
import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '../../lib/events';
import { runWithTenant } from '../../lib/tenancy';
import { onStockRecovered } from '../../subgraphs/sales/services/stock-alerts';
import { graphql } from '../helpers/graphql';
import { createCustomer, createOrder, createProduct } from '../helpers/fixtures';
import { adjustStock, busEvents, createDealWithLine, createWarehouse, mutate, OPS, waitUntil } from '../helpers/flows';
import { startTestPlatform, type TestPlatform, type TestTenant } from '../helpers/platform';

jest.setTimeout(240_000);

const E = `userErrors { field code message }`;
const ATP = `query($p: ID!, $q: Int!, $w: ID) { product(id: $p) { availableToPromise(quantity: $q, warehouseId: $w) { quantity availableNow earliestDate shortfall } } }`;
const QUOTE = `mutation($i: CreateQuoteInput!) { r: createQuote(input: $i) { quote { id } ${E} } }`;
const QUOTE_VIEW = `query($id: ID!) { quote(id: $id) {
  promiseDate
  availability { line quantity product { id } check { needBy canMeet promise { earliestDate shortfall } } }
  lines { quantity availability { canMeet promise { earliestDate } } }
  stockFlags { product { id } warehouseId available reorderPoint stockLevel { id available } }
} }`;
const TASKS = `query($a: ID!) { myTasks(assigneeId: $a) { title dealId customer { id } } }`;

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('stock -> sales', () => {
  let platform: TestPlatform;
  let a: TestTenant;
  let main: string;
  let supplierId: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ gatewayLimits: { costBucketSize: 1_000_000 } });
    a = platform.tenantA;
    main = await createWarehouse(a, 'MAIN');
    await mutate(a, `mutation($i: UpdateInventorySettingsInput!) { r: updateInventorySettings(input: $i) { ${E} } }`, {
      i: { defaultWarehouseId: main },
    });
    supplierId = (
      await mutate(a, `mutation($i: CreateSupplierInput!) { r: createSupplier(input: $i) { supplier { id } ${E} } }`, {
        i: { name: 'Supply Co', currency: 'EUR' },
      })
    ).supplier.id;
  });
  afterAll(() => platform?.stop());

  async function purchaseOrder(productId: string, quantity: number, expectedDate: string | null, order = true) {
    const po = await mutate(
      a,
      `mutation($i: CreatePurchaseOrderInput!) { r: createPurchaseOrder(input: $i) { purchaseOrder { id expectedDate } ${E} } }`,
      {
        i: {
          supplierId,
          warehouseId: main,
          expectedDate,
          lines: [{ productId, quantity, unitCost: { amount: '2.00', currency: 'EUR' } }],
        },
      },
    );
    if (order)
      await mutate(a, `mutation($id: ID!) { r: orderPurchaseOrder(input: { id: $id }) { purchaseOrder { id } ${E} } }`, {
        id: po.purchaseOrder.id,
      });
    return po.purchaseOrder.id as string;
  }

  it('availableToPromise: free stock now, then open purchase orders by expected date, after backorders', async () => {
    const p = await createProduct(a, 'ATP-1', 'Promised widget');
    await adjustStock(a, p, main, 5);
    const atp = async (q: number, w?: string) => (await a.data(ATP, { p, q, w })).product.availableToPromise;
    expect(await atp(5)).toEqual({ quantity: 5, availableNow: 5, earliestDate: today(), shortfall: 0 });
    expect(await atp(6)).toEqual({ quantity: 6, availableNow: 5, earliestDate: null, shortfall: 1 });

    await purchaseOrder(p, 10, inDays(20));
    await purchaseOrder(p, 4, inDays(7));
    await purchaseOrder(p, 50, null); // no expected date: not promised from
    await purchaseOrder(p, 50, inDays(2), false); // a DRAFT is not on its way
    expect(await atp(9)).toMatchObject({ earliestDate: inDays(7), shortfall: 0 });
    expect(await atp(10)).toMatchObject({ earliestDate: inDays(20) });
    expect(await atp(20)).toMatchObject({ earliestDate: null, shortfall: 1 });

    // A confirmed order of 8: 5 reserved, 3 backordered; both come before a new promise.
    const customerId = await createCustomer(a, 'ATP Kunde');
    const order = await createOrder(a, customerId, [{ productId: p, quantity: 8, unitPrice: '10.00' }]);
    await mutate(a, OPS.order('confirmOrder'), { id: order.id });
    await waitUntil(
      'the reservation',
      () => a.data(OPS.reservation, { id: order.id }),
      (d: any) => d.orderReservation?.status === 'RESERVED',
    );
    expect(await atp(1)).toEqual({ quantity: 1, availableNow: 0, earliestDate: inDays(7), shortfall: 0 });
    expect(await atp(2)).toMatchObject({ earliestDate: inDays(20) }); // 4 arriving in 7 days: 3 are the backorder's
    expect(await atp(11)).toMatchObject({ earliestDate: inDays(20) });
    expect(await atp(12)).toMatchObject({ earliestDate: null, shortfall: 1 });
    expect(await atp(1, main)).toMatchObject({ earliestDate: inDays(7) });

    // Bad input is refused, another tenant sees nothing of it.
    const bad = await a.query(ATP, { p, q: 0 });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await platform.tenantB.data(ATP, { p, q: 1 })).product).toBeNull();
  });

  it('quote and order lines say whether they can ship by their date; Quote.availability names the lines that cannot', async () => {
    const inStock = await createProduct(a, 'ATP-2', 'In stock');
    const scarce = await createProduct(a, 'ATP-3', 'Scarce');
    await adjustStock(a, inStock, main, 10);
    await adjustStock(a, scarce, main, 1);
    await purchaseOrder(scarce, 20, inDays(30));
    const customerId = await createCustomer(a, 'Quote AG');
    const price = { amount: '10.00', currency: 'EUR' };
    const { quote } = await mutate(a, QUOTE, {
      i: {
        customerId,
        currency: 'EUR',
        validUntil: inDays(14),
        lines: [
          { productId: inStock, quantity: 4, unitPrice: price },
          { productId: scarce, quantity: 5, unitPrice: price },
        ],
      },
    });
    const view = (await a.data(QUOTE_VIEW, { id: quote.id })).quote;
    expect(view.promiseDate).toBe(inDays(14));
    expect(view.availability).toEqual([
      {
        line: 0,
        quantity: 4,
        product: { id: inStock },
        check: { needBy: inDays(14), canMeet: true, promise: { earliestDate: today(), shortfall: 0 } },
      },
      {
        line: 1,
        quantity: 5,
        product: { id: scarce },
        check: { needBy: inDays(14), canMeet: false, promise: { earliestDate: inDays(30), shortfall: 0 } },
      },
    ]);
    expect(view.lines.map((l: any) => l.availability.canMeet)).toEqual([true, false]);

    // The supplier promises earlier: the same quote can now be met.
    const pos = await a.data(
      `{ purchaseOrders(first: 20, filter: { status: ORDERED }) { edges { node { id lines { product { id } } } } } }`,
    );
    const scarcePo = pos.purchaseOrders.edges.find((e: any) => e.node.lines[0].product.id === scarce).node.id;
    const rescheduled = await mutate(
      a,
      `mutation($i: ReschedulePurchaseOrderInput!) { r: reschedulePurchaseOrder(input: $i) { purchaseOrder { expectedDate } ${E} } }`,
      { i: { id: scarcePo, expectedDate: inDays(10) } },
    );
    expect(rescheduled.purchaseOrder.expectedDate).toBe(inDays(10));
    expect((await a.data(QUOTE_VIEW, { id: quote.id })).quote.availability[1].check).toMatchObject({ canMeet: true });

    const order = await createOrder(a, customerId, [{ productId: scarce, quantity: 2, unitPrice: '10.00' }]);
    const lines = await a.data(
      `query($id: ID!) { order(id: $id) { lines { availability { needBy canMeet promise { earliestDate } } } } }`,
      {
        id: order.id,
      },
    );
    expect(lines.order.lines).toEqual([
      { availability: { needBy: today(), canMeet: false, promise: { earliestDate: inDays(10) } } },
    ]);
  });

  it('low stock flags the open quotes and draft orders holding the product and gives each deal owner one follow-up, however often delivered', async () => {
    const p = await createProduct(a, 'LOW-1', 'Runs low');
    await adjustStock(a, p, main, 10);
    const customerId = await createCustomer(a, 'Flagged Ltd');
    const dealId = await createDealWithLine(a, customerId, p, 'Flag deal', 'emp-owner-1');
    const price = { amount: '10.00', currency: 'EUR' };
    const open = await mutate(a, QUOTE, {
      i: { customerId, dealId, currency: 'EUR', lines: [{ productId: p, quantity: 3, unitPrice: price }] },
    });
    const other = await createProduct(a, 'LOW-2', 'Untouched');
    const unrelated = await mutate(a, QUOTE, {
      i: { customerId, currency: 'EUR', lines: [{ productId: other, quantity: 1, unitPrice: price }] },
    });
    const draftOrder = await createOrder(a, customerId, [{ productId: p, quantity: 2, unitPrice: '10.00' }]);

    await mutate(a, `mutation($i: SetReorderPointInput!) { r: setReorderPoint(input: $i) { stockLevel { id } ${E} } }`, {
      i: { productId: p, warehouseId: main, rule: { min: 4, reorderQuantity: 20 } },
    });
    await mutate(a, OPS.adjust, { i: { productId: p, warehouseId: main, delta: -7, reason: 'damaged' } }); // 3 left <= 4

    const flagged = await waitUntil(
      'the flags',
      () => a.data(QUOTE_VIEW, { id: open.quote.id }),
      (d: any) => d.quote.stockFlags.length === 1,
    );
    expect(flagged.quote.stockFlags).toEqual([
      {
        product: { id: p },
        warehouseId: main,
        available: 3,
        reorderPoint: 4,
        stockLevel: { id: expect.any(String), available: 3 },
      },
    ]);
    const order = await a.data(`query($id: ID!) { order(id: $id) { stockFlags { available } } }`, { id: draftOrder.id });
    expect(order.order.stockFlags).toEqual([{ available: 3 }]);
    expect((await a.data(QUOTE_VIEW, { id: unrelated.quote.id })).quote.stockFlags).toEqual([]);

    const tasks = await waitUntil(
      'the follow-up',
      () => a.data(TASKS, { a: 'emp-owner-1' }),
      (d: any) => d.myTasks.length > 0,
    );
    expect(tasks.myTasks).toEqual([
      { title: expect.stringMatching(/Stock is running low/), dealId, customer: { id: customerId } },
    ]);

    // The real events again, twice: no second flag, no second task (a later alert proves they were consumed).
    const [low] = await busEvents(
      platform.subgraphs.sales.events.bus,
      (e) => e.type === 'inventory.stock.low' && e.payload.productId === p,
    );
    const [raised] = await busEvents(
      platform.subgraphs.sales.events.bus,
      (e) => e.type === 'sales.stockAlert.raised' && e.payload.alertId === low.id,
    );
    for (const e of [low, raised, low, raised]) await platform.subgraphs.sales.events.bus.publish(e);
    const marker = await createProduct(a, 'LOW-3', 'Marker');
    await adjustStock(a, marker, main, 5);
    const markerDeal = await createDealWithLine(a, customerId, marker, 'Marker deal', 'emp-owner-2');
    await mutate(a, QUOTE, {
      i: { customerId, dealId: markerDeal, currency: 'EUR', lines: [{ productId: marker, quantity: 1, unitPrice: price }] },
    });
    await mutate(a, `mutation($i: SetReorderPointInput!) { r: setReorderPoint(input: $i) { stockLevel { id } ${E} } }`, {
      i: { productId: marker, warehouseId: main, rule: { min: 5, reorderQuantity: 5 } },
    });
    await waitUntil(
      'the marker follow-up',
      () => a.data(TASKS, { a: 'emp-owner-2' }),
      (d: any) => d.myTasks.length > 0,
    );
    expect((await a.data(TASKS, { a: 'emp-owner-1' })).myTasks).toHaveLength(1);
    expect((await a.data(QUOTE_VIEW, { id: open.quote.id })).quote.stockFlags).toHaveLength(1);

    // Tenant isolation and scopes.
    expect((await platform.tenantB.data(TASKS, { a: 'emp-owner-1' })).myTasks).toEqual([]);
    expect((await platform.tenantB.data(QUOTE_VIEW, { id: open.quote.id })).quote).toBeNull();
    const crmOnly = (await a.data(`mutation { createApiKey(input: { name: "crm", scopes: ["customers:read"] }) { key } }`))
      .createApiKey.key;
    const denied = await graphql(platform.gatewayUrl, ATP, { p, q: 1 }, { 'x-api-key': crmOnly });
    expect(denied.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('confirmOrder short of stock confirms with backorders and their expected date; a receipt releases them in order of confirmation; cancelling releases them', async () => {
    const p = await createProduct(a, 'BO-1', 'Backordered');
    await adjustStock(a, p, main, 2);
    const poId = await purchaseOrder(p, 4, inDays(5));
    const customerId = await createCustomer(a, 'Waiting GmbH');
    const BACKORDERS = `query($id: ID!) { order(id: $id) { status backorders { product { id } quantity expectedDate } } }`;
    const confirmed = async (quantity: number) => {
      const order = await createOrder(a, customerId, [{ productId: p, quantity, unitPrice: '10.00' }]);
      const r = await mutate(a, OPS.order('confirmOrder'), { id: order.id });
      expect(r.order.status).toBe('CONFIRMED');
      await waitUntil(
        'the reservation',
        () => a.data(OPS.reservation, { id: order.id }),
        (d: any) => d.orderReservation?.status === 'RESERVED',
      );
      return order.id as string;
    };
    const first = await confirmed(4); // 2 held, 2 backordered: the 4 arriving cover them
    const second = await confirmed(3); // 3 backordered: 2 of the 4 are left, not enough
    const backorders = (id: string) =>
      waitUntil(
        'the backorders in sales',
        () => a.data(BACKORDERS, { id }),
        (d: any) => d.order.backorders.length > 0,
      );
    expect((await backorders(first)).order.backorders).toEqual([{ product: { id: p }, quantity: 2, expectedDate: inDays(5) }]);
    expect((await backorders(second)).order.backorders).toEqual([{ product: { id: p }, quantity: 3, expectedDate: null }]);

    await mutate(
      a,
      `mutation($i: ReceivePurchaseOrderInput!) { r: receivePurchaseOrder(input: $i) { purchaseOrder { status } ${E} } }`,
      {
        i: { id: poId, lines: [{ line: 0, quantity: 3 }] },
      },
    );
    // The first confirmed gets its 2, the second the 1 left.
    expect((await a.data(OPS.reservation, { id: first })).orderReservation.lines).toMatchObject([
      { quantity: 4, backordered: 0 },
    ]);
    expect((await a.data(OPS.reservation, { id: second })).orderReservation.lines).toMatchObject([
      { quantity: 3, backordered: 2 },
    ]);
    await waitUntil(
      'sales sees the release',
      () => a.data(BACKORDERS, { id: first }),
      (d: any) => d.order.backorders.length === 0,
    );
    await waitUntil(
      'the rest still waiting',
      () => a.data(BACKORDERS, { id: second }),
      (d: any) => d.order.backorders[0]?.quantity === 2,
    );
    expect((await a.data(OPS.availability, { id: p })).product.availability).toEqual({ onHand: 5, reserved: 5, available: 0 });
    expect((await a.data(ATP, { p, q: 1 })).product.availableToPromise).toMatchObject({
      availableNow: 0,
      earliestDate: null,
      shortfall: 0 + 1,
    });

    await mutate(a, OPS.order('cancelOrder'), { id: second });
    await waitUntil(
      'the release',
      () => a.data(OPS.reservation, { id: second }),
      (d: any) => d.orderReservation?.status === 'RELEASED',
    );
    expect((await a.data(BACKORDERS, { id: second })).order).toEqual({ status: 'CANCELLED', backorders: [] });
    expect((await a.data(ATP, { p, q: 1 })).product.availableToPromise).toMatchObject({ availableNow: 1, earliestDate: today() });
  });

  it('a lost deal rejects its open quotes and cancels its unfulfilled orders, releasing their stock', async () => {
    const p = await createProduct(a, 'LOST-1', 'Lost product');
    await adjustStock(a, p, main, 10);
    const customerId = await createCustomer(a, 'Lost Ltd');
    const dealId = await createDealWithLine(a, customerId, p, 'Lost deal');
    const price = { amount: '10.00', currency: 'EUR' };
    const line = [{ productId: p, quantity: 3, unitPrice: price }];
    const draft = (await mutate(a, QUOTE, { i: { customerId, dealId, currency: 'EUR', lines: line } })).quote.id;
    const sent = (await mutate(a, QUOTE, { i: { customerId, dealId, currency: 'EUR', lines: line } })).quote.id;
    const accepted = (await mutate(a, QUOTE, { i: { customerId, dealId, currency: 'EUR', lines: line } })).quote.id;
    const move = (name: string) => `mutation($id: ID!) { r: ${name}(input: { id: $id }) { quote { status } ${E} } }`;
    await mutate(a, move('sendQuote'), { id: sent });
    await mutate(a, move('sendQuote'), { id: accepted });
    await mutate(a, move('acceptQuote'), { id: accepted });
    const order = (
      await mutate(a, `mutation($id: ID!) { r: convertQuoteToOrder(input: { id: $id }) { order { id } ${E} } }`, { id: accepted })
    ).order;
    await mutate(a, OPS.order('confirmOrder'), { id: order.id });
    await waitUntil(
      'the reservation',
      () => a.data(OPS.reservation, { id: order.id }),
      (d: any) => d.orderReservation?.status === 'RESERVED',
    );
    expect((await a.data(OPS.availability, { id: p })).product.availability.reserved).toBe(3);

    await mutate(a, `mutation($id: ID!) { r: loseDeal(input: { id: $id, reason: "Went elsewhere" }) { deal { status } ${E} } }`, {
      id: dealId,
    });
    await waitUntil(
      'the release',
      () => a.data(OPS.reservation, { id: order.id }),
      (d: any) => d.orderReservation?.status === 'RELEASED',
    );
    const statuses = await a.data(
      `query($d: ID!) { quotes(first: 10, filter: { dealId: $d }) { edges { node { id status } } } }`,
      { d: dealId },
    );
    expect(Object.fromEntries(statuses.quotes.edges.map((e: any) => [e.node.id, e.node.status]))).toEqual({
      [draft]: 'REJECTED',
      [sent]: 'REJECTED',
      [accepted]: 'ACCEPTED',
    });
    expect((await a.data(`query($id: ID!) { order(id: $id) { status } }`, { id: order.id })).order.status).toBe('CANCELLED');
    expect((await a.data(OPS.availability, { id: p })).product.availability).toEqual({ onHand: 10, reserved: 0, available: 10 });
  });

  it('stock that recovers clears the flags of the documents it now covers, once, however often delivered', async () => {
    const p = await createProduct(a, 'REC-1', 'Recovers');
    await adjustStock(a, p, main, 10);
    const customerId = await createCustomer(a, 'Recovered Ltd');
    const price = { amount: '10.00', currency: 'EUR' };
    const small = await mutate(a, QUOTE, {
      i: { customerId, currency: 'EUR', lines: [{ productId: p, quantity: 3, unitPrice: price }] },
    });
    const big = await mutate(a, QUOTE, {
      i: { customerId, currency: 'EUR', lines: [{ productId: p, quantity: 20, unitPrice: price }] },
    });
    const draftOrder = await createOrder(a, customerId, [{ productId: p, quantity: 2, unitPrice: '10.00' }]);
    const FLAGS = `query($q: ID!, $b: ID!, $o: ID!) { s: quote(id: $q) { stockFlags { available } } b: quote(id: $b) { stockFlags { available } } o: order(id: $o) { stockFlags { available } } }`;
    const ids = { q: small.quote.id, b: big.quote.id, o: draftOrder.id };
    await mutate(a, `mutation($i: SetReorderPointInput!) { r: setReorderPoint(input: $i) { stockLevel { id } ${E} } }`, {
      i: { productId: p, warehouseId: main, rule: { min: 4, reorderQuantity: 20 } },
    });
    await mutate(a, OPS.adjust, { i: { productId: p, warehouseId: main, delta: -7, reason: 'damaged' } }); // 3 left <= 4
    await waitUntil(
      'the flags',
      () => a.data(FLAGS, ids),
      (d: any) => d.s.stockFlags.length === 1 && d.b.stockFlags.length === 1 && d.o.stockFlags.length === 1,
    );

    await adjustStock(a, p, main, 5); // 8 free, above the reorder point: covers 3 and 2, not 20
    const cleared = await waitUntil(
      'the flags cleared',
      () => a.data(FLAGS, ids),
      (d: any) => d.s.stockFlags.length === 0 && d.o.stockFlags.length === 0,
    );
    expect(cleared).toEqual({ s: { stockFlags: [] }, b: { stockFlags: [{ available: 3 }] }, o: { stockFlags: [] } });
    const bus = platform.subgraphs.sales.events.bus;
    const [recovered] = await busEvents(bus, (e) => e.type === 'inventory.stock.recovered' && e.payload.productId === p);
    expect(recovered.payload).toMatchObject({ productId: p, warehouseId: main, available: 8, reorderPoint: 4 });
    const clearedEvents = () =>
      waitUntil(
        'the cleared event',
        () => busEvents(bus, (e) => e.type === 'sales.stockFlags.cleared' && e.payload.productId === p),
        (es) => es.length > 0,
      );
    const [first] = await clearedEvents();
    expect(first.payload).toEqual({
      recoveryId: recovered.id,
      productId: p,
      warehouseId: main,
      available: 8,
      documents: expect.arrayContaining([
        { kind: 'QUOTE', id: small.quote.id, number: expect.any(String) },
        { kind: 'ORDER', id: draftOrder.id, number: expect.any(String) },
      ]),
    });
    expect(first.payload.documents).toHaveLength(2);
    // A second check of the recovered level writes no second recovery.
    await adjustStock(a, p, main, 1);

    // A new shortage flags them again; the old recovery and the old shortage delivered again change nothing.
    await mutate(a, OPS.adjust, { i: { productId: p, warehouseId: main, delta: -6, reason: 'lost' } }); // 3 left
    await waitUntil(
      'the second flags',
      () => a.data(FLAGS, ids),
      (d: any) => d.s.stockFlags.length === 1 && d.o.stockFlags.length === 1,
    );
    // The same event handled again (a crash before its processed record) and delivered again under new ids.
    const models = platform.subgraphs.sales.models;
    await runWithTenant(a.id, () => onStockRecovered(models, recovered));
    const copies: string[] = [randomUUID(), randomUUID()];
    for (const id of copies) await bus.publish({ ...recovered, id });
    // A marker recovery on another product proves the redeliveries were consumed (same group, bus order).
    const marker = await createProduct(a, 'REC-2', 'Marker');
    await adjustStock(a, marker, main, 2);
    const markerQuote = await mutate(a, QUOTE, {
      i: { customerId, currency: 'EUR', lines: [{ productId: marker, quantity: 1, unitPrice: price }] },
    });
    await mutate(a, `mutation($i: SetReorderPointInput!) { r: setReorderPoint(input: $i) { stockLevel { id } ${E} } }`, {
      i: { productId: marker, warehouseId: main, rule: { min: 2, reorderQuantity: 5 } },
    });
    await waitUntil(
      'the marker flag',
      () => a.data(`query($id: ID!) { quote(id: $id) { stockFlags { available } } }`, { id: markerQuote.quote.id }),
      (d: any) => d.quote.stockFlags.length === 1,
    );
    await adjustStock(a, marker, main, 5);
    await waitUntil(
      'the marker cleared',
      () => a.data(`query($id: ID!) { quote(id: $id) { stockFlags { available } } }`, { id: markerQuote.quote.id }),
      (d: any) => d.quote.stockFlags.length === 0,
    );
    expect(await a.data(FLAGS, ids)).toEqual({
      s: { stockFlags: [{ available: 3 }] },
      b: { stockFlags: [{ available: 3 }] },
      o: { stockFlags: [{ available: 3 }] },
    });
    const ofInventory = (e: EventEnvelope) => !copies.includes(e.id);
    expect(
      await busEvents(bus, (e) => e.type === 'inventory.stock.recovered' && e.payload.productId === p && ofInventory(e)),
    ).toHaveLength(1);
    expect(await busEvents(bus, (e) => e.type === 'sales.stockFlags.cleared' && e.payload.productId === p)).toHaveLength(1);
    // Another tenant sees none of it.
    expect((await platform.tenantB.data(FLAGS, ids)).s).toBeNull();
  });

  it('productsAtRisk: only the products whose open demand cannot ship within the window, with why', async () => {
    // A fresh tenant, so only this test's demand is listed.
    const b = platform.tenantB;
    const w = (await mutate(b, OPS.warehouse, { i: { code: 'B-MAIN', name: 'B main' } })).warehouse.id;
    const plenty = await createProduct(b, 'RISK-1', 'Plenty');
    const short = await createProduct(b, 'RISK-2', 'Short');
    const late = await createProduct(b, 'RISK-3', 'Late');
    await adjustStock(b, plenty, w, 100);
    await adjustStock(b, short, w, 2);
    const bSupplier = (
      await mutate(b, `mutation($i: CreateSupplierInput!) { r: createSupplier(input: $i) { supplier { id } ${E} } }`, {
        i: { name: 'B supply', currency: 'EUR' },
      })
    ).supplier.id;
    const po = await mutate(
      b,
      `mutation($i: CreatePurchaseOrderInput!) { r: createPurchaseOrder(input: $i) { purchaseOrder { id } ${E} } }`,
      {
        i: {
          supplierId: bSupplier,
          warehouseId: w,
          expectedDate: inDays(20),
          lines: [{ productId: late, quantity: 10, unitCost: { amount: '2.00', currency: 'EUR' } }],
        },
      },
    );
    await mutate(b, `mutation($id: ID!) { r: orderPurchaseOrder(input: { id: $id }) { purchaseOrder { id } ${E} } }`, {
      id: po.purchaseOrder.id,
    });
    const customerId = await createCustomer(b, 'Demanding');
    const price = { amount: '10.00', currency: 'EUR' };
    await mutate(b, QUOTE, {
      i: {
        customerId,
        currency: 'EUR',
        lines: [
          { productId: short, quantity: 3, unitPrice: price },
          { productId: plenty, quantity: 5, unitPrice: price },
          { productId: late, quantity: 3, unitPrice: price },
        ],
      },
    });
    await createOrder(b, customerId, [{ productId: short, quantity: 4, unitPrice: '10.00' }]);
    const RISK = `query($d: Int!) { productsAtRisk(days: $d) { product { id } quantity quoteCount orderCount shortfall earliestDate check { canMeet promise { shortfall earliestDate } } } }`;
    // Sales promises from the supply inventory reported (replicated by events): wait until it has it.
    const week = await waitUntil(
      'the supply in sales',
      () => b.data(RISK, { d: 7 }),
      // Both rows, and the purchase order's date replicated (before it, `late` shows no date and all of it short).
      (r: any) => r.productsAtRisk.length === 2 && r.productsAtRisk.every((p: any) => p.product.id !== late || p.earliestDate),
    );
    expect(week.productsAtRisk).toEqual([
      {
        product: { id: short },
        quantity: 7,
        quoteCount: 1,
        orderCount: 1,
        shortfall: 5,
        earliestDate: null,
        check: { canMeet: false, promise: { shortfall: 5, earliestDate: null } },
      },
      {
        product: { id: late },
        quantity: 3,
        quoteCount: 1,
        orderCount: 0,
        shortfall: 0,
        earliestDate: inDays(20),
        check: { canMeet: false, promise: { shortfall: 0, earliestDate: inDays(20) } },
      },
    ]);
    // A month covers the purchase order's delivery: only the short product is at risk.
    expect((await b.data(RISK, { d: 30 })).productsAtRisk.map((x: any) => x.product.id)).toEqual([short]);
    // Stock arrives for it: it leaves the list once sales has the new supply.
    await adjustStock(b, short, w, 10);
    await waitUntil(
      'the recovered supply in sales',
      () => b.data(RISK, { d: 30 }),
      (r: any) => r.productsAtRisk.length === 0,
    );
    expect((await b.query(RISK, { d: 0 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await a.data(RISK, { d: 7 })).productsAtRisk.map((x: any) => x.product.id)).not.toContain(late);
  });

  it('the new operations are scoped and tenant-bound; a received purchase order cannot be rescheduled', async () => {
    const p = await createProduct(a, 'SCOPE-1', 'Scoped');
    const po = await purchaseOrder(p, 2, inDays(3));
    const RESCHEDULE = `mutation($i: ReschedulePurchaseOrderInput!) { reschedulePurchaseOrder(input: $i) { purchaseOrder { expectedDate } ${E} } }`;
    const fromB = (await platform.tenantB.data(RESCHEDULE, { i: { id: po, expectedDate: inDays(1) } })).reschedulePurchaseOrder;
    expect(fromB).toEqual({
      purchaseOrder: null,
      userErrors: [{ field: ['input', 'id'], code: 'NOT_FOUND', message: expect.any(String) }],
    });
    await mutate(
      a,
      `mutation($i: ReceivePurchaseOrderInput!) { r: receivePurchaseOrder(input: $i) { purchaseOrder { status } ${E} } }`,
      {
        i: { id: po, lines: [{ line: 0, quantity: 2 }] },
      },
    );
    const received = (await a.data(RESCHEDULE, { i: { id: po, expectedDate: inDays(1) } })).reschedulePurchaseOrder;
    expect(received.userErrors).toEqual([
      { field: ['input', 'id'], code: 'ILLEGAL_TRANSITION', message: expect.stringMatching(/RECEIVED/) },
    ]);

    const key = async (scopes: string[]) =>
      (await a.data(`mutation($s: [String!]!) { createApiKey(input: { name: "scoped", scopes: $s }) { key } }`, { s: scopes }))
        .createApiKey.key;
    const inventoryReader = await key(['inventory:read']);
    const crmReader = await key(['customers:read']);
    const as = (k: string, q: string, v: Record<string, unknown> = {}) => graphql(platform.gatewayUrl, q, v, { 'x-api-key': k });
    expect((await as(inventoryReader, RESCHEDULE, { i: { id: po, expectedDate: null } })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await as(crmReader, `{ productsAtRisk(days: 7) { quantity } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await as(crmReader, `{ inventoryLedgerBalance { amount } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await as(inventoryReader, ATP, { p, q: 1 })).data?.product.availableToPromise.quantity).toBe(1);
  });
});
