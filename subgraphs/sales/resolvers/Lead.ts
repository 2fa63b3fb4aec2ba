import { toMoney } from '../../../lib/money';
import { docId, ref } from '../../../lib/resolvers';
import type { LeadResolvers } from '../__generated__/resolvers-types';
import type { LeadDoc } from '../models';

export const Lead: LeadResolvers = {
  id: docId,
  estimatedValue: (lead: LeadDoc) => toMoney(lead.estimatedValueMinor, lead.currency),
  owner: (lead) => (lead.ownerId ? ref(lead.ownerId) : null),
  customer: (lead) => (lead.customerId ? ref(lead.customerId) : null),
  deal: (lead, _, { loaders }) => (lead.dealId ? loaders.deal.load(lead.dealId) : null),
};
