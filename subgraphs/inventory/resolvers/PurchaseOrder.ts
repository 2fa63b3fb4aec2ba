import { toMoney } from '../../../lib/money';
import { docId } from '../../../lib/resolvers';
import type { PurchaseOrderLineResolvers, PurchaseOrderResolvers } from '../__generated__/resolvers-types';
import { stockValue } from '../domain/costing';
import { productField, warehouseField } from './references';

export const PurchaseOrder: PurchaseOrderResolvers = {
  id: docId,
  supplier: (po, _, { loaders }) => loaders.supplier.load(po.supplierId),
  warehouse: warehouseField,
  lines: (po) => po.lines.map((l) => ({ ...l, currency: po.currency })),
  total: (po) =>
    toMoney(
      po.lines.reduce((sum, l) => sum + stockValue(l.quantity, l.unitCostMinor), 0),
      po.currency,
    ),
  suggestedFor: (po, _, { loaders }) => (po.suggestedFor ? loaders.stockLevel.load(po.suggestedFor) : null),
};

export const PurchaseOrderLine: PurchaseOrderLineResolvers = {
  product: productField,
  unitCost: (l) => toMoney(l.unitCostMinor, l.currency),
};
