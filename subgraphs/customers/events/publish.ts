/**
 * What customers publishes: each event built from the document it is about, in the shapes of
 * lib/events/catalog.ts. The services store them in the same write as the change.
 */
import { domainEvent } from '../../../lib/events/catalog';
import { currentTenantId } from '../../../lib/tenancy';
import type { CustomerDoc, InteractionDoc, TaskDoc, TicketCommentDoc, TicketDoc } from '../models';

const base = (doc: { _id: { toString(): string } }, requestId?: string) => ({
  tenantId: currentTenantId(),
  aggregateId: doc._id.toString(),
  requestId,
});

export const customerUpserted = (
  customer: Pick<CustomerDoc, '_id' | 'name' | 'status' | 'ownerId' | 'email'>,
  requestId?: string,
) =>
  domainEvent('customers.customer.upserted', {
    ...base(customer, requestId),
    payload: {
      customerId: customer._id.toString(),
      name: customer.name,
      status: customer.status,
      ownerId: customer.ownerId ?? null,
      email: customer.email ?? null,
    },
  });

export const interactionLogged = (
  i: Pick<InteractionDoc, '_id' | 'customerId' | 'kind' | 'occurredAt' | 'dealId' | 'orderId' | 'ticketId'>,
  requestId?: string,
) =>
  domainEvent('customers.interaction.logged', {
    ...base(i, requestId),
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

export const ticketCreated = (t: Pick<TicketDoc, '_id' | 'number' | 'customerId' | 'priority' | 'tags'>, requestId?: string) =>
  domainEvent('customers.ticket.created', {
    ...base(t, requestId),
    payload: { ticketId: t._id.toString(), number: t.number, customerId: t.customerId, priority: t.priority, tags: t.tags },
  });

export const ticketAssigned = (
  t: Pick<TicketDoc, '_id' | 'number' | 'customerId' | 'priority'>,
  assigneeId: string,
  requestId?: string,
) =>
  domainEvent('customers.ticket.assigned', {
    ...base(t, requestId),
    payload: { ticketId: t._id.toString(), number: t.number, customerId: t.customerId, assigneeId, priority: t.priority },
  });

export const ticketUpdated = (
  t: Pick<TicketDoc, '_id' | 'number' | 'customerId' | 'priority' | 'tags' | 'slaDueAt'>,
  changed: string[],
  requestId?: string,
) =>
  domainEvent('customers.ticket.updated', {
    ...base(t, requestId),
    payload: {
      ticketId: t._id.toString(),
      number: t.number,
      customerId: t.customerId,
      changed,
      priority: t.priority,
      tags: t.tags,
      slaDueAt: t.slaDueAt.toISOString(),
    },
  });

type TicketRef = Pick<TicketDoc, '_id' | 'number' | 'customerId'>;
const ticketRef = (t: TicketRef) => ({ ticketId: t._id.toString(), number: t.number, customerId: t.customerId });

export const ticketStatusChanged = (t: TicketRef, from: string, to: string, requestId?: string) =>
  domainEvent('customers.ticket.statusChanged', { ...base(t, requestId), payload: { ...ticketRef(t), from, to } });

export const ticketCommented = (
  t: TicketRef,
  comment: Pick<TicketCommentDoc, '_id' | 'visibility' | 'principal'>,
  firstResponse: boolean,
  requestId?: string,
) =>
  domainEvent('customers.ticket.commented', {
    ...base(t, requestId),
    payload: {
      ...ticketRef(t),
      commentId: comment._id.toString(),
      visibility: comment.visibility,
      principal: comment.principal,
      firstResponse,
    },
  });

export const ticketRated = (t: TicketRef, rating: number, previousRating: number | null, requestId?: string) =>
  domainEvent('customers.ticket.rated', { ...base(t, requestId), payload: { ...ticketRef(t), rating, previousRating } });

export const taskDue = (t: Pick<TaskDoc, '_id' | 'assigneeId' | 'dueAt' | 'customerId'>) =>
  domainEvent('customers.task.due', {
    ...base(t),
    payload: {
      taskId: t._id.toString(),
      assigneeId: t.assigneeId,
      dueAt: t.dueAt.toISOString(),
      customerId: t.customerId ?? null,
    },
  });
