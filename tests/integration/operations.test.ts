import { randomUUID } from 'node:crypto';
import { domainEvent } from '../../lib/events/catalog';
import type { EventEnvelope } from '../../lib/events';
import { busEvents, waitUntil } from '../helpers/flows';
import { entitiesQuery, startSubgraph, type TestSubgraph } from '../helpers/subgraph';

/** The operations subgraph alone, over HTTP: replication from hr's events and entities per tenant. */
describe('operations subgraph over HTTP', () => {
  let subgraph: TestSubgraph;
  const a = () => subgraph.as('ops-tenant-a');
  const b = () => subgraph.as('ops-tenant-b');
  const employeeId = '64b000000000000000000001';

  const upserted = (tenantId: string, version: number, name: string, weeklyHours = 40, country?: string) =>
    domainEvent('hr.employee.upserted', {
      tenantId,
      aggregateId: employeeId,
      payload: {
        employeeId,
        name,
        title: 'Dev',
        departmentId: null,
        status: 'ACTIVE',
        weeklyHours,
        costRate: null,
        version,
        ...(country !== undefined && { country }),
      },
    });
  /** The same event again under a new id (a producer retried it, or a replay): only the consumer's own idempotency stops it. */
  const again = (event: EventEnvelope) => ({ ...event, id: randomUUID() });

  beforeAll(async () => {
    subgraph = await startSubgraph('operations');
  });
  afterAll(() => subgraph?.stop());

  it('replicates employees from hr: the newest version wins, whatever the order of delivery', async () => {
    const bus = subgraph.service.events.bus;
    await bus.publish(upserted('ops-tenant-a', 2, 'Newer', 30));
    await bus.publish(upserted('ops-tenant-a', 1, 'Older', 20));
    await bus.publish(upserted('ops-tenant-b', 0, 'Other tenant'));
    const plan = `{ resourcePlan(from: "2026-03-02", to: "2026-03-08") { rows { employee { id } cells { capacityHours } } } }`;
    await waitUntil(
      'both events applied',
      () => a().data(plan),
      (r: any) => r.resourcePlan.rows.length === 1,
    );
    // Let the older event be handled too, then check it did not win.
    await new Promise((r) => setTimeout(r, 600));
    expect((await a().data(plan)).resourcePlan.rows).toEqual([{ employee: { id: employeeId }, cells: [{ capacityHours: 30 }] }]);
    const other = await waitUntil(
      'tenant b',
      () => b().data(plan),
      (r: any) => r.resourcePlan.rows.length === 1,
    );
    expect(other.resourcePlan.rows[0].cells).toEqual([{ capacityHours: 40 }]);
  });

  it('resolves its entities and the extended ones for their own tenant only', async () => {
    const created = await a().data(
      `mutation { createProject(input: { name: "P", customerId: "64b0000000000000000000c1", managerId: "${employeeId}", contractType: TIME_AND_MATERIALS, currency: "EUR" }) { project { id } userErrors { field code message } } }`,
    );
    expect(created.createProject.userErrors).toEqual([]);
    const projectId = created.createProject.project.id;
    await a().data(`mutation { changeProjectStatus(input: { id: "${projectId}", status: ACTIVE }) { userErrors { code } } }`);
    const task = await a().data(
      `mutation { addProjectTask(input: { projectId: "${projectId}", kind: MILESTONE, name: "M" }) { task { id } userErrors { code } } }`,
    );
    const logged = await a().data(
      `mutation { logTime(input: { employeeId: "${employeeId}", projectId: "${projectId}", date: "2026-03-02", minutes: 60 }) { timesheet { id } userErrors { code } } }`,
    );
    const allocated = await a().data(
      `mutation { allocateResource(input: { employeeId: "${employeeId}", projectId: "${projectId}", from: "2026-03-02", to: "2026-03-06", hoursPerWeek: 10 }) { allocation { id } userErrors { code } } }`,
    );
    const cases: Array<[string, string, string]> = [
      ['Project', projectId, 'name'],
      ['ProjectTask', task.addProjectTask.task.id, 'name'],
      ['Timesheet', logged.logTime.timesheet.id, 'totalMinutes'],
      ['ResourceAllocation', allocated.allocateResource.allocation.id, 'hoursPerWeek'],
    ];
    for (const [type, id, field] of cases) {
      const representations = [{ __typename: type, id }];
      const mine = (await a().data(entitiesQuery(type, field), { representations }))._entities;
      expect(mine).toEqual([expect.objectContaining({ __typename: type, id })]);
      expect((await b().data(entitiesQuery(type, field), { representations }))._entities).toEqual([null]);
    }
    const customer = [{ __typename: 'Customer', id: '64b0000000000000000000c1' }];
    const projectsOf = entitiesQuery('Customer', 'projects { totalCount }');
    expect((await a().data(projectsOf, { representations: customer }))._entities[0].projects.totalCount).toBe(1);
    expect((await b().data(projectsOf, { representations: customer }))._entities[0].projects.totalCount).toBe(0);
    const employee = [{ __typename: 'Employee', id: employeeId }];
    const assignments = entitiesQuery('Employee', 'assignments { id }');
    expect((await a().data(assignments, { representations: employee }))._entities[0].assignments).toHaveLength(1);
    expect((await b().data(assignments, { representations: employee }))._entities[0].assignments).toEqual([]);
  });

  it('under concurrency: bookings never both squeeze into the same hours, and edges never close a cycle together', async () => {
    const created = await a().data(
      `mutation { createProject(input: { name: "Race", customerId: "64b0000000000000000000c2", contractType: RETAINER, currency: "EUR", startDate: "2026-04-01", retainer: { fee: { amount: "1000.00", currency: "EUR" }, includedHours: 10 } }) { project { id } } }`,
    );
    const projectId = created.createProject.project.id;
    // 30 h/week capacity (version 2 above); ten bookings of 10 h in the same week: exactly three fit.
    const bookings = await Promise.all(
      Array.from({ length: 10 }, () =>
        a().data(
          `mutation { allocateResource(input: { employeeId: "${employeeId}", projectId: "${projectId}", from: "2026-04-06", to: "2026-04-10", hoursPerWeek: 10 }) { allocation { id } userErrors { code } } }`,
        ),
      ),
    );
    const ok = bookings.filter((r) => r.allocateResource.allocation);
    expect(ok).toHaveLength(3);
    expect(bookings.filter((r) => r.allocateResource.userErrors[0]?.code === 'OVERLAPPING')).toHaveLength(7);

    const add = async (name: string) =>
      (
        await a().data(
          `mutation { addProjectTask(input: { projectId: "${projectId}", kind: MILESTONE, name: "${name}" }) { task { id } } }`,
        )
      ).addProjectTask.task.id;
    const [x, y, z] = [await add('x'), await add('y'), await add('z')];
    // x -> y, y -> z, z -> x at once: any two are fine, all three would be a cycle.
    const edges = await Promise.all(
      [
        [x, y],
        [y, z],
        [z, x],
      ].map(([t, d]) =>
        a().data(
          `mutation { addTaskDependency(input: { taskId: "${t}", dependsOnId: "${d}" }) { task { id } userErrors { code } } }`,
        ),
      ),
    );
    expect(edges.filter((r) => r.addTaskDependency.userErrors.length === 0)).toHaveLength(2);
    expect(edges.filter((r) => r.addTaskDependency.userErrors[0]?.code === 'INVALID')).toHaveLength(1);
  });

  it("takes hr's public holidays off capacity per country in the plan and the booking check; redelivery and late events change nothing", async () => {
    const bus = subgraph.service.events.bus;
    await bus.publish(upserted('ops-tenant-a', 3, 'Newer', 40, 'DE'));
    const holiday = (
      tenantId: string,
      id: string,
      type: 'hr.holiday.upserted' | 'hr.holiday.removed',
      version: number,
      date: string,
      country: string,
    ) =>
      type === 'hr.holiday.upserted'
        ? domainEvent(type, { tenantId, aggregateId: id, payload: { holidayId: id, date, name: `H ${date}`, country, version } })
        : domainEvent(type, { tenantId, aggregateId: id, payload: { holidayId: id, date, country, version } });
    const whitMonday = holiday('ops-tenant-a', '64b0000000000000000000f1', 'hr.holiday.upserted', 0, '2026-05-25', '');
    const deThursday = holiday('ops-tenant-a', '64b0000000000000000000f2', 'hr.holiday.upserted', 0, '2026-05-28', 'DE');
    const frWednesday = holiday('ops-tenant-a', '64b0000000000000000000f3', 'hr.holiday.upserted', 0, '2026-05-27', 'FR');
    const otherTenant = holiday('ops-tenant-b', '64b0000000000000000000f4', 'hr.holiday.upserted', 0, '2026-05-26', '');
    for (const e of [whitMonday, deThursday, frWednesday, otherTenant]) await bus.publish(e);
    const plan = `{ resourcePlan(from: "2026-05-25", to: "2026-06-07") { rows { employee { id } cells { weekStart capacityHours holidays overallocated } } } }`;
    const cells = async (tenant = a()) => (await tenant.data(plan)).resourcePlan.rows[0]?.cells;
    const withHolidays = [
      { weekStart: '2026-05-25', capacityHours: 24, holidays: ['2026-05-25', '2026-05-28'], overallocated: false },
      { weekStart: '2026-06-01', capacityHours: 40, holidays: [], overallocated: false },
    ];
    await waitUntil('holidays replicated', cells, (c: any) => c?.[0].capacityHours === 24);
    expect(await cells()).toEqual(withHolidays);
    // Tenant b's employee (no country) loses only its own tenant-wide holiday.
    await waitUntil(
      'tenant b',
      () => cells(b()),
      (c: any) => c?.[0].capacityHours === 32,
    );
    expect((await cells(b()))[0]).toEqual({
      weekStart: '2026-05-25',
      capacityHours: 32,
      holidays: ['2026-05-26'],
      overallocated: false,
    });

    // The booking check sees the holidays too: 30 h does not fit a 24 h week, unless overbooked.
    const project = await a().data(
      `mutation { createProject(input: { name: "Holidays", customerId: "64b0000000000000000000c3", contractType: TIME_AND_MATERIALS, currency: "EUR" }) { project { id } } }`,
    );
    const projectId = project.createProject.project.id;
    const book = (extra = '') =>
      a().data(
        `mutation { allocateResource(input: { employeeId: "${employeeId}", projectId: "${projectId}", from: "2026-05-25", to: "2026-05-29", hoursPerWeek: 30${extra} }) { allocation { id overbooked } userErrors { code message } } }`,
      );
    const refused = await book();
    expect(refused.allocateResource.userErrors).toEqual([
      expect.objectContaining({ code: 'OVERLAPPING', message: expect.stringContaining('2026-05-25') }),
    ]);

    // Redelivered under new ids, and a late older version: nothing changes.
    for (const e of [whitMonday, deThursday, frWednesday]) await bus.publish(again(e));
    await new Promise((r) => setTimeout(r, 600));
    expect(await cells()).toEqual(withHolidays);

    // hr removes the DE holiday: capacity comes back; a late (older) upsert of it cannot bring it back.
    await bus.publish(holiday('ops-tenant-a', '64b0000000000000000000f2', 'hr.holiday.removed', 1, '2026-05-28', 'DE'));
    await waitUntil('removal applied', cells, (c: any) => c?.[0].capacityHours === 32);
    await bus.publish(again(deThursday));
    await new Promise((r) => setTimeout(r, 600));
    expect((await cells())[0]).toEqual({
      weekStart: '2026-05-25',
      capacityHours: 32,
      holidays: ['2026-05-25'],
      overallocated: false,
    });
    const booked = await book();
    expect(booked.allocateResource).toEqual({ allocation: { id: expect.any(String), overbooked: false }, userErrors: [] });
    // A holiday added afterwards over the booked week makes it over-allocated (flagged, not undone).
    await bus.publish(holiday('ops-tenant-a', '64b0000000000000000000f5', 'hr.holiday.upserted', 0, '2026-05-29', ''));
    await waitUntil('new holiday', cells, (c: any) => c?.[0].capacityHours === 24);
    expect((await cells())[0]).toEqual({
      weekStart: '2026-05-25',
      capacityHours: 24,
      holidays: ['2026-05-25', '2026-05-29'],
      overallocated: true,
    });
    const over = await a().data(
      `{ overallocatedEmployees(from: "2026-05-25", to: "2026-06-07") { cells { weekStart capacityHours allocatedHours } } }`,
    );
    expect(over.overallocatedEmployees).toEqual([
      { cells: [{ weekStart: '2026-05-25', capacityHours: 24, allocatedHours: 30 }] },
    ]);
  });

  it('bills each retainer period once it ended, with the overage, once per project and period, across racing and repeated sweeps', async () => {
    const job = subgraph.service.jobs['operations.retainer-billing'];
    await job.stop(); // driven by hand below (a sweeper that is down catches up later)
    const bad = await a().data(
      `mutation { createProject(input: { name: "R", customerId: "64b0000000000000000000c4", contractType: RETAINER, currency: "EUR" }) { userErrors { field code } } }`,
    );
    expect(bad.createProject.userErrors).toEqual([{ field: ['input', 'retainer'], code: 'INVALID' }]);
    const noStart = await a().data(
      `mutation { createProject(input: { name: "R", customerId: "64b0000000000000000000c4", contractType: RETAINER, currency: "EUR", retainer: { fee: { amount: "1000.00", currency: "EUR" }, includedHours: 10 } }) { userErrors { field code } } }`,
    );
    expect(noStart.createProject.userErrors).toEqual([{ field: ['input', 'startDate'], code: 'INVALID' }]);
    const notRetainer = await a().data(
      `mutation { createProject(input: { name: "R", customerId: "64b0000000000000000000c4", contractType: FIXED_PRICE, currency: "EUR", retainer: { fee: { amount: "1000.00", currency: "EUR" }, includedHours: 10 } }) { userErrors { field code } } }`,
    );
    expect(notRetainer.createProject.userErrors).toEqual([{ field: ['input', 'retainer'], code: 'INVALID' }]);

    const created = await a().data(
      `mutation { createProject(input: { name: "Care plan", customerId: "64b0000000000000000000c4", managerId: "${employeeId}", contractType: RETAINER, currency: "EUR", startDate: "2026-01-15", endDate: "2026-03-20", defaultRate: { amount: "100.00", currency: "EUR" }, retainer: { fee: { amount: "1000.00", currency: "EUR" }, includedHours: 10, billOverage: true } }) { project { id retainer { fee { amount } includedHours billOverage nextBillingAt } } userErrors { field code } } }`,
    );
    expect(created.createProject.userErrors).toEqual([]);
    const projectId = created.createProject.project.id;
    expect(created.createProject.project.retainer).toEqual({
      fee: { amount: '1000.00' },
      includedHours: 10,
      billOverage: true,
      nextBillingAt: null,
    });
    // PLANNED bills nothing, however late it is.
    expect(await job.runOnce(new Date('2026-06-01T00:00:00Z'))).toBe(0);
    await a().data(`mutation { changeProjectStatus(input: { id: "${projectId}", status: ACTIVE }) { userErrors { code } } }`);
    // 12 h approved in February (2 over the 10 included), 3 h in March, one non-billable hour that counts for nothing.
    const log = (date: string, minutes: number, billable = true) =>
      a().data(
        `mutation { logTime(input: { employeeId: "${employeeId}", projectId: "${projectId}", date: "${date}", minutes: ${minutes}, billable: ${billable} }) { timesheet { id } userErrors { code } } }`,
      );
    const sheets = new Set<string>();
    for (const [date, minutes, billable] of [
      ['2026-02-02', 480, true],
      ['2026-02-03', 240, true],
      ['2026-02-04', 60, false],
      ['2026-03-02', 180, true],
    ] as const) {
      sheets.add((await log(date, minutes, billable)).logTime.timesheet.id);
    }
    for (const id of sheets) {
      await a().data(`mutation { submitTimesheet(input: { id: "${id}" }) { userErrors { code } } }`);
      const approved = await a().data(
        `mutation { approveTimesheet(input: { id: "${id}", approverId: "${employeeId}" }) { timesheet { status billedAmount { amount } entries { rate { amount } } } userErrors { code } } }`,
      );
      // Approval fixes the overage rate but bills nothing by itself.
      expect(approved.approveTimesheet.timesheet).toMatchObject({ status: 'APPROVED', billedAmount: null });
    }
    const read = async () =>
      (
        await a().data(
          `{ project(id: "${projectId}") { retainer { nextBillingAt periods { period source fee { amount } includedHours usedHours overageHours overage { amount } amount { amount } } } profitability { revenue { amount } billing { source amount { amount } } } } }`,
        )
      ).project;
    expect((await read()).retainer.nextBillingAt).toBe('2026-02-01T00:00:00.000Z');

    // Mid-February: January (ended) bills, February does not yet; a second sweep finds nothing.
    expect(await job.runOnce(new Date('2026-02-15T00:00:00Z'))).toBe(1);
    expect(await job.runOnce(new Date('2026-02-15T00:00:00Z'))).toBe(0);
    // Two sweepers racing in March: February bills once.
    const raced = await Promise.all([
      job.runOnce(new Date('2026-03-05T00:00:00Z')),
      job.runOnce(new Date('2026-03-05T00:00:00Z')),
    ]);
    expect(raced[0] + raced[1]).toBe(1);
    // Much later: March, the last month before the end date, then nothing more, ever.
    expect(await job.runOnce(new Date('2026-09-01T00:00:00Z'))).toBe(1);
    expect(await job.runOnce(new Date('2027-09-01T00:00:00Z'))).toBe(0);

    const project = await read();
    const source = (period: string) => `retainer:${projectId}:${period}`;
    expect(project.retainer).toEqual({
      nextBillingAt: null,
      periods: [
        {
          period: '2026-01',
          source: source('2026-01'),
          fee: { amount: '1000.00' },
          includedHours: 10,
          usedHours: 0,
          overageHours: 0,
          overage: { amount: '0.00' },
          amount: { amount: '1000.00' },
        },
        {
          period: '2026-02',
          source: source('2026-02'),
          fee: { amount: '1000.00' },
          includedHours: 10,
          usedHours: 12,
          overageHours: 2,
          overage: { amount: '200.00' },
          amount: { amount: '1200.00' },
        },
        {
          period: '2026-03',
          source: source('2026-03'),
          fee: { amount: '1000.00' },
          includedHours: 10,
          usedHours: 3,
          overageHours: 0,
          overage: { amount: '0.00' },
          amount: { amount: '1000.00' },
        },
      ],
    });
    expect(project.profitability.revenue).toEqual({ amount: '3200.00' });
    const billed = await waitUntil(
      'three billing events',
      () =>
        busEvents(
          subgraph.service.events.bus,
          (e) => e.type === 'operations.billing.ready' && (e.payload as any).projectId === projectId,
        ),
      (events) => events.length >= 3,
    );
    await new Promise((r) => setTimeout(r, 300));
    const all = await busEvents(
      subgraph.service.events.bus,
      (e) => e.type === 'operations.billing.ready' && (e.payload as any).projectId === projectId,
    );
    expect(all.map((e) => (e.payload as any).source)).toEqual([source('2026-01'), source('2026-02'), source('2026-03')]);
    expect((billed[1].payload as any).lines).toEqual([
      { description: 'Retainer 2026-02 (includes 10:00 h; 12:00 h used)', quantity: 1, unitPriceMinor: 100_000 },
      { description: 'Overage 2026-02: 2:00 h at 100.00/h', quantity: 1, unitPriceMinor: 20_000 },
    ]);
    // Once billed, the contract type is fixed.
    const change = await a().data(
      `mutation { updateProject(input: { id: "${projectId}", contractType: TIME_AND_MATERIALS }) { userErrors { field code } } }`,
    );
    expect(change.updateProject.userErrors).toEqual([{ field: ['input', 'contractType'], code: 'INVALID' }]);
  });

  it('refuses unsigned callers and callers without the scope', async () => {
    const reader = subgraph.as('ops-tenant-a', ['customers:read']);
    const res = await reader.query(`{ projects { totalCount } }`);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unsigned = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ projects { totalCount } }' }),
    });
    expect(unsigned.status).toBe(401);
  });
});
