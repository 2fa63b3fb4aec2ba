import { paginate } from '../../../lib/pagination';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  invoice: (_, { id }, { loaders }) => loaders.invoice.load(id),
  invoices: (_, { first, after, filter }, { models }) =>
    paginate(
      models.Invoice,
      {
        ...(filter?.status && { status: filter.status }),
        ...(filter?.customerId && { customerId: filter.customerId }),
      },
      { first, after },
    ),
};
