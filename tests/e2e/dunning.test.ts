/**
 * Dunning through the gateway: a tenant's levels (days overdue), finance's dunning job raising an
 * unpaid invoice's level once per level with `finance.invoice.overdue`, never for a paid one, each
 * tenant with its own levels; the CRM timeline entry and an automation follow-up for the owner.
 */
import { addDays } from '../../lib/dates';
import { DUNNING_JOB } from '../../subgraphs/finance/jobs/dunning';
import { createCustomer, createInvoice } from '../helpers/fixtures';
import { eventually } from '../helpers/finance';
import { asScopedKey, settleEvents, startTestPlatform, type TestPlatform } from '../helpers/platform';

const SET_LEVELS = `mutation($d: [Int!]) { r: updateFinanceSettings(input: { dunningDays: $d }) { settings { dunningDays } userErrors { field code message } } }`;
const INVOICE = `query($id: ID!) { invoice(id: $id) { status overdue dunningLevel dunnedAt version } }`;

describe('dunning of unpaid invoices', () => {
  let platform: TestPlatform;
  const today = new Date().toISOString().slice(0, 10);
  const job = () => platform.subgraphs.finance.jobs[DUNNING_JOB];
  const overdueEvents = async (tenantId: string, invoiceId?: string) => {
    await settleEvents(platform); // published by the outbox relay
    const logged = await platform.subgraphs.finance.events.bus.recent(tenantId, {
      limit: 50,
      type: 'finance.invoice.overdue',
      aggregateId: invoiceId,
    });
    return logged.map((l) => l.event as { payload: Record<string, unknown> });
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform?.stop());

  it('refuses levels out of order or out of range with a typed error, and keeps the ones it had', async () => {
    const a = platform.tenantA;
    expect((await a.data(`{ financeSettings { dunningDays } }`)).financeSettings.dunningDays).toEqual([7, 14, 30]);
    for (const [days, field] of [
      [
        [14, 7],
        ['input', 'dunningDays', '1'],
      ],
      [[0], ['input', 'dunningDays', '0']],
      [
        [1, 2, 3, 4, 5, 6],
        ['input', 'dunningDays'],
      ],
    ] as const) {
      const { r } = await a.data(SET_LEVELS, { d: days });
      expect(r.settings).toBeNull();
      expect(r.userErrors).toEqual([expect.objectContaining({ field, code: 'INVALID' })]);
    }
    expect((await a.data(`{ financeSettings { dunningDays } }`)).financeSettings.dunningDays).toEqual([7, 14, 30]);
    const reader = await asScopedKey(platform, ['finance:read'], SET_LEVELS, { d: [3] });
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('raises each unpaid invoice to the level its days overdue reach, announces each level once, and skips paid ones', async () => {
    const a = platform.tenantA;
    const b = platform.tenantB;
    expect((await a.data(SET_LEVELS, { d: [3, 10] })).r.settings.dunningDays).toEqual([3, 10]);
    const customerId = await createCustomer(a, 'Slow Payer Ltd', { ownerId: 'emp-collector' });
    await a.data(`mutation($i: UpdateCrmSettingsInput!) { updateCrmSettings(input: $i) { userErrors { message } } }`, {
      i: {
        automationRules: [
          {
            name: 'Call about the final reminder',
            eventType: 'finance.invoice.overdue',
            conditions: [{ field: 'level', equals: '2' }],
            action: 'CREATE_FOLLOW_UP_TASK',
            afterDays: 1,
            taskTitle: 'Call the customer about their overdue invoice',
          },
        ],
      },
    });
    const late = (await createInvoice(a, customerId, '120.00', { issue: true, dueDate: addDays(today, -12) })).id;
    const recent = (await createInvoice(a, customerId, '40.00', { issue: true, dueDate: addDays(today, -4) })).id;
    const paid = (await createInvoice(a, customerId, '25.00', { issue: true, dueDate: addDays(today, -20) })).id;
    const notDue = (await createInvoice(a, customerId, '10.00', { issue: true, dueDate: addDays(today, 5) })).id;
    const pay = await a.data(
      `mutation($i: RecordPaymentInput!) { r: recordPayment(input: $i) { invoice { status } userErrors { message } } }`,
      { i: { invoiceId: paid, amount: { amount: '25.00', currency: 'EUR' } } },
    );
    expect(pay.r.invoice.status).toBe('PAID');
    // Tenant B keeps the default levels (7, 14, 30): its invoice 8 days overdue reaches level 1 only.
    const bCustomer = await createCustomer(b, 'Other Books');
    const bInvoice = (await createInvoice(b, bCustomer, '60.00', { issue: true, dueDate: addDays(today, -8) })).id;

    const now = new Date();
    expect(await job().runOnce(now)).toBe(3);
    const level = async (t: typeof a, id: string) => (await t.data(INVOICE, { id })).invoice;
    expect(await level(a, late)).toMatchObject({ overdue: true, dunningLevel: 2, dunnedAt: now.toISOString() });
    expect(await level(a, recent)).toMatchObject({ dunningLevel: 1 });
    expect(await level(a, paid)).toMatchObject({ status: 'PAID', dunningLevel: 0, dunnedAt: null });
    expect(await level(a, notDue)).toMatchObject({ overdue: false, dunningLevel: 0 });
    expect(await level(b, bInvoice)).toMatchObject({ dunningLevel: 1 });
    // B cannot see A's invoice, nor its reminders.
    expect((await b.data(INVOICE, { id: late })).invoice).toBeNull();
    expect(await overdueEvents(b.id, late)).toHaveLength(0);

    const [lateEvent] = await overdueEvents(a.id, late);
    expect(lateEvent.payload).toEqual({
      invoiceId: late,
      number: expect.any(String),
      customerId,
      level: 2,
      daysOverdue: 12,
      dueDate: addDays(today, -12),
      amountDue: { minor: 12000, currency: 'EUR' },
    });

    // A second round on the same day changes nothing and announces nothing again.
    const versionBefore = (await level(a, late)).version;
    expect(await job().runOnce(now)).toBe(0);
    expect((await level(a, late)).version).toBe(versionBefore);
    // A week later A's recent one (11 days overdue) reaches A's level 2 (10 days) and B's (15 days) B's
    // level 2 (14 days); A's late one has no level left.
    expect(await job().runOnce(new Date(now.getTime() + 7 * 86_400_000))).toBe(2);
    expect(await level(a, recent)).toMatchObject({ dunningLevel: 2 });
    expect(await level(b, bInvoice)).toMatchObject({ dunningLevel: 2 });
    expect((await overdueEvents(a.id, recent)).map((e) => e.payload.level).sort()).toEqual([1, 2]);
    expect(await overdueEvents(a.id, late)).toHaveLength(1);

    // The CRM: one timeline entry per reminder, and the rule's follow-up for the account owner per level-2 reminder.
    await settleEvents(platform);
    const crm = await eventually(async () => {
      const d = await a.data(
        `query($id: ID!) { customer(id: $id) { timeline(first: 20, kinds: [SYSTEM]) { edges { node { subject } } } } tasks(filter: { assigneeId: "emp-collector" }) { totalCount edges { node { title } } } }`,
        { id: customerId },
      );
      return d.customer.timeline.edges.length >= 3 && d.tasks.totalCount >= 2 ? d : undefined;
    });
    const subjects = crm.customer.timeline.edges.map((e: any) => e.node.subject);
    expect(subjects.filter((s: string) => / overdue: reminder /.test(s))).toHaveLength(3);
    expect(subjects).toContainEqual(expect.stringMatching(/overdue: reminder 2 \(12 days past due, 120\.00 EUR due\)$/));
    expect(crm.tasks.totalCount).toBe(2);
    expect(crm.tasks.edges[0].node.title).toBe('Call the customer about their overdue invoice');
  });

  it('reaches a level the tenant adds later on invoices already at their last one', async () => {
    const a = platform.tenantA;
    const customerId = await createCustomer(a, 'Very Slow Payer');
    const id = (await createInvoice(a, customerId, '70.00', { issue: true, dueDate: addDays(today, -40) })).id;
    const now = new Date();
    await job().runOnce(now);
    expect((await a.data(INVOICE, { id })).invoice.dunningLevel).toBe(2); // levels 3 and 10
    expect((await a.data(SET_LEVELS, { d: [3, 10, 30] })).r.userErrors).toEqual([]);
    await job().runOnce(new Date(now.getTime() + 86_400_000));
    expect((await a.data(INVOICE, { id })).invoice.dunningLevel).toBe(3);
    expect((await overdueEvents(a.id, id)).map((e) => e.payload.level).sort()).toEqual([2, 3]);
  });
});
