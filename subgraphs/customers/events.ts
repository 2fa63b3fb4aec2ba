/**
 * The customers subgraph's side of the event catalog: the events it produces (built here, stored
 * in the outbox of the document they are about), the consumer groups that react to other domains,
 * and the task-due sweeper.
 */
import mongoose from 'mongoose';
import { domainEvent, isEvent, withEvents, type EventEnvelope } from '../../lib/events';
import type { ConsumerDefinition } from '../../lib/subgraph';
import { isDuplicateKeyError } from '../../lib/mutation';
import { runWithTenant } from '../../lib/tenancy';
import { withDocumentLock } from '../../lib/keyed-lock';
import { logger } from '../../lib/logger';
import { currentTenantId } from '../../lib/tenancy';
import { searchTermsOf } from './domain/customer';
import { AUTOMATION_TRIGGERS, automationDocumentId, DEFAULT_AUTOMATION_RULES, planAutomation } from './domain/automation';
import { readSettings } from './settings';
import { defaultDirection, interactionIdFor } from './domain/interaction';
import type { CustomerDoc, CustomersModels, InteractionDoc, TaskDoc, TicketDoc } from './models';

export function customerUpserted(customer: CustomerDoc, requestId?: string): EventEnvelope {
  return domainEvent('customers.customer.upserted', {
    tenantId: customer.tenantId ?? currentTenantId(),
    aggregateId: customer._id.toString(),
    requestId,
    payload: {
      customerId: customer._id.toString(),
      name: customer.name,
      status: customer.status,
      ownerId: customer.ownerId ?? null,
      email: customer.email ?? null,
    },
  });
}

export function interactionLogged(i: Pick<InteractionDoc, '_id' | 'customerId' | 'kind' | 'occurredAt' | 'dealId' | 'orderId' | 'ticketId'>, requestId?: string) {
  return domainEvent('customers.interaction.logged', {
    tenantId: currentTenantId(),
    aggregateId: i._id.toString(),
    requestId,
    payload: {
      interactionId: i._id.toString(),
      customerId: i.customerId,
      kind: i.kind,
      occurredAt: i.occurredAt.toISOString(),
      dealId: i.dealId ?? null,
      orderId: i.orderId ?? null,
      ticketId: i.ticketId ?? null,
    },
  });
}

export function ticketCreated(t: Pick<TicketDoc, '_id' | 'number' | 'customerId' | 'priority' | 'tags'>, requestId?: string) {
  return domainEvent('customers.ticket.created', {
    tenantId: currentTenantId(),
    aggregateId: t._id.toString(),
    requestId,
    payload: { ticketId: t._id.toString(), number: t.number, customerId: t.customerId, priority: t.priority, tags: t.tags },
  });
}

export function ticketAssigned(
  t: Pick<TicketDoc, '_id' | 'number' | 'customerId' | 'priority'>,
  assigneeId: string,
  requestId?: string,
) {
  return domainEvent('customers.ticket.assigned', {
    tenantId: currentTenantId(),
    aggregateId: t._id.toString(),
    requestId,
    payload: { ticketId: t._id.toString(), number: t.number, customerId: t.customerId, assigneeId, priority: t.priority },
  });
}

export function taskDue(t: Pick<TaskDoc, '_id' | 'assigneeId' | 'dueAt' | 'customerId'>) {
  return domainEvent('customers.task.due', {
    tenantId: currentTenantId(),
    aggregateId: t._id.toString(),
    payload: { taskId: t._id.toString(), assigneeId: t.assigneeId, dueAt: t.dueAt.toISOString(), customerId: t.customerId ?? null },
  });
}

/**
 * Moves the customer's `lastInteractionAt` (and `quietSince`) forward to `at`, never back:
 * one conditional single-document write under the document lock.
 */
export async function touchCustomer(models: CustomersModels, customerId: string, at: Date): Promise<void> {
  if (!mongoose.isObjectIdOrHexString(customerId)) return;
  await withDocumentLock(models.Customer, customerId, () =>
    models.Customer.updateOne(
      {
        _id: customerId,
        $or: [{ lastInteractionAt: null }, { lastInteractionAt: mongoose.trusted({ $lt: at }) }],
      },
      { $set: { lastInteractionAt: at }, $inc: { version: 1 } },
    ).then(() =>
      models.Customer.updateOne({ _id: customerId, quietSince: mongoose.trusted({ $lt: at }) }, { $set: { quietSince: at } }),
    ),
  );
}

/** Consumer groups of the customers subgraph. Each effect is one insert guarded by a unique key. */
export function customersConsumers(models: CustomersModels): ConsumerDefinition[] {
  return [
    {
      group: 'customers.lead-converter',
      types: ['sales.lead.converted'],
      handle: async (event) => {
        if (!isEvent(event, 'sales.lead.converted')) return;
        const p = event.payload;
        if (!mongoose.isObjectIdOrHexString(p.customerId)) throw new Error(`customerId ${p.customerId} is not an ObjectId.`);
        const contacts = p.contactName
          ? [
              {
                _id: p.contactId && mongoose.isObjectIdOrHexString(p.contactId) ? new mongoose.Types.ObjectId(p.contactId) : new mongoose.Types.ObjectId(),
                name: p.contactName,
                email: p.email ?? null,
              },
            ]
          : [];
        const fields = { name: p.customerName, email: p.email ?? null, contacts };
        const _id = new mongoose.Types.ObjectId(p.customerId);
        const doc = {
          _id,
          ...fields,
          kind: 'COMPANY' as const,
          status: 'PROSPECT' as const,
          ownerId: p.ownerId ?? null,
          searchTerms: searchTermsOf(fields),
          quietSince: new Date(event.occurredAt),
        };
        try {
          // Insert once: the customer's _id is the arbiter; a redelivery (or an existing customer) changes nothing.
          await models.Customer.create({
            ...doc,
            outbox: [customerUpserted({ ...doc, tenantId: event.tenantId } as unknown as CustomerDoc, event.requestId)],
          });
        } catch (err) {
          if (!isDuplicateKeyError(err)) throw err;
        }
      },
    },
    {
      group: 'customers.invoice-timeline',
      types: ['finance.invoice.statusChanged'],
      handle: async (event) => {
        if (!isEvent(event, 'finance.invoice.statusChanged') || event.payload.toStatus !== 'PAID') return;
        const p = event.payload;
        const occurredAt = new Date(event.occurredAt);
        const interaction = {
          _id: interactionIdFor(occurredAt),
          customerId: p.customerId,
          kind: 'SYSTEM' as const,
          occurredAt,
          direction: defaultDirection('SYSTEM'),
          subject: `Invoice ${p.number} paid`,
          dealId: p.dealId ?? null,
          orderId: p.orderId ?? null,
          ticketId: null,
        };
        try {
          // Insert once per event: the unique idempotency key derives from the event id.
          await models.Interaction.create({
            ...interaction,
            idempotencyKey: `event:${event.id}`,
            outbox: [interactionLogged(interaction, event.requestId)],
          });
        } catch (err) {
          if (!isDuplicateKeyError(err)) throw err;
        }
      },
    },
  ];
}

/**
 * The automation consumer group: runs the tenant's rules (or the defaults) on the events they
 * name. Idempotent per (rule, event): a created task's _id derives from both (insert once), a
 * ticket assignment records `<rule>:<event id>` on the ticket in the same conditional write.
 */
export function automationConsumer(models: CustomersModels): ConsumerDefinition {
  return {
    group: 'customers.automation',
    types: Object.keys(AUTOMATION_TRIGGERS),
    handle: async (event) => {
      const settings = await readSettings(models);
      const rules = settings.automationRules ?? DEFAULT_AUTOMATION_RULES;
      const actions = planAutomation(rules, event, settings.onCallAgentId);
      for (const action of actions) {
        if (action.kind === 'CREATE_TASK') {
          try {
            await models.Task.create({
              _id: new mongoose.Types.ObjectId(automationDocumentId(action.rule, event.id)),
              title: action.title,
              dueAt: action.dueAt,
              status: 'OPEN',
              assigneeId: action.assigneeId,
              customerId: action.customerId && mongoose.isObjectIdOrHexString(action.customerId) ? action.customerId : null,
              dealId: action.dealId,
              dueNotified: false,
            });
          } catch (err) {
            if (!isDuplicateKeyError(err)) throw err;
          }
          continue;
        }
        if (!mongoose.isObjectIdOrHexString(action.ticketId)) continue;
        const key = `${action.rule}:${event.id}`;
        await withDocumentLock(models.Ticket, action.ticketId, async () => {
          const ticket = await models.Ticket.findById(action.ticketId).lean<TicketDoc>();
          if (!ticket || ticket.status === 'CLOSED' || (ticket.automationKeys ?? []).includes(key)) return;
          await models.Ticket.updateOne(
            { _id: action.ticketId, version: ticket.version, automationKeys: mongoose.trusted({ $ne: key }) },
            withEvents(
              {
                $set: { assigneeId: action.assigneeId, routing: { ruleName: action.rule, strategy: null, routedAt: new Date() } },
                $push: { automationKeys: key },
                $inc: { version: 1 },
              },
              ticketAssigned(ticket, action.assigneeId, event.requestId),
            ),
          );
        });
      }
    },
  };
}

export interface TaskDueSweeperOptions {
  models: CustomersModels;
  intervalMs: number;
  batchSize?: number;
}

/**
 * Emits `customers.task.due` once per OPEN task whose due time has passed: a conditional write
 * flips `dueNotified` and stores the event in the task's outbox in the same single-document write
 * (the relay publishes it), so a task is announced exactly once even with several sweepers.
 */
export class TaskDueSweeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;
  private readonly log = logger.child({ component: 'task-due-sweeper' });

  constructor(private readonly options: TaskDueSweeperOptions) {}

  /** One round; returns how many tasks it announced. */
  async runOnce(now = new Date()): Promise<number> {
    const { Task } = this.options.models;
    // Serves every tenant: deliberately unscoped read (infrastructure); each write is tenant-scoped.
    const due = (await Task.collection
      .find(
        { dueNotified: false, status: 'OPEN', dueAt: { $lte: now } },
        { projection: { _id: 1, tenantId: 1, assigneeId: 1, dueAt: 1, customerId: 1 } },
      )
      .limit(this.options.batchSize ?? 200)
      .toArray()) as unknown as Array<Pick<TaskDoc, '_id' | 'tenantId' | 'assigneeId' | 'dueAt' | 'customerId'>>;
    let announced = 0;
    for (const task of due) {
      await runWithTenant(task.tenantId, () =>
        withDocumentLock(Task, task._id.toString(), async () => {
          const result = await Task.updateOne(
            { _id: task._id, dueNotified: false, status: 'OPEN' },
            withEvents({ $set: { dueNotified: true } }, taskDue(task)),
          );
          if (result.modifiedCount) announced++;
        }),
      );
    }
    return announced;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const tick = async () => {
      this.running = this.runOnce().catch((err) => this.log.warn({ err }, 'task-due sweep failed; retrying'));
      await this.running;
      if (!this.stopped) this.timer = setTimeout(tick, this.options.intervalMs);
    };
    this.timer = setTimeout(tick, this.options.intervalMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}

/**
 * Runs several reactions as ONE consumer group: one bus poller instead of one per reaction (each
 * poller queries the shared log every poll interval). Each reaction stays idempotent on its own,
 * so an event retried because a later reaction failed changes nothing more in the earlier ones.
 */
export function combinedConsumer(group: string, reactions: ConsumerDefinition[]): ConsumerDefinition {
  return {
    group,
    types: [...new Set(reactions.flatMap((r) => r.types))],
    handle: async (event, context) => {
      for (const reaction of reactions) if (reaction.types.includes(event.type)) await reaction.handle(event, context);
    },
  };
}
