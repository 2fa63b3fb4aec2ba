import mongoose from 'mongoose';
import { userError, UserErrors, type UserError } from '../../../lib/errors';
import { withEvents } from '../../../lib/events';
import { assertNoUserErrors, runMutation } from '../../../lib/mutation';
import { nextNumber } from '../../../lib/sequence';
import { applyTransition } from '../../../lib/state-machine';
import { requireText } from '../../../lib/validation';
import { updateVersioned } from '../../../lib/versioned-update';
import type { AddressInput, MutationResolvers, RoutingRuleInput } from '../__generated__/resolvers-types';
import {
  normalizeTags,
  searchTermsOf,
  validateAddresses,
  validateCustomer,
  validateRefId,
  validateTags,
} from '../domain/customer';
import { DEFAULT_AUTOMATION_RULES, validateAutomationRules } from '../domain/automation';
import { defaultDirection, interactionIdFor, validateInteraction } from '../domain/interaction';
import { TASK_TRANSITIONS } from '../domain/task';
import { slaDueAt, TICKET_REOPEN, TICKET_TRANSITIONS } from '../domain/ticket';
import { customerUpserted, interactionLogged, ticketAssigned, ticketCreated, touchCustomer } from '../events';
import type { CustomerDoc, CustomersModels, CrmSettingsDoc, TaskDoc, TaskStatus, TicketDoc, TicketStatus } from '../models';
import type { CustomersContext } from '../context';
import { readSettings, routeTicket, settingsId } from '../settings';

type CustomerChange = Partial<Pick<CustomerDoc, 'name' | 'email' | 'phone' | 'status' | 'contacts' | 'ownerId' | 'tags' | 'addresses'>>;

/** Applies a change to a customer, keeps its search terms in step and records `customers.customer.upserted`. */
function updateCustomer(
  models: CustomersModels,
  id: string,
  field: string[],
  change: (doc: CustomerDoc) => CustomerChange,
  requestId: string,
): Promise<CustomerDoc> {
  return updateVersioned<CustomerDoc>(models.Customer, 'Customer', id, field, (current) => {
    const next = { ...current, ...change(current) };
    const { name, email, phone, status, contacts, ownerId, tags, addresses } = next;
    return withEvents(
      { $set: { name, email, phone, status, contacts, ownerId, tags, addresses, searchTerms: searchTermsOf(next) } },
      customerUpserted(next, requestId),
    );
  });
}

const addressesOf = (addresses: AddressInput[]) =>
  addresses.map((a) => ({
    kind: a.kind,
    line1: a.line1.trim(),
    line2: a.line2?.trim() || null,
    city: a.city.trim(),
    postalCode: a.postalCode?.trim() || null,
    country: a.country.trim().toUpperCase(),
  }));

const customerExtrasErrors = (input: { ownerId?: string | null; tags?: string[] | null; addresses?: AddressInput[] | null }) => [
  ...validateRefId(input.ownerId, ['input', 'ownerId']),
  ...validateTags(input.tags, ['input', 'tags']),
  ...validateAddresses(input.addresses, ['input', 'addresses']),
];

async function requireCustomer(ctx: CustomersContext, id: string, field: string[]): Promise<CustomerDoc> {
  const customer = await ctx.loaders.customer.load(id);
  if (!customer) throw new UserErrors([userError(field, `Customer ${id} not found.`, 'NOT_FOUND')]);
  return customer;
}

async function requireTicketRef(ctx: CustomersContext, id: string | null | undefined, field: string[]): Promise<void> {
  if (id && !(await ctx.loaders.ticket.load(id))) throw new UserErrors([userError(field, `Ticket ${id} not found.`, 'NOT_FOUND')]);
}

function moveTicket(models: CustomersModels, id: string, to: TicketStatus) {
  return runMutation(async () => {
    const set: Record<string, unknown> = {};
    if (to === 'RESOLVED') set.resolvedAt = new Date();
    if (to === 'OPEN') set.resolvedAt = null;
    const ticket = await applyTransition<TicketStatus, TicketDoc>(models.Ticket, 'Ticket', id, TICKET_TRANSITIONS, to, { set });
    return { ticket };
  });
}

function moveTask(models: CustomersModels, id: string, to: TaskStatus) {
  return runMutation(async () => {
    const task = await applyTransition<TaskStatus, TaskDoc>(models.Task, 'Task', id, TASK_TRANSITIONS, to, {
      set: to === 'DONE' ? { completedAt: new Date() } : {},
    });
    return { task };
  });
}

function validateRules(rules: RoutingRuleInput[] | null | undefined): UserError[] {
  if (!rules) return [];
  if (rules.length > 50) return [userError(['input', 'routingRules'], 'At most 50 routing rules.', 'INVALID')];
  return rules.flatMap((rule, i) => {
    const at = ['input', 'routingRules', String(i)];
    return [
      ...requireText(rule.name ?? '', [...at, 'name'], 100),
      ...(rule.agentIds.length === 0 || rule.agentIds.length > 100
        ? [userError([...at, 'agentIds'], 'A rule needs between 1 and 100 agents.', 'INVALID')]
        : []),
      ...rule.agentIds.flatMap((a, j) => validateRefId(a, [...at, 'agentIds', String(j)])),
    ];
  });
}

export const Mutation: MutationResolvers = {
  createCustomer: (_, { input }, { models, requestId }) =>
    runMutation(async () => {
      assertNoUserErrors([...validateCustomer(input, true), ...customerExtrasErrors(input)]);
      const now = new Date();
      const fields = {
        _id: new mongoose.Types.ObjectId(),
        name: input.name.trim(),
        kind: input.kind,
        email: input.email?.trim() || null,
        phone: input.phone?.trim() || null,
        status: input.status ?? 'LEAD',
        ownerId: input.ownerId ?? null,
        tags: normalizeTags(input.tags ?? []),
        addresses: addressesOf(input.addresses ?? []),
        contacts: [],
        quietSince: now,
      };
      const created = await models.Customer.create({
        ...fields,
        searchTerms: searchTermsOf(fields),
        outbox: [customerUpserted(fields as unknown as CustomerDoc, requestId)],
      });
      return { customer: created.toObject() as CustomerDoc };
    }),

  updateCustomer: (_, { input }, { models, requestId }) =>
    runMutation(async () => {
      assertNoUserErrors([...validateCustomer(input, false), ...customerExtrasErrors(input)]);
      const customer = await updateCustomer(
        models,
        input.id,
        ['input', 'id'],
        () => ({
          ...(input.name != null && { name: input.name.trim() }),
          ...(input.email !== undefined && { email: input.email?.trim() || null }),
          ...(input.phone !== undefined && { phone: input.phone?.trim() || null }),
          ...(input.status != null && { status: input.status }),
          ...(input.ownerId !== undefined && { ownerId: input.ownerId || null }),
          ...(input.tags != null && { tags: normalizeTags(input.tags) }),
          ...(input.addresses != null && { addresses: addressesOf(input.addresses) }),
        }),
        requestId,
      );
      return { customer };
    }),

  addContact: (_, { input }, { models, requestId }) =>
    runMutation(async () => {
      assertNoUserErrors(validateCustomer({ name: input.name, email: input.email, phone: input.phone }, true));
      const contact = {
        _id: new mongoose.Types.ObjectId(),
        name: input.name.trim(),
        email: input.email?.trim() || null,
        phone: input.phone?.trim() || null,
        role: input.role?.trim() || null,
      };
      const customer = await updateCustomer(
        models,
        input.customerId,
        ['input', 'customerId'],
        (doc) => ({ contacts: [...doc.contacts, contact] }),
        requestId,
      );
      return { customer };
    }),

  logInteraction: (_, { input }, ctx) =>
    runMutation(async () => {
      const now = new Date();
      assertNoUserErrors([
        ...validateInteraction(input, now),
        ...(input.employeeIds ?? []).flatMap((id, i) => validateRefId(id, ['input', 'employeeIds', String(i)])),
        ...validateRefId(input.dealId, ['input', 'dealId']),
        ...validateRefId(input.orderId, ['input', 'orderId']),
      ]);
      const customer = await requireCustomer(ctx, input.customerId, ['input', 'customerId']);
      const contactIds = [...new Set(input.contactIds ?? [])];
      const known = new Set(customer.contacts.map((c) => c._id.toString()));
      assertNoUserErrors(
        contactIds.flatMap((id, i) =>
          known.has(id) ? [] : [userError(['input', 'contactIds', String(i)], `Contact ${id} is not a contact of this customer.`, 'NOT_FOUND')],
        ),
      );
      await requireTicketRef(ctx, input.ticketId, ['input', 'ticketId']);
      const occurredAt = input.occurredAt ?? now;
      const _id = interactionIdFor(occurredAt);
      const interaction = {
        _id,
        customerId: customer._id.toString(),
        kind: input.kind,
        occurredAt,
        direction: input.direction ?? defaultDirection(input.kind),
        subject: input.subject.trim(),
        body: input.body ?? null,
        outcome: input.outcome?.trim() || null,
        contactIds,
        employeeIds: [...new Set(input.employeeIds ?? [])],
        dealId: input.dealId ?? null,
        orderId: input.orderId ?? null,
        ticketId: input.ticketId ?? null,
        idempotencyKey: _id.toString(),
      };
      const created = await ctx.models.Interaction.create({ ...interaction, outbox: [interactionLogged(interaction, ctx.requestId)] });
      await touchCustomer(ctx.models, interaction.customerId, occurredAt);
      return { interaction: created.toObject() };
    }),

  createTask: (_, { input }, ctx) =>
    runMutation(async () => {
      assertNoUserErrors([
        ...requireText(input.title, ['input', 'title']),
        ...(input.assigneeId ? validateRefId(input.assigneeId, ['input', 'assigneeId']) : [userError(['input', 'assigneeId'], 'assigneeId is required.', 'REQUIRED')]),
        ...validateRefId(input.dealId, ['input', 'dealId']),
      ]);
      if (input.customerId) await requireCustomer(ctx, input.customerId, ['input', 'customerId']);
      await requireTicketRef(ctx, input.ticketId, ['input', 'ticketId']);
      const created = await ctx.models.Task.create({
        title: input.title.trim(),
        dueAt: input.dueAt,
        status: 'OPEN',
        assigneeId: input.assigneeId,
        customerId: input.customerId ?? null,
        dealId: input.dealId ?? null,
        ticketId: input.ticketId ?? null,
        dueNotified: false,
      });
      return { task: created.toObject() as TaskDoc };
    }),

  completeTask: (_, { input }, { models }) => moveTask(models, input.id, 'DONE'),
  cancelTask: (_, { input }, { models }) => moveTask(models, input.id, 'CANCELLED'),

  reassignTask: (_, { input }, { models }) =>
    runMutation(async () => {
      assertNoUserErrors(validateRefId(input.assigneeId, ['input', 'assigneeId']));
      const task = await updateVersioned<TaskDoc>(models.Task, 'Task', input.id, ['input', 'id'], (current) => {
        if (current.status !== 'OPEN') {
          throw new UserErrors([userError(['input', 'id'], `Task is ${current.status} and cannot be reassigned.`, 'ILLEGAL_TRANSITION')]);
        }
        return current.assigneeId === input.assigneeId ? null : { $set: { assigneeId: input.assigneeId } };
      });
      return { task };
    }),

  createTicket: (_, { input }, ctx) =>
    runMutation(async () => {
      assertNoUserErrors([
        ...requireText(input.subject, ['input', 'subject']),
        ...requireText(input.description, ['input', 'description'], 20_000),
        ...validateTags(input.tags, ['input', 'tags']),
        ...validateRefId(input.assigneeId, ['input', 'assigneeId']),
      ]);
      const customer = await requireCustomer(ctx, input.customerId, ['input', 'customerId']);
      const priority = input.priority ?? 'MEDIUM';
      const tags = normalizeTags(input.tags ?? []);
      const now = new Date();
      const decision = input.assigneeId ? null : await routeTicket(ctx.models, { priority, tags });
      const assigneeId = input.assigneeId ?? decision?.assigneeId ?? null;
      const ticket = {
        _id: new mongoose.Types.ObjectId(),
        number: await nextNumber(ctx.models.connection, 'ticket', 'TCK'),
        customerId: customer._id.toString(),
        subject: input.subject.trim(),
        description: input.description ?? null,
        priority,
        status: 'NEW' as const,
        tags,
        assigneeId,
        routing: assigneeId
          ? { ruleName: decision?.ruleName ?? null, strategy: decision?.strategy ?? null, routedAt: now }
          : null,
        slaDueAt: slaDueAt(priority, now),
      };
      const events = [ticketCreated(ticket, ctx.requestId)];
      if (assigneeId) events.push(ticketAssigned(ticket, assigneeId, ctx.requestId) as never);
      const created = await ctx.models.Ticket.create({ ...ticket, createdAt: now, outbox: events });
      return { ticket: created.toObject() as TicketDoc };
    }),

  openTicket: (_, { input }, { models }) => moveTicket(models, input.id, 'OPEN'),
  markTicketPending: (_, { input }, { models }) => moveTicket(models, input.id, 'PENDING'),
  resolveTicket: (_, { input }, { models }) => moveTicket(models, input.id, 'RESOLVED'),
  closeTicket: (_, { input }, { models }) => moveTicket(models, input.id, 'CLOSED'),
  reopenTicket: (_, { input }, { models }) =>
    runMutation(async () => {
      const ticket = await applyTransition<TicketStatus, TicketDoc>(models.Ticket, 'Ticket', input.id, TICKET_REOPEN, 'OPEN', {
        set: { resolvedAt: null },
      });
      return { ticket };
    }),

  reassignTicket: (_, { input }, { models, requestId }) =>
    runMutation(async () => {
      assertNoUserErrors(validateRefId(input.assigneeId, ['input', 'assigneeId']));
      const ticket = await updateVersioned<TicketDoc>(models.Ticket, 'Ticket', input.id, ['input', 'id'], (current) => {
        if (current.status === 'CLOSED') {
          throw new UserErrors([userError(['input', 'id'], 'Ticket is CLOSED and cannot be reassigned.', 'ILLEGAL_TRANSITION')]);
        }
        if (current.assigneeId === input.assigneeId) return null;
        return withEvents(
          { $set: { assigneeId: input.assigneeId, routing: { ruleName: null, strategy: null, routedAt: new Date() } } },
          ticketAssigned(current, input.assigneeId, requestId),
        );
      });
      return { ticket };
    }),

  updateCrmSettings: (_, { input }, { models }) =>
    runMutation(async () => {
      assertNoUserErrors([
        ...(input.attentionDays != null && (!Number.isInteger(input.attentionDays) || input.attentionDays < 1 || input.attentionDays > 3650)
          ? [userError(['input', 'attentionDays'], 'attentionDays must be a whole number between 1 and 3650.', 'INVALID')]
          : []),
        ...validateRules(input.routingRules),
        ...validateRefId(input.onCallAgentId, ['input', 'onCallAgentId']),
        ...validateAutomationRules(input.automationRules),
      ]);
      const id = await settingsId(models);
      await updateVersioned<CrmSettingsDoc>(models.CrmSettings, 'Settings', id, ['input'], (current) => ({
        $set: {
          attentionDays: input.attentionDays ?? current.attentionDays,
          routingRules: input.routingRules
            ? input.routingRules.map((r) => {
                // A rule kept under the same name keeps its round-robin position.
                const previous = current.routingRules.find((p) => p.name === r.name.trim());
                return {
                  name: r.name.trim(),
                  priority: r.priority ?? null,
                  tag: r.tag ? r.tag.trim().toLowerCase() : null,
                  strategy: r.strategy,
                  agentIds: r.agentIds,
                  cursor: previous?.cursor ?? 0,
                };
              })
            : current.routingRules,
          ...(input.onCallAgentId !== undefined && { onCallAgentId: input.onCallAgentId || null }),
          ...(input.automationRules != null && {
            automationRules: input.automationRules.map((r) => ({
              name: r.name.trim(),
              eventType: r.eventType,
              conditions: (r.conditions ?? []).map((c) => ({ field: c.field, equals: c.equals })),
              action: r.action,
              afterDays: r.afterDays ?? null,
              taskTitle: r.taskTitle?.trim() || null,
              enabled: r.enabled ?? true,
            })),
          }),
        },
      }));
      const settings = await readSettings(models);
      return { settings: { ...settings, automationRules: settings.automationRules ?? DEFAULT_AUTOMATION_RULES } };
    }),
};
