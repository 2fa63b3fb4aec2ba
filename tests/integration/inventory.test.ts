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
});
