import { domainEvent } from '../../lib/events/catalog';
import { waitUntil } from '../helpers/flows';
import { entitiesQuery, startSubgraph, type TestSubgraph } from '../helpers/subgraph';

/** The operations subgraph alone, over HTTP: replication from hr's events and entities per tenant. */
describe('operations subgraph over HTTP', () => {
  let subgraph: TestSubgraph;
  const a = () => subgraph.as('ops-tenant-a');
  const b = () => subgraph.as('ops-tenant-b');
  const employeeId = '64b000000000000000000001';

  const upserted = (tenantId: string, version: number, name: string, weeklyHours = 40) =>
    domainEvent('hr.employee.upserted', {
      tenantId,
      aggregateId: employeeId,
      payload: { employeeId, name, title: 'Dev', departmentId: null, status: 'ACTIVE', weeklyHours, costRate: null, version },
    });

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
      `mutation { createProject(input: { name: "Race", customerId: "64b0000000000000000000c2", contractType: RETAINER, currency: "EUR" }) { project { id } } }`,
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
