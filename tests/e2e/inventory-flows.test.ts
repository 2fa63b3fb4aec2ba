/**
 * Inventory's side of the event flows, through the gateway: sales' order events (published onto
 * the bus here, as sales' relay would) reserve, release and ship stock exactly once, whatever the
 * duplicates and the order of delivery; stock falling to its reorder point drafts one purchase
 * order and emits one `inventory.stock.low`; receipts and product changes emit their events.
 */
import { randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { domainEvent, type EventEnvelope, type MongoEventBus } from '../../lib/events';
import { createProduct } from '../helpers/fixtures';
import { startTestPlatform, type TestPlatform, type TestTenant } from '../helpers/platform';

jest.setTimeout(120_000);

describe('inventory event flows through the gateway', () => {
  let platform: TestPlatform;
  let a: TestTenant;
  let main: string;
  let east: string;
  let bus: MongoEventBus;

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  async function eventually<T>(read: () => Promise<T>, until: (value: T) => boolean, what: string): Promise<T> {
    for (let i = 0; i < 200; i++) {
      const value = await read();
      if (until(value)) return value;
      await sleep(50);
    }
    throw new Error(`Timed out waiting for ${what}`);
  }
  /** Every event on the bus so far (a throwaway group that never acknowledges). */
  async function busEvents(type: string): Promise<EventEnvelope[]> {
    const all: EventEnvelope[] = [];
    const deliveries = await bus.poll(`test-observer-${randomUUID()}`, { limit: 10_000 });
    for (const d of deliveries) if (d.event.type === type) all.push(d.event);
    return all;
  }
  const publish = (event: EventEnvelope) => bus.publish(event);

  const orderEvent = (
    type: 'sales.order.confirmed' | 'sales.order.fulfilled',
    orderId: string,
    lines: Array<{ productId: string; quantity: number }>,
  ) =>
    domainEvent(type, {
      tenantId: a.id,
      aggregateId: orderId,
      payload: {
        orderId,
        number: `SO-${orderId.slice(-4)}`,
        customerId: 'c1',
        currency: 'EUR',
        lines: lines.map((l) => ({ ...l, description: 'x', unitPriceMinor: 100 })),
      },
    });
  const cancelled = (orderId: string) =>
    domainEvent('sales.order.cancelled', {
      tenantId: a.id,
      aggregateId: orderId,
      payload: { orderId, number: `SO-${orderId.slice(-4)}`, customerId: 'c1', previousStatus: 'CONFIRMED' },
    });

  const RESERVATION = `query($id: ID!) { orderReservation(orderId: $id) { status lines { line quantity backordered unshipped allocations { quantity warehouse { code } } } } }`;
  const reservation = (orderId: string) => a.data(RESERVATION, { id: orderId }).then((d) => d.orderReservation);
  const settled = (orderId: string, status: string) =>
    eventually(
      () => reservation(orderId),
      (r) => r?.status === status,
      `reservation ${status}`,
    );
  const availability = async (productId: string) =>
    (
      await a.data(
        `query($id: ID!) { product(id: $id) { availability { onHand reserved available perWarehouse { warehouse { code } onHand reserved } } } }`,
        { id: productId },
      )
    ).product.availability;
  const stock = async (productId: string, warehouseId: string, delta: number) => {
    const { adjustStock } = await a.data(
      `mutation($i: AdjustStockInput!) { adjustStock(input: $i) { stockLevel { id } userErrors { message } } }`,
      { i: { productId, warehouseId, delta, reason: 'opening', unitCost: { amount: '1.00', currency: 'EUR' } } },
    );
    expect(adjustStock.userErrors).toEqual([]);
    return adjustStock.stockLevel.id as string;
  };
  /** A later event that the consumer handles after those published before it (one group, bus order). */
  const drain = async () => {
    const marker = new Types.ObjectId().toString();
    await publish(cancelled(marker));
    await settled(marker, 'CANCELLED');
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
    a = platform.tenantA;
    bus = platform.subgraphs.inventory.events.bus as MongoEventBus;
    const w = async (code: string) =>
      (
        await a.data(`mutation($i: CreateWarehouseInput!) { createWarehouse(input: $i) { warehouse { id } } }`, {
          i: { code, name: code },
        })
      ).createWarehouse.warehouse.id as string;
    main = await w('MAIN');
    east = await w('EAST');
    const s = await a.data(
      `mutation($i: UpdateInventorySettingsInput!) { updateInventorySettings(input: $i) { settings { defaultWarehouse { code } } userErrors { code } } }`,
      {
        i: { defaultWarehouseId: main },
      },
    );
    expect(s.updateInventorySettings.settings.defaultWarehouse).toEqual({ code: 'MAIN' });
  });
  afterAll(() => platform?.stop());

  it('reserves once per order however often confirmed is delivered, default warehouse first, then most available, backordering the rest', async () => {
    const p = await createProduct(a, 'FLOW-1', 'Flow widget');
    await stock(p, main, 4);
    await stock(p, east, 10);
    const orderId = new Types.ObjectId().toString();
    const confirmed = orderEvent('sales.order.confirmed', orderId, [{ productId: p, quantity: 20 }]);
    await publish(confirmed);
    await publish(confirmed); // the same event again: the bus dedupes it
    await publish({ ...confirmed, id: randomUUID() }); // a redelivery under a new id: the consumer's state dedupes it
    await settled(orderId, 'RESERVED');
    await drain();
    expect(await reservation(orderId)).toEqual({
      status: 'RESERVED',
      lines: [
        {
          line: 0,
          quantity: 20,
          backordered: 6,
          unshipped: 0,
          allocations: [
            { quantity: 4, warehouse: { code: 'MAIN' } },
            { quantity: 10, warehouse: { code: 'EAST' } },
          ],
        },
      ],
    });
    expect(await availability(p)).toMatchObject({ onHand: 14, reserved: 14, available: 0 });
    const reserved = (await busEvents('inventory.stock.reserved')).filter((e) => e.aggregateId === orderId);
    expect(reserved.map((e) => e.payload)).toEqual([
      {
        orderId,
        lines: [
          { productId: p, warehouseId: main, quantity: 4, backordered: 0 },
          { productId: p, warehouseId: east, quantity: 10, backordered: 0 },
          // No purchase order is on its way: no date is known for the backordered units.
          { productId: p, warehouseId: main, quantity: 0, backordered: 6, expectedDate: null },
        ],
      },
    ]);

    // Cancelling releases exactly what was held, once.
    await publish(cancelled(orderId));
    await publish(cancelled(orderId));
    await settled(orderId, 'RELEASED');
    await drain();
    expect(await availability(p)).toMatchObject({ onHand: 14, reserved: 0, available: 14 });
  });

  it('reserves nothing when cancelled arrives before confirmed', async () => {
    const p = await createProduct(a, 'FLOW-2', 'Flow widget 2');
    await stock(p, main, 5);
    const orderId = new Types.ObjectId().toString();
    await publish(cancelled(orderId));
    await publish(orderEvent('sales.order.confirmed', orderId, [{ productId: p, quantity: 3 }]));
    await drain();
    expect((await reservation(orderId)).status).toBe('CANCELLED');
    expect(await availability(p)).toMatchObject({ onHand: 5, reserved: 0, available: 5 });
    expect((await busEvents('inventory.stock.reserved')).filter((e) => e.aggregateId === orderId)).toEqual([]);
  });

  it('ships reserved units once on fulfilment, consuming the reservation; backordered units it cannot ship stay unshipped', async () => {
    const p = await createProduct(a, 'FLOW-3', 'Flow widget 3');
    await stock(p, main, 6);
    const orderId = new Types.ObjectId().toString();
    const lines = [{ productId: p, quantity: 8 }];
    await publish(orderEvent('sales.order.confirmed', orderId, lines));
    await settled(orderId, 'RESERVED');
    const fulfilled = orderEvent('sales.order.fulfilled', orderId, lines);
    await publish(fulfilled);
    await publish({ ...fulfilled, id: randomUUID() });
    await publish(orderEvent('sales.order.confirmed', orderId, lines)); // late and stale: ignored
    await settled(orderId, 'CONSUMED');
    await drain();
    expect((await reservation(orderId)).lines[0]).toMatchObject({ quantity: 8, backordered: 2, unshipped: 2 });
    expect(await availability(p)).toMatchObject({ onHand: 0, reserved: 0, available: 0 });
    const { stockMovements } = await a.data(
      `query($p: ID!) { stockMovements(filter: { productId: $p, type: SHIPMENT }) { totalCount edges { node { quantity reference warehouse { code } } } } }`,
      { p },
    );
    expect(stockMovements).toEqual({
      totalCount: 1,
      edges: [{ node: { quantity: -6, reference: `order:${orderId}`, warehouse: { code: 'MAIN' } } }],
    });
  });

  it('ships once when fulfilled overtakes confirmed, and backorders below zero when the tenant allows it', async () => {
    const p = await createProduct(a, 'FLOW-4', 'Flow widget 4');
    await stock(p, main, 2);
    await a.data(`mutation { updateInventorySettings(input: { allowBackorders: true }) { userErrors { code } } }`);
    try {
      const orderId = new Types.ObjectId().toString();
      const lines = [{ productId: p, quantity: 5 }];
      await publish(orderEvent('sales.order.fulfilled', orderId, lines));
      await publish(orderEvent('sales.order.confirmed', orderId, lines));
      await publish(cancelled(orderId));
      await drain();
      expect((await reservation(orderId)).status).toBe('CONSUMED');
      expect((await reservation(orderId)).lines[0]).toMatchObject({ quantity: 5, unshipped: 0 });
      expect(await availability(p)).toMatchObject({ onHand: -3, reserved: 0, available: -3 });
    } finally {
      await a.data(`mutation { updateInventorySettings(input: { allowBackorders: false }) { userErrors { code } } }`);
    }
  });

  it('drafts one purchase order and emits one stock.low when reservations take a level to its reorder point', async () => {
    const p = await createProduct(a, 'FLOW-5', 'Flow widget 5');
    const levelId = await stock(p, main, 12);
    const { createSupplier } = await a.data(
      `mutation { createSupplier(input: { name: "Bolt & Co", currency: "EUR" }) { supplier { id } } }`,
    );
    await a.data(`mutation($i: SetReorderPointInput!) { setReorderPoint(input: $i) { userErrors { code } } }`, {
      i: {
        productId: p,
        warehouseId: main,
        rule: { min: 5, reorderQuantity: 40, preferredSupplierId: createSupplier.supplier.id },
      },
    });
    for (let i = 0; i < 3; i++) {
      // Three orders of 3: available 9, 6, 3: the last crosses the reorder point, and a 4th stays below it.
      await publish(orderEvent('sales.order.confirmed', new Types.ObjectId().toString(), [{ productId: p, quantity: 3 }]));
    }
    await publish(orderEvent('sales.order.confirmed', new Types.ObjectId().toString(), [{ productId: p, quantity: 1 }]));
    await drain();
    const low = await eventually(
      async () => (await busEvents('inventory.stock.low')).filter((e) => e.payload.productId === p),
      (events) => events.length > 0,
      'stock.low',
    );
    await sleep(300); // give a wrong second event the chance to show up
    const lows = (await busEvents('inventory.stock.low')).filter((e) => e.payload.productId === p);
    expect(lows).toHaveLength(1);
    expect(low[0].payload).toMatchObject({ stockLevelId: levelId, warehouseId: main, available: 3, reorderPoint: 5 });
    const { stockLevel } = await a.data(`query($id: ID!) { stockLevel(id: $id) { available reorderPoint product { sku } } }`, {
      id: low[0].payload.stockLevelId,
    });
    expect(stockLevel).toEqual({ available: 2, reorderPoint: 5, product: { sku: 'FLOW-5' } });
    const { purchaseOrder } = await a.data(
      `query($id: ID!) { purchaseOrder(id: $id) { status supplier { name } lines { quantity } suggestedFor { id } } }`,
      {
        id: low[0].payload.purchaseOrderId,
      },
    );
    expect(purchaseOrder).toEqual({
      status: 'DRAFT',
      supplier: { name: 'Bolt & Co' },
      lines: [{ quantity: 40 }],
      suggestedFor: { id: levelId },
    });
    const drafts = await a.data(`{ purchaseOrders(filter: { status: DRAFT }) { edges { node { suggestedFor { id } } } } }`);
    expect(
      drafts.purchaseOrders.edges.filter(
        (e: { node: { suggestedFor: { id: string } | null } }) => e.node.suggestedFor?.id === levelId,
      ),
    ).toHaveLength(1);

    // Ordering and receiving it stocks up and emits one purchaseOrder.received per receipt.
    const poId = low[0].payload.purchaseOrderId as string;
    await a.data(`mutation($id: ID!) { orderPurchaseOrder(input: { id: $id }) { userErrors { code } } }`, { id: poId });
    const receive = (quantity: number, key: string) =>
      a.data(
        `mutation($i: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $i) { purchaseOrder { status } userErrors { code } } }`,
        {
          i: { id: poId, lines: [{ line: 0, quantity }], idempotencyKey: key },
        },
      );
    await receive(15, 'k1');
    await receive(15, 'k1');
    expect((await receive(25, 'k2')).receivePurchaseOrder.purchaseOrder.status).toBe('RECEIVED');
    const received = await eventually(
      async () => (await busEvents('inventory.purchaseOrder.received')).filter((e) => e.aggregateId === poId),
      (events) => events.length >= 2,
      'purchaseOrder.received',
    );
    expect(received.map((e) => e.payload.lines)).toEqual([
      [{ productId: p, description: 'Flow widget 5', quantity: 15, unitCostMinor: 100 }],
      [{ productId: p, description: 'Flow widget 5', quantity: 25, unitCostMinor: 100 }],
    ]);
    expect(received[0].payload).toMatchObject({
      number: expect.stringMatching(/^PO-/),
      supplierName: 'Bolt & Co',
      currency: 'EUR',
    });
    expect(await availability(p)).toMatchObject({ onHand: 52, reserved: 10, available: 42 });
  });

  it('emits inventory.product.upserted when a product is created or changed', async () => {
    const p = await createProduct(a, 'FLOW-6', 'Flow widget 6', '5.00');
    await a.data(`mutation($i: UpdateProductInput!) { updateProduct(input: $i) { userErrors { code } } }`, {
      i: { id: p, price: { amount: '6.50', currency: 'EUR' } },
    });
    const events = await eventually(
      async () => (await busEvents('inventory.product.upserted')).filter((e) => e.aggregateId === p),
      (list) => list.length >= 2,
      'product.upserted',
    );
    expect(events.map((e) => e.payload)).toEqual([
      { productId: p, sku: 'FLOW-6', name: 'Flow widget 6', price: { minor: 500, currency: 'EUR' } },
      { productId: p, sku: 'FLOW-6', name: 'Flow widget 6', price: { minor: 650, currency: 'EUR' } },
    ]);
  });

  it("keeps one tenant's events away from another's stock", async () => {
    const p = await createProduct(a, 'FLOW-7', 'Flow widget 7');
    await stock(p, main, 5);
    const orderId = new Types.ObjectId().toString();
    // An event of tenant B naming tenant A's product finds no such product in B: nothing is held in A.
    await publish({
      ...orderEvent('sales.order.confirmed', orderId, [{ productId: p, quantity: 2 }]),
      tenantId: platform.tenantB.id,
    });
    await drain();
    expect(await availability(p)).toMatchObject({ onHand: 5, reserved: 0 });
    expect(await reservation(orderId)).toBeNull();
    const inB = await platform.tenantB.data(RESERVATION, { id: orderId });
    expect(inB.orderReservation).toMatchObject({ status: 'RESERVED', lines: [{ backordered: 2, allocations: [] }] });
  });
});
