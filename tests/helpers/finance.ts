/** Helpers for finance tests: GraphQL documents and polling for asynchronous effects. */

/** Polls `probe` until it returns a non-undefined value (or fails after `timeoutMs`). */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export const TRIAL_BALANCE = `{ trialBalance { rows { account { code } debit { amount currency } credit { amount } balance { amount } } totals { debit { amount currency } credit { amount } } } }`;

/** Per currency, total debits equal total credits (returns the totals for further checks). */
export function expectBalanced(trialBalance: { totals: Array<{ debit: { amount: string }; credit: { amount: string } }> }) {
  for (const t of trialBalance.totals) expect(t.debit.amount).toBe(t.credit.amount);
  return trialBalance.totals;
}

export const FINANCE = {
  createInvoice: `mutation($i: CreateInvoiceInput!) { r: createInvoice(input: $i) { invoice { id number status subtotal { amount } taxTotal { amount } discountTotal { amount } total { amount } } userErrors { field code message } } }`,
  issue: `mutation($id: ID!) { r: issueInvoice(input: { id: $id }) { invoice { id status } userErrors { field code message } } }`,
  void: `mutation($id: ID!) { r: voidInvoice(input: { id: $id }) { invoice { id status amountDue { amount } } userErrors { field code message } } }`,
  receive: `mutation($i: ReceivePaymentInput!) { r: receivePayment(input: $i) { payment { id number status amount { amount } allocated { amount } unallocated { amount } allocations { status amount { amount } invoice { id status amountDue { amount } } } } userErrors { field code message } } }`,
  credit: `mutation($i: CreateCreditNoteInput!) { r: createCreditNote(input: $i) { invoice { id status amountDue { amount } amountCredited { amount } creditNotes { number amount { amount } tax { amount } } } userErrors { field code message } } }`,
  createExpense: `mutation($i: CreateExpenseInput!) { r: createExpense(input: $i) { expense { id number status amount { amount } tax { amount } total { amount } } userErrors { field code message } } }`,
  expense: (name: string) =>
    `mutation($id: ID!) { r: ${name}(input: { id: $id }) { expense { id status } userErrors { field code message } } }`,
  rejectExpense: `mutation($id: ID!) { r: rejectExpense(input: { id: $id, reason: "No receipt" }) { expense { id status rejectionReason } userErrors { field code message } } }`,
  createBill: `mutation($i: CreateSupplierBillInput!) { r: createSupplierBill(input: $i) { supplierBill { id number status net { amount } tax { amount } total { amount } } userErrors { field code message } } }`,
  bill: (name: string) =>
    `mutation($id: ID!) { r: ${name}(input: { id: $id }) { supplierBill { id status } userErrors { field code message } } }`,
  payBill: `mutation($i: PaySupplierBillInput!) { r: paySupplierBill(input: $i) { supplierBill { id status amountPaid { amount } amountDue { amount } payments { id } } userErrors { field code message } } }`,
  entries: `query($p: String) { journalEntries(first: 100, filter: { sourcePrefix: $p }) { totalCount edges { node { id number source memo total { amount } reverses { id } lines { account { code type } debit { amount } credit { amount } partyId } } } } }`,
};

export const invoiceInput = (customerId: string, lines: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) => ({
  customerId,
  currency: 'EUR',
  dueDate: '2030-01-31',
  lines: lines.map((l) => ({ description: 'Item', quantity: 1, ...l })),
  ...extra,
});

export const eur = (amount: string) => ({ amount, currency: 'EUR' });
