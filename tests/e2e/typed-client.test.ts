/** examples/typed-client.ts against the test platform: the customer-360 query, typed end to end. */
import { customer360, main } from '../../examples/typed-client';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';

describe('typed client example', () => {
  let platform: TestPlatform;
  let customerId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    const t = platform.tenantA;
    const { createCustomer } = await t.data(
      `mutation { createCustomer(input: { name: "Typed Co", kind: COMPANY, status: ACTIVE }) { customer { id } } }`,
    );
    customerId = createCustomer.customer.id;
    await t.data(
      `mutation($id: ID!) { addContact(input: { customerId: $id, name: "Tia Typed", email: "tia@typed.example" }) { userErrors { message } } }`,
      {
        id: customerId,
      },
    );
    const { createProduct } = await t.data(
      `mutation { createProduct(input: { sku: "TYP-1", name: "Typed widget", price: { amount: "2.50", currency: "EUR" } }) { product { id } } }`,
    );
    await t.data(`mutation($i: CreateOrderInput!) { createOrder(input: $i) { userErrors { message } } }`, {
      i: {
        customerId,
        currency: 'EUR',
        lines: [{ productId: createProduct.product.id, quantity: 4, unitPrice: { amount: '2.50', currency: 'EUR' } }],
      },
    });
    const { createInvoice } = await t.data(`mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { invoice { id } } }`, {
      i: {
        customerId,
        currency: 'EUR',
        dueDate: '2030-01-31',
        lines: [{ description: 'Typed widget', quantity: 4, unitPrice: { amount: '2.50', currency: 'EUR' } }],
      },
    });
    await t.data(`mutation($id: ID!) { issueInvoice(input: { id: $id }) { userErrors { message } } }`, {
      id: createInvoice.invoice.id,
    });
  });
  afterAll(() => platform?.stop());

  it('prints and returns the typed customer-360 result', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const customer = await main({ GATEWAY_URL: platform.gatewayUrl, API_KEY: platform.tenantA.key }, [customerId]);
      expect(customer).toMatchObject({
        id: customerId,
        name: 'Typed Co',
        status: 'ACTIVE',
        contacts: [{ name: 'Tia Typed', email: 'tia@typed.example' }],
        invoices: {
          totalCount: 1,
          edges: [{ node: { status: 'OPEN', dueDate: '2030-01-31', total: { amount: '10.00', currency: 'EUR' } } }],
        },
        orders: {
          totalCount: 1,
          edges: [{ node: { status: 'DRAFT', lines: [{ quantity: 4, product: { sku: 'TYP-1', name: 'Typed widget' } }] } }],
        },
      });
      // The result is typed by the document: these lines would not compile against a wrong selection.
      const sku: string = customer!.orders.edges[0].node.lines[0].product.sku;
      expect(sku).toBe('TYP-1');
      expect(log.mock.calls.map((c) => c[0]).join('\n')).toMatch(/Typed Co \(ACTIVE\)[\s\S]*4 x TYP-1/);
    } finally {
      log.mockRestore();
    }
  });

  it('takes the first customer without an id, and another tenant sees none of it', async () => {
    expect((await customer360(platform.gatewayUrl, platform.tenantA.key))?.name).toBe('Typed Co');
    expect(await customer360(platform.gatewayUrl, platform.tenantB.key, customerId)).toBeNull();
  });

  it('fails clearly without a key', async () => {
    await expect(main({ GATEWAY_URL: platform.gatewayUrl }, [])).rejects.toThrow(/API_KEY/);
    await expect(customer360(platform.gatewayUrl, 'crm_wrong_key', customerId)).rejects.toThrow(/401/);
  });
});
