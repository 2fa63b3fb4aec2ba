import { docId, money, ref } from '../../../lib/resolvers';
import type { OrderLineResolvers, OrderResolvers } from '../__generated__/resolvers-types';
import type { OrderDoc, OrderLineView } from '../models';

export const Order: OrderResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.order.load(reference.id),
  id: docId,
  customer: (order) => ref(order.customerId),
  total: money<OrderDoc>('totalMinor'),
  lines: (order) => order.lines.map((line) => ({ ...line, currency: order.currency })),
};

export const OrderLine: OrderLineResolvers = {
  product: (line) => ref(line.productId),
  unitPrice: money<OrderLineView>('unitPriceMinor'),
  total: money<OrderLineView>('totalMinor'),
};
