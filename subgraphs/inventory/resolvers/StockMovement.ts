import { toMoney } from '../../../lib/money';
import { docId } from '../../../lib/resolvers';
import type { StockMovementResolvers } from '../__generated__/resolvers-types';
import { productField, warehouseField } from './references';

export const StockMovement: StockMovementResolvers = {
  id: docId,
  product: productField,
  warehouse: warehouseField,
  unitCost: async (m, _, { loaders }) => {
    const cost = m.quantity > 0 && m.unitCostMinor != null ? m.unitCostMinor : m.avgCostAfterMinor;
    return cost == null ? null : toMoney(cost, (await loaders.settings()).costCurrency);
  },
  onHandAfter: (m) => m.onHandAfter ?? 0,
  appliedAt: (m) => m.appliedAt ?? m.createdAt,
};
