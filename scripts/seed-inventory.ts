/**
 * Inventory demo data on top of the generic seed (scripts/seed-data.ts): suppliers (and a former one,
 * archived), reorder points with a preferred supplier, a purchase order received in part (and its supplier's bill entered by
 * hand, held by the three-way match as billed twice), a transfer and an adjustment, so
 * the ledger, valuation, purchasing and `productsBelowReorderPoint` have something to show.
 * Small and deterministic: it works on the first products and warehouses the seed created.
 */
import type { Call } from './seed-data';

const SUPPLIERS = [
  { name: 'Northwind Tools Wholesale', email: 'orders@northwind-tools.example' },
  { name: 'Granite Safety Supply', email: 'sales@granite-safety.example' },
];

const FORMER_SUPPLIER = { name: 'Altmann Packaging (former supplier)', email: 'info@altmann-packaging.example' };

export async function seedInventoryData(call: Call, currency: string): Promise<void> {
  const { products } = await call<{
    products: { edges: Array<{ node: { id: string; name: string; price: { amount: string } } }> };
  }>(`{ products(first: 4) { edges { node { id name price { amount } } } } }`);
  const { warehouses } = await call<{ warehouses: { edges: Array<{ node: { id: string } }> } }>(
    `{ warehouses(first: 2) { edges { node { id } } } }`,
  );
  const items = products.edges.map((e) => e.node);
  const stores = warehouses.edges.map((e) => e.node.id);
  if (items.length < 2 || !stores.length) return;
  const ok = <T extends { userErrors: Array<{ message: string }> }>(payload: T, what: string): T => {
    if (payload.userErrors.length)
      throw new Error(`Seeding ${what} failed: ${payload.userErrors.map((e) => e.message).join('; ')}`);
    return payload;
  };
  await call(`mutation($i: UpdateInventorySettingsInput!) { updateInventorySettings(input: $i) { userErrors { message } } }`, {
    i: { defaultWarehouseId: stores[0], costCurrency: currency },
  });
  const suppliers: string[] = [];
  for (const s of SUPPLIERS) {
    const { createSupplier } = await call(
      `mutation($i: CreateSupplierInput!) { createSupplier(input: $i) { supplier { id } userErrors { message } } }`,
      { i: { ...s, currency } },
    );
    suppliers.push(ok(createSupplier, 'supplier').supplier.id);
  }
  // A supplier the business no longer buys from: archived, so it is out of the lists and pickers
  // (`suppliers(includeArchived: true)` shows it) and new purchase orders to it are refused.
  const { createSupplier: former } = await call(
    `mutation($i: CreateSupplierInput!) { createSupplier(input: $i) { supplier { id } userErrors { message } } }`,
    { i: { ...FORMER_SUPPLIER, currency } },
  );
  const { archiveSupplier } = await call(
    `mutation($id: ID!) { archiveSupplier(input: { id: $id }) { userErrors { message } } }`,
    { id: ok(former, 'former supplier').supplier.id },
  );
  ok(archiveSupplier, 'archived supplier');
  // Reorder points: the first product's is set high, so it shows up as below its reorder point with a drafted PO.
  for (const [i, product] of items.slice(0, 2).entries()) {
    const { setReorderPoint } = await call(
      `mutation($i: SetReorderPointInput!) { setReorderPoint(input: $i) { userErrors { message } } }`,
      {
        i: {
          productId: product.id,
          warehouseId: stores[0],
          rule: { min: i === 0 ? 10_000 : 5, reorderQuantity: 100, preferredSupplierId: suppliers[i % suppliers.length] },
        },
      },
    );
    ok(setReorderPoint, 'reorder point');
  }
  // A purchase order for the second product, ordered and received in part (cost at 60 % of the list price);
  // the rest is expected in ten days, which is what available to promise counts on for it.
  const product = items[1];
  const [whole, cents = '00'] = product.price.amount.split('.');
  const costMinor = Math.round((Number(whole) * 100 + Number(cents)) * 0.6);
  const unitCost = { amount: `${Math.floor(costMinor / 100)}.${String(costMinor % 100).padStart(2, '0')}`, currency };
  const { createPurchaseOrder } = await call(
    `mutation($i: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $i) { purchaseOrder { id } userErrors { message } } }`,
    {
      i: {
        supplierId: suppliers[0],
        warehouseId: stores[0],
        expectedDate: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
        lines: [{ productId: product.id, quantity: 40, unitCost }],
      },
    },
  );
  const poId = ok(createPurchaseOrder, 'purchase order').purchaseOrder.id;
  await call(`mutation($id: ID!) { orderPurchaseOrder(input: { id: $id }) { userErrors { message } } }`, { id: poId });
  const { receivePurchaseOrder } = await call(
    `mutation($i: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $i) { userErrors { message } } }`,
    { i: { id: poId, lines: [{ line: 0, quantity: 25 }], idempotencyKey: 'seed-receipt-1' } },
  );
  ok(receivePurchaseOrder, 'receipt');
  // The supplier's own bill for that receipt, entered by hand against the purchase order: the receipt
  // was billed already (automatic receipt bills), so the three-way match holds it (QUANTITY) until
  // someone with finance:approve accepts it or it is voided. Matched again until finance has the receipt.
  const { createSupplierBill } = await call(
    `mutation($i: CreateSupplierBillInput!) { createSupplierBill(input: $i) { supplierBill { id } userErrors { message } } }`,
    {
      i: {
        supplierId: suppliers[0],
        supplierName: SUPPLIERS[0].name,
        currency,
        dueDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
        purchaseOrderId: poId,
        lines: [{ description: product.name, productId: product.id, quantity: 25, unitCost }],
      },
    },
  );
  const heldBill = ok(createSupplierBill, 'hand-entered supplier bill').supplierBill.id;
  // Bounded: with the event flows off (the seed test) finance never sees the receipt and it stays NOT_RECEIVED.
  for (let i = 0; i < 15; i++) {
    const { matchSupplierBill } = await call<{
      matchSupplierBill: {
        supplierBill: { match: { reasons: Array<{ code: string }> } };
        userErrors: Array<{ message: string }>;
      };
    }>(
      `mutation($id: ID!) { matchSupplierBill(input: { id: $id }) { supplierBill { match { reasons { code } } } userErrors { message } } }`,
      { id: heldBill },
    );
    if (ok(matchSupplierBill, 'bill match').supplierBill.match.reasons.every((r) => r.code === 'QUANTITY')) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // A few movements: a transfer to the second warehouse and a damaged-goods adjustment.
  if (stores[1]) {
    const { transferStock } = await call(
      `mutation($i: TransferStockInput!) { transferStock(input: $i) { userErrors { message } } }`,
      {
        i: {
          productId: product.id,
          fromWarehouseId: stores[0],
          toWarehouseId: stores[1],
          quantity: 5,
          reason: 'Rebalance',
          idempotencyKey: 'seed-transfer-1',
        },
      },
    );
    ok(transferStock, 'transfer');
  }
  const { adjustStock } = await call(`mutation($i: AdjustStockInput!) { adjustStock(input: $i) { userErrors { message } } }`, {
    i: {
      productId: product.id,
      warehouseId: stores[0],
      delta: -1,
      reason: 'Damaged in handling',
      idempotencyKey: 'seed-damaged-1',
    },
  });
  ok(adjustStock, 'adjustment');
}
