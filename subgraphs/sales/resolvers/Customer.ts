import { toMoney } from '../../../lib/money';
import type { CustomerResolvers } from '../__generated__/resolvers-types';

export const Customer: CustomerResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  orders: (customer, { status, first, after }, { loaders }) =>
    loaders.ordersOfCustomer.load({ parentId: customer.id, filter: status ? { status } : undefined, first, after }),
  deals: (customer, { status, first, after }, { loaders }) =>
    loaders.dealsOfCustomer.load({ parentId: customer.id, filter: status ? { status } : undefined, first, after }),
  quotes: (customer, { status, first, after }, { loaders }) =>
    loaders.quotesOfCustomer.load({ parentId: customer.id, filter: status ? { status } : undefined, first, after }),
  lifetimeValue: async (customer, _, { loaders }) => {
    const [{ currency }, totals] = await Promise.all([loaders.defaultPipeline(), loaders.fulfilledTotals.load(customer.id)]);
    return toMoney(totals.get(currency) ?? 0, currency);
  },
};
