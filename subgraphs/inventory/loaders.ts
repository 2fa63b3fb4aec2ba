import { byIdLoader, groupLoader } from '../../lib/pagination';
import { promiseLoaders } from './services/promise';
import { getSettings } from './services/settings';
import type { InventoryModels, InventorySettingsDoc, ProductDoc, StockLevelDoc, SupplierDoc, WarehouseDoc } from './models';

/** Per-request DataLoaders. */
export function inventoryLoaders(models: InventoryModels) {
  let settings: Promise<InventorySettingsDoc> | undefined;
  return {
    /** The tenant's settings, read once per request. */
    settings: () => (settings ??= getSettings(models)),
    product: byIdLoader<ProductDoc>(models.Product),
    warehouse: byIdLoader<WarehouseDoc>(models.Warehouse),
    supplier: byIdLoader<SupplierDoc>(models.Supplier),
    stockLevel: byIdLoader<StockLevelDoc>(models.StockLevel),
    stockOfProduct: groupLoader<StockLevelDoc>(models.StockLevel, 'productId'),
    ...promiseLoaders(models),
  };
}
export type InventoryLoaders = ReturnType<typeof inventoryLoaders>;
