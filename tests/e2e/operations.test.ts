/**
 * Operations end to end through the gateway: a won deal becomes a project; its plan (milestones,
 * tasks, dependencies that refuse cycles, progress); time logged, submitted, rejected, corrected,
 * approved, and billed to finance exactly once with finance stopped and restarted mid-flow;
 * profitability checked by hand; a FIXED_PRICE milestone billed on completion; a department's
 * resource plan with time off and an over-allocation, cell by cell.
 */
import { createClient, type Client } from 'graphql-ws';
import mongoose from 'mongoose';
import WebSocket from 'ws';
import { createApiKey } from '../../subgraphs/identity/services/api-keys';
import { graphql } from '../helpers/graphql';
import { busEvents, mutate, startSubgraphAgain, stopSubgraph, waitUntil } from '../helpers/flows';
import { settleEvents, startTestPlatform, type TestPlatform } from '../helpers/platform';

const EMPLOYEE = `mutation($i: CreateEmployeeInput!) { r: createEmployee(input: $i) { employee { id } userErrors { field code message } } }`;
const PROJECT_FIELDS = `id name status contractType currency budget { amount currency } budgetHours
  manager { id name } customer { id name } deal { id name }`;
const STATUS = `mutation($id: ID!, $s: ProjectStatus!) { r: changeProjectStatus(input: { id: $id, status: $s }) { project { id status } userErrors { field code message } } }`;
const ADD_TASK = `mutation($i: AddProjectTaskInput!) { r: addProjectTask(input: $i) { task { id kind name estimateMinutes } userErrors { field code message } } }`;
const TASK_STATUS = `mutation($id: ID!, $s: ProjectTaskStatus!) { r: changeProjectTaskStatus(input: { id: $id, status: $s }) { task { id status billedAt } userErrors { field code message } } }`;
const DEPEND = `mutation($t: ID!, $d: ID!) { r: addTaskDependency(input: { taskId: $t, dependsOnId: $d }) { task { id dependsOn { id } } userErrors { field code message } } }`;
const LOG = `mutation($i: LogTimeInput!) { r: logTime(input: $i) { entry { id minutes billable } timesheet { id status weekStart totalMinutes } userErrors { field code message } } }`;
const SHEET = (name: string, extra = '') =>
  `mutation($id: ID!${extra ? ', $a: ID!' : ''}${extra === 'reason' ? ', $reason: String!' : ''}) { r: ${name}(input: { id: $id${extra ? ', approverId: $a' : ''}${extra === 'reason' ? ', reason: $reason' : ''} }) { timesheet { id status rejectionReason billedAmount { amount currency } entries { minutes billable rate { amount } } } userErrors { field code message } } }`;
const ALLOCATE = `mutation($i: AllocateResourceInput!) { r: allocateResource(input: $i) { allocation { id overbooked hoursPerWeek employee { id } project { id } } userErrors { field code message } } }`;
const INVOICES = `query($c: ID!) { invoices(first: 100, filter: { customerId: $c }) { totalCount edges { node { id status source total { amount currency } lines { description quantity unitPrice { amount } } } } } }`;

describe('operations through the gateway', () => {
  let platform: TestPlatform;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    platform = await startTestPlatform({ gatewayLimits: { maxCost: 10_000, costBucketSize: 1_000_000 } });
    const { tenantA } = platform;
    const dept = await mutate(
      tenantA,
      `mutation { r: createDepartment(input: { name: "Delivery" }) { department { id } userErrors { message } } }`,
    );
    ids.dept = dept.department.id;
    const hire = async (name: string, title: string, cost: string, weeklyHours: number, managerId?: string) =>
      (
        await mutate(tenantA, EMPLOYEE, {
          i: {
            name,
            email: `${name.toLowerCase()}@a.example`,
            title,
            departmentId: ids.dept,
            managerId,
            weeklyHours,
            costRate: { amount: cost, currency: 'EUR' },
          },
        })
      ).employee.id as string;
    ids.mia = await hire('Mia', 'Engagement manager', '60.00', 40);
    ids.carl = await hire('Carl', 'Consultant', '45.00', 40, ids.mia);
    ids.dana = await hire('Dana', 'Developer', '50.00', 32, ids.mia);
    const customer = await mutate(
      tenantA,
      `mutation { r: createCustomer(input: { name: "Initech", kind: COMPANY }) { customer { id } userErrors { message } } }`,
    );
    ids.customer = customer.customer.id;
    await settleEvents(platform);
  });
  afterAll(() => platform?.stop());

  it('replicates employees from hr events: name, role, hours and cost rate', async () => {
    const { employee } = await platform.tenantA.data(
      `query($id: ID!) { employee(id: $id) { name weeklyHours costRate { amount } assignments { id } } }`,
      {
        id: ids.dana,
      },
    );
    expect(employee).toEqual({ name: 'Dana', weeklyHours: 32, costRate: { amount: '50.00' }, assignments: [] });
  });

  it('a won deal of services becomes one PLANNED project managed by the deal owner, linked both ways', async () => {
    const { tenantA } = platform;
    const deal = await mutate(
      tenantA,
      `mutation($i: CreateDealInput!) { r: createDeal(input: $i) { deal { id } userErrors { field code message } } }`,
      {
        i: {
          name: 'Initech ERP rollout',
          customerId: ids.customer,
          ownerId: ids.mia,
          expectedCloseDate: '2026-03-01',
          lines: [{ description: 'Consulting', quantity: 1, unitPrice: { amount: '10000.00', currency: 'EUR' } }],
        },
      },
    );
    ids.deal = deal.deal.id;
    await mutate(tenantA, `mutation($id: ID!) { r: winDeal(input: { id: $id }) { deal { id } userErrors { message } } }`, {
      id: ids.deal,
    });
    const { deal: won } = await waitUntil(
      'the project of the won deal',
      () => tenantA.data(`query($id: ID!) { deal(id: $id) { id project { ${PROJECT_FIELDS} } } }`, { id: ids.deal }),
      (r: any) => Boolean(r.deal.project),
    );
    expect(won.project).toMatchObject({
      name: 'Initech ERP rollout',
      status: 'PLANNED',
      contractType: 'TIME_AND_MATERIALS',
      currency: 'EUR',
      budget: { amount: '10000.00', currency: 'EUR' },
      manager: { id: ids.mia, name: 'Mia' },
      customer: { id: ids.customer, name: 'Initech' },
      deal: { id: ids.deal, name: 'Initech ERP rollout' },
    });
    ids.project = won.project.id;
    const { customer } = await tenantA.data(
      `query($id: ID!) { customer(id: $id) { projects { totalCount edges { node { id } } } } }`,
      {
        id: ids.customer,
      },
    );
    expect(customer.projects).toEqual({ totalCount: 1, edges: [{ node: { id: ids.project } }] });

    // A second delivery of the same won deal creates nothing more.
    const [event] = await busEvents(platform.subgraphs.sales.events.bus, (e) => e.type === 'sales.deal.won');
    await platform.subgraphs.sales.events.bus.publish({ ...event, id: new mongoose.Types.ObjectId().toString() });
    await settleEvents(platform);
    expect((await tenantA.data(`{ projects { totalCount } }`)).projects.totalCount).toBe(1);
  });

  it('corrects the project and walks its lifecycle, refusing illegal moves', async () => {
    const { tenantA } = platform;
    const updated = await mutate(
      tenantA,
      `mutation($i: UpdateProjectInput!) { r: updateProject(input: $i) { project { budgetHours defaultRate { amount } roleRates { role rate { amount } } } userErrors { field code message } } }`,
      {
        i: {
          id: ids.project,
          budgetHours: 100,
          defaultRate: { amount: '100.00', currency: 'EUR' },
          roleRates: [
            { role: 'Consultant', rate: { amount: '120.00', currency: 'EUR' } },
            { role: 'developer', rate: { amount: '110.00', currency: 'EUR' } },
          ],
        },
      },
    );
    expect(updated.project).toEqual({
      budgetHours: 100,
      defaultRate: { amount: '100.00' },
      roleRates: [
        { role: 'Consultant', rate: { amount: '120.00' } },
        { role: 'developer', rate: { amount: '110.00' } },
      ],
    });
    const wrongCurrency = await tenantA.data(
      `mutation($id: ID!) { r: updateProject(input: { id: $id, defaultRate: { amount: "1.00", currency: "USD" } }) { project { id } userErrors { field code } } }`,
      { id: ids.project },
    );
    expect(wrongCurrency.r.userErrors).toEqual([{ field: ['input', 'defaultRate', 'currency'], code: 'CURRENCY_MISMATCH' }]);
    const illegal = await tenantA.data(STATUS, { id: ids.project, s: 'COMPLETED' });
    expect(illegal.r.userErrors[0].code).toBe('ILLEGAL_TRANSITION');
    expect((await mutate(tenantA, STATUS, { id: ids.project, s: 'ACTIVE' })).project.status).toBe('ACTIVE');
  });

  it('plans milestones and tasks; dependencies refuse cycles and gate the start; progress from estimates', async () => {
    const { tenantA } = platform;
    const add = async (i: Record<string, unknown>) =>
      (await mutate(tenantA, ADD_TASK, { i: { projectId: ids.project, ...i } })).task;
    const m1 = await add({ kind: 'MILESTONE', name: 'Design' });
    const t1 = await add({ kind: 'TASK', parentId: m1.id, name: 'Workshops', estimateMinutes: 600, assigneeIds: [ids.carl] });
    const t2 = await add({ kind: 'TASK', parentId: m1.id, name: 'Blueprint', estimateMinutes: 300, assigneeIds: [ids.carl] });
    const t3 = await add({ kind: 'TASK', parentId: t2.id, name: 'Review', estimateMinutes: 100 });
    Object.assign(ids, { m1: m1.id, t1: t1.id, t2: t2.id, t3: t3.id });
    const orphan = await tenantA.data(ADD_TASK, { i: { projectId: ids.project, kind: 'TASK', name: 'x' } });
    expect(orphan.r.userErrors[0]).toMatchObject({ field: ['input', 'parentId'], code: 'REQUIRED' });

    await mutate(tenantA, DEPEND, { t: t2.id, d: t1.id });
    await mutate(tenantA, DEPEND, { t: t3.id, d: t2.id });
    const cycle = await tenantA.data(DEPEND, { t: t1.id, d: t3.id });
    expect(cycle.r.userErrors).toEqual([expect.objectContaining({ field: ['input', 'dependsOnId'], code: 'INVALID' })]);
    const self = await tenantA.data(DEPEND, { t: t1.id, d: t1.id });
    expect(self.r.userErrors[0].code).toBe('INVALID');

    const early = await tenantA.data(TASK_STATUS, { id: t2.id, s: 'IN_PROGRESS' });
    expect(early.r.userErrors[0]).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    await mutate(tenantA, TASK_STATUS, { id: t1.id, s: 'DONE' });
    expect((await mutate(tenantA, TASK_STATUS, { id: t2.id, s: 'IN_PROGRESS' })).task.status).toBe('IN_PROGRESS');

    const { project } = await tenantA.data(
      `query($id: ID!) { project(id: $id) { progress { estimatedMinutes completedMinutes percent }
        milestones { name estimateMinutes children { name estimateMinutes dependsOn { name } children { name } } } } }`,
      { id: ids.project },
    );
    // Leaves: Workshops 600 (done) and Review 100; Blueprint has a child, so it counts through it.
    expect(project.progress).toEqual({ estimatedMinutes: 700, completedMinutes: 600, percent: 85.7 });
    expect(project.milestones).toEqual([
      {
        name: 'Design',
        estimateMinutes: 700,
        children: [
          { name: 'Workshops', estimateMinutes: 600, dependsOn: [], children: [] },
          { name: 'Blueprint', estimateMinutes: 100, dependsOn: [{ name: 'Workshops' }], children: [{ name: 'Review' }] },
        ],
      },
    ]);
    const { employee } = await tenantA.data(`query($id: ID!) { employee(id: $id) { assignedTasks { name } } }`, { id: ids.carl });
    expect(employee.assignedTasks).toEqual([{ name: 'Blueprint' }]);
  });

  it('logs time into weekly timesheets; the manager rejects, the employee corrects, the manager approves; approved is final', async () => {
    const { tenantA } = platform;
    const log = (i: Record<string, unknown>) => mutate(tenantA, LOG, { i: { projectId: ids.project, ...i } });
    const a = await log({ employeeId: ids.carl, taskId: ids.t1, date: '2026-03-02', minutes: 240, note: 'Kick-off' });
    await log({ employeeId: ids.carl, date: '2026-03-03', minutes: 90, billable: false, note: 'Travel' });
    const d = await log({ employeeId: ids.dana, date: '2026-03-04', minutes: 150 });
    expect(a.timesheet).toMatchObject({ status: 'OPEN', weekStart: '2026-03-02' });
    ids.carlSheet = a.timesheet.id;
    ids.carlEntry = a.entry.id;
    ids.danaSheet = d.timesheet.id;
    const tooMuch = await tenantA.data(LOG, {
      i: { projectId: ids.project, employeeId: ids.carl, date: '2026-03-02', minutes: 1300 },
    });
    expect(tooMuch.r.userErrors[0]).toMatchObject({ field: ['input', 'minutes'], code: 'INVALID' });

    await mutate(tenantA, SHEET('submitTimesheet'), { id: ids.carlSheet });
    const notManager = await tenantA.data(SHEET('approveTimesheet', 'a'), { id: ids.carlSheet, a: ids.carl });
    expect(notManager.r.userErrors[0]).toMatchObject({ field: ['input', 'approverId'], code: 'INVALID' });
    const rejected = await mutate(tenantA, SHEET('rejectTimesheet', 'reason'), {
      id: ids.carlSheet,
      a: ids.mia,
      reason: 'Kick-off took 5 hours',
    });
    expect(rejected.timesheet).toMatchObject({ status: 'REJECTED', rejectionReason: 'Kick-off took 5 hours' });
    await mutate(
      tenantA,
      `mutation($id: ID!) { r: updateTimeEntry(input: { id: $id, minutes: 300 }) { entry { minutes } userErrors { message } } }`,
      { id: ids.carlEntry },
    );
    await mutate(tenantA, SHEET('submitTimesheet'), { id: ids.carlSheet });
    await mutate(tenantA, SHEET('submitTimesheet'), { id: ids.danaSheet });
  });

  it('approved billable time becomes finance draft invoices exactly once, with finance stopped and restarted mid-flow', async () => {
    const { tenantA } = platform;
    const stopped = await stopSubgraph(platform, 'finance');
    const carl = await mutate(tenantA, SHEET('approveTimesheet', 'a'), { id: ids.carlSheet, a: ids.mia });
    expect(carl.timesheet).toMatchObject({
      status: 'APPROVED',
      billedAmount: { amount: '600.00', currency: 'EUR' },
      entries: [
        { minutes: 300, billable: true, rate: { amount: '120.00' } },
        { minutes: 90, billable: false, rate: null },
      ],
    });
    const dana = await mutate(tenantA, SHEET('approveTimesheet', 'a'), { id: ids.danaSheet, a: ids.mia });
    expect(dana.timesheet.billedAmount).toEqual({ amount: '275.00', currency: 'EUR' });
    // Approved entries cannot change; a second approval is refused.
    const edit = await tenantA.data(
      `mutation($id: ID!) { r: updateTimeEntry(input: { id: $id, minutes: 10 }) { entry { minutes } userErrors { code } } }`,
      { id: ids.carlEntry },
    );
    expect(edit.r.userErrors).toEqual([{ code: 'ILLEGAL_TRANSITION' }]);
    const again = await tenantA.data(SHEET('approveTimesheet', 'a'), { id: ids.carlSheet, a: ids.mia });
    expect(again.r.userErrors[0].code).toBe('ILLEGAL_TRANSITION');
    const late = await tenantA.data(LOG, {
      i: { projectId: ids.project, employeeId: ids.carl, date: '2026-03-05', minutes: 30 },
    });
    expect(late.r.userErrors[0].code).toBe('ILLEGAL_TRANSITION');

    await startSubgraphAgain(platform, 'finance', stopped);
    await settleEvents(platform);
    // The same billing delivered again (a new event id, same source) adds nothing.
    const billings = await busEvents(platform.subgraphs.operations.events.bus, (e) => e.type === 'operations.billing.ready');
    expect(billings).toHaveLength(2);
    for (const e of billings)
      await platform.subgraphs.operations.events.bus.publish({ ...e, id: new mongoose.Types.ObjectId().toString() });
    await settleEvents(platform);

    const { invoices } = await tenantA.data(INVOICES, { c: ids.customer });
    const project = invoices.edges.map((e: any) => e.node).filter((n: any) => n.source.startsWith('operations:'));
    expect(project).toHaveLength(2);
    const bySource = Object.fromEntries(project.map((n: any) => [n.source, n]));
    expect(bySource[`operations:timesheet:${ids.carlSheet}`]).toMatchObject({
      status: 'DRAFT',
      total: { amount: '600.00', currency: 'EUR' },
      lines: [{ description: '2026-03-02 Carl: 5:00 h at 120.00/h (Kick-off)', quantity: 1, unitPrice: { amount: '600.00' } }],
    });
    expect(bySource[`operations:timesheet:${ids.danaSheet}`]).toMatchObject({
      total: { amount: '275.00', currency: 'EUR' },
      lines: [{ description: '2026-03-04 Dana: 2:30 h at 110.00/h', quantity: 1, unitPrice: { amount: '275.00' } }],
    });
  });

  it('profitability: revenue billed, cost of time at each cost rate, margin, budget use, estimate at completion', async () => {
    const { project } = await platform.tenantA.data(
      `query($id: ID!) { project(id: $id) { profitability { revenue { amount } cost { amount } margin { amount } marginPercent
        hoursLogged unpricedHours budgetHoursUsedPercent budgetUsedPercent estimateAtCompletion { amount } billing { source amount { amount } } } } }`,
      { id: ids.project },
    );
    // Revenue: 5 h x 120.00 + 2.5 h x 110.00 = 875.00.
    // Cost: Carl (300 + 90) min x 45.00/h = 292.50; Dana 150 min x 50.00/h = 125.00; total 417.50.
    // Margin 457.50 = 52.3 % of revenue; 9 h of a 100 h budget; 417.50 of 10000.00 = 4.2 %.
    // Progress 85.7 %: at completion 417.50 / 0.857 = 487.16.
    expect(project.profitability).toEqual({
      revenue: { amount: '875.00' },
      cost: { amount: '417.50' },
      margin: { amount: '457.50' },
      marginPercent: 52.3,
      hoursLogged: 9,
      unpricedHours: 0,
      budgetHoursUsedPercent: 9,
      budgetUsedPercent: 4.2,
      estimateAtCompletion: { amount: '487.16' },
      billing: expect.arrayContaining([
        { source: `timesheet:${ids.carlSheet}`, amount: { amount: '600.00' } },
        { source: `timesheet:${ids.danaSheet}`, amount: { amount: '275.00' } },
      ]),
    });
  });

  it('a FIXED_PRICE milestone bills once when it completes, and stays done', async () => {
    const { tenantA } = platform;
    const created = await mutate(
      tenantA,
      `mutation($i: CreateProjectInput!) { r: createProject(input: $i) { project { id status } userErrors { field code message } } }`,
      { i: { name: 'Fixed audit', customerId: ids.customer, managerId: ids.mia, contractType: 'FIXED_PRICE', currency: 'EUR' } },
    );
    const id = created.project.id;
    await mutate(tenantA, STATUS, { id, s: 'ACTIVE' });
    const milestone = (
      await mutate(tenantA, ADD_TASK, {
        i: { projectId: id, kind: 'MILESTONE', name: 'Audit report', billingAmount: { amount: '5000.00', currency: 'EUR' } },
      })
    ).task;
    const done = await mutate(tenantA, TASK_STATUS, { id: milestone.id, s: 'DONE' });
    expect(done.task.billedAt).toEqual(expect.any(String));
    const reopen = await tenantA.data(TASK_STATUS, { id: milestone.id, s: 'IN_PROGRESS' });
    expect(reopen.r.userErrors[0].code).toBe('ILLEGAL_TRANSITION');
    const invoice = await waitUntil(
      'the milestone invoice',
      async () =>
        (await tenantA.data(INVOICES, { c: ids.customer })).invoices.edges
          .map((e: any) => e.node)
          .filter((n: any) => n.source === `operations:milestone:${milestone.id}`),
      (found: any[]) => found.length === 1,
    );
    expect(invoice[0]).toMatchObject({ status: 'DRAFT', total: { amount: '5000.00' } });
    const { project } = await tenantA.data(`query($id: ID!) { project(id: $id) { profitability { revenue { amount } } } }`, {
      id,
    });
    expect(project.profitability.revenue.amount).toBe('5000.00');
  });

  it('plans resources: capacity less time off, allocations, booked time and an over-allocation, cell by cell', async () => {
    const { tenantA } = platform;
    // Dana is off Wednesday and Thursday of the first week (approved by her manager in hr).
    const type = await mutate(
      tenantA,
      `mutation { r: createTimeOffType(input: { name: "Vacation", yearlyAllowanceDays: 25 }) { timeOffType { id } userErrors { message } } }`,
    );
    const request = await mutate(
      tenantA,
      `mutation($i: CreateTimeOffRequestInput!) { r: createTimeOffRequest(input: $i) { timeOffRequest { id } userErrors { message } } }`,
      { i: { employeeId: ids.dana, typeId: type.timeOffType.id, startDate: '2026-03-04', endDate: '2026-03-05' } },
    );
    const requestId = request.timeOffRequest.id;
    await mutate(
      tenantA,
      `mutation($id: ID!) { r: submitTimeOffRequest(input: { id: $id }) { timeOffRequest { id } userErrors { message } } }`,
      {
        id: requestId,
      },
    );
    await mutate(
      tenantA,
      `mutation($id: ID!, $a: ID!) { r: approveTimeOffRequest(input: { id: $id, approverId: $a }) { timeOffRequest { status } userErrors { message } } }`,
      { id: requestId, a: ids.mia },
    );
    await settleEvents(platform);

    const allocate = (i: Record<string, unknown>) => tenantA.data(ALLOCATE, { i: { projectId: ids.project, ...i } });
    const carl1 = await allocate({ employeeId: ids.carl, from: '2026-03-02', to: '2026-03-15', hoursPerWeek: 30 });
    expect(carl1.r.allocation).toMatchObject({ overbooked: false, hoursPerWeek: 30 });
    const refused = await allocate({ employeeId: ids.carl, from: '2026-03-09', to: '2026-03-13', hoursPerWeek: 20 });
    expect(refused.r).toMatchObject({
      allocation: null,
      userErrors: [{ field: ['input', 'hoursPerWeek'], code: 'OVERLAPPING' }],
    });
    expect(refused.r.userErrors[0].message).toContain('2026-03-09');
    const over = await allocate({
      employeeId: ids.carl,
      from: '2026-03-09',
      to: '2026-03-13',
      hoursPerWeek: 20,
      allowOverbooking: true,
    });
    expect(over.r.allocation.overbooked).toBe(true);
    // Dana: 16 h/week fits her 19.2 h in the week of her time off.
    const dana = await allocate({ employeeId: ids.dana, from: '2026-03-02', to: '2026-03-15', hoursPerWeek: 16 });
    expect(dana.r.allocation.overbooked).toBe(false);
    const danaTooMuch = await allocate({ employeeId: ids.dana, from: '2026-03-02', to: '2026-03-08', hoursPerWeek: 4 });
    expect(danaTooMuch.r.userErrors[0].code).toBe('OVERLAPPING');

    const { resourcePlan } = await tenantA.data(
      `query($d: ID!) { resourcePlan(from: "2026-03-02", to: "2026-03-15", departmentId: $d) { weeks rows { employee { id name }
        cells { weekStart capacityHours allocatedHours bookedHours utilisationPercent overallocated } } } }`,
      { d: ids.dept },
    );
    expect(resourcePlan.weeks).toEqual(['2026-03-02', '2026-03-09']);
    const row = (id: string) => resourcePlan.rows.find((r: any) => r.employee.id === id).cells;
    expect(resourcePlan.rows).toHaveLength(3);
    expect(row(ids.mia)).toEqual([
      {
        weekStart: '2026-03-02',
        capacityHours: 40,
        allocatedHours: 0,
        bookedHours: 0,
        utilisationPercent: 0,
        overallocated: false,
      },
      {
        weekStart: '2026-03-09',
        capacityHours: 40,
        allocatedHours: 0,
        bookedHours: 0,
        utilisationPercent: 0,
        overallocated: false,
      },
    ]);
    expect(row(ids.carl)).toEqual([
      // Booked: 300 + 90 minutes logged in the week.
      {
        weekStart: '2026-03-02',
        capacityHours: 40,
        allocatedHours: 30,
        bookedHours: 6.5,
        utilisationPercent: 75,
        overallocated: false,
      },
      {
        weekStart: '2026-03-09',
        capacityHours: 40,
        allocatedHours: 50,
        bookedHours: 0,
        utilisationPercent: 125,
        overallocated: true,
      },
    ]);
    expect(row(ids.dana)).toEqual([
      // 32 h x 3 of 5 working days = 19.2 h; 16 / 19.2 = 83.3 %.
      {
        weekStart: '2026-03-02',
        capacityHours: 19.2,
        allocatedHours: 16,
        bookedHours: 2.5,
        utilisationPercent: 83.3,
        overallocated: false,
      },
      {
        weekStart: '2026-03-09',
        capacityHours: 32,
        allocatedHours: 16,
        bookedHours: 0,
        utilisationPercent: 50,
        overallocated: false,
      },
    ]);
    const { overallocatedEmployees } = await tenantA.data(
      `{ overallocatedEmployees(from: "2026-03-02", to: "2026-03-15") { employee { name } cells { weekStart allocatedHours capacityHours } } }`,
    );
    expect(overallocatedEmployees).toEqual([
      { employee: { name: 'Carl' }, cells: [{ weekStart: '2026-03-09', allocatedHours: 50, capacityHours: 40 }] },
    ]);
    const { employee } = await tenantA.data(
      `query($id: ID!) { employee(id: $id) { assignments { project { name } from to hoursPerWeek overbooked } } }`,
      { id: ids.carl },
    );
    expect(employee.assignments).toEqual([
      { project: { name: 'Initech ERP rollout' }, from: '2026-03-02', to: '2026-03-15', hoursPerWeek: 30, overbooked: false },
      { project: { name: 'Initech ERP rollout' }, from: '2026-03-09', to: '2026-03-13', hoursPerWeek: 20, overbooked: true },
    ]);
    ids.allocation = over.r.allocation.id;

    // Corrected down to 10 h it fits (30 + 10 = 40 h in the second week) and is no longer flagged; back up, refused again.
    const UPDATE = `mutation($i: UpdateResourceAllocationInput!) { r: updateResourceAllocation(input: $i) { allocation { id hoursPerWeek overbooked } userErrors { field code } } }`;
    const fixed = await tenantA.data(UPDATE, { i: { id: ids.allocation, hoursPerWeek: 10 } });
    expect(fixed.r).toEqual({ allocation: { id: ids.allocation, hoursPerWeek: 10, overbooked: false }, userErrors: [] });
    const up = await tenantA.data(UPDATE, { i: { id: ids.allocation, hoursPerWeek: 11 } });
    expect(up.r).toEqual({ allocation: null, userErrors: [{ field: ['input', 'hoursPerWeek'], code: 'OVERLAPPING' }] });
    const back = await tenantA.data(UPDATE, { i: { id: ids.allocation, hoursPerWeek: 20, allowOverbooking: true } });
    expect(back.r.allocation).toEqual({ id: ids.allocation, hoursPerWeek: 20, overbooked: true });
  });

  it('publishes projectStatusChanged and timesheetSubmitted over WebSocket, federated fields included, to their tenant only', async () => {
    const { tenantA, tenantB } = platform;
    const connect = (key: string) =>
      createClient({
        url: platform.gatewayUrl.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { 'x-api-key': key },
        retryAttempts: 0,
      });
    const listen = (client: Client, query: string, variables: Record<string, unknown>) => {
      const results: any[] = [];
      const dispose = client.subscribe(
        { query, variables },
        { next: (r) => void results.push(r), error: () => undefined, complete: () => undefined },
      );
      return { results, dispose };
    };
    const PROJECT_SUB = `subscription($c: ID) { projectStatusChanged(customerId: $c) { id status customer { name } manager { name } } }`;
    const SHEET_SUB = `subscription($p: ID) { timesheetSubmitted(projectId: $p) { id status totalMinutes employee { name } project { name } } }`;
    const a = connect(tenantA.key);
    const b = connect(tenantB.key);
    try {
      const projects = listen(a, PROJECT_SUB, { c: ids.customer });
      const sheets = listen(a, SHEET_SUB, { p: ids.project });
      const otherProjects = listen(b, PROJECT_SUB, {});
      const otherSheets = listen(b, SHEET_SUB, {});
      await new Promise((r) => setTimeout(r, 500)); // subscribed before the events happen
      await mutate(tenantA, STATUS, { id: ids.project, s: 'ON_HOLD' });
      await mutate(tenantA, STATUS, { id: ids.project, s: 'ACTIVE' });
      const logged = await mutate(tenantA, LOG, {
        i: { projectId: ids.project, employeeId: ids.mia, date: '2026-03-10', minutes: 45 },
      });
      await mutate(tenantA, SHEET('submitTimesheet'), { id: logged.timesheet.id });
      await waitUntil('both notifications', async () => projects.results.length >= 2 && sheets.results.length >= 1, Boolean);
      expect(projects.results.map((r) => r.data.projectStatusChanged)).toEqual([
        { id: ids.project, status: expect.any(String), customer: { name: 'Initech' }, manager: { name: 'Mia' } },
        { id: ids.project, status: 'ACTIVE', customer: { name: 'Initech' }, manager: { name: 'Mia' } },
      ]);
      expect(sheets.results[0].data.timesheetSubmitted).toEqual({
        id: logged.timesheet.id,
        status: 'SUBMITTED',
        totalMinutes: 45,
        employee: { name: 'Mia' },
        project: { name: 'Initech ERP rollout' },
      });
      await new Promise((r) => setTimeout(r, 300));
      expect(otherProjects.results).toEqual([]);
      expect(otherSheets.results).toEqual([]);
    } finally {
      await a.dispose();
      await b.dispose();
    }
  });

  it('keeps tenants apart on every root field and entity', async () => {
    const { tenantB } = platform;
    const byId = await tenantB.data(
      `query($p: ID!, $t: ID!, $s: ID!, $a: ID!, $c: ID!, $d: ID!, $e: ID!) {
        project(id: $p) { id } projectTask(id: $t) { id } timesheet(id: $s) { id } resourceAllocation(id: $a) { id }
        customer(id: $c) { id } deal(id: $d) { id } employee(id: $e) { id }
      }`,
      { p: ids.project, t: ids.t1, s: ids.carlSheet, a: ids.allocation, c: ids.customer, d: ids.deal, e: ids.carl },
    );
    expect(byId).toEqual({
      project: null,
      projectTask: null,
      timesheet: null,
      resourceAllocation: null,
      customer: null,
      deal: null,
      employee: null,
    });
    const lists = await tenantB.data(`{
      projects { totalCount } timesheets { totalCount }
      resourcePlan(from: "2026-03-02", to: "2026-03-15") { rows { employee { id } } }
      overallocatedEmployees(from: "2026-03-02", to: "2026-03-15") { employee { id } }
    }`);
    expect(lists).toEqual({
      projects: { totalCount: 0 },
      timesheets: { totalCount: 0 },
      resourcePlan: { rows: [] },
      overallocatedEmployees: [],
    });

    const writes: Array<[string, Record<string, unknown>]> = [
      [LOG, { i: { projectId: ids.project, employeeId: ids.carl, date: '2026-03-02', minutes: 10 } }],
      [SHEET('submitTimesheet'), { id: ids.carlSheet }],
      [SHEET('approveTimesheet', 'a'), { id: ids.danaSheet, a: ids.mia }],
      [STATUS, { id: ids.project, s: 'CANCELLED' }],
      [TASK_STATUS, { id: ids.t3, s: 'DONE' }],
      [DEPEND, { t: ids.t3, d: ids.t1 }],
      [ALLOCATE, { i: { projectId: ids.project, employeeId: ids.carl, from: '2026-03-02', to: '2026-03-08', hoursPerWeek: 1 } }],
      [ADD_TASK, { i: { projectId: ids.project, kind: 'MILESTONE', name: 'x' } }],
    ];
    for (const [document, variables] of writes) {
      const { r } = await tenantB.data(document, variables);
      expect(r.userErrors[0]?.code).toBe('NOT_FOUND');
    }
    const correction = await tenantB.data(
      `mutation($id: ID!) { r: updateResourceAllocation(input: { id: $id, hoursPerWeek: 1 }) { allocation { id } userErrors { code } } }`,
      { id: ids.allocation },
    );
    expect(correction.r.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const removal = await tenantB.data(
      `mutation($id: ID!) { r: removeResourceAllocation(input: { id: $id }) { allocation { id } userErrors { code } } }`,
      { id: ids.allocation },
    );
    expect(removal.r.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    // Nothing of tenant A changed.
    const { project } = await platform.tenantA.data(`query($id: ID!) { project(id: $id) { status allocations { id } } }`, {
      id: ids.project,
    });
    expect(project).toEqual({ status: 'ACTIVE', allocations: expect.arrayContaining([{ id: ids.allocation }]) });
  });

  it('refuses every root field without its scope, with FORBIDDEN and the scope named', async () => {
    const { key: crmOnly } = await createApiKey(platform.gateway.identity, platform.tenantA.id, 'crm only', undefined, [
      'customers:read',
    ]);
    const { key: reader } = await createApiKey(platform.gateway.identity, platform.tenantA.id, 'ops reader', undefined, [
      'operations:read',
    ]);
    const as = (key: string, query: string, variables: Record<string, unknown> = {}) =>
      graphql(platform.gatewayUrl, query, variables, { 'x-api-key': key });
    const reads = [
      [`query($id: ID!) { project(id: $id) { id } }`, { id: ids.project }],
      [`{ projects { totalCount } }`, {}],
      [`query($id: ID!) { projectTask(id: $id) { id } }`, { id: ids.t1 }],
      [`query($id: ID!) { timesheet(id: $id) { id } }`, { id: ids.carlSheet }],
      [`{ timesheets { totalCount } }`, {}],
      [`query($id: ID!) { resourceAllocation(id: $id) { id } }`, { id: ids.allocation }],
      [`{ resourcePlan(from: "2026-03-02", to: "2026-03-08") { weeks } }`, {}],
      [`{ overallocatedEmployees(from: "2026-03-02", to: "2026-03-08") { cells { weekStart } } }`, {}],
      [`query($id: ID!) { customer(id: $id) { projects { totalCount } } }`, { id: ids.customer }],
    ] as const;
    for (const [query, variables] of reads) {
      const res = await as(crmOnly, query, variables as Record<string, unknown>);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    const writes = [
      [
        `mutation { r: createProject(input: { name: "x", customerId: "${ids.customer}", contractType: RETAINER, currency: "EUR" }) { userErrors { code } } }`,
      ],
      [
        `mutation { r: logTime(input: { employeeId: "${ids.carl}", projectId: "${ids.project}", date: "2026-03-02", minutes: 5 }) { userErrors { code } } }`,
      ],
      [`mutation { r: approveTimesheet(input: { id: "${ids.carlSheet}", approverId: "${ids.mia}" }) { userErrors { code } } }`],
      [
        `mutation { r: allocateResource(input: { employeeId: "${ids.carl}", projectId: "${ids.project}", from: "2026-03-02", to: "2026-03-03", hoursPerWeek: 1 }) { userErrors { code } } }`,
      ],
      [`mutation { r: changeProjectStatus(input: { id: "${ids.project}", status: CANCELLED }) { userErrors { code } } }`],
    ];
    for (const [query] of writes) {
      const res = await as(reader, query);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredScopes: [['operations:write']] });
    }
    // The reader reads.
    const ok = await as(reader, `{ projects { totalCount } }`);
    expect(ok.data).toEqual({ projects: { totalCount: 2 } });
    const { project } = await platform.tenantA.data(`query($id: ID!) { project(id: $id) { status } }`, { id: ids.project });
    expect(project.status).toBe('ACTIVE');
  });
});
