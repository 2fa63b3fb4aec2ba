import { toMoney } from '../../../lib/money';
import { docId } from '../../../lib/resolvers';
import type { Resolvers } from '../__generated__/resolvers-types';
import { divideHalfUp, stockValue } from '../domain/costing';
import { availableOf } from '../domain/reorder';
import type { ProductDoc } from '../models';

/** Products, stock levels and warehouses always name existing documents of their own tenant (never deleted). */
const must = <T>(value: T | null | undefined): T => value!;

export const typeResolvers: Resolvers = {
  Product: {
    __resolveReference: (reference, { loaders }) => loaders.product.load(reference.id),
    id: docId,
    unit: (product) => product.unit ?? 'pcs',
    price: (product) => toMoney(product.priceMinor, product.currency),
    stock: (product, _, { loaders }) => loaders.stockOfProduct.load(product._id.toString()),
    totalOnHand: async (product, _, { loaders }) =>
      (await loaders.stockOfProduct.load(product._id.toString())).reduce((total, level) => total + level.onHand, 0),
    availability: async (product, _, { loaders }) => ({ levels: await loaders.stockOfProduct.load(product._id.toString()) }),
    averageCost: async (product: ProductDoc, _, { loaders }) => {
      const levels = (await loaders.stockOfProduct.load(product._id.toString())).filter((l) => l.onHand > 0);
      const units = levels.reduce((sum, l) => sum + l.onHand, 0);
      if (!units) return null;
      const value = levels.reduce((sum, l) => sum + BigInt(l.onHand) * BigInt(l.avgCostMinor), 0n);
      return toMoney(Number(divideHalfUp(value, BigInt(units))), (await loaders.settings()).costCurrency);
    },
  },
  ProductAvailability: {
    onHand: ({ levels }) => levels.reduce((sum, l) => sum + l.onHand, 0),
    reserved: ({ levels }) => levels.reduce((sum, l) => sum + l.reserved, 0),
    available: ({ levels }) => levels.reduce((sum, l) => sum + availableOf(l), 0),
    perWarehouse: ({ levels }) => levels,
  },
  Warehouse: {
    __resolveReference: (reference, { loaders }) => loaders.warehouse.load(reference.id),
    id: docId,
  },
  StockLevel: {
    __resolveReference: (reference, { loaders }) => loaders.stockLevel.load(reference.id),
    id: docId,
    product: async (level, _, { loaders }) => must(await loaders.product.load(level.productId)),
    warehouse: async (level, _, { loaders }) => must(await loaders.warehouse.load(level.warehouseId)),
    reserved: (level) => level.reserved ?? 0,
    available: (level) => availableOf({ onHand: level.onHand, reserved: level.reserved ?? 0 }),
    averageCost: async (level, _, { loaders }) => toMoney(level.avgCostMinor ?? 0, (await loaders.settings()).costCurrency),
    reorderPoint: (level) => level.reorder?.min ?? null,
    reorderRule: (level) => level.reorder ?? null,
  },
  ReorderPoint: {
    reorderQuantity: (rule) => rule.quantity,
    preferredSupplier: (rule, _, { loaders }) => (rule.supplierId ? loaders.supplier.load(rule.supplierId) : null),
  },
  StockMovement: {
    id: docId,
    product: async (m, _, { loaders }) => must(await loaders.product.load(m.productId)),
    warehouse: async (m, _, { loaders }) => must(await loaders.warehouse.load(m.warehouseId)),
    unitCost: async (m, _, { loaders }) => {
      const cost = m.quantity > 0 && m.unitCostMinor != null ? m.unitCostMinor : m.avgCostAfterMinor;
      return cost == null ? null : toMoney(cost, (await loaders.settings()).costCurrency);
    },
    onHandAfter: (m) => m.onHandAfter ?? 0,
    appliedAt: (m) => m.appliedAt ?? m.createdAt,
  },
  InventoryValuation: {
    total: (v) => toMoney(v.totalMinor, v.currency),
  },
  ValuationLine: {
    product: async (l, _, { loaders }) => must(await loaders.product.load(l.productId)),
    warehouse: async (l, _, { loaders }) => must(await loaders.warehouse.load(l.warehouseId)),
    unitCost: (l) => toMoney(l.unitCostMinor, l.currency),
    value: (l) => toMoney(l.valueMinor, l.currency),
  },
  OrderReservation: {
    lines: (r) => r.lines,
  },
  OrderReservationLine: {
    product: async (l, _, { loaders }) => must(await loaders.product.load(l.productId)),
    unshipped: (l) => l.unshipped ?? 0,
  },
  ReservationAllocation: {
    warehouse: async (a, _, { loaders }) => must(await loaders.warehouse.load(a.warehouseId)),
  },
  Supplier: {
    id: docId,
  },
  PurchaseOrder: {
    id: docId,
    supplier: (po, _, { loaders }) => loaders.supplier.load(po.supplierId),
    warehouse: async (po, _, { loaders }) => must(await loaders.warehouse.load(po.warehouseId)),
    lines: (po) => po.lines.map((l) => ({ ...l, currency: po.currency })),
    total: (po) =>
      toMoney(
        po.lines.reduce((sum, l) => sum + stockValue(l.quantity, l.unitCostMinor), 0),
        po.currency,
      ),
    suggestedFor: (po, _, { loaders }) => (po.suggestedFor ? loaders.stockLevel.load(po.suggestedFor) : null),
  },
  PurchaseOrderLine: {
    product: async (l, _, { loaders }) => must(await loaders.product.load(l.productId)),
    unitCost: (l) => toMoney(l.unitCostMinor, l.currency),
  },
  InventorySettings: {
    allowBackorders: (s) => s.allowBackorders ?? false,
    costCurrency: (s) => s.costCurrency ?? 'EUR',
    defaultWarehouse: (s, _, { loaders }) => (s.defaultWarehouseId ? loaders.warehouse.load(s.defaultWarehouseId) : null),
  },
};
