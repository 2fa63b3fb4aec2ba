/**
 * Operations end to end through the gateway, what the first pass left out: hr's public holidays
 * taken off capacity in the resource plan (added, removed, redelivered), RETAINER projects billed to
 * finance once per month by the retainer sweeper (with finance stopped meanwhile, the events
 * redelivered, the sweeper racing), and revenue net of what finance voided or credited.
 */
import mongoose from 'mongoose';
import type { EventEnvelope } from '../../lib/events';
import { busEvents, mutate, startSubgraphAgain, stopSubgraph, waitUntil } from '../helpers/flows';
import { settleEvents, startTestPlatform, type TestPlatform } from '../helpers/platform';

const EMPLOYEE = `mutation($i: CreateEmployeeInput!) { r: createEmployee(input: $i) { employee { id } userErrors { field code message } } }`;
const PROJECT = `mutation($i: CreateProjectInput!) { r: createProject(input: $i) { project { id } userErrors { field code message } } }`;
const STATUS = `mutation($id: ID!, $s: ProjectStatus!) { r: changeProjectStatus(input: { id: $id, status: $s }) { project { id status } userErrors { field code message } } }`;
const LOG = `mutation($i: LogTimeInput!) { r: logTime(input: $i) { timesheet { id } userErrors { field code message } } }`;
const SUBMIT = `mutation($id: ID!) { r: submitTimesheet(input: { id: $id }) { timesheet { id status } userErrors { code message } } }`;
const APPROVE = `mutation($id: ID!, $a: ID!) { r: approveTimesheet(input: { id: $id, approverId: $a }) { timesheet { id status } userErrors { code message } } }`;
const INVOICES = `query($c: ID!) { invoices(first: 100, filter: { customerId: $c }) { edges { node { id status source total { amount } lines { description unitPrice { amount } } } } } }`;
const PLAN = `query($d: ID!) { resourcePlan(from: "2026-04-06", to: "2026-04-19", departmentId: $d) { weeks rows { employee { id name } cells { weekStart capacityHours holidays allocatedHours bookedHours utilisationPercent overallocated } } } }`;
const PROFIT = `query($id: ID!) { project(id: $id) { profitability { revenue { amount } margin { amount } billing { source amount { amount } voided credited { amount } revenue { amount } } } } }`;

describe('operations: public holidays, retainers and what finance voids', () => {
  let platform: TestPlatform;
  const ids: Record<string, string> = {};
  const again = (e: EventEnvelope) => ({ ...e, id: new mongoose.Types.ObjectId().toString() });

  beforeAll(async () => {
    platform = await startTestPlatform({ gatewayLimits: { maxCost: 10_000, costBucketSize: 1_000_000 } });
    const { tenantA } = platform;
    ids.dept = (
      await mutate(
        tenantA,
        `mutation { r: createDepartment(input: { name: "Care" }) { department { id } userErrors { message } } }`,
      )
    ).department.id;
    const hire = async (name: string, country: string, managerId?: string) =>
      (
        await mutate(tenantA, EMPLOYEE, {
          i: {
            name,
            email: `${name.toLowerCase()}@a.example`,
            title: 'Consultant',
            departmentId: ids.dept,
            managerId,
            country,
            weeklyHours: 40,
            costRate: { amount: '40.00', currency: 'EUR' },
          },
        })
      ).employee.id as string;
    ids.mia = await hire('Mia', 'DE');
    ids.luc = await hire('Luc', 'FR', ids.mia);
    ids.customer = (
      await mutate(
        tenantA,
        `mutation { r: createCustomer(input: { name: "Umbrella", kind: COMPANY }) { customer { id } userErrors { message } } }`,
      )
    ).customer.id;
    await settleEvents(platform);
  });
  afterAll(() => platform?.stop());

  it('a public holiday in hr takes capacity off the plan cell by cell, per country; removing it restores it; redelivery changes nothing', async () => {
    const { tenantA } = platform;
    const holiday = `mutation($i: AddHolidayInput!) { r: addHoliday(input: $i) { holiday { id } userErrors { code message } } }`;
    ids.easter = (await mutate(tenantA, holiday, { i: { date: '2026-04-06', name: 'Easter Monday' } })).holiday.id;
    ids.deOnly = (await mutate(tenantA, holiday, { i: { date: '2026-04-09', name: 'Regional day', country: 'DE' } })).holiday.id;
    const project = await mutate(tenantA, PROJECT, {
      i: {
        name: 'Audit',
        customerId: ids.customer,
        managerId: ids.mia,
        contractType: 'TIME_AND_MATERIALS',
        currency: 'EUR',
        defaultRate: { amount: '100.00', currency: 'EUR' },
      },
    });
    ids.tm = project.project.id;
    await mutate(tenantA, STATUS, { id: ids.tm, s: 'ACTIVE' });
    await settleEvents(platform);
    // Luc is booked 32 h a week over both weeks: it fits the holiday week (32 h) exactly; Mia's
    // holiday week has 24 h, so 30 h for her is refused without allowOverbooking.
    const allocate = `mutation($i: AllocateResourceInput!) { r: allocateResource(input: $i) { allocation { id overbooked } userErrors { code message } } }`;
    const luc = await tenantA.data(allocate, {
      i: { employeeId: ids.luc, projectId: ids.tm, from: '2026-04-06', to: '2026-04-17', hoursPerWeek: 32 },
    });
    expect(luc.r).toEqual({ allocation: { id: expect.any(String), overbooked: false }, userErrors: [] });
    const refused = await tenantA.data(allocate, {
      i: { employeeId: ids.mia, projectId: ids.tm, from: '2026-04-06', to: '2026-04-10', hoursPerWeek: 30 },
    });
    expect(refused.r.userErrors).toEqual([
      expect.objectContaining({ code: 'OVERLAPPING', message: expect.stringContaining('2026-04-06') }),
    ]);
    const mia = await tenantA.data(allocate, {
      i: {
        employeeId: ids.mia,
        projectId: ids.tm,
        from: '2026-04-06',
        to: '2026-04-10',
        hoursPerWeek: 30,
        allowOverbooking: true,
      },
    });
    expect(mia.r.allocation.overbooked).toBe(true);
    await mutate(tenantA, LOG, { i: { employeeId: ids.luc, projectId: ids.tm, date: '2026-04-07', minutes: 360 } });

    const week = (weekStart: string, capacityHours: number, holidays: string[], allocatedHours: number, bookedHours = 0) => ({
      weekStart,
      capacityHours,
      holidays,
      allocatedHours,
      bookedHours,
      utilisationPercent: Math.round((allocatedHours / capacityHours) * 1000) / 10,
      overallocated: allocatedHours > capacityHours,
    });
    const withHolidays = {
      weeks: ['2026-04-06', '2026-04-13'],
      rows: [
        // Mia (DE): Easter Monday and the DE day: 40 x 3 / 5 = 24 h; 30 h allocated -> 125 %, over-allocated.
        {
          employee: { id: ids.mia, name: 'Mia' },
          cells: [week('2026-04-06', 24, ['2026-04-06', '2026-04-09'], 30), week('2026-04-13', 40, [], 0)],
        },
        // Luc (FR): Easter Monday only: 32 h; 32 h allocated -> 100 %; 6 h logged.
        {
          employee: { id: ids.luc, name: 'Luc' },
          cells: [week('2026-04-06', 32, ['2026-04-06'], 32, 6), week('2026-04-13', 40, [], 32)],
        },
      ],
    };
    expect((await tenantA.data(PLAN, { d: ids.dept })).resourcePlan).toEqual(withHolidays);
    const over = await tenantA.data(
      `{ overallocatedEmployees(from: "2026-04-06", to: "2026-04-19") { employee { id } cells { weekStart capacityHours allocatedHours } } }`,
    );
    expect(over.overallocatedEmployees).toEqual([
      { employee: { id: ids.mia }, cells: [{ weekStart: '2026-04-06', capacityHours: 24, allocatedHours: 30 }] },
    ]);
    // Tenant B sees none of tenant A's calendar or people.
    expect((await platform.tenantB.data(PLAN, { d: ids.dept })).resourcePlan.rows).toEqual([]);

    // hr's holiday events delivered again under new ids: nothing changes.
    const hrBus = platform.subgraphs.hr.events.bus;
    const holidayEvents = await busEvents(hrBus, (e) => e.type.startsWith('hr.holiday.') && e.tenantId === platform.tenantA.id);
    expect(holidayEvents.map((e) => e.type)).toEqual(['hr.holiday.upserted', 'hr.holiday.upserted']);
    for (const e of holidayEvents) await hrBus.publish(again(e));
    await settleEvents(platform);
    expect((await tenantA.data(PLAN, { d: ids.dept })).resourcePlan).toEqual(withHolidays);

    // The DE day is removed in hr: Mia's week is 32 h again, and 30 h of it no longer over-allocated.
    await mutate(
      tenantA,
      `mutation($id: ID!) { r: removeHoliday(input: { id: $id }) { holiday { id removedAt } userErrors { code } } }`,
      { id: ids.deOnly },
    );
    await settleEvents(platform);
    const afterRemoval = (await tenantA.data(PLAN, { d: ids.dept })).resourcePlan;
    expect(afterRemoval.rows[0].cells[0]).toEqual(week('2026-04-06', 32, ['2026-04-06'], 30));
    expect(afterRemoval.rows[1]).toEqual(withHolidays.rows[1]);
    expect(
      (await tenantA.data(`{ overallocatedEmployees(from: "2026-04-06", to: "2026-04-19") { employee { id } } }`))
        .overallocatedEmployees,
    ).toEqual([]);
    // Its earlier upsert redelivered after the removal does not bring it back.
    const upsert = holidayEvents.find((e) => e.aggregateId === ids.deOnly)!;
    await hrBus.publish(again(upsert));
    await settleEvents(platform);
    expect((await tenantA.data(PLAN, { d: ids.dept })).resourcePlan).toEqual(afterRemoval);
  });

  it('a RETAINER project bills its monthly fee and overage to finance once per period, with finance down and the sweeper racing', async () => {
    const { tenantA } = platform;
    const job = platform.subgraphs.operations.jobs['operations.retainer-billing'];
    await job.stop(); // driven by hand with the dates below
    const created = await mutate(tenantA, PROJECT, {
      i: {
        name: 'Care plan 2026',
        customerId: ids.customer,
        managerId: ids.mia,
        contractType: 'RETAINER',
        currency: 'EUR',
        startDate: '2026-01-01',
        endDate: '2026-02-28',
        roleRates: [{ role: 'Consultant', rate: { amount: '90.00', currency: 'EUR' } }],
        retainer: { fee: { amount: '2000.00', currency: 'EUR' }, includedHours: 20, billOverage: true },
      },
    });
    ids.retainer = created.project.id;
    await mutate(tenantA, STATUS, { id: ids.retainer, s: 'ACTIVE' });
    // January: 22.5 h by Luc, approved by Mia (2.5 h beyond the 20 included, at 90.00/h = 225.00).
    const sheets = new Set<string>();
    for (const [date, minutes] of [
      ['2026-01-05', 480],
      ['2026-01-06', 480],
      ['2026-01-26', 390],
    ] as const) {
      sheets.add(
        (await mutate(tenantA, LOG, { i: { employeeId: ids.luc, projectId: ids.retainer, date, minutes } })).timesheet.id,
      );
    }
    for (const id of sheets) {
      await mutate(tenantA, SUBMIT, { id });
      expect((await mutate(tenantA, APPROVE, { id, a: ids.mia })).timesheet.status).toBe('APPROVED');
    }
    await settleEvents(platform);

    const stopped = await stopSubgraph(platform, 'finance');
    // Two sweeps racing (a round counts the projects it billed, whichever of them billed which month).
    const [first, second] = await Promise.all([
      job.runOnce(new Date('2026-03-02T00:00:00Z')),
      job.runOnce(new Date('2026-03-02T00:00:00Z')),
    ]);
    expect(first + second).toBeGreaterThanOrEqual(1);
    const months = await tenantA.data(`query($id: ID!) { project(id: $id) { retainer { periods { period } } } }`, {
      id: ids.retainer,
    });
    expect(months.project.retainer.periods).toEqual([{ period: '2026-01' }, { period: '2026-02' }]); // each once
    expect(await job.runOnce(new Date('2026-12-01T00:00:00Z'))).toBe(0);
    await startSubgraphAgain(platform, 'finance', stopped);
    await settleEvents(platform);
    const opsBus = platform.subgraphs.operations.events.bus;
    const billings = await busEvents(
      opsBus,
      (e) => e.type === 'operations.billing.ready' && (e.payload as { projectId: string }).projectId === ids.retainer,
    );
    expect(billings).toHaveLength(2);
    for (const e of billings) await opsBus.publish(again(e));
    await settleEvents(platform);

    const invoices = (await tenantA.data(INVOICES, { c: ids.customer })).invoices.edges.map((e: any) => e.node);
    const retainerInvoices = invoices.filter((n: any) => n.source.startsWith(`operations:retainer:${ids.retainer}`));
    expect(retainerInvoices.map((n: any) => n.source).sort()).toEqual([
      `operations:retainer:${ids.retainer}:2026-01`,
      `operations:retainer:${ids.retainer}:2026-02`,
    ]);
    const bySource = Object.fromEntries(retainerInvoices.map((n: any) => [n.source.split(':').pop(), n]));
    expect(bySource['2026-01']).toMatchObject({
      status: 'DRAFT',
      total: { amount: '2225.00' },
      lines: [
        { description: 'Retainer 2026-01 (includes 20:00 h; 22:30 h used)', unitPrice: { amount: '2000.00' } },
        { description: 'Overage 2026-01: 2:30 h at 90.00/h', unitPrice: { amount: '225.00' } },
      ],
    });
    expect(bySource['2026-02']).toMatchObject({
      total: { amount: '2000.00' },
      lines: [{ description: 'Retainer 2026-02 (includes 20:00 h; 0:00 h used)', unitPrice: { amount: '2000.00' } }],
    });
    ids.janInvoice = bySource['2026-01'].id;
    ids.febInvoice = bySource['2026-02'].id;
    const { project } = await tenantA.data(
      `query($id: ID!) { project(id: $id) { retainer { nextBillingAt periods { period usedHours overageHours amount { amount } } } profitability { revenue { amount } cost { amount } } } }`,
      { id: ids.retainer },
    );
    expect(project.retainer).toEqual({
      nextBillingAt: null,
      periods: [
        { period: '2026-01', usedHours: 22.5, overageHours: 2.5, amount: { amount: '2225.00' } },
        { period: '2026-02', usedHours: 0, overageHours: 0, amount: { amount: '2000.00' } },
      ],
    });
    // Revenue 2225 + 2000; cost 22.5 h x 40.00 = 900.00.
    expect(project.profitability).toEqual({ revenue: { amount: '4225.00' }, cost: { amount: '900.00' } });
  });

  it('revenue leaves out what finance voided and the net of its credit notes, once however often finance tells it', async () => {
    const { tenantA } = platform;
    // Luc's T&M week: the 6 h logged above and 3 h more, at 100.00 -> a 900.00 invoice; issued, then 120.00 credited.
    const sheet = (
      await mutate(tenantA, LOG, { i: { employeeId: ids.luc, projectId: ids.tm, date: '2026-04-08', minutes: 180 } })
    ).timesheet.id;
    await mutate(tenantA, SUBMIT, { id: sheet });
    await mutate(tenantA, APPROVE, { id: sheet, a: ids.mia });
    await settleEvents(platform);
    const tmInvoice = await waitUntil(
      'the timesheet invoice',
      async () =>
        (await tenantA.data(INVOICES, { c: ids.customer })).invoices.edges
          .map((e: any) => e.node)
          .find((n: any) => n.source.startsWith('operations:timesheet:')),
      (n: any) => Boolean(n),
    );
    expect(tmInvoice.total).toEqual({ amount: '900.00' });
    const tmBefore = (await tenantA.data(PROFIT, { id: ids.tm })).project.profitability;
    expect(tmBefore.revenue).toEqual({ amount: '900.00' });

    const invoiceMutation = (name: string) =>
      `mutation($id: ID!) { r: ${name}(input: { id: $id }) { invoice { id status } userErrors { code message } } }`;
    await mutate(tenantA, invoiceMutation('issueInvoice'), { id: tmInvoice.id });
    const credit = await mutate(
      tenantA,
      `mutation($i: CreateCreditNoteInput!) { r: createCreditNote(input: $i) { invoice { id amountCredited { amount } } userErrors { code message } } }`,
      { i: { invoiceId: tmInvoice.id, amount: { amount: '120.00', currency: 'EUR' }, reason: 'Kick-off overran' } },
    );
    expect(credit.invoice.amountCredited).toEqual({ amount: '120.00' });
    // The retainer's January invoice is voided (a draft), February's stays.
    await mutate(tenantA, invoiceMutation('voidInvoice'), { id: ids.janInvoice });
    await settleEvents(platform);

    const tm = (await tenantA.data(PROFIT, { id: ids.tm })).project.profitability;
    // 900.00 - 120.00 credited = 780.00; cost 9 h x 40.00 = 360.00 -> margin 420.00.
    expect(tm).toEqual({
      revenue: { amount: '780.00' },
      margin: { amount: '420.00' },
      billing: [
        {
          source: `timesheet:${sheet}`,
          amount: { amount: '900.00' },
          voided: false,
          credited: { amount: '120.00' },
          revenue: { amount: '780.00' },
        },
      ],
    });
    const expectedRetainer = {
      revenue: { amount: '2000.00' },
      margin: { amount: '1100.00' },
      billing: [
        {
          source: `retainer:${ids.retainer}:2026-01`,
          amount: { amount: '2225.00' },
          voided: true,
          credited: { amount: '0.00' },
          revenue: { amount: '0.00' },
        },
        {
          source: `retainer:${ids.retainer}:2026-02`,
          amount: { amount: '2000.00' },
          voided: false,
          credited: { amount: '0.00' },
          revenue: { amount: '2000.00' },
        },
      ],
    };
    expect((await tenantA.data(PROFIT, { id: ids.retainer })).project.profitability).toEqual(expectedRetainer);

    // finance's void and credit-note events delivered again under new ids: nothing changes.
    const financeBus = platform.subgraphs.finance.events.bus;
    const told = await busEvents(
      financeBus,
      (e) =>
        e.tenantId === platform.tenantA.id &&
        (e.type === 'finance.creditNote.issued' ||
          (e.type === 'finance.invoice.statusChanged' && (e.payload as { toStatus: string }).toStatus === 'VOID')),
    );
    expect(told.map((e) => e.type).sort()).toEqual(['finance.creditNote.issued', 'finance.invoice.statusChanged']);
    for (const e of told) await financeBus.publish(again(e));
    await settleEvents(platform);
    expect((await tenantA.data(PROFIT, { id: ids.tm })).project.profitability).toEqual(tm);
    expect((await tenantA.data(PROFIT, { id: ids.retainer })).project.profitability).toEqual(expectedRetainer);
    // Another tenant cannot read the project at all.
    expect((await platform.tenantB.data(`query($id: ID!) { project(id: $id) { id } }`, { id: ids.retainer })).project).toBeNull();
  });
});
