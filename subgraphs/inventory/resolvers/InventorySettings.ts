import type { InventorySettingsResolvers } from '../__generated__/resolvers-types';

export const InventorySettings: InventorySettingsResolvers = {
  allowBackorders: (s) => s.allowBackorders ?? false,
  costCurrency: (s) => s.costCurrency ?? 'EUR',
  defaultWarehouse: (s, _, { loaders }) => (s.defaultWarehouseId ? loaders.warehouse.load(s.defaultWarehouseId) : null),
};
