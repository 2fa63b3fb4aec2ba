/**
 * The stock ledger, reorder points and purchasing over HTTP against the real database.
 */
import { runWithTenant } from '../../lib/tenancy';
import { applyMovement } from '../../subgraphs/inventory/services/ledger';
import { RECEIPT_GRACE_MS } from '../../subgraphs/inventory/jobs/receipts';
import type { InventoryModels } from '../../subgraphs/inventory/models';
import { entitiesQuery, startSubgraph, type SubgraphCaller, type TestSubgraph } from '../helpers/subgraph';

describe('inventory ledger, reorder points and purchasing over HTTP', () => {
  let subgraph: TestSubgraph;
  const a = () => subgraph.as('tenant-a');
  const b = () => subgraph.as('tenant-b');
  let productId: string;
  let main: string;
  let east: string;
  let supplierId: string;

  const create = async (caller: SubgraphCaller, sku: string) =>
    (
      await caller.data(
        `mutation($i: CreateProductInput!) { createProduct(input: $i) { product { id } userErrors { message } } }`,
        { i: { sku, name: `Product ${sku}`, unit: 'box', price: { amount: '20.00', currency: 'EUR' } } },
      )
    ).createProduct.product.id as string;
  const warehouse = async (caller: SubgraphCaller, code: string) =>
    (
      await caller.data(`mutation($i: CreateWarehouseInput!) { createWarehouse(input: $i) { warehouse { id } } }`, {
        i: { code, name: code },
      })
    ).createWarehouse.warehouse.id as string;
  const adjust = async (delta: number, opts: { product?: string; warehouseId?: string; unitCost?: string; key?: string } = {}) =>
    (
      await a().data(
        `mutation($i: AdjustStockInput!) { adjustStock(input: $i) {
           stockLevel { id onHand reserved available } movement { type quantity onHandAfter } userErrors { field code message } } }`,
        {
          i: {
            productId: opts.product ?? productId,
            warehouseId: opts.warehouseId ?? main,
            delta,
            reason: 'cycle count',
            ...(opts.unitCost ? { unitCost: { amount: opts.unitCost, currency: 'EUR' } } : {}),
            ...(opts.key ? { idempotencyKey: opts.key } : {}),
          },
        },
      )
    ).adjustStock;
  const level = async (id: string, caller = a()) =>
    (
      await caller.data(
        `query($id: ID!) { stockLevel(id: $id) { id onHand reserved available reorderPoint averageCost { amount } product { sku } warehouse { code } } }`,
        { id },
      )
    ).stockLevel;

  beforeAll(async () => {
    subgraph = await startSubgraph('inventory');
    productId = await create(a(), 'LED-1');
    main = await warehouse(a(), 'MAIN');
    east = await warehouse(a(), 'EAST');
    const s = await a().data(
      `mutation { createSupplier(input: { name: "Acme Supplies", email: "orders@acme.example", currency: "EUR" }) { supplier { id } userErrors { message } } }`,
    );
    supplierId = s.createSupplier.supplier.id;
  });
  afterAll(() => subgraph?.stop());

  it('records every move in the ledger; a retried move with the same key counts once', async () => {
    const first = await adjust(10, { unitCost: '2.00', key: 'open-1' });
    expect(first).toMatchObject({
      stockLevel: { onHand: 10 },
      movement: { type: 'ADJUSTMENT', quantity: 10, onHandAfter: 10 },
      userErrors: [],
    });
    const again = await adjust(10, { unitCost: '2.00', key: 'open-1' });
    expect(again.stockLevel.onHand).toBe(10);
    const { stockMovements } = await a().data(
      `query($p: ID!) { stockMovements(filter: { productId: $p }) { totalCount edges { node { type quantity reason unitCost { amount } warehouse { code } } } } }`,
      { p: productId },
    );
    expect(stockMovements).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            type: 'ADJUSTMENT',
            quantity: 10,
            reason: 'cycle count',
            unitCost: { amount: '2.00' },
            warehouse: { code: 'MAIN' },
          },
        },
      ],
    });
    expect(await level(first.stockLevel.id)).toMatchObject({
      onHand: 10,
      available: 10,
      averageCost: { amount: '2.00' },
      reorderPoint: null,
    });
  });

  it('keeps 20 concurrent moves on one stock level exact and never below zero', async () => {
    const before = (await adjust(5)).stockLevel; // 15 on hand
    expect(before.onHand).toBe(15);
    // 10 moves take 2 out, 10 put 1 in, all at once: outs that would go below zero are refused. (Twenty,
    // not fifty: under CI's load fifty requests on one process outlived the 5 s signed-context window.)
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => adjust(i % 2 ? 1 : -2)));
    const ins = results.filter((r, i) => i % 2 && r.userErrors.length === 0).length;
    const outs = results.filter((r, i) => i % 2 === 0 && r.userErrors.length === 0).length;
    const refused = results.filter((r) => r.userErrors.length);
    expect(ins).toBe(10);
    expect(refused.every((r) => r.userErrors[0].code === 'INSUFFICIENT_STOCK')).toBe(true);
    expect(outs + refused.length).toBe(10);
    const after = await level(before.id);
    expect(after.onHand).toBe(15 + ins - 2 * outs);
    expect(after.onHand).toBeGreaterThanOrEqual(0);
    // The ledger agrees with the level, and no balance along the way was negative.
    const { stockMovements } = await a().data(
      `query($p: ID!) { stockMovements(first: 100, filter: { productId: $p }) { totalCount edges { node { quantity onHandAfter } } } }`,
      { p: productId },
    );
    const nodes = stockMovements.edges.map((e: { node: { quantity: number; onHandAfter: number } }) => e.node);
    expect(nodes.reduce((sum: number, n: { quantity: number }) => sum + n.quantity, 0)).toBe(after.onHand);
    expect(nodes.every((n: { onHandAfter: number }) => n.onHandAfter >= 0)).toBe(true);
    expect(stockMovements.totalCount).toBe(2 + 10 + outs);
  });

  it('recovers from a crash at any step of a movement without losing or double-counting it', async () => {
    const models = subgraph.service.models as InventoryModels;
    const sku = await create(a(), 'CRASH-1');
    await runWithTenant('tenant-a', async () => {
      // Crash after step 1: the movement is PENDING and the level never saw it; the retry applies it once.
      await models.StockMovement.create({
        sourceKey: 'crash-1',
        type: 'ADJUSTMENT',
        status: 'PENDING',
        productId: sku,
        warehouseId: main,
        quantity: 7,
      });
      const retried = await applyMovement(models, {
        sourceKey: 'crash-1',
        type: 'ADJUSTMENT',
        productId: sku,
        warehouseId: main,
        quantity: 7,
      });
      expect([retried.level.onHand, retried.movement.status]).toEqual([7, 'APPLIED']);
      // Crash after step 2: the level applied it (entry present) but the movement is still PENDING.
      const pending = await models.StockMovement.create({
        sourceKey: 'crash-2',
        type: 'ADJUSTMENT',
        status: 'PENDING',
        productId: sku,
        warehouseId: main,
        quantity: 3,
      });
      const level = (await models.StockLevel.findOne({ productId: sku, warehouseId: main }).lean())!;
      await models.StockLevel.updateOne(
        { _id: level._id },
        {
          $set: {
            onHand: 10,
            applied: [
              ...level.applied,
              {
                movementId: pending._id.toString(),
                sequence: level.version + 1,
                at: new Date(),
                onHandAfter: 10,
                avgCostAfterMinor: 0,
              },
            ],
          },
          $inc: { version: 1 },
        },
      );
      // Its retry does not apply it again...
      expect(
        (
          await applyMovement(models, {
            sourceKey: 'crash-2',
            type: 'ADJUSTMENT',
            productId: sku,
            warehouseId: main,
            quantity: 3,
          })
        ).level.onHand,
      ).toBe(10);
      // ...and an orphan entry is completed by the next movement on the level.
      await models.StockMovement.create({
        sourceKey: 'crash-3',
        type: 'ADJUSTMENT',
        status: 'PENDING',
        productId: sku,
        warehouseId: main,
        quantity: 1,
      });
      const l2 = (await models.StockLevel.findOne({ productId: sku, warehouseId: main }).lean())!;
      const orphan = (await models.StockMovement.findOne({ sourceKey: 'crash-3' }).lean())!;
      await models.StockLevel.updateOne(
        { _id: l2._id },
        {
          $set: {
            onHand: 11,
            applied: [
              ...l2.applied,
              {
                movementId: orphan._id.toString(),
                sequence: l2.version + 1,
                at: new Date(),
                onHandAfter: 11,
                avgCostAfterMinor: 0,
              },
            ],
          },
          $inc: { version: 1 },
        },
      );
      const next = await applyMovement(models, { type: 'ADJUSTMENT', productId: sku, warehouseId: main, quantity: -1 });
      expect(next.level.onHand).toBe(10);
      expect((await models.StockMovement.findOne({ sourceKey: 'crash-3' }).lean())!.status).toBe('APPLIED');
    });
    const { stockMovements } = await a().data(
      `query($p: ID!) { stockMovements(filter: { productId: $p }) { edges { node { quantity onHandAfter } } } }`,
      { p: sku },
    );
    const nodes = stockMovements.edges.map((e: { node: { quantity: number } }) => e.node);
    expect(nodes.reduce((sum: number, n: { quantity: number }) => sum + n.quantity, 0)).toBe(10);
    expect(nodes).toHaveLength(4);
  });

  it('transfers between warehouses at the moving-average cost', async () => {
    const sku = await create(a(), 'XFER-1');
    await adjust(8, { product: sku, unitCost: '3.00' });
    const { transferStock } = await a().data(
      `mutation($i: TransferStockInput!) { transferStock(input: $i) { from { onHand } to { onHand averageCost { amount } warehouse { code } } userErrors { code } } }`,
      { i: { productId: sku, fromWarehouseId: main, toWarehouseId: east, quantity: 3, reason: 'rebalance' } },
    );
    expect(transferStock).toEqual({
      from: { onHand: 5 },
      to: { onHand: 3, averageCost: { amount: '3.00' }, warehouse: { code: 'EAST' } },
      userErrors: [],
    });
    const tooMany = await a().data(
      `mutation($i: TransferStockInput!) { transferStock(input: $i) { from { onHand } userErrors { code } } }`,
      { i: { productId: sku, fromWarehouseId: main, toWarehouseId: east, quantity: 6 } },
    );
    expect(tooMany.transferStock).toEqual({ from: null, userErrors: [{ code: 'INSUFFICIENT_STOCK' }] });
    const { product } = await a().data(
      `query($id: ID!) { product(id: $id) { unit availability { onHand reserved available perWarehouse { warehouse { code } available } } } }`,
      {
        id: sku,
      },
    );
    expect(product).toEqual({
      unit: 'box',
      availability: {
        onHand: 8,
        reserved: 0,
        available: 8,
        perWarehouse: [
          { warehouse: { code: 'MAIN' }, available: 5 },
          { warehouse: { code: 'EAST' }, available: 3 },
        ],
      },
    });
  });

  it('drafts exactly one purchase order per low stock level, whatever the number of moves', async () => {
    const sku = await create(a(), 'REORD-1');
    await adjust(20, { product: sku, unitCost: '1.50' });
    const set = await a().data(
      `mutation($i: SetReorderPointInput!) { setReorderPoint(input: $i) { stockLevel { id reorderPoint reorderRule { min reorderQuantity preferredSupplier { name } } } userErrors { code } } }`,
      { i: { productId: sku, warehouseId: main, rule: { min: 10, reorderQuantity: 50, preferredSupplierId: supplierId } } },
    );
    expect(set.setReorderPoint).toMatchObject({
      stockLevel: {
        reorderPoint: 10,
        reorderRule: { min: 10, reorderQuantity: 50, preferredSupplier: { name: 'Acme Supplies' } },
      },
      userErrors: [],
    });
    const levelId = set.setReorderPoint.stockLevel.id;
    await adjust(-10, { product: sku }); // 10 left: at the reorder point
    await Promise.all([adjust(-1, { product: sku }), adjust(-1, { product: sku }), adjust(-2, { product: sku })]);
    const below = await a().data(`{ productsBelowReorderPoint { totalCount edges { node { id available product { sku } } } } }`);
    expect(below.productsBelowReorderPoint).toEqual({
      totalCount: 1,
      edges: [{ node: { id: levelId, available: 6, product: { sku: 'REORD-1' } } }],
    });
    const { purchaseOrders } = await a().data(
      `{ purchaseOrders(filter: { status: DRAFT }) { totalCount edges { node { id number status supplier { name } suggestedFor { id } lines { quantity unitCost { amount } product { sku } } } } } }`,
    );
    expect(purchaseOrders.totalCount).toBe(1);
    expect(purchaseOrders.edges[0].node).toMatchObject({
      status: 'DRAFT',
      supplier: { name: 'Acme Supplies' },
      suggestedFor: { id: levelId },
      lines: [{ quantity: 50, unitCost: { amount: '1.50' }, product: { sku: 'REORD-1' } }],
    });
    // Ordering it closes the suggestion; still low, the next drop opens a new one.
    const poId = purchaseOrders.edges[0].node.id;
    await a().data(`mutation($id: ID!) { orderPurchaseOrder(input: { id: $id }) { userErrors { code } } }`, { id: poId });
    await adjust(-1, { product: sku });
    expect((await a().data(`{ purchaseOrders(filter: { status: DRAFT }) { totalCount } }`)).purchaseOrders.totalCount).toBe(1);
  });

  it('runs a purchase order through its lifecycle, receiving in parts at a moving-average cost', async () => {
    const sku = await create(a(), 'PO-1');
    await adjust(10, { product: sku, unitCost: '2.00' });
    const created = await a().data(
      `mutation($i: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $i) { purchaseOrder { id number status total { amount currency } } userErrors { field code } } }`,
      {
        i: {
          supplierId,
          warehouseId: main,
          lines: [{ productId: sku, quantity: 30, unitCost: { amount: '3.00', currency: 'EUR' } }],
        },
      },
    );
    expect(created.createPurchaseOrder).toMatchObject({
      purchaseOrder: { status: 'DRAFT', total: { amount: '90.00', currency: 'EUR' } },
      userErrors: [],
    });
    const id = created.createPurchaseOrder.purchaseOrder.id;
    const receive = (quantity: number, key?: string) =>
      a().data(
        `mutation($i: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $i) { purchaseOrder { status lines { receivedQuantity } } userErrors { field code } } }`,
        { i: { id, lines: [{ line: 0, quantity }], ...(key ? { idempotencyKey: key } : {}) } },
      );
    expect((await receive(5)).receivePurchaseOrder.userErrors).toEqual([{ field: ['input', 'id'], code: 'ILLEGAL_TRANSITION' }]);
    await a().data(`mutation($id: ID!) { orderPurchaseOrder(input: { id: $id }) { purchaseOrder { status } } }`, { id });
    const beforeReceipt = new Date().toISOString();
    expect((await receive(10, 'r-1')).receivePurchaseOrder).toEqual({
      purchaseOrder: { status: 'PARTIALLY_RECEIVED', lines: [{ receivedQuantity: 10 }] },
      userErrors: [],
    });
    expect((await receive(10, 'r-1')).receivePurchaseOrder.purchaseOrder.lines).toEqual([{ receivedQuantity: 10 }]); // retried: once
    expect((await receive(21)).receivePurchaseOrder.userErrors).toEqual([
      { field: ['input', 'lines', '0', 'quantity'], code: 'INVALID' },
    ]);
    expect((await receive(20)).receivePurchaseOrder.purchaseOrder.status).toBe('RECEIVED');
    const cancel = await a().data(`mutation($id: ID!) { cancelPurchaseOrder(input: { id: $id }) { userErrors { code } } }`, {
      id,
    });
    expect(cancel.cancelPurchaseOrder.userErrors).toEqual([{ code: 'ILLEGAL_TRANSITION' }]);
    // 10 @ 2.00, +10 @ 3.00 -> 2.50, +20 @ 3.00 -> (20 x 2.50 + 20 x 3.00) / 40 = 2.75
    const { product } = await a().data(`query($id: ID!) { product(id: $id) { totalOnHand averageCost { amount } } }`, {
      id: sku,
    });
    expect(product).toEqual({ totalOnHand: 40, averageCost: { amount: '2.75' } });
    const valuation = (at?: string) =>
      a().data(
        `query($at: DateTime, $w: ID) { inventoryValuation(at: $at, warehouseId: $w) { lines { product { sku } quantity unitCost { amount } value { amount } } } }`,
        {
          at,
          w: main,
        },
      );
    const line = async (at?: string) =>
      (await valuation(at)).inventoryValuation.lines.find((l: { product: { sku: string } }) => l.product.sku === 'PO-1');
    expect(await line(beforeReceipt)).toEqual({
      product: { sku: 'PO-1' },
      quantity: 10,
      unitCost: { amount: '2.00' },
      value: { amount: '20.00' },
    });
    expect(await line()).toEqual({
      product: { sku: 'PO-1' },
      quantity: 40,
      unitCost: { amount: '2.75' },
      value: { amount: '110.00' },
    });
    const { stockMovements } = await a().data(
      `query($p: ID!) { stockMovements(filter: { productId: $p, type: RECEIPT }) { totalCount } }`,
      { p: sku },
    );
    expect(stockMovements.totalCount).toBe(2);
  });

  it('refuses bad purchase orders and reorder points with userErrors', async () => {
    const bad = await a().data(
      `mutation($i: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $i) { purchaseOrder { id } userErrors { field code } } }`,
      {
        i: { supplierId, warehouseId: main, lines: [{ productId, quantity: 0, unitCost: { amount: '1.00', currency: 'USD' } }] },
      },
    );
    expect(bad.createPurchaseOrder.purchaseOrder).toBeNull();
    expect(bad.createPurchaseOrder.userErrors.map((e: { code: string }) => e.code).sort()).toEqual([
      'CURRENCY_MISMATCH',
      'CURRENCY_MISMATCH',
      'INVALID',
    ]);
    const rule = await a().data(
      `mutation($i: SetReorderPointInput!) { setReorderPoint(input: $i) { stockLevel { id } userErrors { field code } } }`,
      { i: { productId, warehouseId: main, rule: { min: -1, reorderQuantity: 0 } } },
    );
    expect(rule.setReorderPoint.userErrors.map((e: { code: string }) => e.code)).toEqual(['INVALID', 'INVALID']);
  });

  it('counts a move retried concurrently under one idempotency key once, whatever moves run between', async () => {
    const sku = await create(a(), 'TWIN-1');
    await adjust(10, { product: sku });
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        i % 3 === 0 ? adjust(3, { product: sku, key: 'twin-1' }) : adjust(i % 3 === 1 ? 1 : -1, { product: sku }),
      ),
    );
    expect(results.filter((r) => r.userErrors.length)).toEqual([]);
    expect(results.filter((_, i) => i % 3 === 0).every((r) => r.movement.quantity === 3)).toBe(true);
    const { product } = await a().data(`query($id: ID!) { product(id: $id) { totalOnHand } }`, { id: sku });
    expect(product.totalOnHand).toBe(10 + 3);
    const { stockMovements } = await a().data(
      `query($p: ID!) { stockMovements(first: 100, filter: { productId: $p }) { edges { node { quantity } } } }`,
      { p: sku },
    );
    const quantities = stockMovements.edges.map((e: { node: { quantity: number } }) => e.node.quantity);
    expect(quantities.filter((q: number) => q === 3)).toHaveLength(1);
    expect(quantities.reduce((sum: number, q: number) => sum + q, 0)).toBe(13);
  });

  it('posts a receipt a crash left unposted in a fully received order, once', async () => {
    const sku = await create(a(), 'LOST-1');
    const created = await a().data(
      `mutation($i: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $i) { purchaseOrder { id } userErrors { code } } }`,
      {
        i: {
          supplierId,
          warehouseId: main,
          lines: [{ productId: sku, quantity: 5, unitCost: { amount: '4.00', currency: 'EUR' } }],
        },
      },
    );
    const id = created.createPurchaseOrder.purchaseOrder.id;
    await a().data(`mutation($id: ID!) { orderPurchaseOrder(input: { id: $id }) { userErrors { code } } }`, { id });
    // The receipt's write went through (order RECEIVED), then the process died before posting it.
    const models = subgraph.service.models as InventoryModels;
    await runWithTenant('tenant-a', () =>
      models.PurchaseOrder.updateOne(
        { _id: id },
        {
          $set: { status: 'RECEIVED', 'lines.0.receivedQuantity': 5 },
          $push: {
            receipts: { receiptId: 'crashed-1', receivedAt: new Date(), lines: [{ line: 0, quantity: 5 }], posted: false },
          },
          $inc: { version: 1 },
        },
      ),
    );
    const onHand = async () =>
      (await a().data(`query($id: ID!) { product(id: $id) { totalOnHand } }`, { id: sku })).product.totalOnHand;
    expect(await onHand()).toBe(0);
    const poster = subgraph.service.jobs['inventory.receipt-poster'];
    expect(await poster.runOnce(new Date())).toBe(0); // within the grace period: left to the request
    const later = new Date(Date.now() + 2 * RECEIPT_GRACE_MS);
    expect(await Promise.all([poster.runOnce(later), poster.runOnce(later)])).toContain(1);
    expect(await onHand()).toBe(5);
    expect(await poster.runOnce(later)).toBe(0);
    const po = await runWithTenant('tenant-a', () => models.PurchaseOrder.findById(id).lean());
    expect(po!.receipts.map((r) => r.posted)).toEqual([true]);
    const { stockMovements } = await a().data(
      `query($p: ID!) { stockMovements(filter: { productId: $p }) { totalCount edges { node { type quantity unitCost { amount } } } } }`,
      { p: sku },
    );
    expect(stockMovements).toEqual({
      totalCount: 1,
      edges: [{ node: { type: 'RECEIPT', quantity: 5, unitCost: { amount: '4.00' } } }],
    });
  });

  it('resolves StockLevel and Product references and lookups for their own tenant only', async () => {
    const own = (await adjust(1)).stockLevel;
    const reps = [{ __typename: 'StockLevel', id: own.id }];
    expect(
      (await a().data(entitiesQuery('StockLevel', 'onHand product { sku } warehouse { code }'), { representations: reps }))
        ._entities,
    ).toEqual([
      { __typename: 'StockLevel', id: own.id, onHand: own.onHand, product: { sku: 'LED-1' }, warehouse: { code: 'MAIN' } },
    ]);
    expect((await b().data(entitiesQuery('StockLevel', 'onHand'), { representations: reps }))._entities).toEqual([null]);
    expect((await b().data(`query($id: ID!) { stockLevel(id: $id) { id } }`, { id: own.id })).stockLevel).toBeNull();
    expect(
      (
        await a().data(entitiesQuery('Product', 'availability { available }'), {
          representations: [{ __typename: 'Product', id: productId }],
        })
      )._entities,
    ).toEqual([{ __typename: 'Product', id: productId, availability: { available: own.available } }]);
    expect(
      await b().data(
        `{ purchaseOrders { totalCount } suppliers { totalCount } stockMovements { totalCount } productsBelowReorderPoint { totalCount } }`,
      ),
    ).toEqual({
      purchaseOrders: { totalCount: 0 },
      suppliers: { totalCount: 0 },
      stockMovements: { totalCount: 0 },
      productsBelowReorderPoint: { totalCount: 0 },
    });
    expect((await b().data(`{ inventoryValuation { total { amount } lines { quantity } } }`)).inventoryValuation).toEqual({
      total: { amount: '0.00' },
      lines: [],
    });
  });
});
