import mongoose from 'mongoose';
import { domainEvent } from '../../lib/events';
import { runWithTenant } from '../../lib/tenancy';
import { updateWhere } from '../../lib/write';
import { unrecorded } from '../helpers/query-shapes';
import type { FinanceModels } from '../../subgraphs/finance/models';
import { DEFAULT_CHART } from '../../subgraphs/finance/domain/ledger';
import { sweepOnce } from '../../subgraphs/finance/jobs/sweeper';
import { entitiesQuery, startSubgraph, type SubgraphCaller, type TestSubgraph } from '../helpers/subgraph';
import { eur, eventually, expectBalanced, FINANCE, invoiceInput, TRIAL_BALANCE } from '../helpers/finance';

describe('finance subgraph over HTTP', () => {
  let finance: TestSubgraph;
  let a: SubgraphCaller;
  let b: SubgraphCaller;
  let models: FinanceModels;

  beforeAll(async () => {
    finance = await startSubgraph('finance');
    a = finance.as('tenant-a');
    b = finance.as('tenant-b');
    models = finance.service.models as FinanceModels;
  });
  afterAll(() => finance.stop());

  async function openInvoice(caller: SubgraphCaller, customerId: string, amount: string, extra: Record<string, unknown> = {}) {
    const created = (
      await caller.data(FINANCE.createInvoice, { i: invoiceInput(customerId, [{ unitPrice: eur(amount) }], extra) })
    ).r;
    expect(created.userErrors).toEqual([]);
    expect((await caller.data(FINANCE.issue, { id: created.invoice.id })).r.userErrors).toEqual([]);
    return created.invoice.id as string;
  }

  it('seeds the chart of accounts once per tenant, even when asked concurrently', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => finance.as('tenant-chart').data(`{ accounts { code name type } }`)),
    );
    for (const r of results) expect(r.accounts).toHaveLength(DEFAULT_CHART.length);
    expect(results[0].accounts).toEqual(expect.arrayContaining([{ code: '1100', name: 'Accounts receivable', type: 'ASSET' }]));
    const stored = await runWithTenant('tenant-chart', () => models.Account.countDocuments({}));
    expect(stored).toBe(DEFAULT_CHART.length);
  });

  it('prices lines with discounts and exclusive or inclusive tax, exactly', async () => {
    const excl = (
      await a.data(FINANCE.createInvoice, {
        i: invoiceInput('c-tax', [{ quantity: 3, unitPrice: eur('19.99'), discount: '10', taxRate: '19' }]),
      })
    ).r;
    expect(excl.invoice).toMatchObject({
      subtotal: { amount: '53.97' },
      discountTotal: { amount: '6.00' },
      taxTotal: { amount: '10.25' },
      total: { amount: '64.22' },
    });
    const rate = (
      await a.data(
        `mutation { createTaxRate(input: { name: "VAT 19", rate: "19", inclusive: true }) { taxRate { id ratePercent inclusive } userErrors { code } } }`,
      )
    ).createTaxRate;
    expect(rate.taxRate).toMatchObject({ ratePercent: '19', inclusive: true });
    const incl = (
      await a.data(FINANCE.createInvoice, {
        i: invoiceInput('c-tax', [{ unitPrice: eur('10.00'), taxRateId: rate.taxRate.id }], { pricesIncludeTax: true }),
      })
    ).r;
    expect(incl.invoice).toMatchObject({
      subtotal: { amount: '8.40' },
      taxTotal: { amount: '1.60' },
      total: { amount: '10.00' },
    });
    const bad = (
      await a.data(FINANCE.createInvoice, {
        i: invoiceInput('c-tax', [
          { unitPrice: eur('1.00'), taxRate: '19.123' },
          { unitPrice: eur('1.00'), taxRateId: new mongoose.Types.ObjectId().toString() },
        ]),
      })
    ).r;
    expect(bad.userErrors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
  });

  it('posts issue, payment and void as balanced journal entries, once each', async () => {
    const created = (
      await a.data(FINANCE.createInvoice, { i: invoiceInput('c-post', [{ unitPrice: eur('100.00'), taxRate: '19' }]) })
    ).r;
    const id = created.invoice.id;
    expect((await a.data(FINANCE.entries, { p: `invoice:${id}` })).journalEntries.totalCount).toBe(0); // a DRAFT posts nothing
    await a.data(FINANCE.issue, { id });
    const issued = (await a.data(FINANCE.entries, { p: `invoice:${id}` })).journalEntries;
    expect(issued.totalCount).toBe(1);
    expect(issued.edges[0].node.lines.map((l: any) => [l.account.code, l.debit.amount, l.credit.amount])).toEqual([
      ['1100', '119.00', '0.00'],
      ['4000', '0.00', '100.00'],
      ['2100', '0.00', '19.00'],
    ]);
    // Issuing again is illegal and posts nothing more.
    expect((await a.data(FINANCE.issue, { id })).r.userErrors).toEqual([expect.objectContaining({ code: 'ILLEGAL_TRANSITION' })]);
    const voided = (await a.data(FINANCE.void, { id })).r;
    expect(voided.invoice).toMatchObject({ status: 'VOID', amountDue: { amount: '0.00' } });
    const all = (await a.data(FINANCE.entries, { p: `invoice:${id}` })).journalEntries;
    expect(all.edges.map((e: any) => e.node.source).sort()).toEqual([`invoice:${id}:issue`, `invoice:${id}:void`]);
    expectBalanced((await a.data(TRIAL_BALANCE)).trialBalance);
  });

  it('allocates a payment over several invoices, keeps the rest as credit, and refuses over-allocation', async () => {
    const one = await openInvoice(a, 'c-pay', '100.00');
    const two = await openInvoice(a, 'c-pay', '50.00');
    const other = await openInvoice(a, 'c-other', '10.00');
    const refuse = async (allocations: unknown[], amount = '200.00') =>
      (await a.data(FINANCE.receive, { i: { customerId: 'c-pay', amount: eur(amount), allocations } })).r.userErrors;
    expect(
      await refuse(
        [
          { invoiceId: one, amount: eur('100.00') },
          { invoiceId: two, amount: eur('50.00') },
        ],
        '120.00',
      ),
    ).toEqual([expect.objectContaining({ code: 'OVERPAYMENT', field: ['input', 'allocations'] })]);
    expect(await refuse([{ invoiceId: one, amount: eur('100.01') }])).toEqual([
      expect.objectContaining({ code: 'OVERPAYMENT', field: ['input', 'allocations', '0', 'amount'] }),
    ]);
    expect(await refuse([{ invoiceId: other, amount: eur('1.00') }])).toEqual([expect.objectContaining({ code: 'INVALID' })]);
    expect(await refuse([{ invoiceId: one, amount: { amount: '1.00', currency: 'USD' } }])).toEqual([
      expect.objectContaining({ code: 'CURRENCY_MISMATCH' }),
    ]);
    expect((await a.data(`{ payments(filter: { customerId: "c-pay" }) { totalCount } }`)).payments.totalCount).toBe(0);

    const input = {
      customerId: 'c-pay',
      amount: eur('180.00'),
      reference: 'BANK-1',
      idempotencyKey: 'pay-1',
      allocations: [
        { invoiceId: one, amount: eur('100.00') },
        { invoiceId: two, amount: eur('30.00') },
      ],
    };
    const paid = (await a.data(FINANCE.receive, { i: input })).r;
    expect(paid.userErrors).toEqual([]);
    expect(paid.payment).toMatchObject({
      status: 'COMPLETED',
      allocated: { amount: '130.00' },
      unallocated: { amount: '50.00' },
    });
    expect(paid.payment.allocations.map((x: any) => [x.status, x.invoice.status, x.invoice.amountDue.amount])).toEqual([
      ['APPLIED', 'PAID', '0.00'],
      ['APPLIED', 'PARTIALLY_PAID', '20.00'],
    ]);
    // A retry with the same key returns the same payment and changes nothing.
    const again = (await a.data(FINANCE.receive, { i: input })).r;
    expect(again.payment.id).toBe(paid.payment.id);
    expect((await a.data(`{ payments(filter: { customerId: "c-pay" }) { totalCount } }`)).payments.totalCount).toBe(1);
    expect((await a.data(FINANCE.entries, { p: `payment:${paid.payment.id}` })).journalEntries.totalCount).toBe(1);

    // Customer.balance (receivable 20.00, credit 50.00) and Payment through _entities.
    const entities = await a.data(
      entitiesQuery('Customer', 'balance { receivable { amount } credit { amount } net { amount } }'),
      {
        representations: [
          { __typename: 'Customer', id: 'c-pay' },
          { __typename: 'Customer', id: 'c-nobody' },
        ],
      },
    );
    expect(entities._entities[0].balance).toEqual([
      { receivable: { amount: '20.00' }, credit: { amount: '50.00' }, net: { amount: '-30.00' } },
    ]);
    expect(entities._entities[1].balance).toEqual([]);
    const payment = await a.data(entitiesQuery('Payment', 'number amount { amount } customer { id }'), {
      representations: [{ __typename: 'Payment', id: paid.payment.id }],
    });
    expect(payment._entities[0]).toMatchObject({ amount: { amount: '180.00' }, customer: { id: 'c-pay' } });
    // Invoice.payments lists the payment applied to it; an invoice with payments cannot be voided.
    expect((await a.data(`query($id: ID!) { invoice(id: $id) { payments { id } } }`, { id: two })).invoice.payments).toEqual([
      { id: paid.payment.id },
    ]);
    expect((await a.data(FINANCE.void, { id: two })).r.userErrors).toEqual([
      expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }),
    ]);
    expectBalanced((await a.data(TRIAL_BALANCE)).trialBalance);
  });

  it('credits part of an invoice, reversing income and tax in proportion', async () => {
    const created = (
      await a.data(FINANCE.createInvoice, { i: invoiceInput('c-cn', [{ unitPrice: eur('100.00'), taxRate: '19' }]) })
    ).r;
    const id = created.invoice.id;
    await a.data(FINANCE.issue, { id });
    const credited = (await a.data(FINANCE.credit, { i: { invoiceId: id, amount: eur('59.50'), reason: 'Damaged' } })).r;
    expect(credited.invoice).toMatchObject({
      status: 'PARTIALLY_PAID',
      amountDue: { amount: '59.50' },
      amountCredited: { amount: '59.50' },
    });
    expect(credited.invoice.creditNotes).toEqual([
      expect.objectContaining({ amount: { amount: '59.50' }, tax: { amount: '9.50' } }),
    ]);
    expect((await a.data(FINANCE.credit, { i: { invoiceId: id, amount: eur('59.51'), reason: 'x' } })).r.userErrors).toEqual([
      expect.objectContaining({ code: 'OVERPAYMENT' }),
    ]);
    expect((await a.data(FINANCE.credit, { i: { invoiceId: id, amount: eur('59.50'), reason: 'Rest' } })).r.invoice.status).toBe(
      'PAID',
    );
    expectBalanced((await a.data(TRIAL_BALANCE)).trialBalance);
  });

  it('walks an expense through its lifecycle and posts it once approved', async () => {
    const created = (
      await a.data(FINANCE.createExpense, {
        i: {
          submitterId: 'emp-1',
          category: 'Travel',
          amount: eur('119.00'),
          taxRate: '19',
          amountIncludesTax: true,
          expenseDate: '2026-05-01',
        },
      })
    ).r;
    expect(created.expense).toMatchObject({
      status: 'DRAFT',
      amount: { amount: '100.00' },
      tax: { amount: '19.00' },
      total: { amount: '119.00' },
    });
    const id = created.expense.id;
    expect((await a.data(FINANCE.expense('postExpense'), { id })).r.userErrors).toEqual([
      expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }),
    ]);
    for (const [step, status] of [
      ['submitExpense', 'SUBMITTED'],
      ['approveExpense', 'APPROVED'],
      ['postExpense', 'POSTED'],
    ]) {
      expect((await a.data(FINANCE.expense(step), { id })).r).toEqual({ expense: { id, status }, userErrors: [] });
    }
    const entries = (await a.data(FINANCE.entries, { p: `expense:${id}` })).journalEntries;
    expect(entries.edges[0].node.lines.map((l: any) => [l.account.code, l.debit.amount, l.credit.amount, l.partyId])).toEqual([
      ['5200', '100.00', '0.00', null],
      ['2100', '19.00', '0.00', null],
      ['2400', '0.00', '119.00', 'emp-1'],
    ]);
    const rejected = (
      await a.data(FINANCE.createExpense, {
        i: { submitterId: 'emp-1', category: 'Meals', amount: eur('10.00'), expenseDate: '2026-05-01' },
      })
    ).r.expense.id;
    await a.data(FINANCE.expense('submitExpense'), { id: rejected });
    expect((await a.data(FINANCE.rejectExpense, { id: rejected })).r.expense).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'No receipt',
    });
    expect((await a.data(FINANCE.expense('postExpense'), { id: rejected })).r.userErrors).toEqual([
      expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }),
    ]);
  });

  it('approves and pays a supplier bill, posting payable and payment', async () => {
    const created = (
      await a.data(FINANCE.createBill, {
        i: {
          supplierId: 'sup-1',
          supplierName: 'Acme Supplies',
          currency: 'EUR',
          dueDate: '2030-01-01',
          lines: [{ description: 'Paper', quantity: 10, unitCost: eur('5.00'), taxRate: '19' }],
        },
      })
    ).r;
    expect(created.supplierBill).toMatchObject({
      status: 'DRAFT',
      net: { amount: '50.00' },
      tax: { amount: '9.50' },
      total: { amount: '59.50' },
    });
    const id = created.supplierBill.id;
    expect((await a.data(FINANCE.payBill, { i: { billId: id, amount: eur('1.00') } })).r.userErrors).toEqual([
      expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }),
    ]);
    expect((await a.data(FINANCE.bill('approveSupplierBill'), { id })).r.supplierBill.status).toBe('OPEN');
    const pay = (amount: string, key: string) =>
      a.data(FINANCE.payBill, { i: { billId: id, amount: eur(amount), idempotencyKey: key } });
    expect((await pay('20.00', 'k1')).r.supplierBill).toMatchObject({ status: 'PARTIALLY_PAID', amountDue: { amount: '39.50' } });
    expect((await pay('20.00', 'k1')).r.supplierBill.payments).toHaveLength(1);
    expect((await pay('40.00', 'k2')).r.userErrors).toEqual([expect.objectContaining({ code: 'OVERPAYMENT' })]);
    expect((await pay('39.50', 'k3')).r.supplierBill).toMatchObject({ status: 'PAID', amountDue: { amount: '0.00' } });
    expect((await a.data(FINANCE.bill('voidSupplierBill'), { id })).r.userErrors).toEqual([
      expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }),
    ]);
    expect((await a.data(FINANCE.entries, { p: `bill:${id}` })).journalEntries.totalCount).toBe(3);
    expectBalanced((await a.data(TRIAL_BALANCE)).trialBalance);
  });

  it('posts manual entries only when balanced, and corrects them only by reversal', async () => {
    const post = (lines: unknown[], key?: string) =>
      a.data(
        `mutation($i: PostJournalEntryInput!) { r: postJournalEntry(input: $i) { journalEntry { id number total { amount } } userErrors { field code message } } }`,
        {
          i: { currency: 'EUR', memo: 'Owner investment', lines, idempotencyKey: key },
        },
      );
    expect(
      (
        await post([
          { accountCode: '1000', debit: '10.00' },
          { accountCode: '3000', credit: '9.99' },
        ])
      ).r.userErrors,
    ).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'lines'] })]);
    expect(
      (
        await post([
          { accountCode: '1000', debit: '10.00', credit: '1.00' },
          { accountCode: '3000', credit: '9.00' },
        ])
      ).r.userErrors[0].code,
    ).toBe('INVALID');
    expect(
      (
        await post([
          { accountCode: '9999', debit: '10.00' },
          { accountCode: '3000', credit: '10.00' },
        ])
      ).r.userErrors[0].code,
    ).toBe('NOT_FOUND');
    const lines = [
      { accountCode: '1000', debit: '1000.00' },
      { accountCode: '3000', credit: '1000.00' },
    ];
    const entry = (await post(lines, 'invest-1')).r.journalEntry;
    expect((await post(lines, 'invest-1')).r.journalEntry.id).toBe(entry.id);
    const reverse = `mutation($id: ID!) { r: reverseJournalEntry(input: { id: $id }) { journalEntry { id reverses { id } lines { account { code } debit { amount } credit { amount } } } userErrors { code } } }`;
    const reversal = (await a.data(reverse, { id: entry.id })).r.journalEntry;
    expect(reversal.reverses.id).toBe(entry.id);
    expect((await a.data(reverse, { id: entry.id })).r.journalEntry.id).toBe(reversal.id);
    expect((await a.data(reverse, { id: reversal.id })).r.userErrors).toEqual([{ code: 'ILLEGAL_TRANSITION' }]);
    // The model refuses any edit of a posted entry.
    await expect(
      runWithTenant('tenant-a', () => models.JournalEntry.updateOne({ _id: entry.id }, { $set: { memo: 'x' } })),
    ).rejects.toThrow(/immutable/);
  });

  it('reports profit and loss, a balanced balance sheet, tax payable and AR aging', async () => {
    const t = finance.as('tenant-reports');
    const past = await openInvoice(t, 'c-old', '100.00', { dueDate: '2020-01-01' });
    await openInvoice(t, 'c-new', '50.00');
    await t
      .data(FINANCE.createInvoice, { i: invoiceInput('c-new', [{ unitPrice: eur('20.00'), taxRate: '10' }]) })
      .then((r) => t.data(FINANCE.issue, { id: r.r.invoice.id }));
    await t.data(FINANCE.receive, {
      i: { customerId: 'c-old', amount: eur('30.00'), allocations: [{ invoiceId: past, amount: eur('30.00') }] },
    });
    const exp = (
      await t.data(FINANCE.createExpense, {
        i: { submitterId: 'e', category: 'Office', amount: eur('10.00'), taxRate: '10', expenseDate: '2026-01-01' },
      })
    ).r.expense.id;
    for (const step of ['submitExpense', 'approveExpense', 'postExpense']) await t.data(FINANCE.expense(step), { id: exp });

    const range = { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' };
    const pl = (
      await t.data(
        `query($from: DateTime!, $to: DateTime!) { profitAndLoss(from: $from, to: $to) { totalIncome { amount } totalExpenses { amount } netIncome { amount } income { account { code } amount { amount } } } }`,
        range,
      )
    ).profitAndLoss;
    expect(pl).toMatchObject({
      totalIncome: { amount: '170.00' },
      totalExpenses: { amount: '10.00' },
      netIncome: { amount: '160.00' },
    });
    const bs = (
      await t.data(
        `{ balanceSheet { totalAssets { amount } totalLiabilities { amount } totalEquity { amount } currentEarnings { amount } } }`,
      )
    ).balanceSheet;
    expect(bs).toMatchObject({
      totalAssets: { amount: '172.00' },
      totalLiabilities: { amount: '12.00' },
      currentEarnings: { amount: '160.00' },
    });
    expect(Number(bs.totalAssets.amount)).toBeCloseTo(Number(bs.totalLiabilities.amount) + Number(bs.totalEquity.amount), 10);
    const tax = (
      await t.data(
        `query($from: DateTime!, $to: DateTime!) { taxPayable(from: $from, to: $to) { outputTax { amount } inputTax { amount } netPayable { amount } } }`,
        range,
      )
    ).taxPayable;
    expect(tax).toEqual({ outputTax: { amount: '2.00' }, inputTax: { amount: '1.00' }, netPayable: { amount: '1.00' } });
    const aging = (
      await t.data(
        `{ arAging { rows { customer { id } buckets { current { amount } over90 { amount } total { amount } } } totals { current { amount } over90 { amount } total { amount } } } }`,
      )
    ).arAging;
    expect(aging.rows).toEqual([
      {
        customer: { id: 'c-new' },
        buckets: { current: { amount: '72.00' }, over90: { amount: '0.00' }, total: { amount: '72.00' } },
      },
      {
        customer: { id: 'c-old' },
        buckets: { current: { amount: '0.00' }, over90: { amount: '70.00' }, total: { amount: '70.00' } },
      },
    ]);
    expect(aging.totals.total.amount).toBe('142.00');
    // Aging at a past instant counts only what was issued by then.
    expect((await t.data(`{ arAging(at: "2000-01-01T00:00:00Z") { rows { customer { id } } } }`)).arAging.rows).toEqual([]);
  });

  it("keeps tenants apart: another tenant's documents are invisible and untouchable", async () => {
    const id = await openInvoice(a, 'c-iso', '10.00');
    expect((await b.data(`query($id: ID!) { invoice(id: $id) { id } }`, { id })).invoice).toBeNull();
    expect((await b.data(FINANCE.void, { id })).r.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect(
      (
        await b.data(FINANCE.receive, {
          i: { customerId: 'c-iso', amount: eur('1.00'), allocations: [{ invoiceId: id, amount: eur('1.00') }] },
        })
      ).r.userErrors,
    ).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect((await b.data(TRIAL_BALANCE)).trialBalance.rows).toEqual([]);
    expect((await b.data(FINANCE.entries, { p: null })).journalEntries.totalCount).toBe(0);
    const entities = await b.data(entitiesQuery('Invoice', 'number'), { representations: [{ __typename: 'Invoice', id }] });
    expect(entities._entities).toEqual([null]);
  });

  it('completes a payment and a posting that a crash left half-done', async () => {
    const tenant = 'tenant-crash';
    const c = finance.as(tenant);
    const invoiceId = await openInvoice(c, 'c-crash', '100.00');
    // Step 1 of a payment written, then the process "died": the payment is PENDING, the invoice untouched.
    const paymentId = new mongoose.Types.ObjectId();
    await runWithTenant(tenant, () =>
      models.Payment.create({
        _id: paymentId,
        number: 'PAY-CRASH',
        customerId: 'c-crash',
        currency: 'EUR',
        amountMinor: 12000,
        allocations: [{ invoiceId, amountMinor: 10000, status: 'PENDING' }],
        receivedAt: new Date(),
        idempotencyKey: 'crash-1',
        status: 'PENDING',
      }),
    );
    // An issued invoice whose journal entry was never written.
    const draft = (await c.data(FINANCE.createInvoice, { i: invoiceInput('c-crash', [{ unitPrice: eur('5.00') }]) })).r.invoice
      .id;
    await runWithTenant(tenant, () =>
      models.Invoice.updateOne({ _id: draft }, { $set: { status: 'OPEN', issuedAt: new Date(), ledgerPending: ['issue'] } }),
    );
    expect(await sweepOnce(models, 0)).toBeGreaterThanOrEqual(2);
    expect(await sweepOnce(models, 0)).toBe(0); // nothing left; running again changes nothing
    const payment = (
      await c.data(`query($id: ID!) { payment(id: $id) { status allocated { amount } unallocated { amount } } }`, {
        id: paymentId.toString(),
      })
    ).payment;
    expect(payment).toEqual({ status: 'COMPLETED', allocated: { amount: '100.00' }, unallocated: { amount: '20.00' } });
    expect((await c.data(`query($id: ID!) { invoice(id: $id) { status } }`, { id: invoiceId })).invoice.status).toBe('PAID');
    expect((await c.data(FINANCE.entries, { p: `invoice:${draft}` })).journalEntries.totalCount).toBe(1);
    expectBalanced((await c.data(TRIAL_BALANCE)).trialBalance);
  });

  it('goes on past a document it cannot post: the failure is recorded, every other tenant is posted', async () => {
    const bad = finance.as('tenant-corrupt');
    const good = finance.as('tenant-healthy');
    const issuedUnposted = async (t: SubgraphCaller, tenant: string, fields: Record<string, unknown> = {}) => {
      const id = (await t.data(FINANCE.createInvoice, { i: invoiceInput('c-sweep', [{ unitPrice: eur('5.00') }]) })).r.invoice.id;
      await unrecorded(() =>
        runWithTenant(tenant, () =>
          models.Invoice.updateOne(
            { _id: id },
            { $set: { status: 'OPEN', issuedAt: new Date(), ledgerPending: ['issue'], ...fields } },
            { timestamps: false },
          ),
        ),
      );
      return id as string;
    };
    // The broken one is the oldest, so a sweeper that stopped at it would never reach the others.
    const broken = await issuedUnposted(bad, 'tenant-corrupt', {
      totalMinor: 2 ** 60,
      subtotalMinor: 2 ** 60,
      updatedAt: new Date('2000-01-01T00:00:00Z'),
    });
    const fine = await issuedUnposted(good, 'tenant-healthy');
    expect(await sweepOnce(models, 0)).toBeGreaterThanOrEqual(1);
    expect((await good.data(FINANCE.entries, { p: `invoice:${fine}` })).journalEntries.totalCount).toBe(1);
    expect((await bad.data(FINANCE.entries, { p: `invoice:${broken}` })).journalEntries.totalCount).toBe(0);
    const stored = () => unrecorded(() => runWithTenant('tenant-corrupt', () => models.Invoice.findById(broken).lean<any>()));
    const recorded = await stored();
    expect(recorded.ledgerPending).toEqual(['issue']);
    expect(recorded.sweepFailure).toMatchObject({ attempts: 1, message: expect.any(String), at: expect.any(Date) });
    await sweepOnce(models, 0);
    expect((await stored()).sweepFailure.attempts).toBe(2);
    // Corrected, it is posted on the next round and the record goes.
    await unrecorded(() =>
      runWithTenant('tenant-corrupt', () =>
        models.Invoice.updateOne(
          { _id: broken },
          {
            $set: {
              totalMinor: recorded.lines[0].totalMinor,
              subtotalMinor: recorded.lines[0].netMinor ?? recorded.lines[0].totalMinor,
            },
          },
        ),
      ),
    );
    await sweepOnce(models, 0);
    const repaired = await stored();
    expect([repaired.ledgerPending, repaired.sweepFailure]).toEqual([[], undefined]);
    expect((await bad.data(FINANCE.entries, { p: `invoice:${broken}` })).journalEntries.totalCount).toBe(1);
  });

  it('refuses the late payments of one invoice instead of turning them into credit, however they race', async () => {
    // A second finance service on the same database: nothing in finance serializes payments in memory, so the rule must hold by the data alone.
    const twin = await startSubgraph('finance', finance.dbPrefix);
    const t = finance.as('tenant-race');
    const id = await openInvoice(t, 'c-race', '10.00');
    const pay = (key: string, i: number) =>
      (i % 2 ? twin : finance)
        .as('tenant-race')
        .data(`mutation($i: RecordPaymentInput!) { r: recordPayment(input: $i) { invoice { id } userErrors { field code } } }`, {
          i: { invoiceId: id, amount: eur('1.00'), idempotencyKey: key },
        });
    // Fourteen payments of 1.00 for 10.00 due, and one of them retried twice while it races.
    const keys = [...Array.from({ length: 14 }, (_, i) => `race-${i}`), 'race-0', 'race-0'];
    const results = (await Promise.all(keys.map(pay)).finally(() => twin.service.stop())).map((d) => d.r);
    for (const r of results) {
      expect(r.userErrors.every((e: { code: string }) => ['ILLEGAL_TRANSITION', 'OVERPAYMENT'].includes(e.code))).toBe(true);
    }
    const outcome = (i: number) => results[i].userErrors.length === 0;
    expect([outcome(14), outcome(15)]).toEqual([outcome(0), outcome(0)]); // the retries agree with the original
    expect(results.slice(0, 14).filter((r) => r.userErrors.length === 0)).toHaveLength(10);
    const invoice = (
      await t.data(`query($id: ID!) { invoice(id: $id) { status amountPaid { amount } payments { id status } } }`, { id })
    ).invoice;
    expect(invoice).toMatchObject({ status: 'PAID', amountPaid: { amount: '10.00' } });
    expect(invoice.payments).toHaveLength(10);
    expect(invoice.payments.every((p: { status: string }) => p.status === 'COMPLETED')).toBe(true);
    expect((await t.data(`{ payments(filter: { customerId: "c-race" }) { totalCount } }`)).payments.totalCount).toBe(10);
    // Nothing became customer credit, and the ledger holds one receipt per payment.
    const balance = await t.data(entitiesQuery('Customer', 'balance { receivable { amount } credit { amount } }'), {
      representations: [{ __typename: 'Customer', id: 'c-race' }],
    });
    expect(balance._entities[0].balance).toEqual([{ receivable: { amount: '0.00' }, credit: { amount: '0.00' } }]);
    expect((await t.data(FINANCE.entries, { p: 'payment:' })).journalEntries.totalCount).toBe(10);
    expectBalanced((await t.data(TRIAL_BALANCE)).trialBalance);
  });

  it('completes a recorded payment that a crash left applied to its invoice but not yet written', async () => {
    const tenant = 'tenant-crash-recorded';
    const c = finance.as(tenant);
    /** Step 1 of recordPayment done (the invoice took the payment), then the process "died". */
    const appliedThenCrashed = async (invoiceId: string, amountMinor: number, key: string) => {
      const paymentId = new mongoose.Types.ObjectId().toString();
      // Through lib's write path, as the platform's own step 1 would: on FerretDB 1.x a raw
      // updateOne could interleave with the outbox relay's write of the same invoice and be lost.
      await runWithTenant(tenant, () =>
        updateWhere(
          models.Invoice,
          { _id: invoiceId },
          {
            $set: { paidMinor: amountMinor, status: 'PARTIALLY_PAID' },
            $push: {
              applied: {
                paymentId,
                amountMinor,
                appliedAt: new Date(),
                idempotencyKey: `invoice:${invoiceId}:${key}`,
                reference: 'BANK-9',
              },
              ledgerPending: `payment:${paymentId}`,
            },
          },
        ),
      );
      return paymentId;
    };
    const PAYMENTS = `query($id: ID!) { invoice(id: $id) { status amountPaid { amount } payments { id number status reference amount { amount } allocated { amount } } } }`;

    // A retry with the same key finishes it, and applies nothing twice.
    const retried = await openInvoice(c, 'c-crash-r', '100.00');
    const first = await appliedThenCrashed(retried, 4000, 'k-crash');
    const again = (
      await c.data(
        `mutation($i: RecordPaymentInput!) { r: recordPayment(input: $i) { invoice { status amountPaid { amount } } userErrors { code } } }`,
        { i: { invoiceId: retried, amount: eur('40.00'), idempotencyKey: 'k-crash' } },
      )
    ).r;
    expect(again).toEqual({ invoice: { status: 'PARTIALLY_PAID', amountPaid: { amount: '40.00' } }, userErrors: [] });
    expect((await c.data(PAYMENTS, { id: retried })).invoice.payments).toEqual([
      {
        id: first,
        number: `PAY-${first.toUpperCase()}`,
        status: 'COMPLETED',
        reference: 'BANK-9',
        amount: { amount: '40.00' },
        allocated: { amount: '40.00' },
      },
    ]);

    // Without a retry, the sweeper finishes it.
    const swept = await openInvoice(c, 'c-crash-s', '100.00');
    const second = await appliedThenCrashed(swept, 2500, 'k-lost');
    expect(await sweepOnce(models, 0)).toBe(1);
    expect(await sweepOnce(models, 0)).toBe(0);
    expect((await c.data(PAYMENTS, { id: swept })).invoice).toMatchObject({
      status: 'PARTIALLY_PAID',
      amountPaid: { amount: '25.00' },
      payments: [{ id: second, status: 'COMPLETED', amount: { amount: '25.00' } }],
    });
    for (const id of [first, second]) {
      expect((await c.data(FINANCE.entries, { p: `payment:${id}` })).journalEntries.totalCount).toBe(1);
    }
    expectBalanced((await c.data(TRIAL_BALANCE)).trialBalance);
  });

  it('pages through invoices and supplier bills in each sort, each once, ties in creation order', async () => {
    const t = finance.as('tenant-sorts');
    const specs = [
      ['A', '50.00', '2030-03-01'],
      ['B', '900.00', '2030-01-10'],
      ['C', '300.00', '2030-02-01'],
      ['D', '300.00', '2030-01-10'],
      ['E', '5.00', '2030-04-30'],
    ] as const;
    const ids: Record<string, string> = {};
    for (const [name, amount, dueDate] of specs) {
      const created = (await t.data(FINANCE.createInvoice, { i: invoiceInput(name, [{ unitPrice: eur(amount) }], { dueDate }) }))
        .r;
      expect(created.userErrors).toEqual([]);
      ids[name] = created.invoice.id;
      const bill = (
        await t.data(FINANCE.createBill, {
          i: {
            supplierId: name,
            supplierName: name,
            currency: 'EUR',
            dueDate,
            lines: [{ description: 'x', quantity: 1, unitCost: eur(amount) }],
          },
        })
      ).r;
      expect(bill.userErrors).toEqual([]);
    }
    for (const name of ['B', 'D']) await t.data(FINANCE.issue, { id: ids[name] });
    /** Every page of `first: 2`, collecting the customer (or supplier) of each row. */
    const walk = async (list: 'invoices' | 'supplierBills', sort: string, filter?: Record<string, unknown>) => {
      const [type, key] = list === 'invoices' ? ['InvoiceSort', 'customer { id }'] : ['SupplierBillSort', 'supplierId'];
      const names: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = (
          await t.data(
            `query($sort: ${type}, $after: String, $filter: ${list === 'invoices' ? 'InvoiceFilter' : 'SupplierBillFilter'}) { l: ${list}(first: 2, after: $after, sort: $sort, filter: $filter) { totalCount edges { node { ${key} } } pageInfo { hasNextPage endCursor } } }`,
            { sort, after, filter },
          )
        ).l;
        names.push(...page.edges.map((e: any) => e.node.customer?.id ?? e.node.supplierId));
        if (!page.pageInfo.hasNextPage) {
          expect(new Set(names).size).toBe(page.totalCount); // each once, none missed
          return names;
        }
        after = page.pageInfo.endCursor;
      }
    };
    expect(await walk('invoices', 'NEWEST_FIRST')).toEqual(['E', 'D', 'C', 'B', 'A']);
    expect(await walk('invoices', 'OLDEST_FIRST')).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(await walk('invoices', 'DUE_DATE_ASC')).toEqual(['B', 'D', 'C', 'A', 'E']);
    expect(await walk('invoices', 'DUE_DATE_DESC')).toEqual(['E', 'A', 'C', 'D', 'B']);
    expect(await walk('invoices', 'TOTAL_DESC')).toEqual(['B', 'D', 'C', 'A', 'E']);
    expect(await walk('invoices', 'TOTAL_ASC')).toEqual(['E', 'A', 'C', 'D', 'B']);
    expect(await walk('invoices', 'TOTAL_DESC', { status: 'OPEN' })).toEqual(['B', 'D']);
    expect(await walk('invoices', 'DUE_DATE_ASC', { status: 'DRAFT' })).toEqual(['C', 'A', 'E']);
    expect(await walk('supplierBills', 'NEWEST_FIRST')).toEqual(['E', 'D', 'C', 'B', 'A']);
    expect(await walk('supplierBills', 'OLDEST_FIRST')).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(await walk('supplierBills', 'DUE_DATE_ASC')).toEqual(['B', 'D', 'C', 'A', 'E']);
    expect(await walk('supplierBills', 'DUE_DATE_DESC')).toEqual(['E', 'A', 'C', 'D', 'B']);

    // A cursor of one sort is refused by another, whichever the two are.
    const cursor = async (list: string, sort: string) =>
      (await t.data(`{ l: ${list}(first: 1, sort: ${sort}) { pageInfo { endCursor } } }`)).l.pageInfo.endCursor;
    const refused = async (list: string, sort: string, after: string) =>
      (await t.query(`query($a: String) { l: ${list}(first: 1, after: $a, sort: ${sort}) { totalCount } }`, { a: after }))
        .errors?.[0].extensions?.code;
    for (const [from, to] of [
      ['TOTAL_DESC', 'NEWEST_FIRST'],
      ['NEWEST_FIRST', 'TOTAL_ASC'],
      ['DUE_DATE_ASC', 'DUE_DATE_DESC'],
      ['DUE_DATE_ASC', 'TOTAL_ASC'],
    ]) {
      expect([from, to, await refused('invoices', to, await cursor('invoices', from))]).toEqual([from, to, 'BAD_USER_INPUT']);
    }
    expect(await refused('supplierBills', 'DUE_DATE_DESC', await cursor('supplierBills', 'DUE_DATE_ASC'))).toBe('BAD_USER_INPUT');
  });

  it('drafts one invoice per won deal and resolves Deal.invoice through _entities', async () => {
    const event = domainEvent('sales.deal.won', {
      tenantId: 'tenant-deal',
      aggregateId: 'deal-1',
      payload: {
        dealId: 'deal-1',
        customerId: 'c-deal',
        amount: { minor: 11900, currency: 'EUR' },
        lines: [{ description: 'Consulting', quantity: 1, unitPriceMinor: 10000, taxRateBps: 1900 }],
      },
    });
    const bus = finance.service.events.bus;
    await bus.publish(event);
    await bus.publish(event);
    await bus.publish({ ...event, id: new mongoose.Types.ObjectId().toString() }); // same deal, another event id
    const d = finance.as('tenant-deal');
    const query = entitiesQuery('Deal', 'invoice { status dealId total { amount } taxTotal { amount } }');
    const entity = await eventually(async () => {
      const r = await d.data(query, {
        representations: [
          { __typename: 'Deal', id: 'deal-1' },
          { __typename: 'Deal', id: 'deal-none' },
        ],
      });
      return r._entities[0].invoice ? r._entities : undefined;
    });
    expect(entity).toEqual([
      {
        __typename: 'Deal',
        id: 'deal-1',
        invoice: { status: 'DRAFT', dealId: 'deal-1', total: { amount: '119.00' }, taxTotal: { amount: '19.00' } },
      },
      { __typename: 'Deal', id: 'deal-none', invoice: null },
    ]);
    await new Promise((r) => setTimeout(r, 500)); // let the duplicates be consumed too
    expect((await d.data(`{ invoices { totalCount } }`)).invoices.totalCount).toBe(1);
  });
});
