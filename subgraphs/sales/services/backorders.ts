/**
 * What sales shows of inventory's reservations (consumer of `inventory.stock.reserved`, no call
 * back): the confirmed order's backorders per product with their expected date. The latest event
 * wins (`backordersAsOf`); an older one, or one arriving after the order left CONFIRMED, changes
 * nothing. A cancelled or fulfilled order has none (services/orders.ts clears them).
 */
import mongoose from 'mongoose';
import { isEvent, type EventEnvelope } from '../../../lib/events';
import { update } from '../../../lib/write';
import { backordersOf } from '../domain/order';
import type { OrderDoc, SalesModels } from '../models';

export async function recordBackorders(models: SalesModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'inventory.stock.reserved')) return;
  const { orderId, lines } = event.payload;
  if (!mongoose.isObjectIdOrHexString(orderId) || !(await models.Order.exists({ _id: orderId }))) return;
  await update<OrderDoc>(models.Order, orderId, (order) => {
    if (order.status !== 'CONFIRMED') return null;
    if (order.backordersAsOf && order.backordersAsOf >= event.occurredAt) return null;
    return { $set: { backorders: backordersOf(lines), backordersAsOf: event.occurredAt } };
  });
}
