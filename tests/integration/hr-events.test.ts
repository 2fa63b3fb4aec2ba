import { busEvents } from '../helpers/flows';
import { startSubgraph, type TestSubgraph } from '../helpers/subgraph';

/** What hr tells other domains about people: every change of an employee, and approved time off. */
describe('hr events for other domains', () => {
  let subgraph: TestSubgraph;
  const a = () => subgraph.as('hr-events-a');

  beforeAll(async () => {
    subgraph = await startSubgraph('hr');
  });
  afterAll(() => subgraph?.stop());

  it('announces hires and changes with weekly hours, cost rate and a growing version; the cost rate is sensitive', async () => {
    const writer = subgraph.as('hr-events-a', ['hr:read', 'hr:write']);
    const refused = await writer.query(
      `mutation { createEmployee(input: { name: "Ann", email: "ann@a.example", costRate: { amount: "50.00", currency: "EUR" } }) { employee { id } } }`,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredScopes: [['hr:sensitive']] });

    const { createEmployee } = await a().data(
      `mutation { createEmployee(input: { name: "Ann", email: "ann@a.example", title: "Consultant", weeklyHours: 30, costRate: { amount: "50.00", currency: "EUR" } }) { employee { id weeklyHours costRate { amount currency } } userErrors { code } } }`,
    );
    const id = createEmployee.employee.id;
    expect(createEmployee.employee).toMatchObject({ weeklyHours: 30, costRate: { amount: '50.00', currency: 'EUR' } });
    const bad = await a().data(
      `mutation($id: ID!) { updateEmployee(input: { id: $id, weeklyHours: 0 }) { userErrors { field code } } }`,
      { id },
    );
    expect(bad.updateEmployee.userErrors).toEqual([{ field: ['input', 'weeklyHours'], code: 'INVALID' }]);
    await a().data(
      `mutation($id: ID!) { updateEmployee(input: { id: $id, title: "Senior consultant" }) { userErrors { code } } }`,
      { id },
    );
    await a().data(`mutation($id: ID!) { changeEmployeeStatus(input: { id: $id, status: ON_LEAVE }) { userErrors { code } } }`, {
      id,
    });

    const events = await waitForEvents(() => busEvents(subgraph.service.events.bus, (e) => e.type === 'hr.employee.upserted'), 3);
    expect(events.map((e) => e.payload)).toEqual([
      expect.objectContaining({
        employeeId: id,
        title: 'Consultant',
        weeklyHours: 30,
        costRate: { minor: 5000, currency: 'EUR' },
        status: 'ACTIVE',
        version: 0,
      }),
      expect.objectContaining({ employeeId: id, title: 'Senior consultant', version: 1 }),
      expect.objectContaining({ employeeId: id, status: 'ON_LEAVE', version: 2 }),
    ]);
  });

  it('announces approved time off, and only approved', async () => {
    const hire = (name: string, managerId?: string) =>
      a().data(`mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { employee { id } } }`, {
        i: { name, email: `${name}@a.example`, managerId },
      });
    const boss = (await hire('boss')).createEmployee.employee.id;
    const worker = (await hire('worker', boss)).createEmployee.employee.id;
    const type = (
      await a().data(
        `mutation { createTimeOffType(input: { name: "Vacation", yearlyAllowanceDays: 20 }) { timeOffType { id } } }`,
      )
    ).createTimeOffType.timeOffType.id;
    const request = async (startDate: string, endDate: string) => {
      const r = await a().data(
        `mutation($i: CreateTimeOffRequestInput!) { createTimeOffRequest(input: $i) { timeOffRequest { id } } }`,
        { i: { employeeId: worker, typeId: type, startDate, endDate } },
      );
      const rid = r.createTimeOffRequest.timeOffRequest.id;
      await a().data(`mutation($id: ID!) { submitTimeOffRequest(input: { id: $id }) { userErrors { code } } }`, { id: rid });
      return rid;
    };
    const approved = await request('2026-06-01', '2026-06-03');
    const rejected = await request('2026-07-01', '2026-07-01');
    await a().data(
      `mutation($id: ID!, $b: ID!) { approveTimeOffRequest(input: { id: $id, approverId: $b }) { userErrors { code } } }`,
      {
        id: approved,
        b: boss,
      },
    );
    await a().data(
      `mutation($id: ID!, $b: ID!) { rejectTimeOffRequest(input: { id: $id, approverId: $b }) { userErrors { code } } }`,
      {
        id: rejected,
        b: boss,
      },
    );
    const events = await waitForEvents(() => busEvents(subgraph.service.events.bus, (e) => e.type === 'hr.timeOff.approved'), 1);
    await new Promise((r) => setTimeout(r, 500));
    expect((await busEvents(subgraph.service.events.bus, (e) => e.type === 'hr.timeOff.approved')).map((e) => e.payload)).toEqual(
      [{ requestId: approved, employeeId: worker, startDate: '2026-06-01', endDate: '2026-06-03', days: 3 }],
    );
    expect(events).toHaveLength(1);
  });

  it('announces every change of the holiday calendar; a removal archives the holiday and restoring it continues its versions', async () => {
    const add = `mutation($i: AddHolidayInput!) { addHoliday(input: $i) { holiday { id date country removedAt } userErrors { code } } }`;
    const easter = (await a().data(add, { i: { date: '2026-04-06', name: 'Easter Monday', country: 'de' } })).addHoliday.holiday;
    const id = easter.id;
    expect(easter).toMatchObject({ country: 'DE', removedAt: null });
    const moved = await a().data(
      `mutation($id: ID!) { updateHoliday(input: { id: $id, date: "2026-04-07", country: null }) { holiday { date country } userErrors { code } } }`,
      { id },
    );
    expect(moved.updateHoliday).toEqual({ holiday: { date: '2026-04-07', country: null }, userErrors: [] });
    const remove = `mutation($id: ID!) { removeHoliday(input: { id: $id }) { holiday { id removedAt } userErrors { code } } }`;
    const removed = await a().data(remove, { id });
    expect(removed.removeHoliday.holiday.removedAt).toEqual(expect.any(String));
    // Archived: gone from the calendar, and a second removal finds nothing to remove.
    expect((await a().data(`{ holidays(from: "2026-04-01", to: "2026-04-30") { id } }`)).holidays).toEqual([]);
    expect((await a().data(remove, { id })).removeHoliday.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const again = await a().data(`mutation($id: ID!) { updateHoliday(input: { id: $id, name: "x" }) { userErrors { code } } }`, {
      id,
    });
    expect(again.updateHoliday.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    // Adding the same day again restores the archived holiday (same id), with a newer version.
    const restored = (await a().data(add, { i: { date: '2026-04-07', name: 'Easter Tuesday' } })).addHoliday;
    expect(restored).toEqual({ holiday: { id, date: '2026-04-07', country: null, removedAt: null }, userErrors: [] });
    expect((await a().data(add, { i: { date: '2026-04-07', name: 'Twice' } })).addHoliday.userErrors).toEqual([
      { code: 'TAKEN' },
    ]);

    const isHoliday = (e: { type: string }) => e.type.startsWith('hr.holiday.');
    const events = await waitForEvents(() => busEvents(subgraph.service.events.bus, isHoliday), 4);
    expect(events.map((e) => [e.type, e.aggregateId, e.payload])).toEqual([
      ['hr.holiday.upserted', id, { holidayId: id, date: '2026-04-06', name: 'Easter Monday', country: 'DE', version: 0 }],
      ['hr.holiday.upserted', id, { holidayId: id, date: '2026-04-07', name: 'Easter Monday', country: '', version: 1 }],
      ['hr.holiday.removed', id, { holidayId: id, date: '2026-04-07', country: '', version: 2 }],
      ['hr.holiday.upserted', id, { holidayId: id, date: '2026-04-07', name: 'Easter Tuesday', country: '', version: 3 }],
    ]);
  });

  it("announces the employee's country (whose holidays apply)", async () => {
    const hired = await a().data(
      `mutation { createEmployee(input: { name: "Lea", email: "lea@a.example", country: "de" }) { employee { id } } }`,
    );
    const id = hired.createEmployee.employee.id;
    const [event] = await waitForEvents(
      () => busEvents(subgraph.service.events.bus, (e) => e.type === 'hr.employee.upserted' && e.aggregateId === id),
      1,
    );
    expect(event.payload).toMatchObject({ employeeId: id, country: 'DE' });
  });
});

async function waitForEvents<T>(read: () => Promise<T[]>, count: number): Promise<T[]> {
  for (let i = 0; i < 200; i++) {
    const found = await read();
    if (found.length >= count) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`fewer than ${count} events published`);
}
