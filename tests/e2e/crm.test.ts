/**
 * CRM through the gateway: a customer's timeline across kinds with tickets and tasks, and the
 * events the customers subgraph consumes (lead converted, invoice paid) and produces (task due),
 * over the real bus with the platform's relays and consumers running.
 */
import mongoose from 'mongoose';
import { domainEvent, type EventEnvelope, type EventBus } from '../../lib/events';
import { createCustomer } from '../helpers/fixtures';
import { asScopedKey, settleEvents, startTestPlatform, type TestPlatform, type TestTenant } from '../helpers/platform';

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

  describe('ticket conversation, first response and satisfaction', () => {
    const COMMENT = `mutation($i: AddTicketCommentInput!) { addTicketComment(input: $i) {
      comment { id body visibility principal author { id } createdAt }
      ticket { id version firstRespondedAt } userErrors { field code } } }`;
    const RATE = `mutation($i: RateTicketInput!) { rateTicket(input: $i) {
      ticket { satisfaction { rating comment ratedAt } } userErrors { field code } } }`;
    const CONVERSATION = `query($id: ID!, $first: Int, $after: String, $v: TicketCommentVisibility) { ticket(id: $id) {
      firstRespondedAt satisfaction { rating comment }
      comments(first: $first, after: $after, visibility: $v) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { node { body visibility } } } } }`;
    const move = async (step: string, id: string) =>
      (await a.data(`mutation($id: ID!) { r: ${step}(input: { id: $id }) { userErrors { code } } }`, { id })).r.userErrors;
    const codes = (payload: { userErrors: Array<{ code: string }> }) => payload.userErrors.map((e) => e.code);

    it('keeps replies and internal notes in order, records the first public reply, and a rating once resolved', async () => {
      const customerId = await createCustomer(a, 'Conversation Corp');
      const { createTicket } = await a.data(
        `mutation($c: ID!) { createTicket(input: { customerId: $c, subject: "Printer offline" }) { ticket { id version firstRespondedAt satisfaction { rating } } } }`,
        { c: customerId },
      );
      const ticket = createTicket.ticket;
      expect(ticket).toMatchObject({ firstRespondedAt: null, satisfaction: null });

      const note = (
        await a.data(COMMENT, { i: { ticketId: ticket.id, body: ' Checked the logs: driver crash ', visibility: 'INTERNAL' } })
      ).addTicketComment;
      expect(note.userErrors).toEqual([]);
      expect(note.comment).toMatchObject({ body: 'Checked the logs: driver crash', visibility: 'INTERNAL', author: null });
      expect(note.comment.principal).toMatch(/^apikey:[0-9a-f]{24}$/); // the test tenant's own key
      expect(note.ticket).toMatchObject({ firstRespondedAt: null, version: ticket.version + 1 });

      const reply = (
        await a.data(COMMENT, { i: { ticketId: ticket.id, body: 'We are on it.', expectedVersion: ticket.version + 1 } })
      ).addTicketComment;
      expect(reply.comment.visibility).toBe('PUBLIC');
      expect(reply.ticket.firstRespondedAt).toBe(reply.comment.createdAt);
      const second = (await a.data(COMMENT, { i: { ticketId: ticket.id, body: 'Fixed by the new driver.' } })).addTicketComment;
      expect(second.ticket.firstRespondedAt).toBe(reply.comment.createdAt);

      // A stale version and an empty body change nothing.
      expect(
        codes(
          (await a.data(COMMENT, { i: { ticketId: ticket.id, body: 'Stale', expectedVersion: ticket.version } }))
            .addTicketComment,
        ),
      ).toEqual(['CONFLICT']);
      expect(codes((await a.data(COMMENT, { i: { ticketId: ticket.id, body: '   ' } })).addTicketComment)).toEqual(['REQUIRED']);

      const page1 = (await a.data(CONVERSATION, { id: ticket.id, first: 2 })).ticket.comments;
      expect(page1.totalCount).toBe(3);
      expect(page1.edges.map((e: any) => e.node.body)).toEqual(['Checked the logs: driver crash', 'We are on it.']);
      expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const page2 = (await a.data(CONVERSATION, { id: ticket.id, first: 2, after: page1.pageInfo.endCursor })).ticket.comments;
      expect(page2.edges.map((e: any) => e.node.body)).toEqual(['Fixed by the new driver.']);
      expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const publicOnly = (await a.data(CONVERSATION, { id: ticket.id, v: 'PUBLIC' })).ticket.comments;
      expect(publicOnly.edges.map((e: any) => e.node.visibility)).toEqual(['PUBLIC', 'PUBLIC']);

      // Rated only once resolved; a rating outside 1..5 is refused; rating again replaces it.
      expect(codes((await a.data(RATE, { i: { id: ticket.id, rating: 5 } })).rateTicket)).toEqual(['ILLEGAL_TRANSITION']);
      expect(await move('openTicket', ticket.id)).toEqual([]);
      expect(await move('resolveTicket', ticket.id)).toEqual([]);
      expect(codes((await a.data(RATE, { i: { id: ticket.id, rating: 6 } })).rateTicket)).toEqual(['INVALID']);
      expect(
        (await a.data(RATE, { i: { id: ticket.id, rating: 3, comment: 'Slow at first' } })).rateTicket.ticket.satisfaction,
      ).toMatchObject({
        rating: 3,
        comment: 'Slow at first',
      });
      expect((await a.data(RATE, { i: { id: ticket.id, rating: 5 } })).rateTicket.ticket.satisfaction).toMatchObject({
        rating: 5,
        comment: null,
      });

      // Closed is final: no more comments.
      expect(await move('closeTicket', ticket.id)).toEqual([]);
      expect(codes((await a.data(COMMENT, { i: { ticketId: ticket.id, body: 'One more thing' } })).addTicketComment)).toEqual([
        'ILLEGAL_TRANSITION',
      ]);
      const after = (await a.data(CONVERSATION, { id: ticket.id })).ticket;
      expect(after).toMatchObject({ firstRespondedAt: reply.comment.createdAt, satisfaction: { rating: 5, comment: null } });
      expect(after.comments.totalCount).toBe(3);

      // Each write stored its event: the comments (first response flagged), the moves, the ratings.
      await settleEvents(platform);
      const ofType = async (type: string) =>
        (await platform.subgraphs.customers.events.bus.recent(a.id, { limit: 10, type, aggregateId: ticket.id }))
          .map((l) => l.event.payload as any)
          .reverse();
      expect((await ofType('customers.ticket.commented')).map((p) => [p.visibility, p.firstResponse])).toEqual([
        ['INTERNAL', false],
        ['PUBLIC', true],
        ['PUBLIC', false],
      ]);
      expect((await ofType('customers.ticket.statusChanged')).map((p) => `${p.from}->${p.to}`)).toEqual([
        'NEW->OPEN',
        'OPEN->RESOLVED',
        'RESOLVED->CLOSED',
      ]);
      expect((await ofType('customers.ticket.rated')).map((p) => [p.rating, p.previousRating])).toEqual([
        [3, null],
        [5, 3],
      ]);
    });

    it("never shows or changes another tenant's conversation, and needs customers:write to add to one", async () => {
      const customerId = await createCustomer(a, 'Private Talks Ltd');
      const { createTicket } = await a.data(
        `mutation($c: ID!) { createTicket(input: { customerId: $c, subject: "Invoice question" }) { ticket { id } } }`,
        { c: customerId },
      );
      const id = createTicket.ticket.id;
      const mine = (await a.data(COMMENT, { i: { ticketId: id, body: 'Internal: VIP', visibility: 'INTERNAL' } }))
        .addTicketComment;
      expect(mine.userErrors).toEqual([]);
      const b = platform.tenantB;
      expect(codes((await b.data(COMMENT, { i: { ticketId: id, body: 'Injected' } })).addTicketComment)).toEqual(['NOT_FOUND']);
      expect(codes((await b.data(RATE, { i: { id, rating: 1 } })).rateTicket)).toEqual(['NOT_FOUND']);
      expect((await b.data(CONVERSATION, { id })).ticket).toBeNull();

      const readOnly = await asScopedKey(platform, ['customers:read'], CONVERSATION, { id });
      expect(readOnly.data.ticket.comments.edges.map((e: any) => e.node.body)).toEqual(['Internal: VIP']);
      const refused = await asScopedKey(platform, ['customers:read'], COMMENT, { i: { ticketId: id, body: 'By a reader' } });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const byKey = await asScopedKey(platform, ['customers:read', 'customers:write'], COMMENT, {
        i: { ticketId: id, body: 'From the partner app' },
      });
      // Each comment names the key (or user) that wrote it.
      expect(byKey.data.addTicketComment.comment.principal).toMatch(/^apikey:/);
      expect(byKey.data.addTicketComment.comment.principal).not.toBe(mine.comment.principal);
      expect((await a.data(CONVERSATION, { id })).ticket.comments.totalCount).toBe(2);
    });
  });
});
