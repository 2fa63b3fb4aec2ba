import { Types } from 'mongoose';
import { entitiesQuery, startSubgraph, type TestSubgraph } from '../helpers/subgraph';

describe('hr subgraph over HTTP', () => {
  let subgraph: TestSubgraph;
  const a = () => subgraph.as('tenant-a');
  const b = () => subgraph.as('tenant-b');

  beforeAll(async () => {
    subgraph = await startSubgraph('hr');
  });
  afterAll(() => subgraph?.stop());

  it('creates departments and employees, emails unique per tenant', async () => {
    const { createDepartment } = await a().data(
      `mutation { createDepartment(input: { name: "Sales" }) { department { id name } userErrors { code } } }`,
    );
    const departmentId = createDepartment.department.id;
    const hire = (email: string, caller = a(), department: string | null = departmentId) =>
      caller.data(
        `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { employee { id name department { name } } userErrors { field code } } }`,
        {
          i: { name: 'Grace Hopper', email, title: 'Rear Admiral', departmentId: department },
        },
      );
    const first = await hire('grace@navy.example');
    expect(first.createEmployee.employee).toMatchObject({ name: 'Grace Hopper', department: { name: 'Sales' } });
    expect((await hire('GRACE@navy.example')).createEmployee.userErrors).toEqual([{ field: ['input', 'email'], code: 'TAKEN' }]);
    expect((await hire('grace@navy.example', b(), null)).createEmployee.userErrors).toEqual([]);

    const representations = [{ __typename: 'Employee', id: first.createEmployee.employee.id }];
    expect((await a().data(entitiesQuery('Employee', 'name'), { representations }))._entities).toEqual([
      { __typename: 'Employee', id: first.createEmployee.employee.id, name: 'Grace Hopper' },
    ]);
    expect((await b().data(entitiesQuery('Employee', 'name'), { representations }))._entities).toEqual([null]);

    const departments = [{ __typename: 'Department', id: departmentId }];
    expect(
      (await a().data(entitiesQuery('Department', 'name employees { totalCount }'), { representations: departments }))._entities,
    ).toEqual([{ __typename: 'Department', id: departmentId, name: 'Sales', employees: { totalCount: 1 } }]);
    expect((await b().data(entitiesQuery('Department', 'name'), { representations: departments }))._entities).toEqual([null]);
  });

  it('refuses a department of another tenant and invalid input, without writing', async () => {
    const { createDepartment } = await b().data(`mutation { createDepartment(input: { name: "Secret" }) { department { id } } }`);
    const result = await a().data(
      `mutation($d: ID) { createEmployee(input: { name: "X", email: "x@y.example", departmentId: $d }) { employee { id } userErrors { code } } }`,
      {
        d: createDepartment.department.id,
      },
    );
    expect(result.createEmployee).toEqual({ employee: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const invalid = await a().data(
      `mutation { createEmployee(input: { name: "", email: "nope" }) { userErrors { field code } } }`,
    );
    expect(invalid.createEmployee.userErrors).toEqual([
      { field: ['input', 'name'], code: 'REQUIRED' },
      { field: ['input', 'email'], code: 'INVALID' },
    ]);
    expect((await a().data(`{ employees { totalCount } }`)).employees.totalCount).toBe(1);
  });
});

/** A fresh tenant per test keeps the cases independent on one subgraph. */
let tenantCounter = 0;

describe('hr organisation, time off and payroll over HTTP', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph('hr');
  });
  afterAll(() => subgraph?.stop());

  const tenant = () => subgraph.as(`hr-tenant-${++tenantCounter}`);
  type Caller = ReturnType<typeof tenant>;

  const department = async (t: Caller, name: string, parentId?: string) =>
    (
      await t.data(
        `mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { department { id } userErrors { message } } }`,
        {
          i: { name, parentId },
        },
      )
    ).createDepartment.department.id as string;
  const employee = async (t: Caller, name: string, extra: Record<string, unknown> = {}) => {
    const r = await t.data(
      `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { employee { id } userErrors { field code message } } }`,
      {
        i: { name, email: `${name.toLowerCase().replace(/\W/g, '')}@corp.example`, ...extra },
      },
    );
    expect(r.createEmployee.userErrors).toEqual([]);
    return r.createEmployee.employee.id as string;
  };

  it('keeps a department tree with managers and reporting lines, refusing cycles', async () => {
    const t = tenant();
    const company = await department(t, 'Company');
    const eng = await department(t, 'Engineering', company);
    const platform = await department(t, 'Platform', eng);
    const ceo = await employee(t, 'Ceo', { departmentId: company, employmentType: 'FULL_TIME', startDate: '2020-01-01' });
    const cto = await employee(t, 'Cto', { departmentId: eng, managerId: ceo, startDate: '2021-01-01' });
    const dev = await employee(t, 'Dev', {
      departmentId: platform,
      managerId: cto,
      employmentType: 'CONTRACTOR',
      startDate: '2022-06-01',
    });
    const intern = await employee(t, 'Intern', {
      departmentId: platform,
      managerId: dev,
      employmentType: 'INTERN',
      startDate: '2026-09-01',
    });
    for (const [id, managerId] of [
      [company, ceo],
      [eng, cto],
    ]) {
      const r = await t.data(
        `mutation($i: UpdateDepartmentInput!) { updateDepartment(input: $i) { department { manager { name } } userErrors { code } } }`,
        {
          i: { id, managerId },
        },
      );
      expect(r.updateDepartment.userErrors).toEqual([]);
    }

    const { department: tree } = await t.data(
      `query($id: ID!) { department(id: $id) { name manager { name } children { name parent { name } manager { name } children { name } } } }`,
      { id: company },
    );
    expect(tree).toEqual({
      name: 'Company',
      manager: { name: 'Ceo' },
      children: [
        { name: 'Engineering', parent: { name: 'Company' }, manager: { name: 'Cto' }, children: [{ name: 'Platform' }] },
      ],
    });
    const { employee: dev1 } = await t.data(
      `query($id: ID!) { employee(id: $id) { manager { name manager { name } } reports { name } employmentType status startDate } }`,
      { id: dev },
    );
    expect(dev1).toEqual({
      manager: { name: 'Cto', manager: { name: 'Ceo' } },
      reports: [{ name: 'Intern' }],
      employmentType: 'CONTRACTOR',
      status: 'ACTIVE',
      startDate: '2022-06-01',
    });

    // No cycles: the CEO cannot report to the intern, a department cannot sit under its child.
    const cycle = await t.data(
      `mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { employee { id } userErrors { field code } } }`,
      {
        i: { id: ceo, managerId: intern },
      },
    );
    expect(cycle.updateEmployee).toEqual({ employee: null, userErrors: [{ field: ['input', 'managerId'], code: 'INVALID' }] });
    const self = await t.data(`mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { userErrors { code } } }`, {
      i: { id: dev, managerId: dev },
    });
    expect(self.updateEmployee.userErrors).toEqual([{ code: 'INVALID' }]);
    const loop = await t.data(
      `mutation($i: UpdateDepartmentInput!) { updateDepartment(input: $i) { userErrors { field code } } }`,
      {
        i: { id: company, parentId: platform },
      },
    );
    expect(loop.updateDepartment.userErrors).toEqual([{ field: ['input', 'parentId'], code: 'INVALID' }]);

    // Org chart under an employee: every report, transitively, in pre-order, bounded by maxDepth.
    const chart = `query($id: ID!, $d: Int) { orgChart(rootId: $id, maxDepth: $d) { maxDepth truncated nodes { depth parentId employee { name } department { name } } } }`;
    const byCeo = (await t.data(chart, { id: ceo })).orgChart;
    expect(byCeo.truncated).toBe(false);
    expect(byCeo.nodes.map((n: any) => [n.depth, n.employee.name, n.parentId])).toEqual([
      [0, 'Ceo', null],
      [1, 'Cto', ceo],
      [2, 'Dev', cto],
      [3, 'Intern', dev],
    ]);
    const shallow = (await t.data(chart, { id: ceo, d: 2 })).orgChart;
    expect([shallow.truncated, shallow.nodes.map((n: any) => n.employee.name)]).toEqual([true, ['Ceo', 'Cto', 'Dev']]);
    // Under a department: sub-departments and their members.
    const byDept = (await t.data(chart, { id: eng })).orgChart;
    expect(byDept.nodes.map((n: any) => [n.depth, n.department?.name ?? n.employee.name])).toEqual([
      [0, 'Engineering'],
      [1, 'Platform'],
      [2, 'Dev'],
      [2, 'Intern'],
      [1, 'Cto'],
    ]);
    expect((await t.data(chart, { id: '000000000000000000000000' })).orgChart).toBeNull();
    expect((await subgraph.as('someone-else').data(chart, { id: ceo })).orgChart).toBeNull();
    const tooDeep = await t.query(chart, { id: ceo, d: 11 });
    expect(tooDeep.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    // Filters and sort, paged with keyset cursors.
    const list = `query($f: EmployeeFilter, $s: EmployeeSort, $after: String) { employees(first: 2, after: $after, filter: $f, sort: $s) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`;
    const page1 = (await t.data(list, { s: 'NAME_ASC' })).employees;
    expect([page1.totalCount, page1.edges.map((e: any) => e.node.name), page1.pageInfo.hasNextPage]).toEqual([
      4,
      ['Ceo', 'Cto'],
      true,
    ]);
    const page2 = (await t.data(list, { s: 'NAME_ASC', after: page1.pageInfo.endCursor })).employees;
    expect([page2.edges.map((e: any) => e.node.name), page2.pageInfo.hasNextPage]).toEqual([['Dev', 'Intern'], false]);
    const started = (await t.data(list, { s: 'START_DATE_ASC', f: { departmentId: platform } })).employees;
    expect(started.edges.map((e: any) => e.node.name)).toEqual(['Dev', 'Intern']);
    expect((await t.data(list, { f: { managerId: ceo } })).employees.edges.map((e: any) => e.node.name)).toEqual(['Cto']);
    expect((await t.data(list, { f: { employmentType: 'INTERN' } })).employees.totalCount).toBe(1);

    // Employee status: ACTIVE -> ON_LEAVE -> TERMINATED, termination final.
    const status = `mutation($i: ChangeEmployeeStatusInput!) { changeEmployeeStatus(input: $i) { employee { status } userErrors { code } } }`;
    expect((await t.data(status, { i: { id: intern, status: 'ON_LEAVE' } })).changeEmployeeStatus.employee.status).toBe(
      'ON_LEAVE',
    );
    expect((await t.data(status, { i: { id: intern, status: 'TERMINATED' } })).changeEmployeeStatus.employee.status).toBe(
      'TERMINATED',
    );
    expect((await t.data(status, { i: { id: intern, status: 'ACTIVE' } })).changeEmployeeStatus).toEqual({
      employee: null,
      userErrors: [{ code: 'ILLEGAL_TRANSITION' }],
    });
    expect((await t.data(list, { f: { status: 'TERMINATED' } })).employees.edges).toEqual([{ node: { name: 'Intern' } }]);
  });

  it('hides compensation without hr:sensitive while the other fields resolve', async () => {
    const t = tenant();
    const id = await employee(t, 'Paid', { compensation: { amount: '60000.00', currency: 'EUR' } });
    const query = `query($id: ID!) { employee(id: $id) { name compensation { amount currency } } }`;
    expect((await t.data(query, { id })).employee).toEqual({
      name: 'Paid',
      compensation: { amount: '60000.00', currency: 'EUR' },
    });
    const reader = subgraph.as(`hr-tenant-${tenantCounter}`, ['hr:read']);
    const limited = await reader.query(query, { id });
    expect(limited.data?.employee).toEqual({ name: 'Paid', compensation: null });
    expect(limited.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['employee', 'compensation'], 'FORBIDDEN']]);
    const runs = await reader.query(`{ payrollRuns { totalCount } }`);
    expect(runs.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  describe('time off', () => {
    const request = `mutation($i: CreateTimeOffRequestInput!) { createTimeOffRequest(input: $i) { timeOffRequest { id days status } userErrors { field code } } }`;
    const move = (name: string) =>
      `mutation($i: ${name === 'submitTimeOffRequest' ? 'TimeOffRequestIdInput' : 'DecideTimeOffRequestInput'}!) { r: ${name}(input: $i) { timeOffRequest { status decidedBy { name } } userErrors { field code message } } }`;

    async function setUp() {
      const t = tenant();
      const boss = await employee(t, 'Boss');
      const worker = await employee(t, 'Worker', { managerId: boss });
      const other = await employee(t, 'Other');
      const { createTimeOffType } = await t.data(
        `mutation { createTimeOffType(input: { name: "Vacation", yearlyAllowanceDays: 10 }) { timeOffType { id yearlyAllowanceDays } userErrors { code } } }`,
      );
      const typeId = createTimeOffType.timeOffType.id as string;
      const draft = async (startDate: string, endDate: string, submit = true) => {
        const r = await t.data(request, { i: { employeeId: worker, typeId, startDate, endDate } });
        expect(r.createTimeOffRequest.userErrors).toEqual([]);
        const id = r.createTimeOffRequest.timeOffRequest.id as string;
        if (submit) expect((await t.data(move('submitTimeOffRequest'), { i: { id } })).r.userErrors).toEqual([]);
        return { id, days: r.createTimeOffRequest.timeOffRequest.days as number };
      };
      return { t, boss, worker, other, typeId, draft };
    }

    it('runs DRAFT -> SUBMITTED -> APPROVED by the manager only, with balances', async () => {
      const { t, boss, worker, other, typeId, draft } = await setUp();
      const { id, days } = await draft('2026-03-02', '2026-03-08', false); // Mon..Sun
      expect(days).toBe(5);
      // Not yet submitted: cannot be approved.
      expect((await t.data(move('approveTimeOffRequest'), { i: { id, approverId: boss } })).r.userErrors[0].code).toBe(
        'ILLEGAL_TRANSITION',
      );
      await t.data(move('submitTimeOffRequest'), { i: { id } });
      expect((await t.data(move('submitTimeOffRequest'), { i: { id } })).r.userErrors[0].code).toBe('ILLEGAL_TRANSITION');
      const balances = `query($id: ID!) { employee(id: $id) { timeOffBalances(year: 2026) { type { name } allowanceDays approvedDays pendingDays remainingDays } } }`;
      expect((await t.data(balances, { id: worker })).employee.timeOffBalances).toEqual([
        { type: { name: 'Vacation' }, allowanceDays: 10, approvedDays: 0, pendingDays: 5, remainingDays: 10 },
      ]);
      // Someone who is not the manager (or the worker themself) cannot decide.
      for (const approverId of [other, worker]) {
        const refused = await t.data(move('approveTimeOffRequest'), { i: { id, approverId } });
        expect(refused.r).toMatchObject({
          timeOffRequest: null,
          userErrors: [{ field: ['input', 'approverId'], code: 'INVALID' }],
        });
      }
      const approved = await t.data(move('approveTimeOffRequest'), { i: { id, approverId: boss } });
      expect(approved.r).toEqual({ timeOffRequest: { status: 'APPROVED', decidedBy: { name: 'Boss' } }, userErrors: [] });
      expect((await t.data(move('rejectTimeOffRequest'), { i: { id, approverId: boss } })).r.userErrors[0].code).toBe(
        'ILLEGAL_TRANSITION',
      );
      expect((await t.data(balances, { id: worker })).employee.timeOffBalances[0]).toMatchObject({
        approvedDays: 5,
        pendingDays: 0,
        remainingDays: 5,
      });

      // Over the allowance (5 left, 6 asked): refused; rejecting is always possible.
      const big = await draft('2026-06-01', '2026-06-08'); // Mon..Mon = 6 working days
      const over = await t.data(move('approveTimeOffRequest'), { i: { id: big.id, approverId: boss } });
      expect(over.r.userErrors.map((e: any) => e.code)).toEqual(['INSUFFICIENT_BALANCE']);
      expect((await t.data(move('rejectTimeOffRequest'), { i: { id: big.id, approverId: boss } })).r.timeOffRequest.status).toBe(
        'REJECTED',
      );

      const list = `query($f: TimeOffRequestFilter) { timeOffRequests(filter: $f, sort: START_DATE_ASC) { totalCount edges { node { startDate status type { name } employee { name } } } } }`;
      expect((await t.data(list, { f: { employeeId: worker } })).timeOffRequests).toEqual({
        totalCount: 2,
        edges: [
          { node: { startDate: '2026-03-02', status: 'APPROVED', type: { name: 'Vacation' }, employee: { name: 'Worker' } } },
          { node: { startDate: '2026-06-01', status: 'REJECTED', type: { name: 'Vacation' }, employee: { name: 'Worker' } } },
        ],
      });
      expect((await t.data(list, { f: { status: 'REJECTED', typeId } })).timeOffRequests.totalCount).toBe(1);

      // Invalid dates write nothing.
      const bad = await t.data(request, { i: { employeeId: worker, typeId, startDate: '2026-12-28', endDate: '2027-01-05' } });
      expect(bad.createTimeOffRequest).toEqual({
        timeOffRequest: null,
        userErrors: [{ field: ['input', 'endDate'], code: 'INVALID' }],
      });
      const foreign = await subgraph
        .as('someone-else')
        .data(request, { i: { employeeId: worker, typeId, startDate: '2026-03-02', endDate: '2026-03-02' } });
      expect(foreign.createTimeOffRequest.userErrors).toEqual([{ field: ['input', 'employeeId'], code: 'NOT_FOUND' }]);
    });

    it('refuses an approval overlapping an approved request; of two concurrent overlapping approvals exactly one wins', async () => {
      const { t, boss, draft } = await setUp();
      const first = await draft('2026-04-06', '2026-04-08');
      const second = await draft('2026-04-08', '2026-04-09'); // shares 2026-04-08
      const third = await draft('2026-04-08', '2026-04-08'); // all three share 2026-04-08: whichever wins, the others clash
      const results = await Promise.all(
        [first, second, third].map((r) => t.data(move('approveTimeOffRequest'), { i: { id: r.id, approverId: boss } })),
      );
      const won = results.filter((r) => r.r.timeOffRequest?.status === 'APPROVED');
      const lost = results.filter((r) => r.r.userErrors.length);
      expect(won).toHaveLength(1);
      expect(lost.map((r) => r.r.userErrors[0].code)).toEqual(['OVERLAPPING', 'OVERLAPPING']);
      const statuses = await t.data(`{ timeOffRequests(filter: { status: APPROVED }) { totalCount } }`);
      expect(statuses.timeOffRequests.totalCount).toBe(1);
      // A request next to the approved ones (no shared day) is fine.
      const later = await draft('2026-04-13', '2026-04-14');
      expect((await t.data(move('approveTimeOffRequest'), { i: { id: later.id, approverId: boss } })).r.userErrors).toEqual([]);
    });
  });

  describe('payroll', () => {
    const RUN = `payrollRun { id period status currency gross { amount } employeeDeductions { amount } employerContributions { amount } net { amount }
      payslips { employee { name } gross { amount currency } deductions { name rateBps amount { amount } } employerContributions { amount } net { amount } } }`;
    const create = `mutation($p: String!) { createPayrollRun(input: { period: $p }) { ${RUN} userErrors { field code } } }`;
    const move = (name: string) =>
      `mutation($id: ID!) { r: ${name}(input: { id: $id }) { payrollRun { status } userErrors { code } } }`;

    it('computes one payslip per paid employee, runs DRAFT -> APPROVED -> POSTED, one run per period', async () => {
      const t = tenant();
      expect((await t.data(create, { p: '2026-10' })).createPayrollRun.userErrors).toEqual([
        { field: ['input', 'period'], code: 'REQUIRED' },
      ]);
      const configure = await t.data(
        `mutation($i: ConfigurePayrollInput!) { configurePayroll(input: $i) { payrollSettings { currency deductions { name rateBps } } userErrors { field code } } }`,
        {
          i: {
            currency: 'EUR',
            deductions: [
              { name: 'Income tax', rateBps: 2000 },
              { name: 'Pension', rateBps: 930 },
            ],
            contributions: [{ name: 'Employer pension', rateBps: 930 }],
          },
        },
      );
      expect(configure.configurePayroll.userErrors).toEqual([]);
      const badRates = await t.data(
        `mutation { configurePayroll(input: { currency: "EUR", deductions: [{ name: "x", rateBps: 10001 }], contributions: [] }) { userErrors { field code } } }`,
      );
      expect(badRates.configurePayroll.userErrors).toEqual([{ field: ['input', 'deductions', '0', 'rateBps'], code: 'INVALID' }]);

      await employee(t, 'Alice', { compensation: { amount: '100000.05', currency: 'EUR' }, startDate: '2025-01-01' });
      await employee(t, 'Bob', { compensation: { amount: '48000.00', currency: 'EUR' }, startDate: '2026-10-01' });
      // Starts on Saturday the 31st: no working day in October, so no payslip (proration: tests/e2e/hr-payroll-edges).
      await employee(t, 'Weekend', { compensation: { amount: '48000.00', currency: 'EUR' }, startDate: '2026-10-31' });
      await employee(t, 'Late', { compensation: { amount: '48000.00', currency: 'EUR' }, startDate: '2026-11-01' }); // not yet started
      await employee(t, 'Volunteer', { startDate: '2020-01-01' }); // no compensation
      const gone = await employee(t, 'Gone', { compensation: { amount: '90000.00', currency: 'EUR' }, startDate: '2020-01-01' });
      await t.data(
        `mutation($id: ID!) { changeEmployeeStatus(input: { id: $id, status: TERMINATED }) { userErrors { code } } }`,
        { id: gone },
      );

      const { createPayrollRun } = await t.data(create, { p: '2026-10' });
      expect(createPayrollRun.userErrors).toEqual([]);
      const run = createPayrollRun.payrollRun;
      // Alice: 10000005 / 12 = 833333.75 -> 833334; tax 20 % = 166666.8 -> 166667; pension 9.3 % = 77500.06 -> 77500.
      // Bob: 4800000 / 12 = 400000; tax 80000; pension 37200; employer 37200.
      expect(run.payslips).toEqual([
        {
          employee: { name: 'Alice' },
          gross: { amount: '8333.34', currency: 'EUR' },
          deductions: [
            { name: 'Income tax', rateBps: 2000, amount: { amount: '1666.67' } },
            { name: 'Pension', rateBps: 930, amount: { amount: '775.00' } },
          ],
          employerContributions: { amount: '775.00' },
          net: { amount: '5891.67' },
        },
        {
          employee: { name: 'Bob' },
          gross: { amount: '4000.00', currency: 'EUR' },
          deductions: [
            { name: 'Income tax', rateBps: 2000, amount: { amount: '800.00' } },
            { name: 'Pension', rateBps: 930, amount: { amount: '372.00' } },
          ],
          employerContributions: { amount: '372.00' },
          net: { amount: '2828.00' },
        },
      ]);
      expect(run).toMatchObject({
        period: '2026-10',
        status: 'DRAFT',
        currency: 'EUR',
        gross: { amount: '12333.34' },
        employeeDeductions: { amount: '3613.67' },
        employerContributions: { amount: '1147.00' },
        net: { amount: '8719.67' },
      });

      // One non-cancelled run per period.
      expect((await t.data(create, { p: '2026-10' })).createPayrollRun.userErrors).toEqual([
        { field: ['input', 'period'], code: 'TAKEN' },
      ]);
      expect((await t.data(create, { p: '2026-13' })).createPayrollRun.userErrors).toEqual([
        { field: ['input', 'period'], code: 'INVALID' },
      ]);
      // Illegal moves are userErrors and change nothing.
      expect((await t.data(move('postPayrollRun'), { id: run.id })).r).toEqual({
        payrollRun: null,
        userErrors: [{ code: 'ILLEGAL_TRANSITION' }],
      });
      expect((await t.data(move('approvePayrollRun'), { id: run.id })).r.payrollRun.status).toBe('APPROVED');
      expect((await t.data(move('cancelPayrollRun'), { id: run.id })).r.userErrors).toEqual([{ code: 'ILLEGAL_TRANSITION' }]);
      expect((await t.data(move('postPayrollRun'), { id: run.id })).r.payrollRun.status).toBe('POSTED');
      expect((await t.data(move('postPayrollRun'), { id: run.id })).r.userErrors).toEqual([{ code: 'ILLEGAL_TRANSITION' }]);
      expect((await t.data(move('approvePayrollRun'), { id: '000000000000000000000000' })).r.userErrors).toEqual([
        { code: 'NOT_FOUND' },
      ]);

      // The event waits in the run's outbox (or is already on the bus) with the payslips' totals.
      const event = await waitForEvent(subgraph, run.id);
      expect(event.payload).toEqual({
        payrollRunId: run.id,
        period: '2026-10',
        currency: 'EUR',
        grossMinor: 1_233_334,
        employeeDeductionsMinor: 361_367,
        employerContributionsMinor: 114_700,
        netMinor: 871_967,
      });

      // Cancelling a draft frees its period.
      const nov = (await t.data(create, { p: '2026-11' })).createPayrollRun.payrollRun;
      expect((await t.data(move('cancelPayrollRun'), { id: nov.id })).r.payrollRun.status).toBe('CANCELLED');
      const again = (await t.data(create, { p: '2026-11' })).createPayrollRun;
      expect(again.userErrors).toEqual([]);
      const runs = await t.data(`{ payrollRuns(sort: PERIOD_ASC) { totalCount edges { node { period status } } } }`);
      // By period, then creation order within a period.
      expect(runs.payrollRuns.edges.map((e: any) => e.node)).toEqual([
        { period: '2026-10', status: 'POSTED' },
        { period: '2026-11', status: 'CANCELLED' },
        { period: '2026-11', status: 'DRAFT' },
      ]);
      expect((await t.data(`{ payrollRuns(filter: { status: CANCELLED }) { totalCount } }`)).payrollRuns.totalCount).toBe(1);
      // Another tenant sees none of it.
      expect((await subgraph.as('someone-else').data(`{ payrollRuns { totalCount } }`)).payrollRuns.totalCount).toBe(0);
      expect(
        (await subgraph.as('someone-else').data(move('approvePayrollRun'), { id: again.payrollRun.id })).r.userErrors,
      ).toEqual([{ code: 'NOT_FOUND' }]);
    });
  });
});

/** The posted event: still in the run's outbox, or already published to the bus by the relay. */
async function waitForEvent(subgraph: TestSubgraph, runId: string) {
  for (let i = 0; i < 100; i++) {
    const doc = await subgraph.service.database.connection.collection('payroll_runs').findOne({ _id: new Types.ObjectId(runId) });
    const pending = (doc?.outbox ?? []).find((e: any) => e.type === 'hr.payroll.posted');
    if (pending) return pending;
    const bus = subgraph.service.events.bus as any;
    const published = (await bus.poll(`hr-test-${runId}`)).map((d: any) => d.event).find((e: any) => e.aggregateId === runId);
    if (published) return published;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('hr.payroll.posted not found');
}
