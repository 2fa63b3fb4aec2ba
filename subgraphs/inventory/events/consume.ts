/**
 * What inventory consumes: sales' order events, in ONE group, so a process handles an order's
 * events one at a time and in bus order. Processes running the same group may overlap on one
 * order; the handlers stay correct then (services/reservations.ts), and idempotent per event.
 */
import { isEvent } from '../../../lib/events';
import type { ConsumerDefinition } from '../../../lib/subgraph';
import type { InventoryModels } from '../models';
import { onOrderCancelled, onOrderConfirmed, onOrderFulfilled, onOrderShipped } from '../services/reservations';

export function inventoryConsumers(models: InventoryModels): ConsumerDefinition[] {
  return [
    {
      group: 'inventory.order-stock',
      types: ['sales.order.confirmed', 'sales.order.cancelled', 'sales.order.fulfilled', 'sales.order.shipped'],
      handle: async (event) => {
        if (event.schemaVersion !== 1) return; // a payload shape this code does not know
        if (isEvent(event, 'sales.order.confirmed')) return onOrderConfirmed(models, event);
        if (isEvent(event, 'sales.order.cancelled')) return onOrderCancelled(models, event);
        if (isEvent(event, 'sales.order.fulfilled')) return onOrderFulfilled(models, event);
        if (isEvent(event, 'sales.order.shipped')) return onOrderShipped(models, event);
      },
    },
  ];
}
