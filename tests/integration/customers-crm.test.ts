/**
 * CRM depth of the customers subgraph over HTTP against the real database: owner/tags/addresses,
 * the timeline, tasks, tickets (lifecycle, SLA, routing), customers needing attention, the events
 * it writes to its outboxes, the task-due job, _entities and tenant isolation.
 */
import { unrecorded } from '../helpers/query-shapes';
import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { ALL_SCOPES } from '../../lib/scopes';
import { runWithTenant } from '../../lib/tenancy';
import type { EventEnvelope } from '../../lib/events';
import type { CustomersService } from '../../subgraphs/customers';
import { TEST_SECRET } from '../helpers/db';
import { dataOf, signedGraphql } from '../helpers/graphql';
import { domainEvent } from '../../lib/events/catalog';
import { recordUserLink } from '../../subgraphs/customers/services/user-links';
import { entitiesQuery, startSubgraph, type TestSubgraph } from '../helpers/subgraph';

const CUSTOMER_FIELDS = `id name status tags owner { id } addresses { kind line1 city country } lastInteractionAt`;
const TICKET_FIELDS = `id number status priority tags slaDueAt slaBreached assignee { id } routing { ruleName strategy } createdAt`;
const TASK_FIELDS = `id title status dueAt overdue assignee { id } customer { id }`;

describe('customers subgraph: CRM depth', () => {
  let subgraph: TestSubgraph;
  const a = () => subgraph.as('tenant-a');
  const b = () => subgraph.as('tenant-b');
  const service = () => subgraph.service as unknown as CustomersService;
  const taskDue = () => service().jobs['customers.task-due'];

  const createCustomer = async (name: string, extra: Record<string, unknown> = {}, caller = a()) =>
    (
      await caller.data(
        `mutation($i: CreateCustomerInput!) { r: createCustomer(input: $i) { customer { ${CUSTOMER_FIELDS} } userErrors { field code } } }`,
        {
          i: { name, kind: 'COMPANY', ...extra },
        },
      )
    ).r;
  const logInteraction = async (input: Record<string, unknown>, caller = a()) =>
    (
      await caller.data(
        `mutation($i: LogInteractionInput!) { r: logInteraction(input: $i) { interaction { id kind subject occurredAt direction contacts { name } employees { id } ticket { number } } userErrors { field code } } }`,
        { i: input },
      )
    ).r;
  const createTicket = async (input: Record<string, unknown>, caller = a()) =>
    (
      await caller.data(
        `mutation($i: CreateTicketInput!) { r: createTicket(input: $i) { ticket { ${TICKET_FIELDS} } userErrors { field code } } }`,
        {
          i: input,
        },
      )
    ).r;
  const ticketMove = async (mutation: string, id: string) =>
    (
      await a().data(`mutation($id: ID!) { r: ${mutation}(input: { id: $id }) { ticket { status } userErrors { code } } }`, {
        id,
      })
    ).r;
  const createTask = async (input: Record<string, unknown>, caller = a()) =>
    (
      await caller.data(
        `mutation($i: CreateTaskInput!) { r: createTask(input: $i) { task { ${TASK_FIELDS} } userErrors { field code } } }`,
        { i: input },
      )
    ).r;
  /** Events waiting in a collection's outboxes for one tenant (the relay is off in this suite). */
  const pending = async (collection: string, tenantId = 'tenant-a') => {
    const docs = await unrecorded(() =>
      service()
        .database.connection.collection(collection)
        .find({ tenantId, 'outbox.0': { $exists: true } })
        .toArray(),
    );
    return docs.flatMap((d) => (d.outbox ?? []) as EventEnvelope[]);
  };

  beforeAll(async () => {
    subgraph = await startSubgraph('customers');
    // Drive the outbox by hand: stop the relay so produced events stay visible in the documents.
    await subgraph.service.events.relay?.stop();
    await taskDue().stop();
  });
  afterAll(() => subgraph?.stop());

  it('keeps owner, tags and addresses, filters by them, and records customers.customer.upserted', async () => {
    const created = await createCustomer('Initech', {
      email: 'hello@initech.example',
      ownerId: 'emp-1',
      tags: ['VIP', ' software', 'vip'],
      addresses: [{ kind: 'BILLING', line1: '1 Initech Way', city: 'Austin', country: 'us' }],
    });
    expect(created.userErrors).toEqual([]);
    expect(created.customer).toMatchObject({
      tags: ['vip', 'software'],
      owner: { id: 'emp-1' },
      addresses: [{ kind: 'BILLING', line1: '1 Initech Way', city: 'Austin', country: 'US' }],
      lastInteractionAt: null,
    });
    const id = created.customer.id;
    const updated = await a().data(
      `mutation($id: ID!) { r: updateCustomer(input: { id: $id, ownerId: "emp-2", tags: ["churn-risk"] }) { customer { owner { id } tags name } userErrors { code } } }`,
      { id },
    );
    expect(updated.r).toEqual({ customer: { owner: { id: 'emp-2' }, tags: ['churn-risk'], name: 'Initech' }, userErrors: [] });

    const list = async (filter: Record<string, unknown>) =>
      (
        await a().data(`query($f: CustomerFilter) { customers(filter: $f) { edges { node { name } } } }`, { f: filter })
      ).customers.edges.map((e: any) => e.node.name);
    expect(await list({ ownerId: 'emp-2' })).toEqual(['Initech']);
    expect(await list({ tag: 'CHURN-RISK' })).toEqual(['Initech']);
    expect(await list({ tag: 'vip' })).toEqual([]);
    expect(await list({ search: 'initech', ownerId: 'emp-2' })).toEqual(['Initech']);

    const bad = await createCustomer('Bad Addr', {
      ownerId: 'has spaces',
      addresses: [{ kind: 'OFFICE', line1: '', city: 'X', country: 'Germany' }],
    });
    expect(bad.customer).toBeNull();
    expect(bad.userErrors.map((e: any) => `${e.code}:${e.field.join('.')}`)).toEqual([
      'INVALID:input.ownerId',
      'REQUIRED:input.addresses.0.line1',
      'INVALID:input.addresses.0.country',
    ]);

    const events = (await pending('customers')).filter((e) => e.aggregateId === id);
    expect(events.map((e) => [e.type, (e.payload as any).ownerId])).toEqual([
      ['customers.customer.upserted', 'emp-1'],
      ['customers.customer.upserted', 'emp-2'],
    ]);
  });

  it('logs interactions and returns one timeline across kinds, newest first, filterable and paged', async () => {
    const { customer } = await createCustomer('Globex');
    const withContact = await a().data(
      `mutation($id: ID!) { addContact(input: { customerId: $id, name: "Hank Scorpio", role: "CEO" }) { customer { contacts { id } } } }`,
      { id: customer.id },
    );
    const contactId = withContact.addContact.customer.contacts[0].id;
    const at = (iso: string) => new Date(iso).toISOString();
    const call = await logInteraction({
      customerId: customer.id,
      kind: 'CALL',
      subject: 'Intro call',
      occurredAt: at('2026-01-10T10:00:00Z'),
      contactIds: [contactId],
      employeeIds: ['emp-9'],
      dealId: 'deal-1',
    });
    expect(call.userErrors).toEqual([]);
    expect(call.interaction).toMatchObject({
      kind: 'CALL',
      direction: 'OUTBOUND',
      contacts: [{ name: 'Hank Scorpio' }],
      employees: [{ id: 'emp-9' }],
    });
    await logInteraction({ customerId: customer.id, kind: 'MEETING', subject: 'Demo', occurredAt: at('2026-01-12T10:00:00Z') });
    // Logged later but happened earlier: sorts by occurrence, not by when it was logged.
    await logInteraction({
      customerId: customer.id,
      kind: 'EMAIL',
      subject: 'First mail',
      occurredAt: at('2026-01-05T10:00:00Z'),
      direction: 'INBOUND',
    });
    const note = await logInteraction({ customerId: customer.id, kind: 'NOTE', subject: 'Budget approved' });
    expect(note.interaction.direction).toBe('INTERNAL');

    const timeline = async (args: string) =>
      (
        await a().data(
          `query($id: ID!) { customer(id: $id) { lastInteractionAt timeline(${args}) { totalCount edges { node { subject kind } } pageInfo { hasNextPage endCursor } } } }`,
          { id: customer.id },
        )
      ).customer;
    const all = await timeline('first: 10');
    expect(all.timeline.edges.map((e: any) => e.node.subject)).toEqual(['Budget approved', 'Demo', 'Intro call', 'First mail']);
    expect(all.timeline.totalCount).toBe(4);
    expect(new Date(all.lastInteractionAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const calls = await timeline('kinds: [CALL, EMAIL]');
    expect(calls.timeline.edges.map((e: any) => e.node.kind)).toEqual(['CALL', 'EMAIL']);

    const page1 = await timeline('first: 2');
    expect(page1.timeline.pageInfo.hasNextPage).toBe(true);
    const page2 = await timeline(`first: 2, after: "${page1.timeline.pageInfo.endCursor}"`);
    expect(page2.timeline.edges.map((e: any) => e.node.subject)).toEqual(['Intro call', 'First mail']);

    const logged = (await pending('interactions')).filter((e) => (e.payload as any).customerId === customer.id);
    expect(logged.map((e) => e.type)).toEqual(Array(4).fill('customers.interaction.logged'));
    expect(logged.find((e) => (e.payload as any).kind === 'CALL')?.payload).toMatchObject({ dealId: 'deal-1', orderId: null });

    const refused = await logInteraction({
      customerId: customer.id,
      kind: 'SYSTEM',
      subject: ' ',
      contactIds: [new mongoose.Types.ObjectId().toString()],
    });
    expect(refused.userErrors.map((e: any) => `${e.code}:${e.field.join('.')}`)).toEqual([
      'INVALID:input.kind',
      'REQUIRED:input.subject',
    ]);
    const strangerContact = await logInteraction({
      customerId: customer.id,
      kind: 'CALL',
      subject: 'x',
      contactIds: [new mongoose.Types.ObjectId().toString()],
    });
    expect(strangerContact.userErrors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);
    expect((await timeline('first: 10')).timeline.totalCount).toBe(4);
  });

  it('moves tickets through their lifecycle and refuses illegal moves', async () => {
    const { customer } = await createCustomer('Hooli');
    const { ticket, userErrors } = await createTicket({
      customerId: customer.id,
      subject: 'Login broken',
      priority: 'URGENT',
      tags: ['Auth'],
    });
    expect(userErrors).toEqual([]);
    expect(ticket).toMatchObject({
      status: 'NEW',
      priority: 'URGENT',
      tags: ['auth'],
      assignee: null,
      routing: null,
      slaBreached: false,
    });
    expect(ticket.number).toMatch(/^TCK-\d{6}$/);
    expect(new Date(ticket.slaDueAt).getTime() - new Date(ticket.createdAt).getTime()).toBe(4 * 3_600_000);

    expect(await ticketMove('resolveTicket', ticket.id)).toEqual({ ticket: null, userErrors: [{ code: 'ILLEGAL_TRANSITION' }] });
    expect(await ticketMove('reopenTicket', ticket.id)).toEqual({ ticket: null, userErrors: [{ code: 'ILLEGAL_TRANSITION' }] });
    expect((await ticketMove('openTicket', ticket.id)).ticket.status).toBe('OPEN');
    expect((await ticketMove('markTicketPending', ticket.id)).ticket.status).toBe('PENDING');
    expect((await ticketMove('closeTicket', ticket.id)).userErrors).toEqual([{ code: 'ILLEGAL_TRANSITION' }]);
    expect((await ticketMove('resolveTicket', ticket.id)).ticket.status).toBe('RESOLVED');
    expect((await ticketMove('reopenTicket', ticket.id)).ticket.status).toBe('OPEN');
    expect((await ticketMove('resolveTicket', ticket.id)).ticket.status).toBe('RESOLVED');
    expect((await ticketMove('closeTicket', ticket.id)).ticket.status).toBe('CLOSED');
    expect(await ticketMove('reopenTicket', ticket.id)).toEqual({ ticket: null, userErrors: [{ code: 'ILLEGAL_TRANSITION' }] });
    const reassign = await a().data(
      `mutation($id: ID!) { r: reassignTicket(input: { id: $id, assigneeId: "emp-5" }) { ticket { id } userErrors { code } } }`,
      {
        id: ticket.id,
      },
    );
    expect(reassign.r).toEqual({ ticket: null, userErrors: [{ code: 'ILLEGAL_TRANSITION' }] });
    expect(await ticketMove('openTicket', new mongoose.Types.ObjectId().toString())).toEqual({
      ticket: null,
      userErrors: [{ code: 'NOT_FOUND' }],
    });

    const noCustomer = await createTicket({ customerId: new mongoose.Types.ObjectId().toString(), subject: 'x' });
    expect(noCustomer.userErrors).toEqual([{ field: ['input', 'customerId'], code: 'NOT_FOUND' }]);
  });

  it('routes new tickets by the tenant rules: round robin without double turns under concurrency, least loaded, recorded on the ticket', async () => {
    const { customer } = await createCustomer('Massive Dynamic');
    const settings = await a().data(
      `mutation($i: UpdateCrmSettingsInput!) { r: updateCrmSettings(input: $i) { settings { attentionDays routingRules { name strategy agentIds } } userErrors { field code } } }`,
      {
        i: {
          routingRules: [
            { name: 'billing', tag: 'billing', strategy: 'LEAST_LOADED', agentIds: ['bill-1', 'bill-2'] },
            { name: 'urgent', priority: 'URGENT', strategy: 'ROUND_ROBIN', agentIds: ['u-1', 'u-2', 'u-3'] },
          ],
        },
      },
    );
    expect(settings.r.userErrors).toEqual([]);
    expect(settings.r.settings.attentionDays).toBe(30);

    const urgent = await Promise.all(
      Array.from({ length: 6 }, (_, i) => createTicket({ customerId: customer.id, subject: `Outage ${i}`, priority: 'URGENT' })),
    );
    const assignees = urgent.map((r) => r.ticket.assignee.id).sort();
    expect(assignees).toEqual(['u-1', 'u-1', 'u-2', 'u-2', 'u-3', 'u-3']);
    expect(urgent[0].ticket.routing).toEqual({ ruleName: 'urgent', strategy: 'ROUND_ROBIN' });

    const billing1 = await createTicket({ customerId: customer.id, subject: 'Invoice wrong', tags: ['billing'] });
    expect(billing1.ticket.assignee).toEqual({ id: 'bill-1' });
    const billing2 = await createTicket({ customerId: customer.id, subject: 'Invoice wrong again', tags: ['billing'] });
    expect(billing2.ticket).toMatchObject({
      assignee: { id: 'bill-2' },
      routing: { ruleName: 'billing', strategy: 'LEAST_LOADED' },
    });
    await ticketMove('openTicket', billing1.ticket.id);
    await ticketMove('resolveTicket', billing1.ticket.id); // bill-1 has nothing unresolved now
    const billing3 = await createTicket({ customerId: customer.id, subject: 'Third', tags: ['billing'] });
    expect(billing3.ticket.assignee).toEqual({ id: 'bill-1' });

    const unrouted = await createTicket({ customerId: customer.id, subject: 'Question', priority: 'LOW' });
    expect(unrouted.ticket).toMatchObject({ assignee: null, routing: null });
    const manual = await createTicket({ customerId: customer.id, subject: 'Manual', priority: 'URGENT', assigneeId: 'emp-7' });
    expect(manual.ticket).toMatchObject({ assignee: { id: 'emp-7' }, routing: { ruleName: null, strategy: null } });

    const events = (await pending('tickets')).filter((e) => (e.payload as any).customerId === customer.id);
    const ofTicket = (id: string) => events.filter((e) => e.aggregateId === id).map((e) => e.type);
    expect(ofTicket(urgent[0].ticket.id)).toEqual(['customers.ticket.created', 'customers.ticket.assigned']);
    expect(ofTicket(unrouted.ticket.id)).toEqual(['customers.ticket.created']);
    const reassigned = await a().data(
      `mutation($id: ID!) { r: reassignTicket(input: { id: $id, assigneeId: "emp-8" }) { ticket { assignee { id } routing { ruleName } } userErrors { code } } }`,
      { id: unrouted.ticket.id },
    );
    expect(reassigned.r).toEqual({ ticket: { assignee: { id: 'emp-8' }, routing: { ruleName: null } }, userErrors: [] });
    const after = (await pending('tickets')).filter((e) => e.aggregateId === unrouted.ticket.id);
    expect(after.map((e) => [e.type, (e.payload as any).assigneeId ?? null])).toEqual([
      ['customers.ticket.created', null],
      ['customers.ticket.assigned', 'emp-8'],
    ]);

    const badRules = await a().data(
      `mutation { r: updateCrmSettings(input: { attentionDays: 0, routingRules: [{ name: "", strategy: ROUND_ROBIN, agentIds: [] }] }) { settings { attentionDays } userErrors { field code } } }`,
    );
    expect(badRules.r.userErrors.map((e: any) => e.field.join('.'))).toEqual([
      'input.attentionDays',
      'input.routingRules.0.name',
      'input.routingRules.0.agentIds',
    ]);
    expect((await a().data(`{ crmSettings { routingRules { name } } }`)).crmSettings.routingRules).toHaveLength(2);
  });

  it("completes, cancels and reassigns tasks; lists the caller's tasks; derives overdue", async () => {
    const { customer } = await createCustomer('Soylent');
    const past = new Date(Date.now() - 3_600_000).toISOString();
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const late = await createTask({ title: 'Call back', dueAt: past, assigneeId: 'emp-t1', customerId: customer.id });
    expect(late.userErrors).toEqual([]);
    expect(late.task).toMatchObject({ status: 'OPEN', overdue: true, assignee: { id: 'emp-t1' }, customer: { id: customer.id } });
    const soon = await createTask({ title: 'Send quote', dueAt: future, assigneeId: 'emp-t1' });
    expect(soon.task.overdue).toBe(false);
    await createTask({ title: 'Someone else', dueAt: past, assigneeId: 'emp-t2' });

    const asUser = (principal: string) => (q: string, v?: Record<string, unknown>) =>
      signedGraphql(
        subgraph.url,
        'customers',
        q,
        v ?? {},
        { tenantId: 'tenant-a', principal, scopes: ALL_SCOPES, requestId: randomUUID() },
        TEST_SECRET,
      ).then(dataOf<any>);
    // The user is nobody's employee until hr links them (hr.user.linked, recorded by the consumer).
    const unlinked = await signedGraphql(
      subgraph.url,
      'customers',
      `{ myTasks { title } }`,
      {},
      {
        tenantId: 'tenant-a',
        principal: 'user:u-1',
        scopes: ALL_SCOPES,
        requestId: randomUUID(),
      },
      TEST_SECRET,
    );
    expect(unlinked.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const link = (employeeId: string | null, sequence: number) =>
      runWithTenant('tenant-a', () =>
        recordUserLink(
          subgraph.service.models,
          domainEvent('hr.user.linked', {
            tenantId: 'tenant-a',
            aggregateId: 'u-1',
            payload: { userId: 'u-1', employeeId, previousEmployeeId: null, sequence },
          }),
        ),
      );
    await link('emp-t1', 2);
    await link('emp-t2', 1); // an older change arriving late is ignored
    await link('emp-t1', 2); // a redelivery changes nothing
    const mine = await asUser('user:u-1')(`{ myTasks { title } }`);
    expect(mine.myTasks.map((t: any) => t.title)).toEqual(['Call back', 'Send quote']);
    const dueSoon = await asUser('user:u-1')(`query($d: DateTime) { myTasks(dueBefore: $d) { title } }`, {
      d: new Date().toISOString(),
    });
    expect(dueSoon.myTasks.map((t: any) => t.title)).toEqual(['Call back']);
    expect((await a().data(`{ myTasks(assigneeId: "emp-t2") { title } }`)).myTasks.map((t: any) => t.title)).toEqual([
      'Someone else',
    ]);
    const apiKeyWithout = await a().query(`{ myTasks { title } }`);
    expect(apiKeyWithout.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const move = async (m: string, id: string) =>
      (
        await a().data(`mutation($id: ID!) { r: ${m}(input: { id: $id }) { task { status overdue } userErrors { code } } }`, {
          id,
        })
      ).r;
    expect(await move('completeTask', late.task.id)).toEqual({ task: { status: 'DONE', overdue: false }, userErrors: [] });
    expect(await move('completeTask', late.task.id)).toEqual({ task: null, userErrors: [{ code: 'ILLEGAL_TRANSITION' }] });
    expect(await move('cancelTask', late.task.id)).toEqual({ task: null, userErrors: [{ code: 'ILLEGAL_TRANSITION' }] });
    const reassign = async (id: string, to: string) =>
      (
        await a().data(
          `mutation($id: ID!, $to: ID!) { r: reassignTask(input: { id: $id, assigneeId: $to }) { task { assignee { id } } userErrors { code } } }`,
          { id, to },
        )
      ).r;
    expect(await reassign(late.task.id, 'emp-t3')).toEqual({ task: null, userErrors: [{ code: 'ILLEGAL_TRANSITION' }] });
    expect(await reassign(soon.task.id, 'emp-t3')).toEqual({ task: { assignee: { id: 'emp-t3' } }, userErrors: [] });
    expect((await asUser('user:u-1')(`{ myTasks { title } }`)).myTasks).toEqual([]);
    expect(await move('cancelTask', soon.task.id)).toEqual({ task: { status: 'CANCELLED', overdue: false }, userErrors: [] });

    const missing = await createTask({
      title: ' ',
      dueAt: future,
      assigneeId: 'emp-1',
      customerId: new mongoose.Types.ObjectId().toString(),
    });
    expect(missing.userErrors.map((e: any) => e.code)).toEqual(['REQUIRED']);
    const noCustomer = await createTask({
      title: 'x',
      dueAt: future,
      assigneeId: 'emp-1',
      customerId: new mongoose.Types.ObjectId().toString(),
    });
    expect(noCustomer.userErrors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);
  });

  it('announces each task once when its due time passes (customers.task.due)', async () => {
    const due = await createTask({ title: 'Due now', dueAt: new Date(Date.now() - 1000).toISOString(), assigneeId: 'emp-s1' });
    const later = await createTask({
      title: 'Later',
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      assigneeId: 'emp-s1',
    });
    const done = await createTask({
      title: 'Done already',
      dueAt: new Date(Date.now() - 1000).toISOString(),
      assigneeId: 'emp-s1',
    });
    await a().data(`mutation($id: ID!) { completeTask(input: { id: $id }) { userErrors { code } } }`, { id: done.task.id });

    const first = await taskDue().runOnce();
    expect(first).toBeGreaterThanOrEqual(1);
    expect(await taskDue().runOnce()).toBe(0); // marked: never twice
    const events = (await pending('tasks')).filter((e) => e.type === 'customers.task.due');
    const ids = events.map((e) => (e.payload as any).taskId);
    expect(ids.filter((id) => id === due.task.id)).toHaveLength(1);
    expect(ids).not.toContain(later.task.id);
    expect(ids).not.toContain(done.task.id);
    expect(events.find((e) => (e.payload as any).taskId === due.task.id)?.payload).toMatchObject({
      assigneeId: 'emp-s1',
      customerId: null,
    });
  });

  it('lists customers needing attention with their reasons, from the tenant threshold', async () => {
    const tenant = 'tenant-attn';
    const c = subgraph.as(tenant);
    const quiet = (await createCustomer('Quiet Co', {}, c)).customer;
    const busy = (await createCustomer('Busy Co', {}, c)).customer;
    const late = (await createCustomer('Late Tasks Co', {}, c)).customer;
    const burning = (await createCustomer('Burning Co', {}, c)).customer;
    const { Customer, Ticket } = service().models;
    // Time passes: Quiet Co was created 40 days ago; Burning Co's URGENT ticket is past its SLA.
    const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000);
    await runWithTenant(tenant, () => Customer.updateOne({ _id: quiet.id }, { $set: { quietSince: daysAgo(40) } }));
    await runWithTenant(tenant, () => Customer.updateOne({ _id: busy.id }, { $set: { quietSince: daysAgo(40) } }));
    await logInteraction({ customerId: busy.id, kind: 'CALL', subject: 'Catch-up' }, c);
    await createTask({ title: 'Overdue 1', dueAt: daysAgo(1).toISOString(), assigneeId: 'e', customerId: late.id }, c);
    await createTask({ title: 'Overdue 2', dueAt: daysAgo(2).toISOString(), assigneeId: 'e', customerId: late.id }, c);
    await createTask(
      { title: 'Not yet', dueAt: new Date(Date.now() + 86_400_000).toISOString(), assigneeId: 'e', customerId: busy.id },
      c,
    );
    const hot = (await createTicket({ customerId: burning.id, subject: 'Down', priority: 'URGENT' }, c)).ticket;
    await createTicket({ customerId: busy.id, subject: 'Minor', priority: 'LOW' }, c);
    await runWithTenant(tenant, () => Ticket.updateOne({ _id: hot.id }, { $set: { slaDueAt: daysAgo(1) } }));

    const attention = async (first = 20, after?: string) =>
      (
        await c.data(
          `query($first: Int, $after: String) { customersNeedingAttention(first: $first, after: $after) { edges { node { customer { name } reasons { kind message } } } pageInfo { hasNextPage endCursor } } }`,
          { first, after },
        )
      ).customersNeedingAttention;
    const all = await attention();
    expect(all.edges.map((e: any) => [e.node.customer.name, e.node.reasons.map((r: any) => r.kind)])).toEqual([
      ['Burning Co', ['TICKET_PAST_SLA']],
      ['Late Tasks Co', ['OVERDUE_TASKS']],
      ['Quiet Co', ['NO_RECENT_INTERACTION']],
    ]);
    expect(all.edges[0].node.reasons[0].message).toBe(`Past SLA: ${hot.number}`);
    expect(all.edges[1].node.reasons[0].message).toBe('2 overdue tasks');

    const page1 = await attention(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await attention(2, page1.pageInfo.endCursor);
    expect(page2.edges.map((e: any) => e.node.customer.name)).toEqual(['Quiet Co']);

    await c.data(`mutation { updateCrmSettings(input: { attentionDays: 60 }) { userErrors { code } } }`);
    expect((await attention()).edges.map((e: any) => e.node.customer.name)).toEqual(['Burning Co', 'Late Tasks Co']);
    // Other tenants see none of it.
    expect(
      (await b().data(`{ customersNeedingAttention { edges { node { customer { id } } } } }`)).customersNeedingAttention.edges,
    ).toEqual([]);
  });

  it('resolves _entities for Customer, Ticket and Task of its own tenant only, and isolates tenants', async () => {
    const { customer } = await createCustomer('Vandelay Industries');
    const { ticket } = await createTicket({ customerId: customer.id, subject: 'Latex order', priority: 'HIGH' });
    const { task } = await createTask({
      title: 'Follow up',
      dueAt: new Date().toISOString(),
      assigneeId: 'emp-1',
      customerId: customer.id,
    });
    const reps = [
      { __typename: 'Customer', id: customer.id },
      { __typename: 'Ticket', id: ticket.id },
      { __typename: 'Task', id: task.id },
      { __typename: 'Ticket', id: 'nope' },
    ];
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Customer { id name } ... on Ticket { id number customer { name } } ... on Task { id title } } }`;
    expect((await a().data(query, { representations: reps }))._entities).toEqual([
      { __typename: 'Customer', id: customer.id, name: 'Vandelay Industries' },
      { __typename: 'Ticket', id: ticket.id, number: ticket.number, customer: { name: 'Vandelay Industries' } },
      { __typename: 'Task', id: task.id, title: 'Follow up' },
      null,
    ]);
    expect((await b().data(query, { representations: reps }))._entities).toEqual([null, null, null, null]);
    expect(entitiesQuery('Ticket', 'number')).toContain('Ticket');

    expect((await b().data(`query($id: ID!) { ticket(id: $id) { id } }`, { id: ticket.id })).ticket).toBeNull();
    expect((await b().data(`query($id: ID!) { task(id: $id) { id } }`, { id: task.id })).task).toBeNull();
    expect((await b().data(`{ tickets { totalCount } tasks { totalCount } }`)).tickets.totalCount).toBe(0);
    const intrude = await logInteraction({ customerId: customer.id, kind: 'NOTE', subject: 'spy' }, b());
    expect(intrude.userErrors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);
    expect((await ticketMoveAs(b(), 'openTicket', ticket.id)).userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const tickets = await a().data(
      `query($id: ID!) { tickets(filter: { customerId: $id, priority: HIGH }) { totalCount edges { node { number } } } customer(id: $id) { tickets { totalCount } } }`,
      { id: customer.id },
    );
    expect(tickets.tickets.totalCount).toBe(1);
    expect(tickets.customer.tickets.totalCount).toBe(1);
  });

  const ticketMoveAs = async (caller: ReturnType<TestSubgraph['as']>, mutation: string, id: string) =>
    (
      await caller.data(`mutation($id: ID!) { r: ${mutation}(input: { id: $id }) { ticket { status } userErrors { code } } }`, {
        id,
      })
    ).r;
});
