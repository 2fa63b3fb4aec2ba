/**
 * hr demo data on top of the departments and employees `seedTenantData` creates: a manager on
 * every department and reporting lines under them (department members report to their
 * department's manager, department managers to the manager of the first department by name), deterministic start
 * dates, a "Vacation" time-off type with one approved request, payroll rates, and one POSTED
 * payroll run for 2026-01 (which emits `hr.payroll.posted` for finance), a holiday calendar,
 * progressive tax brackets, a goal, an open review cycle and an approved expense claim (finance)
 * reimbursed on the January payslip. Everything goes
 * through the gateway, like the rest of the seed.
 */
import { until } from './seed-wait';

type Call = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<T>;

interface Person {
  id: string;
  name: string;
  department: { id: string } | null;
}

async function all<T>(call: Call, field: string, selection: string, args = ''): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  do {
    const data: any = await call(
      `query($after: String) { ${field}(first: 100, after: $after${args}) { pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`,
      { after },
    );
    nodes.push(...data[field].edges.map((e: { node: T }) => e.node));
    after = data[field].pageInfo.hasNextPage ? data[field].pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

async function mutate(call: Call, name: string, inputType: string, input: Record<string, unknown>, select = ''): Promise<any> {
  const { r } = await call<{ r: any }>(
    `mutation($i: ${inputType}!) { r: ${name}(input: $i) { ${select} userErrors { message } } }`,
    { i: input },
  );
  if (r.userErrors.length)
    throw new Error(`Seeding hr (${name}) failed: ${r.userErrors.map((e: { message: string }) => e.message).join('; ')}`);
  return r;
}

/** Runs `task` over `items`, `limit` at a time. */
async function eachLimit<T>(items: T[], limit: number, task: (item: T, index: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

export async function seedHrData(call: Call, currency: string, concurrency = 8, eventFlows = true): Promise<void> {
  const departments = await all<{ id: string; name: string }>(call, 'departments', 'id name');
  const people = await all<Person>(call, 'employees', 'id name department { id }', ', sort: NAME_ASC');
  if (!people.length) return;
  const managerOf = new Map<string, string>();
  for (const person of people)
    if (person.department && !managerOf.has(person.department.id)) managerOf.set(person.department.id, person.id);
  const managers = new Set(managerOf.values());
  const first = [...departments].sort((a, b) => a.name.localeCompare(b.name)).find((d) => managerOf.has(d.id));
  const head = (first && managerOf.get(first.id)) ?? people[0].id;

  await eachLimit([...managerOf], concurrency, ([id, managerId]) =>
    mutate(call, 'updateDepartment', 'UpdateDepartmentInput', { id, managerId }),
  );
  await eachLimit(people, concurrency, (person, i) => {
    const managerId = managers.has(person.id)
      ? person.id === head
        ? null
        : head
      : ((person.department && managerOf.get(person.department.id)) ?? head);
    const startDate = `${2018 + (i % 7)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
    return mutate(call, 'updateEmployee', 'UpdateEmployeeInput', {
      id: person.id,
      managerId: managerId === person.id ? null : managerId,
      startDate,
    });
  });

  const { timeOffType } = await mutate(
    call,
    'createTimeOffType',
    'CreateTimeOffTypeInput',
    { name: 'Vacation', yearlyAllowanceDays: 25 },
    'timeOffType { id }',
  );
  const requester = people.find((p) => !managers.has(p.id) && p.department);
  if (requester) {
    const { timeOffRequest } = await mutate(
      call,
      'createTimeOffRequest',
      'CreateTimeOffRequestInput',
      { employeeId: requester.id, typeId: timeOffType.id, startDate: '2026-03-02', endDate: '2026-03-06', note: 'Ski week' },
      'timeOffRequest { id }',
    );
    await mutate(call, 'submitTimeOffRequest', 'TimeOffRequestIdInput', { id: timeOffRequest.id });
    await mutate(call, 'approveTimeOffRequest', 'DecideTimeOffRequestInput', {
      id: timeOffRequest.id,
      approverId: managerOf.get(requester.department!.id),
    });
  }

  // The holiday calendar (tenant-wide) that time off and payroll proration skip.
  for (const [date, name] of [
    ['2026-01-01', "New Year's Day"],
    ['2026-04-03', 'Good Friday'],
    ['2026-05-01', 'Labour Day'],
    ['2026-12-25', 'Christmas Day'],
  ]) {
    await mutate(call, 'addHoliday', 'AddHolidayInput', { date, name });
  }
  // Progressive income tax on each month's gross, a flat social security, unused vacation paid out to leavers.
  const money = (amount: string) => ({ amount, currency });
  await mutate(call, 'configurePayroll', 'ConfigurePayrollInput', {
    currency,
    taxBrackets: [
      { from: money('0'), rateBps: 0 },
      { from: money('1000.00'), rateBps: 2000 },
      { from: money('5000.00'), rateBps: 3500 },
    ],
    deductions: [{ name: 'Social security', rateBps: 930 }],
    contributions: [{ name: 'Employer social security', rateBps: 1050 }],
    timeOffPayout: { typeIds: [timeOffType.id], daysPerYear: 260 },
  });

  // Performance: a goal for the requester and an open review cycle of their department.
  if (requester) {
    await mutate(call, 'createGoal', 'CreateGoalInput', {
      employeeId: requester.id,
      title: 'Onboard three new accounts',
      measure: 'accounts live',
      target: 3,
      progress: 1,
      dueDate: '2026-06-30',
      weight: 50,
    });
    await mutate(call, 'createReviewCycle', 'CreateReviewCycleInput', {
      name: 'H1 2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      selfReviewDue: '2026-07-10',
      managerReviewDue: '2026-07-20',
      questions: [
        { text: 'Overall impact', scaleMin: 1, scaleMax: 5 },
        { text: 'Collaboration', scaleMin: 1, scaleMax: 5 },
      ],
      departmentIds: [requester.department!.id],
    });
  }
  // An expense claim reimbursed through payroll: approved in finance, replicated by hr from
  // `finance.expense.approved`, then paid back on the requester's January payslip (needs the event flows).
  if (requester && eventFlows) await approvedExpenseClaim(call, requester.id, currency);
  const { payrollRun } = await mutate(
    call,
    'createPayrollRun',
    'CreatePayrollRunInput',
    { period: '2026-01' },
    'payrollRun { id }',
  );
  await mutate(call, 'approvePayrollRun', 'PayrollRunIdInput', { id: payrollRun.id });
  await mutate(call, 'postPayrollRun', 'PayrollRunIdInput', { id: payrollRun.id });
}

/** A taxi fare the employee paid, approved in finance; waits until hr has the claim so the next payroll run pays it back. */
async function approvedExpenseClaim(call: Call, employeeId: string, currency: string): Promise<void> {
  const { expense } = await mutate(
    call,
    'createExpense',
    'CreateExpenseInput',
    {
      submitterId: employeeId,
      category: 'Travel',
      description: 'Taxi to the customer workshop',
      amount: { amount: '59.50', currency },
      taxRate: '19',
      amountIncludesTax: true,
      expenseDate: '2026-01-14',
    },
    'expense { id }',
  );
  for (const step of ['submitExpense', 'approveExpense']) {
    await mutate(call, step, 'ExpenseTransitionInput', { id: expense.id });
  }
  await until(
    'the expense claim from finance',
    () =>
      call<any>(`query($e: ID) { expenseClaims(first: 20, filter: { employeeId: $e }) { edges { node { expenseId } } } }`, {
        e: employeeId,
      }),
    ({ expenseClaims }) => expenseClaims.edges.some((e: any) => e.node.expenseId === expense.id),
  );
}
