import { toMoney } from '../../../lib/money';
import type { InventoryValuationResolvers, ValuationLineResolvers } from '../__generated__/resolvers-types';
import { productField, warehouseField } from './references';

export const InventoryValuation: InventoryValuationResolvers = {
  total: (v) => toMoney(v.totalMinor, v.currency),
};

export const ValuationLine: ValuationLineResolvers = {
  product: productField,
  warehouse: warehouseField,
  unitCost: (l) => toMoney(l.unitCostMinor, l.currency),
  value: (l) => toMoney(l.valueMinor, l.currency),
};
