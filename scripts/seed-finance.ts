/**
 * Finance demo data for one tenant, through the gateway: the chart of accounts, a tax rate,
 * issued invoices (one paid, one partly paid, the rest kept as customer credit), a posted
 * expense and a partly paid supplier bill, last year's trading as two summary entries with that year
 * closed into retained earnings, and the books closed up to the end of last month (every other
 * seeded posting is dated when the seed runs, so none falls in it). Small and deterministic (the
 * seed test compares runs).
 */
import type { Call } from './seed-data';

type Payload = { userErrors: Array<{ message: string }> };

async function run<T extends Payload>(call: Call, what: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const { r } = await call<{ r: T }>(query, variables);
  if (r.userErrors.length) throw new Error(`Seeding finance ${what} failed: ${r.userErrors.map((e) => e.message).join('; ')}`);
  return r;
}

export async function seedFinance(call: Call, currency: string, customerIds: string[]): Promise<void> {
  if (!customerIds.length) return;
  // The expense's submitter: the employee with the first e-mail address (deterministic per seed).
  const { employees } = await call<{ employees: { edges: Array<{ node: { id: string; email: string } }> } }>(
    `{ employees(first: 100) { edges { node { id email } } } }`,
  );
  const employeeId = employees.edges.map((e) => e.node).sort((x, y) => x.email.localeCompare(y.email))[0]?.id;
  const money = (amount: string) => ({ amount, currency });
  await call(`{ accounts { code } }`); // seeds the chart of accounts
  const { r: rate } = await call<{ r: { taxRate: { id: string } | null; userErrors: Array<{ code: string }> } }>(
    `mutation { r: createTaxRate(input: { name: "Standard", rate: "19" }) { taxRate { id } userErrors { code } } }`,
  );
  const taxRateId = rate.taxRate?.id;
  const invoice = async (customerId: string, lines: Array<Record<string, unknown>>) => {
    const { invoice: created } = await run<Payload & { invoice: { id: string; total: { amount: string } } }>(
      call,
      'invoice',
      `mutation($i: CreateInvoiceInput!) { r: createInvoice(input: $i) { invoice { id total { amount } } userErrors { message } } }`,
      { i: { customerId, currency, dueDate: '2026-12-31', lines } },
    );
    await run(call, 'issue', `mutation($id: ID!) { r: issueInvoice(input: { id: $id }) { userErrors { message } } }`, {
      id: created.id,
    });
    return created;
  };
  const taxed = (description: string, quantity: number, amount: string, discount?: string) => ({
    description,
    quantity,
    unitPrice: money(amount),
    ...(taxRateId ? { taxRateId } : { taxRate: '19' }),
    ...(discount && { discount }),
  });
  const receive = `mutation($i: ReceivePaymentInput!) { r: receivePayment(input: $i) { userErrors { message } } }`;

  const paid = await invoice(customerIds[0], [
    taxed('Implementation services', 10, '120.00', '5'),
    taxed('Training day', 1, '800.00'),
  ]);
  await run(call, 'payment', receive, {
    i: {
      customerId: customerIds[0],
      amount: money(paid.total.amount),
      reference: 'FIN-SEED-1',
      idempotencyKey: `seed-finance-${paid.id}`,
      allocations: [{ invoiceId: paid.id, amount: money(paid.total.amount) }],
    },
  });
  const partial = await invoice(customerIds[1 % customerIds.length], [taxed('Support plan (annual)', 1, '2400.00')]);
  await run(call, 'payment', receive, {
    i: {
      customerId: customerIds[1 % customerIds.length],
      amount: money('1500.00'),
      reference: 'FIN-SEED-2',
      idempotencyKey: `seed-finance-${partial.id}`,
      allocations: [{ invoiceId: partial.id, amount: money('1000.00') }],
    },
  });

  if (employeeId) {
    const { expense } = await run<Payload & { expense: { id: string } }>(
      call,
      'expense',
      `mutation($i: CreateExpenseInput!) { r: createExpense(input: $i) { expense { id } userErrors { message } } }`,
      {
        i: {
          submitterId: employeeId,
          category: 'Travel',
          description: 'Customer visit',
          amount: money('238.00'),
          taxRate: '19',
          amountIncludesTax: true,
          expenseDate: '2026-05-04',
        },
      },
    );
    for (const step of ['submitExpense', 'approveExpense', 'postExpense']) {
      await run(call, step, `mutation($id: ID!) { r: ${step}(input: { id: $id }) { userErrors { message } } }`, {
        id: expense.id,
      });
    }
  }

  const { supplierBill } = await run<Payload & { supplierBill: { id: string } }>(
    call,
    'supplier bill',
    `mutation($i: CreateSupplierBillInput!) { r: createSupplierBill(input: $i) { supplierBill { id } userErrors { message } } }`,
    {
      i: {
        supplierId: 'supplier-office',
        supplierName: 'Office Supplies Ltd',
        currency,
        dueDate: '2026-12-31',
        lines: [{ description: 'Printer paper', quantity: 20, unitCost: money('4.50'), taxRate: '19' }],
      },
    },
  );
  await run(
    call,
    'bill approval',
    `mutation($id: ID!) { r: approveSupplierBill(input: { id: $id }) { userErrors { message } } }`,
    { id: supplierBill.id },
  );
  await run(
    call,
    'bill payment',
    `mutation($i: PaySupplierBillInput!) { r: paySupplierBill(input: $i) { userErrors { message } } }`,
    {
      i: { billId: supplierBill.id, amount: money('50.00'), idempotencyKey: `seed-finance-${supplierBill.id}` },
    },
  );

  // Last year's trading, brought over from the previous system as two summary entries, and that
  // year closed into retained earnings (FinanceSettings.yearEndClosings, the balance sheet's 3100).
  const now = new Date();
  const lastYear = now.getUTCFullYear() - 1;
  const summary = (key: string, memo: string, amount: string, debit: string, credit: string) =>
    run(call, 'last year', `mutation($i: PostJournalEntryInput!) { r: postJournalEntry(input: $i) { userErrors { message } } }`, {
      i: {
        date: `${lastYear}-12-15T12:00:00Z`,
        currency,
        memo,
        idempotencyKey: `seed-finance-fy-${key}`,
        lines: [
          { accountCode: debit, debit: amount },
          { accountCode: credit, credit: amount },
        ],
      },
    });
  await summary('sales', `Sales ${lastYear} (summary from the previous system)`, '48000.00', '1000', '4000');
  await summary('costs', `Operating expenses ${lastYear} (summary from the previous system)`, '31500.00', '5200', '1000');
  await run(
    call,
    'year-end close',
    `mutation($y: Date!) { r: closeFinancialYear(input: { yearEnd: $y }) { userErrors { message } } }`,
    {
      y: `${lastYear}-12-31`,
    },
  );

  // Last month is closed: what a bookkeeper sees after a month end (FinanceSettings.closedUntil).
  const lastMonthEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)).toISOString().slice(0, 10);
  await run(call, 'period close', `mutation($u: Date!) { r: closePeriod(input: { until: $u }) { userErrors { message } } }`, {
    u: lastMonthEnd,
  });
}
