import type { InteractionResolvers } from '../__generated__/resolvers-types';
import { docId, ref } from '../../../lib/resolvers';

export const Interaction: InteractionResolvers = {
  id: docId,
  contacts: async (doc, _, { loaders }) => {
    if (!doc.contactIds?.length) return [];
    const customer = await loaders.customer.load(doc.customerId);
    return (customer?.contacts ?? []).filter((c) => doc.contactIds.includes(c._id.toString()));
  },
  employees: (doc) => (doc.employeeIds ?? []).map(ref),
  ticket: (doc, _, { loaders }) => (doc.ticketId ? loaders.ticket.load(doc.ticketId) : null),
  customer: (doc, _, { loaders }) => loaders.customer.load(doc.customerId),
};
