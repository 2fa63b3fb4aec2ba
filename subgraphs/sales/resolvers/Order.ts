import { docId, money, ref } from '../../../lib/resolvers';
import { toMoney } from '../../../lib/money';
import type {
  OrderLineResolvers,
  OrderResolvers,
  OrderShipmentResolvers,
  StockFlagResolvers,
} from '../__generated__/resolvers-types';
import { promiseCheck, todayUtc } from '../domain/quote';
import type { OrderDoc, OrderLineView } from '../models';

export const Order: OrderResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.order.load(reference.id),
  id: docId,
  customer: (order) => ref(order.customerId),
  quote: (order, _, { loaders }) => (order.quoteId ? loaders.quote.load(order.quoteId) : null),
  deal: (order, _, { loaders }) => (order.dealId ? loaders.deal.load(order.dealId) : null),
  stockFlags: (order) => order.stockFlags ?? [],
  backorders: (order) =>
    (order.backorders ?? []).map((b) => ({ ...b, product: ref(b.productId), expectedDate: b.expectedDate ?? null })),
  total: money<OrderDoc>('totalMinor'),
  lines: (order) =>
    order.lines.map((line) => ({
      ...line,
      currency: order.currency,
      // An order fulfilled whole shipped every unit; one shipped in parts counts them.
      shipped: order.status === 'FULFILLED' && !order.shipments?.length ? line.quantity : (line.shipped ?? 0),
    })),
  shipments: (order) => order.shipments ?? [],
};

export const OrderShipment: OrderShipmentResolvers = {
  id: (s) => s.shipmentId,
  shippedAt: (s) => s.at,
};

export const OrderLine: OrderLineResolvers = {
  product: (line) => ref(line.productId),
  description: async (line, _, { loaders }) => {
    if (line.description) return line.description;
    const known = await loaders.productRef.load(line.productId);
    return known?.name ?? null;
  },
  unitPrice: money<OrderLineView>('unitPriceMinor'),
  discount: (line) => toMoney(line.discountMinor ?? 0, line.currency),
  tax: (line) => toMoney(line.taxMinor ?? 0, line.currency),
  total: money<OrderLineView>('totalMinor'),
  shipped: (line) => line.shipped ?? 0,
  availability: (line) => promiseCheck(line.productId, line.quantity, todayUtc()),
};

export const StockFlag: StockFlagResolvers = {
  product: (flag) => ref(flag.productId),
  stockLevel: (flag) => ref(flag.stockLevelId),
};
