/**
 * Payroll at the edges, through the gateway: a joiner on the 16th, a leaver on the 10th with 3
 * unused days paid out, a tax bracket change mid-year, the holiday calendar per country, and the
 * finance entries of posting and paying a run, each payslip checked to the cent.
 */
import { createApiKey } from '../../subgraphs/identity/services/api-keys';
import { graphql } from '../helpers/graphql';
import { settleEvents, startTestPlatform, type TestPlatform } from '../helpers/platform';

const SLIP = `employee { name } earnings { kind days amount { amount } } periodWorkingDays workedDays final
  gross { amount } deductions { name rateBps base { amount } amount { amount } } contributions { name amount { amount } }
  employeeDeductions { amount } employerContributions { amount } net { amount }`;

describe('payroll for joiners, leavers and a bracket change', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform?.stop());

  const ids: Record<string, string> = {};
  const a = () => platform.tenantA;
  const hire = async (name: string, startDate: string, amount: string, country: string, managerId?: string) => {
    const r = await a().data(
      `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { employee { id country } userErrors { message } } }`,
      {
        i: {
          name,
          email: `${name.toLowerCase()}@a.example`,
          startDate,
          country,
          managerId,
          compensation: { amount, currency: 'EUR' },
        },
      },
    );
    expect(r.createEmployee.userErrors).toEqual([]);
    ids[name] = r.createEmployee.employee.id;
  };
  const run = async (period: string) => {
    const r = await a().data(
      `mutation($p: String!) { createPayrollRun(input: { period: $p }) { payrollRun { id status gross { amount } net { amount } payslips { ${SLIP} } }
        userErrors { code message } } }`,
      { p: period },
    );
    expect(r.createPayrollRun.userErrors).toEqual([]);
    const payrollRun = r.createPayrollRun.payrollRun;
    return { ...payrollRun, slip: (name: string) => payrollRun.payslips.find((p: any) => p.employee.name === name) };
  };

  it('sets up dated rates with progressive brackets, a holiday calendar and the people', async () => {
    const type = await a().data(
      `mutation { createTimeOffType(input: { name: "Vacation", yearlyAllowanceDays: 10 }) { timeOffType { id } } }`,
    );
    ids.vacation = type.createTimeOffType.timeOffType.id;
    const configure = `mutation($i: ConfigurePayrollInput!) { configurePayroll(input: $i) { payrollSettings { effectiveFrom taxBrackets { from { amount } rateBps } }
      userErrors { field code } } }`;
    const common = {
      currency: 'EUR',
      deductions: [{ name: 'Social security', rateBps: 965 }],
      contributions: [{ name: 'Employer social security', rateBps: 1033 }],
      timeOffPayout: { typeIds: [ids.vacation], daysPerYear: 260 },
    };
    const eur = (amount: string) => ({ amount, currency: 'EUR' });
    const v1 = await a().data(configure, {
      i: {
        ...common,
        effectiveFrom: '2026-01-01',
        taxBrackets: [
          { from: eur('0'), rateBps: 0 },
          { from: eur('1000.00'), rateBps: 2000 },
          { from: eur('3000.00'), rateBps: 3500 },
        ],
      },
    });
    expect(v1.configurePayroll).toEqual({
      payrollSettings: {
        effectiveFrom: '2026-01-01',
        taxBrackets: [
          { from: { amount: '0.00' }, rateBps: 0 },
          { from: { amount: '1000.00' }, rateBps: 2000 },
          { from: { amount: '3000.00' }, rateBps: 3500 },
        ],
      },
      userErrors: [],
    });
    // From July: one bracket of 25 % above 2500.00.
    const v2 = await a().data(configure, {
      i: {
        ...common,
        effectiveFrom: '2026-07-01',
        taxBrackets: [
          { from: eur('0'), rateBps: 0 },
          { from: eur('2500.00'), rateBps: 2500 },
        ],
      },
    });
    expect(v2.configurePayroll.userErrors).toEqual([]);
    // Bad tables change nothing.
    const bad = await a().data(configure, {
      i: {
        ...common,
        effectiveFrom: '2026-03-01',
        taxBrackets: [
          { from: eur('10.00'), rateBps: 100 },
          { from: eur('5.00'), rateBps: 20000 },
        ],
      },
    });
    expect(bad.configurePayroll.userErrors.map((e: any) => e.field.join('.'))).toEqual([
      'input.taxBrackets.0.from',
      'input.taxBrackets.1.from',
      'input.taxBrackets.1.rateBps',
    ]);
    const history = await a().data(
      `{ payrollSettingsHistory { effectiveFrom } june: payrollSettings(asOf: "2026-06-30") { effectiveFrom } }`,
    );
    expect(history).toEqual({
      payrollSettingsHistory: [{ effectiveFrom: '2026-07-01' }, { effectiveFrom: '2026-01-01' }],
      june: { effectiveFrom: '2026-01-01' },
    });

    // Good Friday for everyone, Easter Monday for DE only.
    const holiday = `mutation($i: AddHolidayInput!) { addHoliday(input: $i) { holiday { id date country } userErrors { code } } }`;
    expect((await a().data(holiday, { i: { date: '2026-04-03', name: 'Good Friday' } })).addHoliday.userErrors).toEqual([]);
    expect(
      (await a().data(holiday, { i: { date: '2026-04-06', name: 'Easter Monday', country: 'de' } })).addHoliday.holiday,
    ).toMatchObject({
      country: 'DE',
    });
    expect((await a().data(holiday, { i: { date: '2026-04-06', name: 'Again', country: 'DE' } })).addHoliday.userErrors).toEqual([
      { code: 'TAKEN' },
    ]);
    const cal = await a().data(
      `{ de: holidays(from: "2026-04-01", to: "2026-04-30", country: "DE") { date } fr: holidays(from: "2026-04-01", to: "2026-04-30", country: "FR") { date } }`,
    );
    expect(cal).toEqual({ de: [{ date: '2026-04-03' }, { date: '2026-04-06' }], fr: [{ date: '2026-04-03' }] });
    // Another tenant sees none of it.
    expect((await platform.tenantB.data(`{ holidays(from: "2026-01-01", to: "2026-12-31") { date } }`)).holidays).toEqual([]);

    await hire('Full', '2025-01-01', '60000.00', 'FR');
    await hire('Lea', '2025-01-01', '52000.00', 'DE', ids.Full);
    await hire('Joe', '2026-03-16', '60000.00', 'FR');
    // Lea takes 7 of her 10 vacation days (Mon 2 Feb .. Tue 10 Feb).
    const req = await a().data(
      `mutation($i: CreateTimeOffRequestInput!) { createTimeOffRequest(input: $i) { timeOffRequest { id days } } }`,
      { i: { employeeId: ids.Lea, typeId: ids.vacation, startDate: '2026-02-02', endDate: '2026-02-10' } },
    );
    expect(req.createTimeOffRequest.timeOffRequest.days).toBe(7);
    const reqId = req.createTimeOffRequest.timeOffRequest.id;
    await a().data(`mutation($id: ID!) { submitTimeOffRequest(input: { id: $id }) { userErrors { code } } }`, { id: reqId });
    const approved = await a().data(
      `mutation($i: DecideTimeOffRequestInput!) { approveTimeOffRequest(input: $i) { timeOffRequest { status } userErrors { message } } }`,
      { i: { id: reqId, approverId: ids.Full } },
    );
    expect(approved.approveTimeOffRequest).toEqual({ timeOffRequest: { status: 'APPROVED' }, userErrors: [] });
    // Time off skips the calendar: Thu 2 .. Tue 7 April is 2 days for Lea (DE), 3 for Full (FR).
    const days = async (employeeId: string) =>
      (
        await a().data(
          `mutation($i: CreateTimeOffRequestInput!) { createTimeOffRequest(input: $i) { timeOffRequest { days } } }`,
          {
            i: { employeeId, typeId: ids.vacation, startDate: '2026-04-02', endDate: '2026-04-07' },
          },
        )
      ).createTimeOffRequest.timeOffRequest.days;
    expect([await days(ids.Lea), await days(ids.Full)]).toEqual([2, 3]);
  });

  it('prorates a joiner on the 16th by working days, to the cent', async () => {
    const march = await run('2026-03');
    // March 2026: 22 working days; Joe works Mon 16 .. Tue 31 = 12 of them.
    // salary = 6000000 x 12 / (12 x 22) = 272727.27 -> 272727
    // tax: (272727 - 100000) x 20 % = 34545.4 -> 34545; social security 272727 x 9.65 % = 26318.16 -> 26318
    // net = 272727 - 34545 - 26318 = 211864; employer 272727 x 10.33 % = 28172.70 -> 28173
    expect(march.slip('Joe')).toEqual({
      employee: { name: 'Joe' },
      earnings: [{ kind: 'SALARY', days: 12, amount: { amount: '2727.27' } }],
      periodWorkingDays: 22,
      workedDays: 12,
      final: false,
      gross: { amount: '2727.27' },
      deductions: [
        { name: 'Income tax 1000.00-3000.00', rateBps: 2000, base: { amount: '1727.27' }, amount: { amount: '345.45' } },
        { name: 'Social security', rateBps: 965, base: null, amount: { amount: '263.18' } },
      ],
      contributions: [{ name: 'Employer social security', amount: { amount: '281.73' } }],
      employeeDeductions: { amount: '608.63' },
      employerContributions: { amount: '281.73' },
      net: { amount: '2118.64' },
    });
    // A full month is exactly annual / 12: Full 5000.00, Lea 52000.00 / 12 = 4333.33.
    expect(march.slip('Full')).toMatchObject({ workedDays: 22, gross: { amount: '5000.00' } });
    expect(march.slip('Lea')).toMatchObject({ workedDays: 22, gross: { amount: '4333.33' } });
    // Terminating Lea inside March (already run) is refused and changes nothing.
    const refused = await a().data(
      `mutation { terminateEmployee(input: { id: "${ids.Lea}", date: "2026-03-20", reason: "Moving abroad" }) { employee { id } userErrors { code message } } }`,
    );
    expect(refused.terminateEmployee.userErrors).toEqual([
      { code: 'ILLEGAL_TRANSITION', message: expect.stringContaining('2026-03') },
    ]);
    expect((await a().data(`{ employee(id: "${ids.Lea}") { status terminationDate } }`)).employee).toEqual({
      status: 'ACTIVE',
      terminationDate: null,
    });
  });

  it('pays a leaver on the 10th up to the last day plus 3 unused days, then leaves them out', async () => {
    const terminate = `mutation($i: TerminateEmployeeInput!) { terminateEmployee(input: $i) { employee { status terminationDate terminationReason } userErrors { field code } } }`;
    // Bad input changes nothing; the other tenant cannot terminate her.
    expect(
      (await a().data(terminate, { i: { id: ids.Lea, date: '2024-12-31', reason: 'x' } })).terminateEmployee.userErrors,
    ).toEqual([{ field: ['input', 'date'], code: 'INVALID' }]);
    expect(
      (await a().data(terminate, { i: { id: ids.Lea, date: '2026-04-10', reason: ' ' } })).terminateEmployee.userErrors[0].code,
    ).toBe('REQUIRED');
    expect(
      (await platform.tenantB.data(terminate, { i: { id: ids.Lea, date: '2026-04-10', reason: 'x' } })).terminateEmployee
        .userErrors,
    ).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
    const done = await a().data(terminate, { i: { id: ids.Lea, date: '2026-04-09', reason: 'Moving abroad' } });
    expect(done.terminateEmployee).toEqual({
      employee: { status: 'TERMINATED', terminationDate: '2026-04-09', terminationReason: 'Moving abroad' },
      userErrors: [],
    });
    // Corrected: her last day is Friday the 10th.
    const corrected = await a().data(terminate, { i: { id: ids.Lea, date: '2026-04-10', reason: 'Moving abroad' } });
    expect(corrected.terminateEmployee.employee.terminationDate).toBe('2026-04-10');

    const april = await run('2026-04');
    // April 2026 for Lea (DE): 22 weekdays less Good Friday and Easter Monday = 20; worked 1..10 April = 8 - 2 = 6.
    // salary = 5200000 x 6 / (12 x 20) = 130000; payout 3 unused days = 5200000 x 3 / 260 = 60000; gross 190000
    // tax (190000 - 100000) x 20 % = 18000; social security 190000 x 9.65 % = 18335; net 153665; employer 19627
    expect(april.slip('Lea')).toEqual({
      employee: { name: 'Lea' },
      earnings: [
        { kind: 'SALARY', days: 6, amount: { amount: '1300.00' } },
        { kind: 'TIME_OFF_PAYOUT', days: 3, amount: { amount: '600.00' } },
      ],
      periodWorkingDays: 20,
      workedDays: 6,
      final: true,
      gross: { amount: '1900.00' },
      deductions: [
        { name: 'Income tax 1000.00-3000.00', rateBps: 2000, base: { amount: '900.00' }, amount: { amount: '180.00' } },
        { name: 'Social security', rateBps: 965, base: null, amount: { amount: '183.35' } },
      ],
      contributions: [{ name: 'Employer social security', amount: { amount: '196.27' } }],
      employeeDeductions: { amount: '363.35' },
      employerContributions: { amount: '196.27' },
      net: { amount: '1536.65' },
    });
    // Full (FR) works the 21 April days outside Good Friday: a full month.
    expect(april.slip('Full')).toMatchObject({
      periodWorkingDays: 21,
      workedDays: 21,
      gross: { amount: '5000.00' },
      final: false,
    });
    expect(april.payslips).toHaveLength(3);

    // Posted and paid: finance books the run and clears the net pay, both balanced.
    const move = (name: string) =>
      `mutation($id: ID!) { r: ${name}(input: { id: $id }) { payrollRun { status } userErrors { code } } }`;
    expect((await a().data(move('markPayrollPaid'), { id: april.id })).r.userErrors).toEqual([{ code: 'ILLEGAL_TRANSITION' }]);
    for (const [name, status] of [
      ['approvePayrollRun', 'APPROVED'],
      ['postPayrollRun', 'POSTED'],
      ['markPayrollPaid', 'PAID'],
    ]) {
      expect((await a().data(move(name), { id: april.id })).r.payrollRun.status).toBe(status);
    }
    await settleEvents(platform);
    const entries = await a().data(
      `query($p: String) { journalEntries(filter: { sourcePrefix: $p }) { edges { node { source total { amount }
        lines { account { code } debit { amount } credit { amount } } } } } }`,
      { p: `payroll:${april.id}` },
    );
    const bySource = Object.fromEntries(entries.journalEntries.edges.map((e: any) => [e.node.source, e.node]));
    const cents = (s: string) => Math.round(Number(s) * 100);
    const totalOf = (field: string) => april.payslips.reduce((acc: number, p: any) => acc + cents(p[field].amount), 0);
    const posted = bySource[`payroll:${april.id}:post`];
    const paid = bySource[`payroll:${april.id}:paid`];
    for (const entry of [posted, paid]) {
      const debit = entry.lines.reduce((acc: number, l: any) => acc + cents(l.debit.amount), 0);
      const credit = entry.lines.reduce((acc: number, l: any) => acc + cents(l.credit.amount), 0);
      expect(debit).toBe(credit);
    }
    const line = (entry: any, code: string) => entry.lines.find((l: any) => l.account.code === code);
    expect(cents(line(posted, '5100').debit.amount)).toBe(totalOf('gross'));
    expect(cents(line(posted, '2200').credit.amount)).toBe(totalOf('net'));
    expect(cents(line(paid, '2200').debit.amount)).toBe(totalOf('net'));
    expect(cents(line(paid, '1000').credit.amount)).toBe(totalOf('net'));

    // May: Lea has left.
    const may = await run('2026-05');
    expect(may.payslips.map((p: any) => p.employee.name).sort()).toEqual(['Full', 'Joe']);
  });

  it('applies the brackets in force on each period: June the old table, July the new', async () => {
    const june = await run('2026-06');
    const july = await run('2026-07');
    // June: 500000; tax (300000 - 100000) x 20 % + (500000 - 300000) x 35 % = 40000 + 70000; social security 48250.
    expect(june.slip('Full')).toMatchObject({
      gross: { amount: '5000.00' },
      deductions: [
        { name: 'Income tax 1000.00-3000.00', base: { amount: '2000.00' }, amount: { amount: '400.00' } },
        { name: 'Income tax from 3000.00', base: { amount: '2000.00' }, amount: { amount: '700.00' } },
        { name: 'Social security', amount: { amount: '482.50' } },
      ],
      net: { amount: '3417.50' },
    });
    // July: (500000 - 250000) x 25 % = 62500.
    expect(july.slip('Full')).toMatchObject({
      gross: { amount: '5000.00' },
      deductions: [
        { name: 'Income tax from 2500.00', base: { amount: '2500.00' }, amount: { amount: '625.00' } },
        { name: 'Social security', amount: { amount: '482.50' } },
      ],
      net: { amount: '3892.50' },
    });
  });

  it('refuses termination, holidays and payment to a key without the scopes', async () => {
    const { key } = await createApiKey(platform.gateway.identity, platform.tenantA.id, 'hr read', undefined, [
      'hr:read',
      'hr:write',
    ]);
    const call = (q: string) => graphql(platform.gatewayUrl, q, {}, { 'x-api-key': key });
    const terminate = await call(
      `mutation { terminateEmployee(input: { id: "${ids.Joe}", date: "2026-12-31", reason: "x" }) { userErrors { code } } }`,
    );
    expect(terminate.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const pay = await call(`mutation { markPayrollPaid(input: { id: "${ids.Joe}" }) { userErrors { code } } }`);
    expect(pay.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reason = await call(`{ employee(id: "${ids.Lea}") { name terminationReason } }`);
    expect(reason.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await a().data(`{ employee(id: "${ids.Joe}") { status } }`)).employee.status).toBe('ACTIVE');
  });
});
