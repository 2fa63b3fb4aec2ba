import type { OrderResolvers } from '../__generated__/resolvers-types';

export const Order: OrderResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  invoice: (order, _, { loaders }) => loaders.invoiceOfOrder.load(order.id),
  invoices: (order, _, { loaders }) => loaders.invoicesOfOrder.load(order.id),
  margin: (order, _, { loaders }) => loaders.orderMargin.load(order.id),
};
