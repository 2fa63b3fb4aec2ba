import { byIdLoader, childConnectionLoader } from '../../lib/pagination';
import type { OrderDoc, SalesModels } from './models';

/** Per-request DataLoaders. */
export function salesLoaders(models: SalesModels) {
  return {
    order: byIdLoader<OrderDoc>(models.Order),
    ordersOfCustomer: childConnectionLoader<OrderDoc>(models.Order, 'customerId'),
  };
}
export type SalesLoaders = ReturnType<typeof salesLoaders>;
