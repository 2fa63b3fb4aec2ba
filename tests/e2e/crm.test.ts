/**
 * CRM through the gateway: a customer's timeline across kinds with tickets and tasks, and the
 * events the customers subgraph consumes (lead converted, invoice paid) and produces (task due),
 * over the real bus with the platform's relays and consumers running.
 */
import mongoose from 'mongoose';
import { domainEvent, type EventEnvelope, type EventBus } from '../../lib/events';
import { createCustomer } from '../helpers/fixtures';
import { startTestPlatform, type TestPlatform, type TestTenant } from '../helpers/platform';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until `done` holds (events settle asynchronously); fails after `timeoutMs`. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`Condition not met in time; last value: ${JSON.stringify(value)}`);
    await sleep(100);
  }
}

/** Every event on the bus so far (a throw-away consumer group reads from the start). */
async function busEvents(bus: EventBus): Promise<EventEnvelope[]> {
  const group = `test-reader-${new mongoose.Types.ObjectId().toString()}`;
  const events: EventEnvelope[] = [];
  for (;;) {
    const batch = await bus.poll(group, { limit: 100 });
    if (!batch.length) return events;
    events.push(...batch.map((d) => d.event));
    await bus.ack(
      group,
      batch.map((d) => d.position),
    );
  }
}

const TIMELINE = `query($id: ID!) { customer(id: $id) { name status lastInteractionAt contacts { id name email }
  timeline(first: 20) { totalCount edges { node { kind subject direction ticket { number status } } } } } }`;

describe('CRM through the gateway', () => {
  let platform: TestPlatform;
  let a: TestTenant;
  let bus: EventBus;

  beforeAll(async () => {
    platform = await startTestPlatform();
    a = platform.tenantA;
    bus = platform.subgraphs.customers.events.bus;
  });
  afterAll(() => platform?.stop());

  it('shows one timeline across kinds, newest first, linked to the ticket it was about', async () => {
    const customerId = await createCustomer(a, 'Timeline Traders');
    const { createTicket } = await a.data(
      `mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id number } userErrors { message } } }`,
      { i: { customerId, subject: 'Cannot log in', priority: 'HIGH' } },
    );
    const log = (input: Record<string, unknown>) =>
      a.data(`mutation($i: LogInteractionInput!) { logInteraction(input: $i) { userErrors { message } } }`, {
        i: { customerId, ...input },
      });
    await log({
      kind: 'EMAIL',
      subject: 'Customer reports login issue',
      direction: 'INBOUND',
      occurredAt: '2026-02-01T08:00:00.000Z',
      ticketId: createTicket.ticket.id,
    });
    await log({
      kind: 'CALL',
      subject: 'Walked through reset',
      occurredAt: '2026-02-01T09:30:00.000Z',
      ticketId: createTicket.ticket.id,
      outcome: 'Resolved on call',
    });
    await log({ kind: 'NOTE', subject: 'Consider SSO upsell', occurredAt: '2026-02-01T09:00:00.000Z' });

    const { customer } = await a.data(TIMELINE, { id: customerId });
    expect(customer.timeline.totalCount).toBe(3);
    expect(customer.timeline.edges.map((e: any) => [e.node.kind, e.node.subject, e.node.ticket?.number ?? null])).toEqual([
      ['CALL', 'Walked through reset', createTicket.ticket.number],
      ['NOTE', 'Consider SSO upsell', null],
      ['EMAIL', 'Customer reports login issue', createTicket.ticket.number],
    ]);
    expect(customer.lastInteractionAt).toBe('2026-02-01T09:30:00.000Z');
    // Ticket and Task are entities with root lookups (what subscriptions resolve through).
    const { ticket } = await a.data(`query($id: ID!) { ticket(id: $id) { number customer { name } } }`, {
      id: createTicket.ticket.id,
    });
    expect(ticket).toEqual({ number: createTicket.ticket.number, customer: { name: 'Timeline Traders' } });
    // Another tenant sees nothing of it.
    expect((await platform.tenantB.data(TIMELINE, { id: customerId })).customer).toBeNull();
  });

  it('creates the customer of a converted lead with exactly its id, once, whatever the redeliveries', async () => {
    const customerId = new mongoose.Types.ObjectId().toString();
    const contactId = new mongoose.Types.ObjectId().toString();
    const converted = domainEvent('sales.lead.converted', {
      tenantId: a.id,
      aggregateId: 'lead-1',
      payload: {
        leadId: 'lead-1',
        customerId,
        customerName: 'Converted Corp',
        email: 'buyer@converted.example',
        contactName: 'Carla Buyer',
        contactId,
        ownerId: 'emp-owner',
        dealId: 'deal-1',
      },
    });
    await bus.publish(converted);
    const { customer } = await eventually(
      () =>
        a.data(`query($id: ID!) { customer(id: $id) { id name status owner { id } contacts { id name email } } }`, {
          id: customerId,
        }),
      (d: any) => d.customer !== null,
    );
    expect(customer).toEqual({
      id: customerId,
      name: 'Converted Corp',
      status: 'PROSPECT',
      owner: { id: 'emp-owner' },
      contacts: [{ id: contactId, name: 'Carla Buyer', email: 'buyer@converted.example' }],
    });
    // Found by the contact's name too.
    const found = await a.data(`{ customers(filter: { search: "carla" }) { edges { node { id } } } }`);
    expect(found.customers.edges.map((e: any) => e.node.id)).toContain(customerId);

    // A redelivery (same event) and a second conversion event for the same customer change nothing.
    await bus.publish(converted);
    const again = domainEvent('sales.lead.converted', {
      tenantId: a.id,
      aggregateId: 'lead-1',
      payload: { ...converted.payload, customerName: 'Renamed', contactName: 'Other' },
    });
    await bus.publish(again);
    await eventually(
      () => platform.subgraphs.customers.events.consumers[0].runOnce(),
      (n: number) => n === 0,
    );
    const after = await a.data(
      `query($id: ID!) { customer(id: $id) { name contacts { name } } customers(filter: { search: "converted" }) { totalCount } }`,
      {
        id: customerId,
      },
    );
    expect(after).toEqual({
      customer: { name: 'Converted Corp', contacts: [{ name: 'Carla Buyer' }] },
      customers: { totalCount: 1 },
    });
    // The lead's tenant only.
    expect((await platform.tenantB.data(`query($id: ID!) { customer(id: $id) { id } }`, { id: customerId })).customer).toBeNull();
  });

  it('puts "Invoice <number> paid" on the timeline exactly once per invoice-paid event', async () => {
    const customerId = await createCustomer(a, 'Paying Partners');
    const paid = (id?: string, toStatus = 'PAID') =>
      domainEvent('finance.invoice.statusChanged', {
        tenantId: a.id,
        aggregateId: 'inv-1',
        id,
        payload: {
          invoiceId: 'inv-1',
          number: 'INV-000042',
          customerId,
          fromStatus: 'OPEN',
          toStatus,
          total: { minor: 10_000, currency: 'EUR' },
          amountDue: { minor: 0, currency: 'EUR' },
          orderId: 'order-1',
        },
      });
    await bus.publish(paid(undefined, 'OPEN')); // not a payment: no entry
    const event = paid();
    await bus.publish(event);
    await bus.publish(event); // redelivered
    const read = () => a.data(TIMELINE, { id: customerId });
    const { customer } = await eventually(read, (d: any) => d.customer.timeline.totalCount > 0);
    await sleep(500); // let any duplicate delivery land before asserting "once"
    const final = (await read()).customer;
    expect(final.timeline.edges.map((e: any) => [e.node.kind, e.node.subject, e.node.direction])).toEqual([
      ['SYSTEM', 'Invoice INV-000042 paid', 'INTERNAL'],
    ]);
    // A payment is not a conversation: the customer's last interaction is unchanged.
    expect(customer.lastInteractionAt).toBeNull();
    // The entry is announced to other domains like any interaction.
    const logged = await eventually(
      () => busEvents(bus),
      (events) => events.some((e) => e.type === 'customers.interaction.logged' && (e.payload as any).customerId === customerId),
    );
    expect(
      logged.find((e) => e.type === 'customers.interaction.logged' && (e.payload as any).customerId === customerId)?.payload,
    ).toMatchObject({
      kind: 'SYSTEM',
      orderId: 'order-1',
    });
  });

  it('announces a task on the bus once when its due time passes', async () => {
    const customerId = await createCustomer(a, 'Due Diligence');
    const { createTask } = await a.data(
      `mutation($i: CreateTaskInput!) { createTask(input: $i) { task { id } userErrors { message } } }`,
      { i: { title: 'Send contract', dueAt: new Date(Date.now() + 500).toISOString(), assigneeId: 'emp-due', customerId } },
    );
    const dueEvents = (events: EventEnvelope[]) =>
      events.filter((e) => e.type === 'customers.task.due' && (e.payload as any).taskId === createTask.task.id);
    const events = await eventually(
      () => busEvents(bus),
      (all) => dueEvents(all).length > 0,
    );
    expect(dueEvents(events)[0].payload).toMatchObject({ assigneeId: 'emp-due', customerId });
    await sleep(1500); // at least one more sweep
    expect(dueEvents(await busEvents(bus))).toHaveLength(1);
    const { task } = await a.data(`query($id: ID!) { task(id: $id) { overdue customer { name } } }`, { id: createTask.task.id });
    expect(task).toEqual({ overdue: true, customer: { name: 'Due Diligence' } });
  });

  it('runs automation rules once per event: proposal follow-up for the deal owner, urgent tickets to on-call', async () => {
    const t = platform.tenantB; // its own settings, untouched by the tests above
    const customerId = await createCustomer(t, 'Automated Inc');
    const moved = domainEvent('sales.deal.stageChanged', {
      tenantId: t.id,
      aggregateId: 'deal-auto',
      occurredAt: new Date('2026-03-02T09:00:00.000Z'),
      payload: {
        dealId: 'deal-auto',
        pipelineId: 'p1',
        customerId,
        ownerId: 'emp-owner-auto',
        fromStage: 'QUALIFIED',
        toStage: 'PROPOSAL',
        amount: { minor: 500_000, currency: 'EUR' },
      },
    });
    await bus.publish(moved);
    await bus.publish(moved); // redelivered
    const tasks = () =>
      t.data(
        `{ tasks(filter: { assigneeId: "emp-owner-auto" }) { totalCount edges { node { title dueAt dealId customer { name } } } } }`,
      );
    const { tasks: found } = await eventually(tasks, (d: any) => d.tasks.edges.length > 0);
    expect(found.edges[0].node).toEqual({
      title: 'Follow up on the proposal',
      dueAt: '2026-03-05T09:00:00.000Z',
      dealId: 'deal-auto',
      customer: { name: 'Automated Inc' },
    });

    const set = await t.data(
      `mutation { r: updateCrmSettings(input: { onCallAgentId: "emp-oncall" }) { settings { onCallAgentId automationRules { name action } } userErrors { code } } }`,
    );
    expect(set.r.settings.automationRules.map((r: any) => r.action)).toEqual([
      'CREATE_FOLLOW_UP_TASK',
      'CREATE_FOLLOW_UP_TASK', // low stock on a quoted product
      'CREATE_FOLLOW_UP_TASK', // hr's review deadline reminders
      'ASSIGN_TICKET_TO_ON_CALL',
    ]);
    const { createTicket } = await t.data(
      `mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id assignee { id } } userErrors { message } } }`,
      { i: { customerId, subject: 'Everything is down', priority: 'URGENT' } },
    );
    expect(createTicket.ticket.assignee).toBeNull(); // no routing rules in this tenant
    const { ticket } = await eventually(
      () =>
        t.data(`query($id: ID!) { ticket(id: $id) { assignee { id } routing { ruleName } } }`, { id: createTicket.ticket.id }),
      (d: any) => d.ticket.assignee !== null,
    );
    expect(ticket).toEqual({ assignee: { id: 'emp-oncall' }, routing: { ruleName: 'Urgent tickets to on-call' } });
    await sleep(500);
    expect((await tasks()).tasks.totalCount).toBe(1);
  });
});
