import type { SubgraphEvents } from '../../lib/subgraph';
import { isEvent } from '../../lib/events';
import type { InventoryModels } from './models';
import { onOrderCancelled, onOrderConfirmed, onOrderFulfilled } from './services/reservations';

/**
 * Inventory's side of the event flows. Produced (outboxes in the same write as the change):
 * `inventory.product.upserted` (Product), `inventory.stock.reserved` (Reservation),
 * `inventory.stock.low` (ReorderSuggestion), `inventory.purchaseOrder.received` (PurchaseOrder).
 * Consumed: sales' order events, in ONE group so an order's events are handled one at a time and
 * in bus order; the handlers are idempotent and order-tolerant (services/reservations.ts).
 */
export const inventoryEvents: SubgraphEvents<InventoryModels> = {
  producers: (models) => [models.Product, models.Reservation, models.ReorderSuggestion, models.PurchaseOrder],
  consumers: (models) => [
    {
      group: 'inventory.order-stock',
      types: ['sales.order.confirmed', 'sales.order.cancelled', 'sales.order.fulfilled'],
      handle: async (event) => {
        if (event.schemaVersion !== 1) return; // a payload shape this code does not know
        if (isEvent(event, 'sales.order.confirmed')) return onOrderConfirmed(models, event);
        if (isEvent(event, 'sales.order.cancelled')) return onOrderCancelled(models, event);
        if (isEvent(event, 'sales.order.fulfilled')) return onOrderFulfilled(models, event);
      },
    },
  ],
};
