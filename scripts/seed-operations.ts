/**
 * operations demo data, through the gateway like the rest of the seed: working hours and cost
 * rates on the employees (hr, replicated to operations by events), a TIME_AND_MATERIALS project
 * with a plan (milestones, tasks, a dependency), two weeks of time (one approved and billed to
 * finance, one waiting for approval), allocations (one over capacity, flagged), a FIXED_PRICE
 * project with a billed milestone, a public holiday (Easter Monday) inside the allocated weeks, and a
 * won services deal that became a project and then a RETAINER (a quarter of monthly fees, one
 * month with overage), billed per month by operations' retainer sweeper.
 */
import { until } from './seed-wait';

type Call = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<T>;

interface Person {
  id: string;
  name: string;
  title: string | null;
  manager: { id: string } | null;
}

async function mutate(call: Call, name: string, inputType: string, input: Record<string, unknown>, select = ''): Promise<any> {
  const { r } = await call<{ r: any }>(
    `mutation($i: ${inputType}!) { r: ${name}(input: $i) { ${select} userErrors { message } } }`,
    { i: input },
  );
  if (r.userErrors.length)
    throw new Error(`Seeding operations (${name}) failed: ${r.userErrors.map((e: { message: string }) => e.message).join('; ')}`);
  return r;
}

const WEEK1 = ['2026-03-02', '2026-03-03', '2026-03-04'];
const WEEK2 = ['2026-03-09', '2026-03-10'];

export async function seedOperationsData(call: Call, currency: string, customerIds: string[]): Promise<void> {
  if (!customerIds.length) return;
  const { employees } = await call<{ employees: { edges: Array<{ node: Person }> } }>(
    `{ employees(first: 6, sort: NAME_ASC) { edges { node { id name title manager { id } } } } }`,
  );
  const people = employees.edges.map((e) => e.node);
  if (people.length < 3) return;
  // A manager with reports leads the project; two of the others do the work.
  const lead = people.find((p) => people.some((o) => o.manager?.id === p.id)) ?? people[0];
  const team = people.filter((p) => p.id !== lead.id).slice(0, 3);
  const hoursOfTeam = (i: number) => (i === 3 ? 24 : 40);
  for (const [i, person] of [lead, ...team].entries()) {
    await mutate(call, 'updateEmployee', 'UpdateEmployeeInput', {
      id: person.id,
      weeklyHours: hoursOfTeam(i),
      costRate: { amount: `${40 + i * 5}.00`, currency },
    });
  }
  // Wait for the newest version of each (hours and cost), read in a week without seeded time off.
  await until(
    'operations to know the team and its hours',
    () =>
      call<{ resourcePlan: { rows: Array<{ employee: { id: string }; cells: Array<{ capacityHours: number }> }> } }>(
        `{ resourcePlan(from: "2026-04-06", to: "2026-04-12") { rows { employee { id } cells { capacityHours } } } }`,
      ),
    (r) =>
      [lead, ...team].every((p, i) =>
        r.resourcePlan.rows.some((row) => row.employee.id === p.id && row.cells[0]?.capacityHours === hoursOfTeam(i)),
      ),
  );

  const roles = [...new Set(team.map((p) => p.title).filter((t): t is string => Boolean(t)))];
  const { project } = await mutate(
    call,
    'createProject',
    'CreateProjectInput',
    {
      name: 'Customer portal relaunch',
      customerId: customerIds[0],
      managerId: lead.id,
      contractType: 'TIME_AND_MATERIALS',
      currency,
      budgetHours: 320,
      budget: { amount: '40000.00', currency },
      startDate: '2026-03-02',
      endDate: '2026-05-29',
      defaultRate: { amount: '110.00', currency },
      roleRates: roles.map((role, i) => ({ role, rate: { amount: `${120 + i * 10}.00`, currency } })),
    },
    'project { id }',
  );
  const projectId = project.id;
  await mutate(call, 'changeProjectStatus', 'ChangeProjectStatusInput', { id: projectId, status: 'ACTIVE' });
  const task = async (input: Record<string, unknown>) =>
    (await mutate(call, 'addProjectTask', 'AddProjectTaskInput', { projectId, ...input }, 'task { id }')).task.id as string;
  const discovery = await task({ kind: 'MILESTONE', name: 'Discovery', dueDate: '2026-03-13' });
  const interviews = await task({
    kind: 'TASK',
    parentId: discovery,
    name: 'Stakeholder interviews',
    estimateMinutes: 960,
    assigneeIds: [team[0].id],
  });
  const concept = await task({
    kind: 'TASK',
    parentId: discovery,
    name: 'Concept',
    estimateMinutes: 1440,
    assigneeIds: [team[1].id],
  });
  const build = await task({ kind: 'MILESTONE', name: 'Build', dueDate: '2026-05-15' });
  await task({ kind: 'TASK', parentId: build, name: 'Front end', estimateMinutes: 7200, assigneeIds: [team[1].id] });
  await task({ kind: 'TASK', parentId: build, name: 'Integrations', estimateMinutes: 4800, assigneeIds: [team[2].id] });
  await mutate(call, 'addTaskDependency', 'TaskDependencyInput', { taskId: concept, dependsOnId: interviews }, 'task { id }');
  await mutate(
    call,
    'changeProjectTaskStatus',
    'ChangeProjectTaskStatusInput',
    { id: interviews, status: 'DONE' },
    'task { id }',
  );
  await mutate(
    call,
    'changeProjectTaskStatus',
    'ChangeProjectTaskStatusInput',
    { id: concept, status: 'IN_PROGRESS' },
    'task { id }',
  );

  const sheets: string[] = [];
  for (const [w, days] of [WEEK1, WEEK2].entries()) {
    for (const [i, person] of team.slice(0, 2).entries()) {
      let sheet = '';
      for (const date of days) {
        const r = await mutate(
          call,
          'logTime',
          'LogTimeInput',
          {
            employeeId: person.id,
            projectId,
            taskId: i === 0 ? interviews : concept,
            date,
            minutes: 360 + i * 60,
            note: 'Workshop',
          },
          'timesheet { id }',
        );
        sheet = r.timesheet.id;
      }
      await mutate(call, 'logTime', 'LogTimeInput', {
        employeeId: person.id,
        projectId,
        date: days[0],
        minutes: 30,
        billable: false,
        note: 'Internal sync',
      });
      await mutate(call, 'submitTimesheet', 'TimesheetIdInput', { id: sheet }, 'timesheet { id }');
      if (w === 0) {
        await mutate(call, 'approveTimesheet', 'ApproveTimesheetInput', { id: sheet, approverId: lead.id }, 'timesheet { id }');
        sheets.push(sheet);
      }
    }
  }

  await mutate(
    call,
    'allocateResource',
    'AllocateResourceInput',
    {
      employeeId: team[0].id,
      projectId,
      from: '2026-03-02',
      to: '2026-03-27',
      hoursPerWeek: 24,
    },
    'allocation { id }',
  );
  await mutate(
    call,
    'allocateResource',
    'AllocateResourceInput',
    {
      employeeId: team[1].id,
      projectId,
      from: '2026-03-02',
      to: '2026-04-24',
      hoursPerWeek: 32,
    },
    'allocation { id }',
  );
  await mutate(
    call,
    'allocateResource',
    'AllocateResourceInput',
    {
      employeeId: team[2].id,
      projectId,
      from: '2026-03-09',
      to: '2026-03-20',
      hoursPerWeek: 30,
      allowOverbooking: true,
    },
    'allocation { id }',
  );

  const fixed = await mutate(
    call,
    'createProject',
    'CreateProjectInput',
    {
      name: 'Data migration',
      customerId: customerIds[1 % customerIds.length],
      managerId: lead.id,
      contractType: 'FIXED_PRICE',
      currency,
      budgetHours: 80,
    },
    'project { id }',
  );
  await mutate(call, 'changeProjectStatus', 'ChangeProjectStatusInput', { id: fixed.project.id, status: 'ACTIVE' });
  const analysis = (
    await mutate(
      call,
      'addProjectTask',
      'AddProjectTaskInput',
      {
        projectId: fixed.project.id,
        kind: 'MILESTONE',
        name: 'Mapping signed off',
        billingAmount: { amount: '6000.00', currency },
      },
      'task { id }',
    )
  ).task.id;
  await mutate(
    call,
    'addProjectTask',
    'AddProjectTaskInput',
    {
      projectId: fixed.project.id,
      kind: 'MILESTONE',
      name: 'Cut-over',
      billingAmount: { amount: '9000.00', currency },
    },
    'task { id }',
  );
  await mutate(call, 'changeProjectTaskStatus', 'ChangeProjectTaskStatusInput', { id: analysis, status: 'DONE' }, 'task { id }');

  // A won services deal becomes a project by itself (sales.deal.won -> operations).
  const { deal } = await mutate(
    call,
    'createDeal',
    'CreateDealInput',
    {
      name: 'Support retainer 2026',
      customerId: customerIds[2 % customerIds.length],
      ownerId: lead.id,
      expectedCloseDate: '2026-03-31',
      lines: [{ description: 'Support hours', quantity: 1, unitPrice: { amount: '8000.00', currency } }],
    },
    'deal { id }',
  );
  await mutate(call, 'winDeal', 'WinDealInput', { id: deal.id }, 'deal { id }');
  const billed = await until(
    'the project of the won deal and the billed work in finance',
    () =>
      call<{ deal: { project: { id: string } | null }; invoices: { edges: Array<{ node: { source: string } }> } }>(
        `query($d: ID!) { deal(id: $d) { project { id } } invoices(first: 100) { edges { node { source } } } }`,
        { d: deal.id },
      ),
    (r) =>
      Boolean(r.deal.project) &&
      [...sheets.map((s) => `operations:timesheet:${s}`), `operations:milestone:${analysis}`].every((source) =>
        r.invoices.edges.some((e) => e.node.source === source),
      ),
  );

  // The won support deal is run as a retainer for the first quarter: 2000 a month for 16 hours,
  // overage at the project's rate. February's 18 approved hours bill 2 hours of overage. The
  // retainer's months have long ended, and the sweeper bills an ended month within seconds of the
  // project running, so the quarter is set as its dates only once February's time is approved (a
  // start in the future bills nothing until then).
  const retainerId = billed.deal.project!.id;
  await mutate(call, 'updateProject', 'UpdateProjectInput', {
    id: retainerId,
    contractType: 'RETAINER',
    startDate: '2099-01-01',
    defaultRate: { amount: '110.00', currency },
    retainer: { fee: { amount: '2000.00', currency }, includedHours: 16, billOverage: true },
  });
  await mutate(call, 'changeProjectStatus', 'ChangeProjectStatusInput', { id: retainerId, status: 'ACTIVE' });
  let supportSheet = '';
  for (const date of ['2026-02-16', '2026-02-17', '2026-02-18']) {
    const r = await mutate(
      call,
      'logTime',
      'LogTimeInput',
      { employeeId: team[0].id, projectId: retainerId, date, minutes: 360, note: 'Support tickets' },
      'timesheet { id }',
    );
    supportSheet = r.timesheet.id;
  }
  await mutate(call, 'submitTimesheet', 'TimesheetIdInput', { id: supportSheet }, 'timesheet { id }');
  await mutate(call, 'approveTimesheet', 'ApproveTimesheetInput', { id: supportSheet, approverId: lead.id }, 'timesheet { id }');
  await mutate(call, 'updateProject', 'UpdateProjectInput', { id: retainerId, startDate: '2026-01-01', endDate: '2026-03-31' });

  // Easter Monday in hr's calendar: operations takes it off that week's capacity in the plan.
  await mutate(call, 'addHoliday', 'AddHolidayInput', { date: '2026-04-06', name: 'Easter Monday' });
  // The months of the retainer that have ended by now bill (the sweeper runs every few seconds).
  const ended = ['2026-01', '2026-02', '2026-03'].filter((m) => Date.parse(`${m}-01T00:00:00Z`) + 31 * 86_400_000 < Date.now());
  await until(
    'the holiday in the plan and the retainer months in finance',
    () =>
      call<{
        resourcePlan: { rows: Array<{ cells: Array<{ holidays: string[] }> }> };
        invoices: { edges: Array<{ node: { source: string } }> };
      }>(
        `{ resourcePlan(from: "2026-04-06", to: "2026-04-12") { rows { cells { holidays } } } invoices(first: 100) { edges { node { source } } } }`,
      ),
    (r) =>
      r.resourcePlan.rows.some((row) => row.cells[0]?.holidays.includes('2026-04-06')) &&
      ended.every((m) => r.invoices.edges.some((e) => e.node.source === `operations:retainer:${retainerId}:${m}`)),
  );
}
