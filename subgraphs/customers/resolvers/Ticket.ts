import { loadAttachments } from '../../../lib/attachments';
import type { TicketCommentResolvers, TicketResolvers } from '../__generated__/resolvers-types';
import { slaBreached, ticketCommentPage } from '../domain/ticket';
import { docId, ref } from '../../../lib/resolvers';

export const Ticket: TicketResolvers = {
  attachments: (parent, _args, ctx) => loadAttachments(ctx, ctx.models.Ticket.db, 'TICKET', parent._id.toString()),
  __resolveReference: (ref, { loaders }) => loaders.ticket.load(ref.id),
  id: docId,
  customer: (doc, _, { loaders }) => loaders.customer.load(doc.customerId),
  assignee: (doc) => (doc.assigneeId ? ref(doc.assigneeId) : null),
  tags: (doc) => doc.tags ?? [],
  slaBreached: (doc) => slaBreached(doc, new Date()),
  comments: async (doc, args, { loaders }) => ticketCommentPage(await loaders.ticketComments.load(doc._id.toString()), args),
};

export const TicketComment: TicketCommentResolvers = {
  id: docId,
  author: (comment) => (comment.authorId ? ref(comment.authorId) : null),
};
