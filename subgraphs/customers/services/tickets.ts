/** Every write of a ticket: open (routed by the tenant's rules), lifecycle moves, reassignment, automation. */
import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { assertNoUserErrors } from '../../../lib/mutation';
import { nextNumber } from '../../../lib/sequence';
import type { Actor } from '../../../lib/signed-context';
import { canTransition } from '../../../lib/state-machine';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import { requireText } from '../../../lib/validation';
import { changedFields, insert, transition, update, type Change } from '../../../lib/write';
import type {
  AddTicketCommentInput,
  CreateTicketInput,
  RateTicketInput,
  ReassignTicketInput,
  UpdateTicketInput,
} from '../__generated__/resolvers-types';
import { normalizeTags, validateRefId, validateTags } from '../domain/customer';
import {
  RATEABLE_TICKET_STATUSES,
  slaDueAt,
  TICKET_COMMENT_LIMIT,
  TICKET_REOPEN,
  validRating,
  type TicketStatus,
} from '../domain/ticket';
import {
  ticketAssigned,
  ticketCommented,
  ticketCreated,
  ticketRated,
  ticketStatusChanged,
  ticketUpdated,
} from '../events/publish';
import type { CustomersModels, TicketCommentDoc, TicketDoc } from '../models';
import { requireCustomer } from './customers';
import { requireDocument } from './lookup';
import { routeTicket } from './settings';
import { employeeOfCaller } from './user-links';
import { newNodeId } from '../../../lib/node-id';

export const requireTicket = (models: CustomersModels, id: string, field: string[]) =>
  requireDocument<TicketDoc>(models.Ticket, 'Ticket', id, field);

/** Opens a ticket (NEW) with its number and SLA; routed by the tenant's rules unless an assignee is given. */
export async function createTicket(models: CustomersModels, input: CreateTicketInput, actor?: Actor): Promise<TicketDoc> {
  assertNoUserErrors([
    ...requireText(input.subject, ['input', 'subject']),
    ...requireText(input.description, ['input', 'description'], 20_000),
    ...validateTags(input.tags, ['input', 'tags']),
    ...validateRefId(input.assigneeId, ['input', 'assigneeId']),
  ]);
  const customer = await requireCustomer(models, input.customerId, ['input', 'customerId']);
  const priority = input.priority ?? 'MEDIUM';
  const tags = normalizeTags(input.tags ?? []);
  const now = new Date();
  const decision = input.assigneeId ? null : await routeTicket(models, { priority, tags });
  const assigneeId = input.assigneeId ?? decision?.assigneeId ?? null;
  const ticket = {
    _id: newNodeId('Ticket'),
    number: await nextNumber(models.connection, 'ticket', 'TCK'),
    customerId: customer._id.toString(),
    subject: input.subject.trim(),
    description: input.description ?? null,
    priority,
    status: 'NEW' as const,
    tags,
    assigneeId,
    routing: assigneeId ? { ruleName: decision?.ruleName ?? null, strategy: decision?.strategy ?? null, routedAt: now } : null,
    slaDueAt: slaDueAt(priority, now),
    createdAt: now,
  };
  return insert<TicketDoc>(models.Ticket, ticket, {
    events: [ticketCreated(ticket, actor?.requestId), assigneeId ? ticketAssigned(ticket, assigneeId, actor?.requestId) : null],
  });
}

/** A lifecycle move with `customers.ticket.statusChanged`; resolving stamps `resolvedAt`, opening again clears it. */
export function moveTicket(models: CustomersModels, id: string, to: TicketStatus, actor?: Actor): Promise<TicketDoc> {
  const set = to === 'RESOLVED' ? { resolvedAt: new Date() } : to === 'OPEN' ? { resolvedAt: null } : {};
  return transition<TicketStatus, TicketDoc>(models.Ticket, id, to, {
    set,
    events: (current) => [ticketStatusChanged(current, current.status, to, actor?.requestId)],
  });
}

/** RESOLVED -> OPEN only (`openTicket` also opens NEW and PENDING tickets). */
export function reopenTicket(models: CustomersModels, id: string, actor?: Actor): Promise<TicketDoc> {
  return transition<TicketStatus, TicketDoc>(models.Ticket, id, 'OPEN', {
    set: { resolvedAt: null },
    events: (current) => [ticketStatusChanged(current, current.status, 'OPEN', actor?.requestId)],
    refuse: (current) =>
      canTransition(TICKET_REOPEN, current.status, 'OPEN')
        ? null
        : userError(['input', 'id'], `Ticket is ${current.status} and cannot be reopened.`, 'ILLEGAL_TRANSITION'),
  });
}

/** Gives the ticket to `assigneeId` and stores `customers.ticket.assigned` in the same write. */
const assignment = (ticket: TicketDoc, assigneeId: string, ruleName: string | null, requestId?: string): Change => ({
  $set: { assigneeId, routing: { ruleName, strategy: null, routedAt: new Date() } },
  events: [ticketAssigned(ticket, assigneeId, requestId)],
});

/** Gives a ticket that is not CLOSED to another agent (by hand: no rule). */
export function reassignTicket(models: CustomersModels, input: ReassignTicketInput, actor?: Actor): Promise<TicketDoc> {
  assertNoUserErrors(validateRefId(input.assigneeId, ['input', 'assigneeId']));
  return update<TicketDoc>(models.Ticket, input.id, (current) => {
    if (current.status === 'CLOSED') {
      throw new UserErrors([userError(['input', 'id'], 'Ticket is CLOSED and cannot be reassigned.', 'ILLEGAL_TRANSITION')]);
    }
    return current.assigneeId === input.assigneeId ? null : assignment(current, input.assigneeId, null, actor?.requestId);
  });
}

/**
 * Corrects a ticket that is not CLOSED: subject, description, priority (its SLA is counted again
 * from when the ticket was opened), tags, and the assignee (as `reassignTicket`). One write stores
 * the change with `customers.ticket.updated` (and `customers.ticket.assigned` for a new assignee).
 */
export function updateTicket(models: CustomersModels, input: UpdateTicketInput, actor?: Actor): Promise<TicketDoc> {
  assertNoUserErrors([
    ...requireText(input.subject, ['input', 'subject']),
    ...requireText(input.description, ['input', 'description'], 20_000),
    ...validateTags(input.tags, ['input', 'tags']),
    ...validateRefId(input.assigneeId, ['input', 'assigneeId']),
  ]);
  return update<TicketDoc>(
    models.Ticket,
    input.id,
    (current) => {
      if (current.status === 'CLOSED') {
        throw new UserErrors([userError(['input', 'id'], 'Ticket is CLOSED and cannot be changed.', 'ILLEGAL_TRANSITION')]);
      }
      const next: Partial<TicketDoc> = {
        ...(input.subject != null && { subject: input.subject.trim() }),
        ...(input.description !== undefined && { description: input.description || null }),
        ...(input.priority != null && { priority: input.priority, slaDueAt: slaDueAt(input.priority, current.createdAt) }),
        ...(input.tags != null && { tags: normalizeTags(input.tags) }),
      };
      const changed = changedFields(current, next).filter((k) => k !== 'slaDueAt');
      const reassigned = input.assigneeId != null && input.assigneeId !== current.assigneeId;
      if (!changed.length && !reassigned) return null;
      const after = { ...current, ...next };
      const assigned = reassigned ? assignment(after, input.assigneeId!, null, actor?.requestId) : null;
      return {
        $set: { ...next, ...assigned?.$set },
        events: [changed.length > 0 && ticketUpdated(after, changed as string[], actor?.requestId), ...(assigned?.events ?? [])],
      };
    },
    { expectedVersion: input.expectedVersion },
  );
}

/**
 * Adds a comment to a ticket that is not CLOSED, in one write with `customers.ticket.commented`.
 * The first PUBLIC comment stamps `firstRespondedAt` (the ticket's first response). The author is
 * the caller's principal and, for a user hr has linked, their employee.
 */
export async function addTicketComment(
  models: CustomersModels,
  input: AddTicketCommentInput,
  actor: Actor,
): Promise<{ ticket: TicketDoc; comment: TicketCommentDoc }> {
  assertNoUserErrors(requireText(input.body, ['input', 'body'], 20_000));
  const visibility = input.visibility ?? 'PUBLIC';
  const comment: TicketCommentDoc = {
    _id: new mongoose.Types.ObjectId(),
    body: input.body.trim(),
    visibility,
    principal: actor.principal,
    authorId: await employeeOfCaller(models, actor.principal),
    createdAt: new Date(),
  };
  const ticket = await update<TicketDoc>(
    models.Ticket,
    input.ticketId,
    (current) => {
      if (current.status === 'CLOSED') {
        throw new UserErrors([
          userError(['input', 'ticketId'], 'Ticket is CLOSED: open a new ticket to continue.', 'ILLEGAL_TRANSITION'),
        ]);
      }
      if ((current.commentCount ?? 0) >= TICKET_COMMENT_LIMIT) {
        throw new UserErrors([
          userError(
            ['input', 'ticketId'],
            `Ticket has ${TICKET_COMMENT_LIMIT} comments, the most one ticket keeps: open a new ticket.`,
            'INVALID',
          ),
        ]);
      }
      const firstResponse = visibility === 'PUBLIC' && !current.firstRespondedAt;
      return {
        $push: { comments: comment },
        $inc: { commentCount: 1 },
        ...(firstResponse && { $set: { firstRespondedAt: comment.createdAt } }),
        events: [ticketCommented(current, comment, firstResponse, actor.requestId)],
      };
    },
    { field: ['input', 'ticketId'], expectedVersion: input.expectedVersion },
  );
  return { ticket, comment };
}

/**
 * Records the customer's satisfaction with a RESOLVED or CLOSED ticket (1 to 5, with an optional
 * comment); rating again replaces it. One write with `customers.ticket.rated`.
 */
export function rateTicket(models: CustomersModels, input: RateTicketInput, actor?: Actor): Promise<TicketDoc> {
  assertNoUserErrors([
    ...(validRating(input.rating) ? [] : [userError(['input', 'rating'], 'A rating is a whole number from 1 to 5.', 'INVALID')]),
    ...requireText(input.comment, ['input', 'comment'], 5_000),
  ]);
  return update<TicketDoc>(models.Ticket, input.id, (current) => {
    if (!RATEABLE_TICKET_STATUSES.includes(current.status)) {
      throw new UserErrors([
        userError(
          ['input', 'id'],
          `Ticket is ${current.status}: it can be rated once it is RESOLVED or CLOSED.`,
          'ILLEGAL_TRANSITION',
        ),
      ]);
    }
    const satisfaction = { rating: input.rating, comment: input.comment?.trim() || null, ratedAt: new Date() };
    const previous = current.satisfaction ?? null;
    if (previous && previous.rating === satisfaction.rating && (previous.comment ?? null) === satisfaction.comment) return null;
    return { $set: { satisfaction }, events: [ticketRated(current, input.rating, previous?.rating ?? null, actor?.requestId)] };
  });
}

/**
 * An automation rule's assignment, applied once per (rule, event): the key is recorded on the
 * ticket by the same write, so a redelivered event finds it and changes nothing. A CLOSED ticket
 * (or one that is not this tenant's) is left alone.
 */
export async function assignTicketByRule(
  models: CustomersModels,
  action: { ticketId: string; assigneeId: string; rule: string },
  event: { id: string; requestId?: string },
): Promise<void> {
  if (!mongoose.isObjectIdOrHexString(action.ticketId)) return;
  const key = `${action.rule}:${event.id}`;
  if (!(await findOneByIdInTenant(models.Ticket, action.ticketId, { _id: 1 }))) return;
  await update<TicketDoc>(models.Ticket, action.ticketId, (current) => {
    if (current.status === 'CLOSED' || (current.automationKeys ?? []).includes(key)) return null;
    const change = assignment(current, action.assigneeId, action.rule, event.requestId);
    return { ...change, $push: { automationKeys: key } };
  });
}
