import type { TestTenant } from './platform';

/** Business records created through the gateway, the way a client would. */
export async function createCustomer(tenant: TestTenant, name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const { createCustomer } = await tenant.data(
    `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { message } } }`,
    { input: { name, kind: 'COMPANY', ...extra } },
  );
  if (createCustomer.userErrors.length) throw new Error(JSON.stringify(createCustomer.userErrors));
  return createCustomer.customer.id;
}

export async function createProduct(tenant: TestTenant, sku: string, name: string, price = '10.00'): Promise<string> {
  const { createProduct } = await tenant.data(
    `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { message } } }`,
    { input: { sku, name, price: { amount: price, currency: 'EUR' } } },
  );
  if (createProduct.userErrors.length) throw new Error(JSON.stringify(createProduct.userErrors));
  return createProduct.product.id;
}

export async function createOrder(
  tenant: TestTenant,
  customerId: string,
  lines: Array<{ productId: string; quantity: number; unitPrice: string }>,
): Promise<{ id: string; number: string }> {
  const { createOrder } = await tenant.data(
    `mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { id number } userErrors { message } } }`,
    {
      input: {
        customerId,
        currency: 'EUR',
        lines: lines.map((l) => ({
          productId: l.productId,
          quantity: l.quantity,
          unitPrice: { amount: l.unitPrice, currency: 'EUR' },
        })),
      },
    },
  );
  if (createOrder.userErrors.length) throw new Error(JSON.stringify(createOrder.userErrors));
  return createOrder.order;
}

export async function createInvoice(
  tenant: TestTenant,
  customerId: string,
  amount: string,
  options: { issue?: boolean; dueDate?: string } = {},
): Promise<{ id: string; number: string }> {
  const { createInvoice } = await tenant.data(
    `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id number } userErrors { message } } }`,
    {
      input: {
        customerId,
        currency: 'EUR',
        dueDate: options.dueDate ?? '2030-01-31',
        lines: [{ description: 'Services', quantity: 1, unitPrice: { amount, currency: 'EUR' } }],
      },
    },
  );
  if (createInvoice.userErrors.length) throw new Error(JSON.stringify(createInvoice.userErrors));
  if (options.issue) {
    const { issueInvoice } = await tenant.data(
      `mutation($id: ID!) { issueInvoice(input: { id: $id }) { userErrors { message } } }`,
      { id: createInvoice.invoice.id },
    );
    if (issueInvoice.userErrors.length) throw new Error(JSON.stringify(issueInvoice.userErrors));
  }
  return createInvoice.invoice;
}
