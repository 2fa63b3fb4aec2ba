import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { domainEvent } from '../../lib/events';
import { runWithTenant } from '../../lib/tenancy';
import type { InventoryModels } from '../../subgraphs/inventory/models';
import { onOrderCancelled, onOrderConfirmed } from '../../subgraphs/inventory/services/reservations';
import { entitiesQuery, startSubgraph, type TestSubgraph } from '../helpers/subgraph';

describe('inventory subgraph over HTTP', () => {
  let subgraph: TestSubgraph;
  const a = () => subgraph.as('tenant-a');
  const b = () => subgraph.as('tenant-b');
  let productId: string;
  let warehouseId: string;

  const adjust = async (caller = a(), delta: number, product = productId) =>
    (
      await caller.data(
        `mutation($i: AdjustStockInput!) { adjustStock(input: $i) { stockLevel { onHand } product { totalOnHand } userErrors { field code message } } }`,
        { i: { productId: product, warehouseId, delta, reason: 'test' } },
      )
    ).adjustStock;

  beforeAll(async () => {
    subgraph = await startSubgraph('inventory');
    const p = await a().data(
      `mutation { createProduct(input: { sku: "sku-1", name: "Widget", price: { amount: "9.99", currency: "EUR" } }) { product { id sku price { amount currency } } userErrors { code } } }`,
    );
    expect(p.createProduct.product).toMatchObject({ sku: 'sku-1', price: { amount: '9.99', currency: 'EUR' } });
    productId = p.createProduct.product.id;
    const w = await a().data(
      `mutation { createWarehouse(input: { code: "MAIN", name: "Main" }) { warehouse { id } userErrors { code } } }`,
    );
    warehouseId = w.createWarehouse.warehouse.id;
  });
  afterAll(() => subgraph?.stop());

  it('keeps SKUs unique per tenant regardless of case, but not across tenants', async () => {
    const dup = await a().data(
      `mutation { createProduct(input: { sku: "SKU-1", name: "Again", price: { amount: "1.00", currency: "EUR" } }) { product { id } userErrors { field code } } }`,
    );
    expect(dup.createProduct).toEqual({ product: null, userErrors: [{ field: ['input', 'sku'], code: 'TAKEN' }] });
    const other = await b().data(
      `mutation { createProduct(input: { sku: "SKU-1", name: "Theirs", price: { amount: "1.00", currency: "EUR" } }) { userErrors { code } } }`,
    );
    expect(other.createProduct.userErrors).toEqual([]);
    expect((await a().data(`{ products(filter: { sku: "Sku-1" }) { edges { node { name } } } }`)).products.edges).toEqual([
      { node: { name: 'Widget' } },
    ]);
  });

  it('moves stock in and out and never below zero', async () => {
    expect(await adjust(a(), 10)).toMatchObject({ stockLevel: { onHand: 10 }, product: { totalOnHand: 10 }, userErrors: [] });
    const refused = await adjust(a(), -11);
    expect(refused).toMatchObject({ stockLevel: null, userErrors: [{ code: 'INSUFFICIENT_STOCK', field: ['input', 'delta'] }] });
    expect(await adjust(a(), -10)).toMatchObject({ stockLevel: { onHand: 0 } });
  });

  it('stays exact when many moves race on one product', async () => {
    await Promise.all(Array.from({ length: 20 }, () => adjust(a(), 1)));
    const outs = await Promise.all(Array.from({ length: 30 }, () => adjust(a(), -1)));
    expect(outs.filter((r) => r.userErrors.length === 0)).toHaveLength(20);
    expect(outs.filter((r) => r.userErrors[0]?.code === 'INSUFFICIENT_STOCK')).toHaveLength(10);
    const { product } = await a().data(
      `query($id: ID!) { product(id: $id) { totalOnHand stock { onHand warehouse { code } } } }`,
      { id: productId },
    );
    expect(product).toEqual({ totalOnHand: 0, stock: [{ onHand: 0, warehouse: { code: 'MAIN' } }] });
  });

  it("resolves Product and Warehouse references for its own tenant only, and refuses moves on another's", async () => {
    const representations = [{ __typename: 'Product', id: productId }];
    expect((await a().data(entitiesQuery('Product', 'name sku'), { representations }))._entities).toEqual([
      { __typename: 'Product', id: productId, name: 'Widget', sku: 'sku-1' },
    ]);
    expect((await b().data(entitiesQuery('Product', 'name'), { representations }))._entities).toEqual([null]);
    expect(
      (await b().data(entitiesQuery('Warehouse', 'code'), { representations: [{ __typename: 'Warehouse', id: warehouseId }] }))
        ._entities,
    ).toEqual([null]);
    const foreign = await adjust(b(), 5);
    expect(foreign.userErrors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
  });

  describe('product lists sorted the way a catalogue is browsed', () => {
    const tenant = `t-${randomUUID()}`;
    const t = () => subgraph.as(tenant);
    const ids = new Map<string, string>();
    const create = async (sku: string, name: string) => {
      const { createProduct } = await t().data(
        `mutation($i: CreateProductInput!) { createProduct(input: $i) { product { id } userErrors { code } } }`,
        { i: { sku, name, price: { amount: '1.00', currency: 'EUR' } } },
      );
      expect(createProduct.userErrors).toEqual([]);
      ids.set(name, createProduct.product.id);
    };
    const page = (sort: string, after: string | null, first = 2) =>
      t().query(
        `query($sort: ProductSort, $after: String, $first: Int) { products(first: $first, after: $after, sort: $sort) {
           totalCount edges { node { name sku } } pageInfo { hasNextPage endCursor } } }`,
        { sort, after, first },
      );
    const walk = async (sort: string) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const { products }: any = (await page(sort, after)).data;
        seen.push(...products.edges.map((e: any) => `${e.node.name}/${e.node.sku}`));
        if (!products.pageInfo.hasNextPage) return seen;
        after = products.pageInfo.endCursor;
      }
    };

    beforeAll(async () => {
      // Created in this order; names and SKUs differ in case, two names are the same but for case.
      for (const [sku, name] of [
        ['C-3', 'cherry'],
        ['a-2', 'Apple'],
        ['B-1', '  banana '],
        ['A-1', 'apple'],
        ['d-9', 'Date'],
      ])
        await create(sku, name);
    });

    it('pages through every sort two at a time, each product once, ties in creation order', async () => {
      expect(await walk('NAME_ASC')).toEqual(['Apple/a-2', 'apple/A-1', 'banana/B-1', 'cherry/C-3', 'Date/d-9']);
      expect(await walk('NAME_DESC')).toEqual(['Date/d-9', 'cherry/C-3', 'banana/B-1', 'apple/A-1', 'Apple/a-2']);
      expect(await walk('SKU_ASC')).toEqual(['apple/A-1', 'Apple/a-2', 'banana/B-1', 'cherry/C-3', 'Date/d-9']);
      expect(await walk('NEWEST_FIRST')).toEqual(['Date/d-9', 'apple/A-1', 'banana/B-1', 'Apple/a-2', 'cherry/C-3']);
      expect(await walk('OLDEST_FIRST')).toEqual(['cherry/C-3', 'Apple/a-2', 'banana/B-1', 'apple/A-1', 'Date/d-9']);
      const { products } = await t().data(`{ products(first: 1) { totalCount edges { node { name } } } }`);
      expect(products).toEqual({ totalCount: 5, edges: [{ node: { name: 'Date' } }] }); // NEWEST_FIRST by default
    });

    it('refuses a cursor of one sort in another (BAD_USER_INPUT)', async () => {
      const cursorOf = async (sort: string) => (await page(sort, null)).data!.products.pageInfo.endCursor as string;
      for (const [from, to] of [
        ['NAME_ASC', 'SKU_ASC'],
        ['NAME_ASC', 'NAME_DESC'],
        ['NAME_ASC', 'NEWEST_FIRST'],
        ['NEWEST_FIRST', 'NAME_ASC'],
        ['SKU_ASC', 'OLDEST_FIRST'],
      ]) {
        const refused = await page(to, await cursorOf(from));
        expect([from, to, refused.errors?.[0].extensions?.code]).toEqual([from, to, 'BAD_USER_INPUT']);
      }
    });

    it('sorts a product written before names had a sort key first, until its next change gives it one', async () => {
      await create('E-5', 'Elderberry');
      const id = ids.get('Elderberry')!;
      const models = subgraph.service.models as InventoryModels;
      await runWithTenant(tenant, () => models.Product.updateOne({ _id: id }, { $unset: { nameKey: 1 } }));
      expect((await walk('NAME_ASC'))[0]).toBe('Elderberry/E-5');
      expect((await walk('NAME_DESC')).at(-1)).toBe('Elderberry/E-5');
      const changed = await t().data(
        `mutation($i: UpdateProductInput!) { updateProduct(input: $i) { product { name } userErrors { code } } }`,
        { i: { id, price: { amount: '2.00', currency: 'EUR' } } },
      );
      expect(changed.updateProduct).toEqual({ product: { name: 'Elderberry' }, userErrors: [] });
      expect(await walk('NAME_ASC')).toEqual([
        'Apple/a-2',
        'apple/A-1',
        'banana/B-1',
        'cherry/C-3',
        'Date/d-9',
        'Elderberry/E-5',
      ]);
      await t().data(`mutation($i: UpdateProductInput!) { updateProduct(input: $i) { userErrors { code } } }`, {
        i: { id, name: 'aardvark feed' },
      });
      expect((await walk('NAME_ASC'))[0]).toBe('aardvark feed/E-5');
    });
  });

  it('holds nothing for a cancelled order when its confirmation and cancellation are handled at the same time', async () => {
    const models = subgraph.service.models as InventoryModels;
    await adjust(a(), 50);
    const confirmed = (orderId: string) =>
      domainEvent('sales.order.confirmed', {
        tenantId: 'tenant-a',
        aggregateId: orderId,
        payload: {
          orderId,
          number: 'SO-1',
          customerId: 'c1',
          currency: 'EUR',
          lines: [{ productId, quantity: 3, description: 'x', unitPriceMinor: 100 }],
        },
      });
    const cancelled = (orderId: string) =>
      domainEvent('sales.order.cancelled', {
        tenantId: 'tenant-a',
        aggregateId: orderId,
        payload: { orderId, number: 'SO-1', customerId: 'c1', previousStatus: 'CONFIRMED' },
      });
    const orders = Array.from({ length: 6 }, () => new mongoose.Types.ObjectId().toString());
    await runWithTenant('tenant-a', () =>
      Promise.all(
        orders.flatMap((orderId, i) => {
          const confirm = () => onOrderConfirmed(models, confirmed(orderId));
          const cancel = () => onOrderCancelled(models, cancelled(orderId));
          return i % 2 ? [confirm(), cancel()] : [cancel(), confirm()];
        }),
      ),
    );
    const level = await runWithTenant('tenant-a', () => models.StockLevel.findOne({ productId, warehouseId }).lean());
    expect({ reserved: level!.reserved, reservations: level!.reservations }).toEqual({ reserved: 0, reservations: [] });
    const statuses = await runWithTenant('tenant-a', () =>
      models.Reservation.find({ orderId: mongoose.trusted({ $in: orders }) })
        .select({ status: 1 })
        .lean(),
    );
    expect(statuses.every((r) => r.status === 'RELEASED' || r.status === 'CANCELLED')).toBe(true);
    await adjust(a(), -50);
  });
});
