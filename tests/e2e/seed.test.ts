/**
 * The seed generator, size small, into fresh databases through the gateway: the same seed gives the
 * same business data, another seed different data, and every reference resolves through the API.
 */
import { planTenantData, SEED_SIZES, SEEDING_GATEWAY_LIMITS, seedTenantData, type SeedCounts } from '../../scripts/seed-data';
import { waitUntil } from '../helpers/flows';
import { startTestPlatform, type TestPlatform, type TestTenant } from '../helpers/platform';

// The flows-on seed waits up to 10 minutes for each cross-domain step (scripts/seed-wait.ts); on
// FerretDB beside another test file the whole seed has taken 170 to 545 s.
jest.setTimeout(900_000);

const BULK = { ...SEEDING_GATEWAY_LIMITS, maxCost: 100_000 };

interface Snapshot {
  customers: Array<{ name: string; status: string; contacts: number }>;
  orderTotals: string[];
  invoiceTotals: string[];
  products: string[];
  employees: string[];
}

async function all<T>(tenant: TestTenant, field: string, selection: string): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  do {
    const data: any = await tenant.data(
      `query($after: String) { ${field}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`,
      { after },
    );
    nodes.push(...data[field].edges.map((e: { node: T }) => e.node));
    after = data[field].pageInfo.hasNextPage ? data[field].pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

async function snapshot(tenant: TestTenant): Promise<Snapshot> {
  const customers = await all<{ name: string; status: string; contacts: unknown[] }>(
    tenant,
    'customers',
    'name status contacts { name }',
  );
  const orders = await all<{ total: { amount: string } }>(tenant, 'orders', 'total { amount }');
  const invoices = await all<{ total: { amount: string } }>(tenant, 'invoices', 'total { amount }');
  const products = await all<{ sku: string }>(tenant, 'products', 'sku');
  const employees = await all<{ name: string; department: { name: string } | null }>(
    tenant,
    'employees',
    'name department { name }',
  );
  return {
    customers: customers
      .map((c) => ({ name: c.name, status: c.status, contacts: c.contacts.length }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    orderTotals: orders.map((o) => o.total.amount).sort(),
    invoiceTotals: invoices.map((i) => i.total.amount).sort(),
    products: products.map((p) => p.sku).sort(),
    employees: employees.map((e) => `${e.name} / ${e.department?.name}`).sort(),
  };
}

// Operations' demo data waits for event flows, which are off here; it has its own test below.
const seed = (tenant: TestTenant, seedValue: number) =>
  seedTenantData(
    tenant.data,
    { slug: 'seeded', name: 'Seeded', currency: 'EUR' },
    { size: 'small', seed: seedValue, operations: false },
  );

describe('seed generator', () => {
  let first: TestPlatform;
  let second: TestPlatform;
  let counts: SeedCounts;

  beforeAll(async () => {
    // The generator is what is tested here, so the event flows stay off: what they add later (a won
    // deal's draft invoice, a fulfilled order's invoice...) would race the comparisons. tests/e2e/flows
    // covers the flows.
    const options = { gatewayLimits: BULK, events: { disabled: true } };
    [first, second] = await Promise.all([startTestPlatform(options), startTestPlatform(options)]);
    // Seed 7 in two fresh databases, seed 8 beside the first.
    [counts] = await Promise.all([seed(first.tenantA, 7), seed(second.tenantA, 7), seed(first.tenantB, 8)]);
  });

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
  });

  it('plans the same data for the same seed and different data for another, at every size', () => {
    const tenant = { slug: 'acme' };
    expect(planTenantData('small', 7, tenant)).toEqual(planTenantData('small', 7, tenant));
    expect(planTenantData('small', 8, tenant)).not.toEqual(planTenantData('small', 7, tenant));
    const large = planTenantData('large', 3, tenant);
    expect(large.customers).toHaveLength(SEED_SIZES.large.customers);
    expect(new Set(large.customers.map((c) => c.name)).size).toBe(large.customers.length);
    expect(new Set(large.products.map((p) => p.sku)).size).toBe(large.products.length);
    expect(new Set(large.employees.map((e) => e.email)).size).toBe(large.employees.length);
  });

  it('creates the planned counts of every type', async () => {
    const plan = planTenantData('small', 7, { slug: 'seeded' });
    expect(counts).toMatchObject({
      customers: 24,
      products: 24,
      employees: 10,
      orders: 36,
      contacts: plan.customers.reduce((n, c) => n + c.contacts.length, 0),
      invoices: plan.orders.filter((o) => o.invoice).length,
      payments: plan.orders.filter((o) => o.invoice?.paid).length,
    });
  });

  it('gives the same business data for the same seed and different data for another seed', async () => {
    const [a, again, other] = await Promise.all([snapshot(first.tenantA), snapshot(second.tenantA), snapshot(first.tenantB)]);
    expect(a.customers).toHaveLength(24);
    expect(a.orderTotals).toHaveLength(36);
    expect(again).toEqual(a);
    expect(other.customers.map((c) => c.name)).not.toEqual(a.customers.map((c) => c.name));
    expect(other.orderTotals).not.toEqual(a.orderTotals);
  });

  it('keeps every reference consistent through the API', async () => {
    const tenant = first.tenantA;
    const orders = await all<any>(tenant, 'orders', 'id customer { id name } lines { quantity product { id sku name } }');
    for (const order of orders) {
      expect(order.customer.name).toEqual(expect.any(String));
      for (const line of order.lines) expect(line.product).toMatchObject({ sku: expect.any(String), name: expect.any(String) });
    }
    const invoices = await all<any>(tenant, 'invoices', 'id status customer { id name }');
    expect(invoices.length).toBeGreaterThan(0);
    for (const invoice of invoices) expect(invoice.customer.name).toEqual(expect.any(String));
    const customers = await all<any>(tenant, 'customers', 'id contacts { name }');
    for (const customer of customers) expect(customer.contacts.length).toBeGreaterThan(0);
    const employees = await all<any>(tenant, 'employees', 'name department { id name }');
    for (const employee of employees) expect(employee.department.name).toEqual(expect.any(String));
  });

  it('seeds hr: department managers, a reporting tree, an approved time-off request and a posted payroll run', async () => {
    const tenant = first.tenantA;
    const departments = await all<any>(tenant, 'departments', 'manager { name }');
    for (const department of departments) expect(department.manager.name).toEqual(expect.any(String));
    const employees = await all<any>(tenant, 'employees', 'manager { id }');
    expect(employees.filter((e) => !e.manager)).toHaveLength(1); // one head, everyone else reports to someone
    const hr = await tenant.data(
      `{ timeOffRequests { edges { node { status days } } } payrollRuns { edges { node { period status payslips { net { amount } } } } } }`,
    );
    expect(hr.timeOffRequests.edges).toEqual([{ node: { status: 'APPROVED', days: 5 } }]);
    expect(hr.payrollRuns.edges).toHaveLength(1);
    expect(hr.payrollRuns.edges[0].node).toMatchObject({ period: '2026-01', status: 'POSTED' });
    expect(hr.payrollRuns.edges[0].node.payslips).toHaveLength(employees.length);
  });
});

describe('seed generator with the event flows running (as npm start seeds its demo tenants)', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ gatewayLimits: BULK });
    await seedTenantData(platform.tenantA.data, { slug: 'seeded', name: 'Seeded', currency: 'EUR' }, { size: 'small', seed: 3 });
  });
  afterAll(() => platform?.stop());

  it('seeds operations: projects with a plan, approved time billed to finance, allocations with an over-booking', async () => {
    const tenant = platform.tenantA;
    const { projects } = await tenant.data(
      `{ projects { edges { node { name status contractType deal { id } progress { percent }
        profitability { revenue { amount } cost { amount } billing { source } } allocations { overbooked }
        retainer { periods { period usedHours overageHours amount { amount } } } } } } }`,
    );
    const byName = Object.fromEntries(projects.edges.map((e: any) => [e.node.name, e.node]));
    expect(Object.keys(byName).sort()).toEqual(['Customer portal relaunch', 'Data migration', 'Support retainer 2026']);
    const portal = byName['Customer portal relaunch'];
    expect(portal).toMatchObject({ status: 'ACTIVE', contractType: 'TIME_AND_MATERIALS' });
    expect(portal.progress.percent).toBeGreaterThan(0);
    expect(portal.profitability.billing).toHaveLength(2);
    expect(Number(portal.profitability.revenue.amount)).toBeGreaterThan(Number(portal.profitability.cost.amount));
    expect(portal.allocations.map((a: any) => a.overbooked).sort()).toEqual([false, false, true]);
    expect(byName['Data migration'].profitability.revenue.amount).toBe('6000.00');
    // The won support deal runs as a quarter's retainer: three monthly fees of 2000.00, February with
    // 2 h of overage at 110.00 (18 h approved of 16 included).
    const support = byName['Support retainer 2026'];
    expect(support).toMatchObject({ status: 'ACTIVE', contractType: 'RETAINER', deal: { id: expect.any(String) } });
    expect(support.retainer).toEqual({
      periods: [
        { period: '2026-01', usedHours: 0, overageHours: 0, amount: { amount: '2000.00' } },
        { period: '2026-02', usedHours: 18, overageHours: 2, amount: { amount: '2220.00' } },
        { period: '2026-03', usedHours: 0, overageHours: 0, amount: { amount: '2000.00' } },
      ],
    });
    expect(support.profitability.revenue.amount).toBe('6220.00');
    const { timesheets } = await tenant.data(`{ timesheets(filter: { status: SUBMITTED }) { totalCount } }`);
    expect(timesheets.totalCount).toBe(2);
    // Easter Monday (hr's calendar) is off the capacity of its week for everyone in the plan.
    const { resourcePlan } = await tenant.data(
      `{ resourcePlan(from: "2026-04-06", to: "2026-04-12") { rows { cells { holidays capacityHours } } } }`,
    );
    expect(resourcePlan.rows.length).toBeGreaterThan(0);
    for (const row of resourcePlan.rows) expect(row.cells[0].holidays).toEqual(['2026-04-06']);
  });

  it('seeds an approved expense claim reimbursed on a January payslip, and REIMBURSED in finance', async () => {
    const { payrollRuns } = await platform.tenantA.data(
      `{ payrollRuns(first: 50) { edges { node { id period reimbursements { amount } payslips { employee { id }
        reimbursements { expenseId number amount { amount } claim { status } } } } } } }`,
    );
    const run = payrollRuns.edges.map((e: any) => e.node).find((r: any) => r.period === '2026-01');
    expect(run.reimbursements).toEqual({ amount: '59.50' });
    const lines = run.payslips.flatMap((p: any) => p.reimbursements);
    expect(lines).toEqual([
      { expenseId: expect.any(String), number: expect.any(String), amount: { amount: '59.50' }, claim: { status: 'REIMBURSED' } },
    ]);
    // Finance marks it from `hr.payroll.posted` (asynchronous: waited for, not assumed).
    const { expense } = await waitUntil(
      'the expense REIMBURSED in finance',
      () =>
        platform.tenantA.data(`query($id: ID!) { expense(id: $id) { status payrollRunId total { amount } } }`, {
          id: lines[0].expenseId,
        }),
      (r: any) => r.expense?.status === 'REIMBURSED',
      120_000,
    );
    expect(expense).toEqual({ status: 'REIMBURSED', payrollRunId: run.id, total: { amount: '59.50' } });
  });

  it("seeds last year's trading closed into retained earnings, and the books closed to last month's end", async () => {
    const now = new Date();
    const lastYearEnd = `${now.getUTCFullYear() - 1}-12-31`;
    const { financeSettings, balanceSheet, profitAndLoss } = await platform.tenantA.data(
      `query($end: DateTime!, $start: DateTime!) {
        financeSettings { closedUntil yearEndClosings { yearEnd netIncome { amount } entry { source } } }
        balanceSheet(at: $end) { currentEarnings { amount } equity { account { code } amount { amount } } }
        profitAndLoss(from: $start, to: $end) { netIncome { amount } }
      }`,
      { end: `${lastYearEnd}T23:59:59.999Z`, start: `${now.getUTCFullYear() - 1}-01-01T00:00:00Z` },
    );
    // 48,000.00 of sales less 31,500.00 of expenses (16,500.00 today), and whatever else the seed dates in that year.
    const result = profitAndLoss.netIncome.amount;
    expect(result).not.toBe('0.00');
    expect(financeSettings.yearEndClosings).toEqual([
      { yearEnd: lastYearEnd, netIncome: { amount: result }, entry: { source: `year-end:${lastYearEnd}:EUR:0` } },
    ]);
    expect(financeSettings.closedUntil).toBe(
      new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)).toISOString().slice(0, 10),
    );
    expect(balanceSheet.currentEarnings.amount).toBe('0.00');
    expect(balanceSheet.equity).toContainEqual({ account: { code: '3100' }, amount: { amount: result } });
  });

  it("fills reporting from the seed's events: the demo tenant's business health shows bookings, revenue, orders and headcount", async () => {
    const day = 86_400_000;
    const period = { from: new Date(Date.now() - 7 * day).toISOString(), to: new Date(Date.now() + day).toISOString() };
    const figures: Record<string, string> = await waitUntil(
      'the business health of the seeded tenant',
      async () => {
        const { businessHealth } = await platform.tenantA.data(
          `query($p: ReportPeriod!) { businessHealth(period: $p) { currency kpis { metric value } } }`,
          { p: period },
        );
        return {
          currency: businessHealth.currency,
          ...Object.fromEntries(businessHealth.kpis.map((k: any) => [k.metric, k.value])),
        };
      },
      (f: any) => Number(f.BOOKINGS) > 0 && Number(f.REVENUE_INVOICED) > 0 && Number(f.ORDERS) > 0 && Number(f.HEADCOUNT) > 0,
      120_000,
    );
    expect(figures.currency).toBe('EUR');
    expect(Number(figures.DEALS_WON)).toBeGreaterThan(0);
  });
});
