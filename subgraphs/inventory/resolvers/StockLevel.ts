import { toMoney } from '../../../lib/money';
import { docId } from '../../../lib/resolvers';
import type { ReorderPointResolvers, StockLevelResolvers } from '../__generated__/resolvers-types';
import { availableOf } from '../domain/reorder';
import { productField, warehouseField } from './references';

export const StockLevel: StockLevelResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.stockLevel.load(reference.id),
  id: docId,
  product: productField,
  warehouse: warehouseField,
  reserved: (level) => level.reserved ?? 0,
  available: (level) => availableOf({ onHand: level.onHand, reserved: level.reserved ?? 0 }),
  averageCost: async (level, _, { loaders }) => toMoney(level.avgCostMinor ?? 0, (await loaders.settings()).costCurrency),
  reorderPoint: (level) => level.reorder?.min ?? null,
  reorderRule: (level) => level.reorder ?? null,
};

export const ReorderPoint: ReorderPointResolvers = {
  reorderQuantity: (rule) => rule.quantity,
  preferredSupplier: (rule, _, { loaders }) => (rule.supplierId ? loaders.supplier.load(rule.supplierId) : null),
};
