import type { DealResolvers } from '../__generated__/resolvers-types';

export const Deal: DealResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  invoice: (deal, _, { loaders }) => loaders.invoiceOfDeal.load(deal.id),
};
