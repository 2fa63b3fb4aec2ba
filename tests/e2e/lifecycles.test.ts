import { createCustomer, createInvoice, createOrder, createProduct } from '../helpers/fixtures';
import { startTestPlatform, type TestPlatform, type TestTenant } from '../helpers/platform';

const ORDER = `query($id: ID!) { order(id: $id) { status updatedAt confirmedAt cancelledAt fulfilledAt } }`;
const INVOICE = `query($id: ID!) { invoice(id: $id) { status updatedAt amountPaid { amount } payments { id } } }`;

async function orderMutation(tenant: TestTenant, name: string, id: string) {
  return (
    await tenant.data(
      `mutation($id: ID!) { r: ${name}(input: { id: $id }) { order { status } userErrors { field message code } } }`,
      { id },
    )
  ).r;
}
async function invoiceMutation(tenant: TestTenant, name: string, id: string) {
  return (
    await tenant.data(
      `mutation($id: ID!) { r: ${name}(input: { id: $id }) { invoice { status } userErrors { field message code } } }`,
      { id },
    )
  ).r;
}
async function pay(tenant: TestTenant, invoiceId: string, amount: string, extra: Record<string, unknown> = {}) {
  return (
    await tenant.data(
      `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { invoice { status amountPaid { amount } amountDue { amount } } userErrors { field message code } } }`,
      { i: { invoiceId, amount: { amount, currency: 'EUR' }, ...extra } },
    )
  ).recordPayment;
}

describe('document lifecycles through the gateway', () => {
  let platform: TestPlatform;
  let a: TestTenant;
  let customerId: string;
  let productId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    a = platform.tenantA;
    customerId = await createCustomer(a, 'Lifecycle Ltd');
    productId = await createProduct(a, 'LC-1', 'Lifecycle widget');
  });
  afterAll(() => platform?.stop());

  const newOrder = async () => (await createOrder(a, customerId, [{ productId, quantity: 1, unitPrice: '5.00' }])).id;

  /** Runs an illegal mutation and proves it returned ILLEGAL_TRANSITION and changed nothing. */
  async function expectRefused(read: string, id: string, run: () => Promise<any>) {
    const before = (await a.data(read, { id })) as Record<string, unknown>;
    const result = await run();
    expect(result.userErrors).toEqual([expect.objectContaining({ code: 'ILLEGAL_TRANSITION', field: expect.any(Array) })]);
    expect(Object.values(result).find((v) => v && typeof v === 'object' && !Array.isArray(v)) ?? null).toBeNull();
    expect(await a.data(read, { id })).toEqual(before);
  }

  it('walks an order DRAFT -> CONFIRMED -> FULFILLED, stamping each step', async () => {
    const id = await newOrder();
    expect((await orderMutation(a, 'confirmOrder', id)).order.status).toBe('CONFIRMED');
    expect((await orderMutation(a, 'fulfillOrder', id)).order.status).toBe('FULFILLED');
    const { order } = await a.data(ORDER, { id });
    expect(order.confirmedAt).toMatch(/Z$/);
    expect(order.fulfilledAt).toMatch(/Z$/);
  });

  it.each([
    ['confirm a CANCELLED order', ['cancelOrder'], 'confirmOrder'],
    ['fulfil a DRAFT order', [], 'fulfillOrder'],
    ['fulfil a CANCELLED order', ['cancelOrder'], 'fulfillOrder'],
    ['cancel a FULFILLED order', ['confirmOrder', 'fulfillOrder'], 'cancelOrder'],
    ['cancel a CANCELLED order', ['cancelOrder'], 'cancelOrder'],
    ['confirm a CONFIRMED order', ['confirmOrder'], 'confirmOrder'],
  ])('refuses to %s and changes nothing', async (_, setup, illegal) => {
    const id = await newOrder();
    for (const step of setup) expect((await orderMutation(a, step, id)).userErrors).toEqual([]);
    await expectRefused(ORDER, id, () => orderMutation(a, illegal, id));
  });

  it('takes partial payments, becomes PAID when settled, and treats a retried payment as done', async () => {
    const { id } = await createInvoice(a, customerId, '100.00', { issue: true });
    expect(await pay(a, id, '40.00', { idempotencyKey: 'p-1' })).toMatchObject({
      invoice: { status: 'PARTIALLY_PAID', amountPaid: { amount: '40.00' }, amountDue: { amount: '60.00' } },
      userErrors: [],
    });
    expect((await pay(a, id, '40.00', { idempotencyKey: 'p-1' })).invoice.amountPaid.amount).toBe('40.00');
    expect(await pay(a, id, '60.00', { idempotencyKey: 'p-2' })).toMatchObject({
      invoice: { status: 'PAID', amountDue: { amount: '0.00' } },
    });
  });

  it('refuses an overpayment or a payment in another currency, changing nothing', async () => {
    const { id } = await createInvoice(a, customerId, '100.00', { issue: true });
    const before = await a.data(INVOICE, { id });
    expect((await pay(a, id, '100.01')).userErrors).toEqual([
      expect.objectContaining({ code: 'OVERPAYMENT', field: ['input', 'amount'] }),
    ]);
    const usd = await a.data(
      `mutation($id: ID!) { recordPayment(input: { invoiceId: $id, amount: { amount: "1.00", currency: "USD" } }) { userErrors { code } } }`,
      { id },
    );
    expect(usd.recordPayment.userErrors).toEqual([{ code: 'CURRENCY_MISMATCH' }]);
    expect(await a.data(INVOICE, { id })).toEqual(before);
  });

  it.each([
    ['pay a VOID invoice', ['voidInvoice'], (id: string) => pay(a, id, '1.00')],
    ['pay a DRAFT invoice', [], (id: string) => pay(a, id, '1.00')],
    ['issue a VOID invoice', ['voidInvoice'], (id: string) => invoiceMutation(a, 'issueInvoice', id)],
    ['issue an OPEN invoice again', ['issueInvoice'], (id: string) => invoiceMutation(a, 'issueInvoice', id)],
    ['void a VOID invoice', ['voidInvoice'], (id: string) => invoiceMutation(a, 'voidInvoice', id)],
  ])('refuses to %s and changes nothing', async (_, setup, illegal) => {
    const { id } = await createInvoice(a, customerId, '10.00');
    for (const step of setup) expect((await invoiceMutation(a, step, id)).userErrors).toEqual([]);
    await expectRefused(INVOICE, id, () => illegal(id));
  });

  it('refuses to void a PAID invoice or one with a partial payment', async () => {
    const paid = await createInvoice(a, customerId, '10.00', { issue: true });
    await pay(a, paid.id, '10.00');
    await expectRefused(INVOICE, paid.id, () => invoiceMutation(a, 'voidInvoice', paid.id));
    const partial = await createInvoice(a, customerId, '10.00', { issue: true });
    await pay(a, partial.id, '1.00');
    await expectRefused(INVOICE, partial.id, () => invoiceMutation(a, 'voidInvoice', partial.id));
  });

  it('stays exact when many payments race on one invoice', async () => {
    const { id } = await createInvoice(a, customerId, '10.00', { issue: true });
    const results = await Promise.all(Array.from({ length: 15 }, () => pay(a, id, '1.00')));
    expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(10);
    // Once settled the invoice is PAID, so the five late payments are refused as illegal, not recorded.
    expect(results.filter((r) => r.userErrors[0]?.code === 'ILLEGAL_TRANSITION')).toHaveLength(5);
    const { invoice } = await a.data(INVOICE, { id });
    expect(invoice).toMatchObject({ status: 'PAID', amountPaid: { amount: '10.00' } });
    expect(invoice.payments).toHaveLength(10);
  });

  it("refuses another tenant's documents as NOT_FOUND", async () => {
    const orderId = await newOrder();
    const { id: invoiceId } = await createInvoice(a, customerId, '10.00', { issue: true });
    const b = platform.tenantB;
    expect((await orderMutation(b, 'cancelOrder', orderId)).userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect((await invoiceMutation(b, 'voidInvoice', invoiceId)).userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);
    expect((await pay(b, invoiceId, '1.00')).userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect((await a.data(ORDER, { id: orderId })).order.status).toBe('DRAFT');
    expect((await a.data(INVOICE, { id: invoiceId })).invoice.status).toBe('OPEN');
  });
});
