/**
 * Closing the books through the gateway: the lock date refuses postings dated into the closed
 * period (nothing written), moves event-driven ones to the first open day, only moves back with
 * `finance:reopen`, and lands in the audit log; the account ledger, AP aging and cash-flow
 * statement, tenant-scoped.
 */
import { domainEvent } from '../../lib/events';
import { eventually, FINANCE, invoiceInput } from '../helpers/finance';
import { graphql } from '../helpers/graphql';
import { startTestPlatform, type TestPlatform, type TestTenant } from '../helpers/platform';

const CLOSE = `mutation($u: Date!) { r: closePeriod(input: { until: $u }) { settings { closedUntil } userErrors { field code message } } }`;
const REOPEN = `mutation($u: Date, $why: String!) { r: reopenPeriod(input: { until: $u, reason: $why }) { settings { closedUntil } userErrors { field code message } } }`;
const MANUAL = `mutation($i: PostJournalEntryInput!) { r: postJournalEntry(input: $i) { journalEntry { id date memo } userErrors { field code message } } }`;
const SETTINGS = `{ financeSettings { closedUntil } }`;
const EXPORT = `query($from: DateTime!, $to: DateTime!, $c: String! = "EUR") { generalLedgerExport(from: $from, to: $to, currency: $c) { currency csv entries lines totalDebit { amount currency } totalCredit { amount currency } } }`;
const AUDIT = `query($t: AuditEventType) { auditLog(first: 20, filter: { type: $t }) { edges { node { type actor message } } } }`;

const manual = (date: string, key: string, amount = '10.00') => ({
  date,
  currency: 'EUR',
  memo: 'Owner puts cash in',
  idempotencyKey: key,
  lines: [
    { accountCode: '1000', debit: amount },
    { accountCode: '3000', credit: amount },
  ],
});

describe('period close, account ledger, AP aging and cash flow through the gateway', () => {
  let platform: TestPlatform;
  let a: TestTenant;
  let b: TestTenant;

  beforeAll(async () => {
    platform = await startTestPlatform({ gatewayLimits: { maxCost: 10_000, costBucketSize: 1_000_000 } });
    a = platform.tenantA;
    b = platform.tenantB;
  });
  afterAll(() => platform.stop());

  const entryCount = async (t: TestTenant, prefix: string) =>
    (await t.data(FINANCE.entries, { p: prefix })).journalEntries.totalCount;

  it('refuses a posting dated into the closed period and writes nothing', async () => {
    expect((await a.data(MANUAL, { i: manual('2026-03-10T10:00:00Z', 'before-close') })).r.userErrors).toEqual([]);
    // An open invoice to pay later.
    const created = (
      await a.data(FINANCE.createInvoice, {
        i: invoiceInput('cust-close', [{ unitPrice: { amount: '50.00', currency: 'EUR' } }]),
      })
    ).r.invoice;
    expect((await a.data(FINANCE.issue, { id: created.id })).r.userErrors).toEqual([]);

    const closed = (await a.data(CLOSE, { u: '2026-06-30' })).r;
    expect(closed).toEqual({ settings: { closedUntil: '2026-06-30' }, userErrors: [] });
    expect((await a.data(SETTINGS)).financeSettings.closedUntil).toBe('2026-06-30');

    const manualBefore = await entryCount(a, 'manual:');
    const refused = (await a.data(MANUAL, { i: manual('2026-06-30T23:59:59Z', 'into-closed') })).r;
    expect(refused.journalEntry).toBeNull();
    expect(refused.userErrors).toEqual([
      { field: ['input', 'date'], code: 'PERIOD_CLOSED', message: expect.stringMatching(/2026-06-30/) },
    ]);
    expect(await entryCount(a, 'manual:')).toBe(manualBefore);

    // A payment received on a closed day: refused before the invoice or any payment is written.
    const paymentsBefore = (await a.data(`{ payments { totalCount } }`)).payments.totalCount;
    const pay = (
      await a.data(FINANCE.receive, {
        i: {
          customerId: 'cust-close',
          amount: { amount: '50.00', currency: 'EUR' },
          receivedAt: '2026-05-02T09:00:00Z',
          allocations: [{ invoiceId: created.id, amount: { amount: '50.00', currency: 'EUR' } }],
        },
      })
    ).r;
    expect(pay.userErrors).toEqual([{ field: ['input', 'receivedAt'], code: 'PERIOD_CLOSED', message: expect.any(String) }]);
    expect((await a.data(`{ payments { totalCount } }`)).payments.totalCount).toBe(paymentsBefore);
    expect(await entryCount(a, 'payment:')).toBe(0);
    const record = (
      await a.data(
        `mutation($i: RecordPaymentInput!) { r: recordPayment(input: $i) { invoice { status amountPaid { amount } } userErrors { field code } } }`,
        { i: { invoiceId: created.id, amount: { amount: '50.00', currency: 'EUR' }, receivedAt: '2026-06-01T09:00:00Z' } },
      )
    ).r;
    expect(record).toEqual({ invoice: null, userErrors: [{ field: ['input', 'receivedAt'], code: 'PERIOD_CLOSED' }] });
    expect(
      (await a.data(`query($id: ID!) { invoice(id: $id) { status amountPaid { amount } } }`, { id: created.id })).invoice,
    ).toEqual({
      status: 'OPEN',
      amountPaid: { amount: '0.00' },
    });

    // The first open day is open; a retry of an entry posted before the close is answered as posted.
    expect((await a.data(MANUAL, { i: manual('2026-07-01T00:00:00Z', 'first-open-day') })).r.userErrors).toEqual([]);
    const retried = (await a.data(MANUAL, { i: manual('2026-03-10T10:00:00Z', 'before-close') })).r;
    expect(retried.userErrors).toEqual([]);
    expect(retried.journalEntry.date).toBe('2026-03-10T10:00:00.000Z');

    // Tenant B has closed nothing: the same date posts there.
    expect((await b.data(SETTINGS)).financeSettings.closedUntil).toBeNull();
    expect((await b.data(MANUAL, { i: manual('2026-06-15T10:00:00Z', 'b-june') })).r.userErrors).toEqual([]);
  });

  it('closes only ended days and only forward', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await a.data(CLOSE, { u: tomorrow })).r.userErrors).toEqual([
      { field: ['input', 'until'], code: 'INVALID', message: expect.any(String) },
    ]);
    expect((await a.data(CLOSE, { u: '2026-05-31' })).r.userErrors[0]).toMatchObject({
      code: 'INVALID',
      message: expect.stringMatching(/reopenPeriod/),
    });
    expect((await a.data(CLOSE, { u: '2026-06-30' })).r).toEqual({ settings: { closedUntil: '2026-06-30' }, userErrors: [] });
    expect((await a.data(SETTINGS)).financeSettings.closedUntil).toBe('2026-06-30');
  });

  it('dates an event-driven posting into the closed period on the first open day', async () => {
    await platform.subgraphs.finance.events.bus.publish(
      domainEvent('hr.payroll.paid', {
        tenantId: a.id,
        aggregateId: 'run-june',
        payload: { payrollRunId: 'run-june', period: '2026-06', currency: 'EUR', netMinor: 1234, paidAt: '2026-06-28T12:00:00Z' },
      }),
    );
    const entry = await eventually(async () => {
      const { journalEntries } = await a.data(
        `{ journalEntries(filter: { sourcePrefix: "payroll:run-june" }) { edges { node { date memo } } } }`,
      );
      return journalEntries.edges[0]?.node;
    });
    expect(entry).toEqual({
      date: '2026-07-01T00:00:00.000Z',
      memo: 'Payroll 2026-06 paid (dated 2026-06-28, in a closed period: posted on the first open day)',
    });
  });

  it('reopens only with finance:reopen, and records close and reopen in the audit log', async () => {
    const clerk = (
      await a.data(`mutation { createApiKey(input: { name: "clerk", scopes: ["finance:read", "finance:write"] }) { key } }`)
    ).createApiKey.key;
    const denied = await graphql(platform.gatewayUrl, REOPEN, { u: '2026-05-31', why: 'Late invoice' }, { 'x-api-key': clerk });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await a.data(SETTINGS)).financeSettings.closedUntil).toBe('2026-06-30');
    expect((await a.data(REOPEN, { u: '2026-05-31', why: ' ' })).r.userErrors[0].code).toBe('REQUIRED');
    expect((await a.data(REOPEN, { u: '2026-07-31', why: 'x' })).r.userErrors[0].code).toBe('INVALID');
    expect((await b.data(REOPEN, { u: null, why: 'x' })).r.userErrors[0].code).toBe('ILLEGAL_TRANSITION');

    const reopened = (await a.data(REOPEN, { u: '2026-05-31', why: 'Late supplier invoice for June' })).r;
    expect(reopened).toEqual({ settings: { closedUntil: '2026-05-31' }, userErrors: [] });
    // June is open again.
    expect((await a.data(MANUAL, { i: manual('2026-06-15T10:00:00Z', 'june-after-reopen') })).r.userErrors).toEqual([]);

    const audited = await eventually(async () => {
      const { auditLog } = await a.data(AUDIT, { t: 'PERIOD_REOPENED' });
      return auditLog.edges.length ? auditLog.edges.map((e: any) => e.node) : undefined;
    });
    expect(audited).toEqual([
      {
        type: 'PERIOD_REOPENED',
        actor: expect.stringMatching(/^apikey:/),
        message: expect.stringMatching(/2026-06-30.*2026-05-31.*Late supplier invoice for June/),
      },
    ]);
    const closes = await eventually(async () => {
      const { auditLog } = await a.data(AUDIT, { t: 'PERIOD_CLOSED' });
      return auditLog.edges.length ? auditLog.edges : undefined;
    });
    expect(closes).toHaveLength(1); // closing the same day again changed nothing and recorded nothing
    expect((await b.data(AUDIT, { t: 'PERIOD_REOPENED' })).auditLog.edges).toEqual([]);
  });
  const LEDGER = `query($code: String!, $from: DateTime!, $to: DateTime!, $first: Int, $after: String) {
    accountLedger(code: $code, from: $from, to: $to, first: $first, after: $after) {
      account { code type } openingBalance { amount currency } closingBalance { amount } totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { date source document { type id event } memo debit { amount } credit { amount } balance { amount } journalEntry { number } entryNumber } }
    }
  }`;

  it('reads an account ledger: opening balance, lines with their documents and running balance, page by page', async () => {
    const period = { code: '1000', from: '2026-06-01T00:00:00Z', to: '2026-07-31T23:59:59Z' };
    const all = (await a.data(LEDGER, period)).accountLedger;
    expect(all).toMatchObject({
      account: { code: '1000', type: 'ASSET' },
      openingBalance: { amount: '10.00', currency: 'EUR' }, // the March entry
      closingBalance: { amount: '17.66' },
      totalCount: 3,
      pageInfo: { hasNextPage: false },
    });
    expect(all.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({
        date: '2026-06-15T10:00:00.000Z',
        document: { type: 'MANUAL', id: 'june-after-reopen', event: null },
        debit: { amount: '10.00' },
        balance: { amount: '20.00' },
        memo: 'Owner puts cash in',
      }),
      expect.objectContaining({
        date: '2026-07-01T00:00:00.000Z',
        document: { type: 'MANUAL', id: 'first-open-day', event: null },
        balance: { amount: '30.00' },
      }),
      expect.objectContaining({
        source: 'payroll:run-june:paid',
        document: { type: 'PAYROLL_RUN', id: 'run-june', event: 'paid' },
        credit: { amount: '12.34' },
        balance: { amount: '17.66' },
      }),
    ]);
    for (const e of all.edges) expect(e.node.journalEntry.number).toBe(e.node.entryNumber);

    // Two pages: the second starts from the balance the first ended at.
    const one = (await a.data(LEDGER, { ...period, first: 2 })).accountLedger;
    expect(one.edges.map((e: any) => e.node.balance.amount)).toEqual(['20.00', '30.00']);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = (await a.data(LEDGER, { ...period, first: 2, after: one.pageInfo.endCursor })).accountLedger;
    expect(two.edges.map((e: any) => e.node.balance.amount)).toEqual(['17.66']);
    expect(two).toMatchObject({
      openingBalance: { amount: '10.00' },
      closingBalance: { amount: '17.66' },
      pageInfo: { hasNextPage: false },
    });

    // The receivable names the invoice that posted it.
    const ar = (await a.data(LEDGER, { code: '1100', from: '2026-01-01T00:00:00Z', to: new Date().toISOString() })).accountLedger;
    expect(ar.edges.map((e: any) => e.node.document)).toEqual([{ type: 'INVOICE', id: expect.any(String), event: 'issue' }]);
    expect(ar.closingBalance.amount).toBe('50.00');

    // Tenant B sees its own line only; bad input is refused; the page size is capped.
    const fromB = (await b.data(LEDGER, period)).accountLedger;
    expect(fromB).toMatchObject({ openingBalance: { amount: '0.00' }, closingBalance: { amount: '10.00' }, totalCount: 1 });
    expect((await a.query(LEDGER, { ...period, code: '9999' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await a.query(LEDGER, { ...period, first: 101 })).errors?.[0].extensions?.code).toMatch(
      /BAD_USER_INPUT|OPERATION_LIMIT_EXCEEDED/,
    );
    expect((await a.query(LEDGER, { ...period, after: 'bm9wZQ' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
  const AP = `query($at: DateTime) { apAging(at: $at) { at rows { supplierId supplierName buckets { current { amount } days1to30 { amount } days61to90 { amount } total { amount } } } totals { current { amount } days1to30 { amount } days31to60 { amount } days61to90 { amount } over90 { amount } total { amount currency } } } }`;
  const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const eurIn = (amount: string) => ({ amount, currency: 'EUR' });

  it('ages what is owed to suppliers from the approved bills, less what was paid', async () => {
    const bill = async (supplierId: string, dueDate: string, unitCost: string, approve = true) => {
      const created = (
        await a.data(FINANCE.createBill, {
          i: {
            supplierId,
            supplierName: `Supplier ${supplierId}`,
            currency: 'EUR',
            dueDate,
            lines: [{ description: 'Parts', quantity: 1, unitCost: eurIn(unitCost) }],
          },
        })
      ).r.supplierBill;
      if (approve) expect((await a.data(FINANCE.bill('approveSupplierBill'), { id: created.id })).r.userErrors).toEqual([]);
      return created.id as string;
    };
    const old = await bill('sup-old', daysFromNow(-70), '100.00');
    await bill('sup-old', daysFromNow(-12), '20.00');
    await bill('sup-new', daysFromNow(30), '40.00');
    await bill('sup-draft', daysFromNow(-5), '999.00', false);
    expect((await a.data(FINANCE.payBill, { i: { billId: old, amount: eurIn('30.00') } })).r.userErrors).toEqual([]);

    const { apAging } = await a.data(AP);
    expect(apAging.rows).toEqual([
      {
        supplierId: 'sup-old',
        supplierName: 'Supplier sup-old',
        buckets: {
          current: { amount: '0.00' },
          days1to30: { amount: '20.00' },
          days61to90: { amount: '70.00' },
          total: { amount: '90.00' },
        },
      },
      {
        supplierId: 'sup-new',
        supplierName: 'Supplier sup-new',
        buckets: {
          current: { amount: '40.00' },
          days1to30: { amount: '0.00' },
          days61to90: { amount: '0.00' },
          total: { amount: '40.00' },
        },
      },
    ]);
    expect(apAging.totals).toEqual({
      current: { amount: '40.00' },
      days1to30: { amount: '20.00' },
      days31to60: { amount: '0.00' },
      days61to90: { amount: '70.00' },
      over90: { amount: '0.00' },
      total: { amount: '130.00', currency: 'EUR' },
    });
    // AP in the ledger agrees with the report.
    const ap = (await a.data(LEDGER, { code: '2000', from: '2026-01-01T00:00:00Z', to: new Date().toISOString() })).accountLedger;
    expect(ap.closingBalance.amount).toBe('130.00');
    // Before the bills existed nothing was owed; tenant B owes nothing.
    expect((await a.data(AP, { at: '2026-01-01T00:00:00Z' })).apAging.rows).toEqual([]);
    expect((await b.data(AP)).apAging.rows).toEqual([]);
  });
  const CASH = `query($from: DateTime!, $to: DateTime!) { cashFlowStatement(from: $from, to: $to) {
    openingCash { amount currency } netChange { amount } closingCash { amount }
    operating { inflows { amount } outflows { amount } net { amount } lines { account { code } inflow { amount } outflow { amount } net { amount } } }
    investing { net { amount } lines { account { code } } }
    financing { inflows { amount } outflows { amount } net { amount } lines { account { code } inflow { amount } } }
  } }`;

  it('states cash flows by the direct method, sections by counter-account, closing = opening + net change', async () => {
    const now = new Date().toISOString();
    const year = (await a.data(CASH, { from: '2026-01-01T00:00:00Z', to: now })).cashFlowStatement;
    expect(year).toEqual({
      openingCash: { amount: '0.00', currency: 'EUR' },
      // Payroll net pay cleared (2200) and the supplier paid (2000).
      operating: {
        inflows: { amount: '0.00' },
        outflows: { amount: '42.34' },
        net: { amount: '-42.34' },
        lines: [
          { account: { code: '2000' }, inflow: { amount: '0.00' }, outflow: { amount: '30.00' }, net: { amount: '-30.00' } },
          { account: { code: '2200' }, inflow: { amount: '0.00' }, outflow: { amount: '12.34' }, net: { amount: '-12.34' } },
        ],
      },
      investing: { net: { amount: '0.00' }, lines: [] },
      // The owner's three cash contributions.
      financing: {
        inflows: { amount: '30.00' },
        outflows: { amount: '0.00' },
        net: { amount: '30.00' },
        lines: [{ account: { code: '3000' }, inflow: { amount: '30.00' } }],
      },
      netChange: { amount: '-12.34' },
      closingCash: { amount: '-12.34' },
    });
    const cashLedger = (await a.data(LEDGER, { code: '1000', from: '2026-01-01T00:00:00Z', to: now })).accountLedger;
    expect(cashLedger.closingBalance.amount).toBe(year.closingCash.amount);

    const fromJune = (await a.data(CASH, { from: '2026-06-01T00:00:00Z', to: now })).cashFlowStatement;
    expect(fromJune).toMatchObject({
      openingCash: { amount: '10.00' },
      financing: { net: { amount: '20.00' } },
      netChange: { amount: '-22.34' },
      closingCash: { amount: '-12.34' },
    });

    const fromB = (await b.data(CASH, { from: '2026-01-01T00:00:00Z', to: now })).cashFlowStatement;
    expect(fromB).toMatchObject({
      operating: { lines: [] },
      financing: { net: { amount: '10.00' } },
      closingCash: { amount: '10.00' },
    });
    expect((await a.query(CASH, { from: now, to: '2026-01-01T00:00:00Z' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('exports the general ledger of a period as CSV, one row per line, safe to open in a spreadsheet', async () => {
    const POST = `mutation($i: PostJournalEntryInput!) { r: postJournalEntry(input: $i) { journalEntry { id number } userErrors { message } } }`;
    const at = new Date(Date.now() - 60_000).toISOString();
    const usd = (key: string, memo: string, amount: string) => ({ ...manual(at, key, amount), currency: 'USD', memo });
    const first = (await a.data(POST, { i: usd('export-1', 'Owner puts cash in, "again"', '125.50') })).r.journalEntry;
    const second = (await a.data(POST, { i: usd('export-2', '=HYPERLINK("http://x")', '0.05') })).r.journalEntry;
    const period = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date().toISOString(), c: 'USD' };
    const { generalLedgerExport: exported } = await a.data(EXPORT, period);
    expect(exported).toMatchObject({
      currency: 'USD',
      entries: 2,
      lines: 4,
      totalDebit: { amount: '125.55', currency: 'USD' },
      totalCredit: { amount: '125.55', currency: 'USD' },
    });
    const rows = exported.csv.split('\r\n');
    expect(rows[0]).toBe(
      'date,entry,entry_id,source,source_type,source_id,account_code,account_name,party_id,memo,debit,credit,currency',
    );
    const row = (e: { id: string; number: string }, key: string, account: string, memo: string, debit: string, credit: string) =>
      [
        at,
        e.number,
        e.id,
        `manual:${key}`,
        'MANUAL',
        key,
        account,
        account === '1000' ? 'Cash and bank' : "Owner's equity",
        '',
        memo,
        debit,
        credit,
        'USD',
      ].join(',');
    expect(rows.slice(1)).toEqual([
      row(first, 'export-1', '1000', '"Owner puts cash in, ""again"""', '125.50', '0.00'),
      row(first, 'export-1', '3000', '"Owner puts cash in, ""again"""', '0.00', '125.50'),
      // A memo a spreadsheet would run as a formula is kept as text.
      row(second, 'export-2', '1000', `"'=HYPERLINK(""http://x"")"`, '0.05', '0.00'),
      row(second, 'export-2', '3000', `"'=HYPERLINK(""http://x"")"`, '0.00', '0.05'),
      '',
    ]);
    // Tenant B's ledger holds none of it; a reversed period is a typed error.
    expect((await b.data(EXPORT, period)).generalLedgerExport).toMatchObject({ entries: 0, lines: 0 });
    const backwards = await a.query(EXPORT, { ...period, from: period.to, to: period.from });
    expect(backwards.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses the reports to a key without finance:read', async () => {
    const outsider = (await a.data(`mutation { createApiKey(input: { name: "crm", scopes: ["customers:read"] }) { key } }`))
      .createApiKey.key;
    const ask = (query: string, variables: Record<string, unknown>) =>
      graphql(platform.gatewayUrl, query, variables, { 'x-api-key': outsider });
    const period = { from: '2026-01-01T00:00:00Z', to: new Date().toISOString() };
    for (const [query, variables] of [
      [LEDGER, { ...period, code: '1000' }],
      [AP, {}],
      [CASH, period],
      [EXPORT, period],
      [SETTINGS, {}],
    ] as const) {
      const response = await ask(query, variables);
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const close = await ask(CLOSE, { u: '2026-01-31' });
    expect(close.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  const CLOSE_YEAR = `mutation($y: Date!) { r: closeFinancialYear(input: { yearEnd: $y }) {
    settings { closedUntil yearEndClosings { yearEnd netIncome { amount currency } entry { number } } }
    closingEntries { number source date memo lines { account { code } debit { amount } credit { amount } } }
    userErrors { field code }
  } }`;
  const PL = `query($from: DateTime!, $to: DateTime!) { profitAndLoss(from: $from, to: $to) { netIncome { amount } } }`;
  const BS = `query($at: DateTime!) { balanceSheet(at: $at) { currentEarnings { amount } equity { account { code } amount { amount } } totalAssets { amount } totalLiabilities { amount } totalEquity { amount } } }`;
  const TB = `query($at: DateTime!) { trialBalance(at: $at) { rows { account { code } balance { amount } } } }`;
  const lines = (entry: any) => entry.lines.map((l: any) => [l.account.code, l.debit.amount, l.credit.amount]);
  const entry = (date: string, key: string, amount: string, debit: string, credit: string) => ({
    date,
    currency: 'EUR',
    memo: key,
    idempotencyKey: key,
    lines: [
      { accountCode: debit, debit: amount },
      { accountCode: credit, credit: amount },
    ],
  });

  it("closes a financial year into retained earnings: P&L keeps the year's result, the balance sheet carries it, a repeat posts nothing", async () => {
    // Tenant B's 2024: 1,000.00 of sales and 300.00 of expenses; 50.00 of sales in 2025 stays open.
    for (const i of [
      entry('2024-03-01T10:00:00Z', 'fy24-sale', '1000.00', '1000', '4000'),
      entry('2024-09-01T10:00:00Z', 'fy24-rent', '300.00', '5200', '1000'),
      entry('2025-02-01T10:00:00Z', 'fy25-sale', '50.00', '1000', '4000'),
    ]) {
      expect((await b.data(MANUAL, { i })).r.userErrors).toEqual([]);
    }
    const year = { from: '2024-01-01T00:00:00Z', to: '2024-12-31T23:59:59.999Z' };
    expect((await b.data(PL, year)).profitAndLoss.netIncome.amount).toBe('700.00');

    const closed = (await b.data(CLOSE_YEAR, { y: '2024-12-31' })).r;
    expect(closed.userErrors).toEqual([]);
    expect(closed.closingEntries).toHaveLength(1);
    const [closing] = closed.closingEntries;
    expect(closing).toMatchObject({
      source: 'year-end:2024-12-31:EUR:0',
      date: '2024-12-31T23:59:59.999Z',
      memo: 'Year-end closing 2024-12-31: income and expenses into retained earnings',
    });
    expect(lines(closing)).toEqual([
      ['4000', '1000.00', '0.00'],
      ['5200', '0.00', '300.00'],
      ['3100', '0.00', '700.00'],
    ]);
    // The books are locked up to the year end, and the closing is recorded with the entry behind it.
    expect(closed.settings).toEqual({
      closedUntil: '2024-12-31',
      yearEndClosings: [
        { yearEnd: '2024-12-31', netIncome: { amount: '700.00', currency: 'EUR' }, entry: { number: closing.number } },
      ],
    });
    expect(
      (await b.data(MANUAL, { i: entry('2024-06-01T10:00:00Z', 'fy24-late', '5.00', '5200', '1000') })).r.userErrors,
    ).toEqual([{ field: ['input', 'date'], code: 'PERIOD_CLOSED', message: expect.any(String) }]);

    // P&L still shows the year's result; the balance sheet has it in retained earnings, not current earnings.
    expect((await b.data(PL, year)).profitAndLoss.netIncome.amount).toBe('700.00');
    const atYearEnd = (await b.data(BS, { at: year.to })).balanceSheet;
    expect(atYearEnd.currentEarnings.amount).toBe('0.00');
    expect(atYearEnd.equity).toContainEqual({ account: { code: '3100' }, amount: { amount: '700.00' } });
    const later = (await b.data(BS, { at: '2025-06-30T00:00:00Z' })).balanceSheet;
    expect(later.currentEarnings.amount).toBe('50.00');
    expect(Number(later.totalAssets.amount)).toBeCloseTo(
      Number(later.totalLiabilities.amount) + Number(later.totalEquity.amount),
      2,
    );
    const rows = (await b.data(TB, { at: year.to })).trialBalance.rows;
    for (const code of ['4000', '5200']) {
      expect(rows.find((r: any) => r.account.code === code).balance.amount).toBe('0.00');
    }

    // A repeat answers the same and posts nothing.
    const again = (await b.data(CLOSE_YEAR, { y: '2024-12-31' })).r;
    expect(again.closingEntries.map((e: any) => e.number)).toEqual([closing.number]);
    expect(again.settings.yearEndClosings).toHaveLength(1);
    expect(await entryCount(b, 'year-end:')).toBe(1);
    // Tenant A closed no year.
    expect(await entryCount(a, 'year-end:')).toBe(0);
  });

  it('closes again just what a reopened year gained, audits each closing, and refuses bad days and readers', async () => {
    expect((await b.data(REOPEN, { u: '2024-11-30', why: 'Year-end accrual' })).r.userErrors).toEqual([]);
    expect(
      (await b.data(MANUAL, { i: entry('2024-12-20T10:00:00Z', 'fy24-accrual', '20.00', '5200', '1000') })).r.userErrors,
    ).toEqual([]);
    const closed = (await b.data(CLOSE_YEAR, { y: '2024-12-31' })).r;
    expect(closed.userErrors).toEqual([]);
    expect(closed.closingEntries.map((e: any) => e.source)).toEqual(['year-end:2024-12-31:EUR:0', 'year-end:2024-12-31:EUR:1']);
    expect(lines(closed.closingEntries[1])).toEqual([
      ['5200', '0.00', '20.00'],
      ['3100', '20.00', '0.00'],
    ]);
    expect(closed.settings.closedUntil).toBe('2024-12-31');
    expect(closed.settings.yearEndClosings.map((c: any) => c.netIncome.amount)).toEqual(['700.00', '-20.00']);
    const year = { from: '2024-01-01T00:00:00Z', to: '2024-12-31T23:59:59.999Z' };
    expect((await b.data(PL, year)).profitAndLoss.netIncome.amount).toBe('680.00');
    expect((await b.data(BS, { at: year.to })).balanceSheet.currentEarnings.amount).toBe('0.00');

    const audited = await eventually(async () => {
      const { auditLog } = await b.data(AUDIT, { t: 'YEAR_CLOSED' });
      return auditLog.edges.length === 2 ? auditLog.edges.map((e: any) => e.node.message) : undefined;
    });
    expect(audited).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Closed the financial year ending 2024-12-31 into retained earnings: 700\.00 EUR \(JE-/),
        expect.stringMatching(/: -20\.00 EUR \(JE-/),
      ]),
    );
    expect((await a.data(AUDIT, { t: 'YEAR_CLOSED' })).auditLog.edges).toEqual([]);

    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const refused = (await a.data(CLOSE_YEAR, { y: tomorrow })).r;
    expect(refused).toEqual({
      settings: null,
      closingEntries: null,
      userErrors: [{ field: ['input', 'yearEnd'], code: 'INVALID' }],
    });
    // A day that does not exist is refused by the Date scalar, as the caller's input error.
    const malformed = await a.query(CLOSE_YEAR, { y: '2024-02-30' });
    expect(malformed.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Date must be a calendar date, YYYY-MM-DD; got "2024-02-30"'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const reader = (await a.data(`mutation { createApiKey(input: { name: "auditor", scopes: ["finance:read"] }) { key } }`))
      .createApiKey.key;
    const denied = await graphql(platform.gatewayUrl, CLOSE_YEAR, { y: '2023-12-31' }, { 'x-api-key': reader });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await a.data(SETTINGS)).financeSettings.closedUntil).toBe('2026-05-31');
  });
});
