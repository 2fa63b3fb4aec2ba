import type { TaskResolvers } from '../__generated__/resolvers-types';
import { isOverdue } from '../domain/task';
import { docId, ref } from '../../../lib/resolvers';

export const Task: TaskResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.task.load(ref.id),
  id: docId,
  assignee: (doc) => ref(doc.assigneeId),
  customer: (doc, _, { loaders }) => (doc.customerId ? loaders.customer.load(doc.customerId) : null),
  ticket: (doc, _, { loaders }) => (doc.ticketId ? loaders.ticket.load(doc.ticketId) : null),
  overdue: (doc) => isOverdue(doc, new Date()),
};
