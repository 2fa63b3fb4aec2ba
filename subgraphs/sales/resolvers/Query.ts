import { paginate } from '../../../lib/pagination';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  order: (_, { id }, { loaders }) => loaders.order.load(id),
  orders: (_, { first, after, filter }, { models }) =>
    paginate(
      models.Order,
      {
        ...(filter?.status && { status: filter.status }),
        ...(filter?.customerId && { customerId: filter.customerId }),
      },
      { first, after },
    ),
};
