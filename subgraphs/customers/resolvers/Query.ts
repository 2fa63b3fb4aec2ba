import { paginate } from '../../../lib/pagination';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { searchPatterns } from '../domain/customer';

export const Query: QueryResolvers = {
  customer: (_, { id }, { loaders }) => loaders.customer.load(id),
  customers: (_, { first, after, filter }, { models }) => {
    const conditions: Record<string, unknown>[] = [];
    if (filter?.status) conditions.push({ status: filter.status });
    if (filter?.kind) conditions.push({ kind: filter.kind });
    for (const pattern of searchPatterns(filter?.search ?? '')) conditions.push({ searchTerms: pattern });
    return paginate(models.Customer, conditions.length ? { $and: conditions } : {}, { first, after });
  },
};
