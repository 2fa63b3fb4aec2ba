import { entitiesQuery, startSubgraph, type TestSubgraph } from '../helpers/subgraph';

describe('sales and finance subgraphs over HTTP', () => {
  let sales: TestSubgraph;
  let finance: TestSubgraph;

  beforeAll(async () => {
    [sales, finance] = await Promise.all([startSubgraph('sales'), startSubgraph('finance')]);
  });
  afterAll(() => Promise.all([sales?.stop(), finance?.stop()]));

  it("extends Customer with that tenant's orders, resolved from a representation", async () => {
    const create = (tenant: string, customerId: string) =>
      sales
        .as(tenant)
        .data(
          `mutation($c: ID!) { createOrder(input: { customerId: $c, currency: "EUR", lines: [{ productId: "p1", quantity: 3, unitPrice: { amount: "2.50", currency: "EUR" } }] }) { order { id number total { amount } lines { product { id } total { amount } } } userErrors { code } } }`,
          { c: customerId },
        );
    const order = (await create('tenant-a', 'cust-1')).createOrder.order;
    expect(order).toMatchObject({
      number: 'SO-000001',
      total: { amount: '7.50' },
      lines: [{ product: { id: 'p1' }, total: { amount: '7.50' } }],
    });
    await create('tenant-b', 'cust-1'); // same customer id in another tenant: numbered and listed separately
    const query = entitiesQuery('Customer', 'orders { totalCount edges { node { number } } }');
    const representations = [
      { __typename: 'Customer', id: 'cust-1' },
      { __typename: 'Customer', id: 'cust-2' },
    ];
    expect((await sales.as('tenant-a').data(query, { representations }))._entities).toEqual([
      { __typename: 'Customer', id: 'cust-1', orders: { totalCount: 1, edges: [{ node: { number: 'SO-000001' } }] } },
      { __typename: 'Customer', id: 'cust-2', orders: { totalCount: 0, edges: [] } },
    ]);
    expect(
      (
        await sales
          .as('tenant-b')
          .data(entitiesQuery('Order', 'number'), { representations: [{ __typename: 'Order', id: order.id }] })
      )._entities,
    ).toEqual([null]);
  });

  it('refuses invalid orders and invoices with typed userErrors and writes nothing', async () => {
    const badOrder = await sales
      .as('tenant-a')
      .data(
        `mutation { createOrder(input: { customerId: "c", currency: "EUR", lines: [] }) { order { id } userErrors { field code } } }`,
      );
    expect(badOrder.createOrder).toEqual({ order: null, userErrors: [{ field: ['input', 'lines'], code: 'REQUIRED' }] });
    const badInvoice = await finance
      .as('tenant-a')
      .data(
        `mutation { createInvoice(input: { customerId: "c", currency: "EUR", dueDate: "2030-01-01", lines: [{ description: "", quantity: 1, unitPrice: { amount: "1.00", currency: "GBP" } }] }) { invoice { id } userErrors { field code } } }`,
      );
    expect(badInvoice.createInvoice.userErrors).toEqual([
      { field: ['input', 'lines', '0', 'unitPrice'], code: 'CURRENCY_MISMATCH' },
      { field: ['input', 'lines', '0', 'description'], code: 'REQUIRED' },
    ]);
    const badDate = await finance
      .as('tenant-a')
      .query(
        `mutation($d: Date!) { createInvoice(input: { customerId: "c", currency: "EUR", dueDate: $d, lines: [] }) { userErrors { code } } }`,
        {
          d: '2030-02-30',
        },
      );
    expect(badDate.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('YYYY-MM-DD'),
    });
    expect((await sales.as('tenant-a').data(`{ orders(filter: { customerId: "c" }) { totalCount } }`)).orders.totalCount).toBe(0);
    expect((await finance.as('tenant-a').data(`{ invoices { totalCount } }`)).invoices.totalCount).toBe(0);
  });

  it("extends Customer with that tenant's invoices, filtered by status", async () => {
    const f = finance.as('tenant-a');
    const make = async () =>
      (
        await f.data(
          `mutation { createInvoice(input: { customerId: "cust-9", currency: "EUR", dueDate: "2020-01-31", lines: [{ description: "Audit", quantity: 2, unitPrice: { amount: "100.00", currency: "EUR" } }] }) { invoice { id } } }`,
        )
      ).createInvoice.invoice.id;
    const open = await make();
    await make();
    await f.data(`mutation($id: ID!) { issueInvoice(input: { id: $id }) { userErrors { code } } }`, { id: open });
    const query = entitiesQuery(
      'Customer',
      'invoices(status: OPEN) { totalCount edges { node { id overdue total { amount } } } }',
    );
    expect((await f.data(query, { representations: [{ __typename: 'Customer', id: 'cust-9' }] }))._entities[0].invoices).toEqual({
      totalCount: 1,
      edges: [{ node: { id: open, overdue: true, total: { amount: '200.00' } } }],
    });
    expect(
      (await finance.as('tenant-b').data(query, { representations: [{ __typename: 'Customer', id: 'cust-9' }] }))._entities[0]
        .invoices.totalCount,
    ).toBe(0);
  });
});
