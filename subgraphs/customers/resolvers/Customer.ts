import mongoose from 'mongoose';
import type {
  ContactResolvers,
  CustomerAttentionResolvers,
  CustomerResolvers,
  InteractionResolvers,
  TaskResolvers,
  TicketResolvers,
} from '../__generated__/resolvers-types';
import { isOverdue } from '../domain/task';
import { slaBreached } from '../domain/ticket';

export const Customer: CustomerResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.customer.load(ref.id),
  id: (doc) => doc._id.toString(),
  owner: (doc) => (doc.ownerId ? { id: doc.ownerId } : null),
  tags: (doc) => doc.tags ?? [],
  addresses: (doc) => doc.addresses ?? [],
  timeline: (doc, { first, after, kinds }, { loaders }) =>
    loaders.timeline.load({
      parentId: doc._id.toString(),
      first,
      after,
      // Sorted so that equal kind sets share one batch query.
      filter: kinds?.length ? ({ kind: mongoose.trusted({ $in: [...new Set(kinds)].sort() }) } as never) : undefined,
    }),
  tickets: (doc, { first, after }, { loaders }) => loaders.customerTickets.load({ parentId: doc._id.toString(), first, after }),
};

export const Contact: ContactResolvers = {
  id: (doc) => doc._id.toString(),
};

export const Interaction: InteractionResolvers = {
  id: (doc) => doc._id.toString(),
  contacts: async (doc, _, { loaders }) => {
    if (!doc.contactIds?.length) return [];
    const customer = await loaders.customer.load(doc.customerId);
    return (customer?.contacts ?? []).filter((c) => doc.contactIds.includes(c._id.toString()));
  },
  employees: (doc) => (doc.employeeIds ?? []).map((id) => ({ id })),
  ticket: (doc, _, { loaders }) => (doc.ticketId ? loaders.ticket.load(doc.ticketId) : null),
  customer: (doc, _, { loaders }) => loaders.customer.load(doc.customerId),
};

export const Task: TaskResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.task.load(ref.id),
  id: (doc) => doc._id.toString(),
  assignee: (doc) => ({ id: doc.assigneeId }),
  customer: (doc, _, { loaders }) => (doc.customerId ? loaders.customer.load(doc.customerId) : null),
  ticket: (doc, _, { loaders }) => (doc.ticketId ? loaders.ticket.load(doc.ticketId) : null),
  overdue: (doc) => isOverdue(doc, new Date()),
};

export const Ticket: TicketResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.ticket.load(ref.id),
  id: (doc) => doc._id.toString(),
  customer: (doc, _, { loaders }) => loaders.customer.load(doc.customerId),
  assignee: (doc) => (doc.assigneeId ? { id: doc.assigneeId } : null),
  tags: (doc) => doc.tags ?? [],
  slaBreached: (doc) => slaBreached(doc, new Date()),
};

export const CustomerAttention: CustomerAttentionResolvers = {};
