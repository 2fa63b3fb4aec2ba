/**
 * Approved expense claims reimbursed through payroll, through the gateway: finance approves an
 * employee's expense (`finance.expense.approved`), hr replicates it as a claim, the next payroll run
 * of a period on or after its date pays it back on the employee's payslip (not taxed, added to net),
 * in one run only (a cancelled draft gives it back), a claim in another currency is refused, and
 * posting the run marks the expense REIMBURSED in finance with the run's id; the ledger balances.
 */
import { createApiKey } from '../../subgraphs/identity/services/api-keys';
import { expectBalanced, FINANCE, TRIAL_BALANCE } from '../helpers/finance';
import { graphql } from '../helpers/graphql';
import { settleEvents, startTestPlatform, type TestPlatform } from '../helpers/platform';

const SLIP = `employee { name } gross { amount } employeeDeductions { amount } net { amount } reimbursed { amount }
  reimbursements { expenseId number amount { amount currency } claim { id expenseId status } }`;
const RUN = `id status period reimbursements { amount } net { amount } payslips { ${SLIP} }`;
const CLAIMS = `query($e: ID) { expenseClaims(first: 50, filter: { employeeId: $e }) { totalCount edges { node {
  id expenseId number employee { name } amount { amount currency } expenseDate status payrollRun { id } refusalReason } } } }`;
const EXPENSE = `query($id: ID!) { expense(id: $id) { id status postedAt payrollRunId reimbursedAt } }`;

describe('expense claims reimbursed through payroll', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform?.stop());

  const a = () => platform.tenantA;
  const ids: Record<string, string> = {};
  const expenses: Record<string, string> = {};
  const cents = (s: string) => Math.round(Number(s) * 100);

  const hire = async (name: string) => {
    const r = await a().data(
      `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { employee { id } userErrors { message } } }`,
      {
        i: {
          name,
          email: `${name.toLowerCase()}@x.example`,
          startDate: '2025-01-01',
          compensation: { amount: '60000.00', currency: 'EUR' },
        },
      },
    );
    expect(r.createEmployee.userErrors).toEqual([]);
    ids[name] = r.createEmployee.employee.id;
  };
  /** An expense of `who`, moved through `moves` (submit, approve, post). */
  const expense = async (
    key: string,
    who: string,
    amount: string,
    currency: string,
    date: string,
    moves: string[],
    taxRate?: string,
  ) => {
    const r = await a().data(FINANCE.createExpense, {
      i: { submitterId: ids[who], category: 'Travel', amount: { amount, currency }, expenseDate: date, taxRate },
    });
    expect(r.r.userErrors).toEqual([]);
    expenses[key] = r.r.expense.id;
    for (const m of moves) {
      const moved = await a().data(
        `mutation($id: ID!) { r: ${m}(input: { id: $id }) { expense { status } userErrors { code } } }`,
        {
          id: expenses[key],
        },
      );
      expect(moved.r.userErrors).toEqual([]);
    }
  };
  const createRun = async (period: string) => {
    const r = await a().data(
      `mutation($p: String!) { createPayrollRun(input: { period: $p }) { payrollRun { ${RUN} } userErrors { code message } } }`,
      { p: period },
    );
    expect(r.createPayrollRun.userErrors).toEqual([]);
    const run = r.createPayrollRun.payrollRun;
    return { ...run, slip: (name: string) => run.payslips.find((p: any) => p.employee.name === name) };
  };
  const move = async (mutation: string, id: string) =>
    (
      await a().data(`mutation($id: ID!) { r: ${mutation}(input: { id: $id }) { payrollRun { status } userErrors { code } } }`, {
        id,
      })
    ).r;
  const claims = async (employee?: string) =>
    (await a().data(CLAIMS, { e: employee ? ids[employee] : undefined })).expenseClaims.edges.map((e: any) => e.node);
  const claimOf = async (key: string) => (await claims()).find((c: any) => c.expenseId === expenses[key]);

  it('replicates approved expenses of employees as claims, once each', async () => {
    await a().data(
      `mutation { configurePayroll(input: { currency: "EUR", effectiveFrom: "2025-01-01", deductions: [{ name: "Tax", rateBps: 2000 }], contributions: [] }) { userErrors { code } } }`,
    );
    await hire('Ann');
    await hire('Bob');
    await expense('taxi', 'Ann', '100.00', 'EUR', '2026-03-05', ['submitExpense', 'approveExpense'], '19');
    await expense('hotel', 'Ann', '50.00', 'EUR', '2026-03-20', ['submitExpense', 'approveExpense', 'postExpense']);
    await expense('dollars', 'Bob', '30.00', 'USD', '2026-03-10', ['submitExpense', 'approveExpense']);
    await expense('april', 'Ann', '20.00', 'EUR', '2026-04-02', ['submitExpense', 'approveExpense']);
    await expense('unapproved', 'Ann', '999.00', 'EUR', '2026-03-01', ['submitExpense']);
    await settleEvents(platform);
    const list = await claims();
    expect(list.map((c: any) => [c.expenseId, c.status]).sort()).toEqual(
      [
        [expenses.taxi, 'PENDING'],
        [expenses.hotel, 'PENDING'],
        [expenses.dollars, 'PENDING'],
        [expenses.april, 'PENDING'],
      ].sort(),
    );
    expect(list.find((c: any) => c.expenseId === expenses.taxi)).toMatchObject({
      employee: { name: 'Ann' },
      amount: { amount: '119.00', currency: 'EUR' },
      expenseDate: '2026-03-05',
      payrollRun: null,
    });
    expect((await claims('Bob')).map((c: any) => c.expenseId)).toEqual([expenses.dollars]);
  });

  it('pays the claims of the period on the payslip, untaxed, refuses another currency, and a cancelled draft gives them back', async () => {
    const first = await createRun('2026-03');
    const ann = first.slip('Ann');
    // 5000.00 gross, 20 % tax = 1000.00, + 119.00 + 50.00 reimbursed.
    expect(ann).toMatchObject({
      gross: { amount: '5000.00' },
      employeeDeductions: { amount: '1000.00' },
      reimbursed: { amount: '169.00' },
      net: { amount: '4169.00' },
    });
    expect(ann.reimbursements.map((r: any) => [r.expenseId, r.amount.amount]).sort()).toEqual(
      [
        [expenses.taxi, '119.00'],
        [expenses.hotel, '50.00'],
      ].sort(),
    );
    const taxiLine = ann.reimbursements.find((r: any) => r.expenseId === expenses.taxi);
    expect(taxiLine.claim).toMatchObject({ expenseId: expenses.taxi, status: 'IN_RUN' });
    expect(first.slip('Bob')).toMatchObject({ reimbursed: { amount: '0.00' }, reimbursements: [], net: { amount: '4000.00' } });
    expect(first.reimbursements).toEqual({ amount: '169.00' });
    expect(first.net).toEqual({ amount: '8169.00' });
    const dollars = await claimOf('dollars');
    expect(dollars.status).toBe('REFUSED');
    expect(dollars.refusalReason).toMatch(/USD.*EUR/);
    expect((await claimOf('april')).status).toBe('PENDING');

    expect((await move('cancelPayrollRun', first.id)).payrollRun.status).toBe('CANCELLED');
    expect((await claimOf('taxi')).status).toBe('PENDING');
    expect((await claimOf('hotel')).payrollRun).toBeNull();

    const again = await createRun('2026-03');
    expect(again.slip('Ann').reimbursed).toEqual({ amount: '169.00' });
    ids.march = again.id;
    expect((await claimOf('taxi')).payrollRun).toEqual({ id: again.id });
  });

  it('never puts a claim in two runs: the next period takes only what is still open', async () => {
    const april = await createRun('2026-04');
    expect(april.slip('Ann').reimbursements.map((r: any) => r.expenseId)).toEqual([expenses.april]);
    expect(april.slip('Ann').net).toEqual({ amount: '4020.00' });
    expect(april.slip('Bob').reimbursements).toEqual([]);
    ids.april = april.id;
    const inRuns = (await claims()).filter((c: any) => c.payrollRun).map((c: any) => [c.expenseId, c.payrollRun.id]);
    expect(inRuns.sort()).toEqual(
      [
        [expenses.taxi, ids.march],
        [expenses.hotel, ids.march],
        [expenses.april, april.id],
      ].sort(),
    );
  });

  it('posting the run marks the expenses reimbursed in finance and the ledger balances', async () => {
    expect((await move('approvePayrollRun', ids.march)).payrollRun.status).toBe('APPROVED');
    expect((await move('postPayrollRun', ids.march)).payrollRun.status).toBe('POSTED');
    await settleEvents(platform);
    for (const key of ['taxi', 'hotel']) {
      const e = (await a().data(EXPENSE, { id: expenses[key] })).expense;
      expect(e).toMatchObject({ status: 'REIMBURSED', payrollRunId: ids.march });
      expect(e.postedAt).toBeTruthy(); // the taxi was only APPROVED: posted first
      expect(e.reimbursedAt).toBeTruthy();
      expect((await claimOf(key)).status).toBe('REIMBURSED');
    }
    expect((await a().data(EXPENSE, { id: expenses.april })).expense.status).toBe('APPROVED');
    expect((await a().data(EXPENSE, { id: expenses.dollars })).expense.status).toBe('APPROVED');
    const entries = await a().data(
      `query($p: String) { journalEntries(filter: { sourcePrefix: $p }) { edges { node { source lines { account { code } debit { amount } credit { amount } } } } } }`,
      { p: `payroll:${ids.march}` },
    );
    const post = entries.journalEntries.edges.map((e: any) => e.node).find((n: any) => n.source === `payroll:${ids.march}:post`);
    const line = (code: string) => post.lines.find((l: any) => l.account.code === code);
    expect(cents(line('2400').debit.amount)).toBe(16900);
    expect(cents(line('2200').credit.amount)).toBe(816900);
    const tb = (await a().data(TRIAL_BALANCE)).trialBalance;
    expectBalanced(tb);
    // What the two expenses owed Ann (credit 2400) is what the run paid back (debit 2400).
    const payable = tb.rows.find((r: any) => r.account.code === '2400');
    expect(cents(payable.debit.amount)).toBe(cents(payable.credit.amount));
    // Paying the run does not reimburse twice.
    expect((await move('markPayrollPaid', ids.march)).payrollRun.status).toBe('PAID');
    await settleEvents(platform);
    expect((await a().data(EXPENSE, { id: expenses.taxi })).expense.payrollRunId).toBe(ids.march);
  });

  it('keeps claims to their tenant and to hr:sensitive', async () => {
    expect((await platform.tenantB.data(CLAIMS, {})).expenseClaims).toMatchObject({ totalCount: 0, edges: [] });
    const { key } = await createApiKey(platform.gateway.identity, platform.tenantA.id, 'hr read', undefined, ['hr:read']);
    const r = await graphql(platform.gatewayUrl, CLAIMS, {}, { 'x-api-key': key });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
