import { byIdLoader, groupLoader } from '../../lib/pagination';
import type { InventoryModels, ProductDoc, StockLevelDoc, WarehouseDoc } from './models';

/** Per-request DataLoaders. */
export function inventoryLoaders(models: InventoryModels) {
  return {
    product: byIdLoader<ProductDoc>(models.Product),
    warehouse: byIdLoader<WarehouseDoc>(models.Warehouse),
    stockOfProduct: groupLoader<StockLevelDoc>(models.StockLevel, 'productId'),
  };
}
export type InventoryLoaders = ReturnType<typeof inventoryLoaders>;
