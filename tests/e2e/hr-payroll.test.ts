import { parseAmount } from '../../lib/money';
import type { EventEnvelope } from '../../lib/events';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';

/** Polls the shared event bus (as a throw-away consumer group) until `match` finds an event. */
async function waitForEvent(platform: TestPlatform, group: string, match: (e: EventEnvelope) => boolean): Promise<EventEnvelope> {
  const bus = platform.subgraphs.hr.events.bus;
  for (let attempt = 0; attempt < 200; attempt++) {
    const deliveries = await bus.poll(group, { limit: 100 });
    const found = deliveries.map((d) => d.event).find(match);
    if (found) return found;
    await bus.ack(
      group,
      deliveries.map((d) => d.position),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('event not published');
}

describe('hr payroll through the gateway', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform?.stop());

  it('posting a payroll run publishes hr.payroll.posted with totals equal to the payslip sums', async () => {
    const { tenantA, tenantB } = platform;
    const configured = await tenantA.data(
      `mutation($i: ConfigurePayrollInput!) { configurePayroll(input: $i) { userErrors { message } } }`,
      {
        i: {
          currency: 'EUR',
          deductions: [
            { name: 'Income tax', rateBps: 1875 },
            { name: 'Social security', rateBps: 965 },
          ],
          contributions: [{ name: 'Employer social security', rateBps: 1033 }],
        },
      },
    );
    expect(configured.configurePayroll.userErrors).toEqual([]);
    const salaries = ['72000.00', '55555.55', '100000.07'];
    for (const [i, amount] of salaries.entries()) {
      const r = await tenantA.data(
        `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { userErrors { message } } }`,
        {
          i: {
            name: `Payee ${i}`,
            email: `payee${i}@a.example`,
            startDate: '2026-01-01',
            compensation: { amount, currency: 'EUR' },
          },
        },
      );
      expect(r.createEmployee.userErrors).toEqual([]);
    }
    const { createPayrollRun } = await tenantA.data(
      `mutation { createPayrollRun(input: { period: "2026-09" }) { payrollRun { id
        payslips { employee { name } gross { amount } employeeDeductions { amount } employerContributions { amount } net { amount } } }
        userErrors { message } } }`,
    );
    expect(createPayrollRun.userErrors).toEqual([]);
    const run = createPayrollRun.payrollRun;
    expect(run.payslips).toHaveLength(3);
    const move = (name: string) =>
      `mutation($id: ID!) { r: ${name}(input: { id: $id }) { payrollRun { status postedAt } userErrors { message } } }`;
    expect((await tenantA.data(move('approvePayrollRun'), { id: run.id })).r.payrollRun.status).toBe('APPROVED');
    // The other tenant cannot touch it.
    expect((await tenantB.data(move('postPayrollRun'), { id: run.id })).r.payrollRun).toBeNull();
    const posted = (await tenantA.data(move('postPayrollRun'), { id: run.id })).r.payrollRun;
    expect(posted.status).toBe('POSTED');

    const event = await waitForEvent(
      platform,
      `hr-e2e-${run.id}`,
      (e) => e.type === 'hr.payroll.posted' && e.aggregateId === run.id,
    );
    const total = (field: string) => run.payslips.reduce((acc: number, p: any) => acc + parseAmount(p[field].amount, 'EUR'), 0);
    expect(event).toMatchObject({ tenantId: tenantA.id, producer: 'hr' });
    expect(event.payload).toEqual({
      payrollRunId: run.id,
      period: '2026-09',
      currency: 'EUR',
      grossMinor: total('gross'),
      employeeDeductionsMinor: total('employeeDeductions'),
      employerContributionsMinor: total('employerContributions'),
      netMinor: total('net'),
    });
    // 7200000/12 = 600000; 5555555/12 = 462962.92 -> 462963; 10000007/12 = 833333.92 -> 833334.
    expect(event.payload).toMatchObject({ grossMinor: 600_000 + 462_963 + 833_334 });
    // The run's read side agrees.
    const read = await tenantA.data(`query($id: ID!) { payrollRun(id: $id) { status gross { amount } net { amount } } }`, {
      id: run.id,
    });
    expect(read.payrollRun).toEqual({
      status: 'POSTED',
      gross: { amount: '18962.97' },
      net: { amount: expect.any(String) },
    });
    expect(parseAmount(read.payrollRun.net.amount, 'EUR')).toBe((event.payload as { netMinor: number }).netMinor);
  });
});
