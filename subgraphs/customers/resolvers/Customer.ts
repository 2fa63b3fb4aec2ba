import type { ContactResolvers, CustomerResolvers } from '../__generated__/resolvers-types';

export const Customer: CustomerResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.customer.load(ref.id),
  id: (doc) => doc._id.toString(),
};

export const Contact: ContactResolvers = {
  id: (doc) => doc._id.toString(),
};
