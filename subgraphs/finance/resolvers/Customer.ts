import type { CustomerResolvers } from '../__generated__/resolvers-types';

export const Customer: CustomerResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  invoices: (customer, { status, first, after }, { loaders }) =>
    loaders.invoicesOfCustomer.load({ parentId: customer.id, filter: status ? { status } : undefined, first, after }),
  balance: (customer, _, { loaders }) => loaders.customerBalance.load(customer.id),
  grossMargin: (customer, _, { loaders }) => loaders.customerMargin.load(customer.id),
};
