import type { CustomerResolvers, DealResolvers } from '../__generated__/resolvers-types';

export const Customer: CustomerResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  invoices: (customer, { status, first, after }, { loaders }) =>
    loaders.invoicesOfCustomer.load({ parentId: customer.id, filter: status ? { status } : undefined, first, after }),
  balance: (customer, _, { loaders }) => loaders.customerBalance.load(customer.id),
};

export const Deal: DealResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  invoice: (deal, _, { loaders }) => loaders.invoiceOfDeal.load(deal.id),
};
