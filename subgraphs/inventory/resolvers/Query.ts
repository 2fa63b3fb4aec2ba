import { listed } from '../../../lib/archive';
import { paginate, paginateSorted, type SortSpec } from '../../../lib/pagination';
import type { ProductSort, QueryResolvers } from '../__generated__/resolvers-types';
import { skuKey } from '../domain/product';
import type { PurchaseOrderDoc, ReservationDoc } from '../models';
import { findById } from '../services/references';
import { inventoryValuation } from '../services/valuation';

/** The product sorts: keysets on the stored keys (domain/product.ts), indexed in models/product.ts. */
const PRODUCT_SORTS: Record<ProductSort, SortSpec> = {
  NEWEST_FIRST: { field: '_id', direction: -1 },
  OLDEST_FIRST: { field: '_id', direction: 1 },
  NAME_ASC: { field: 'nameKey', direction: 1 },
  NAME_DESC: { field: 'nameKey', direction: -1 },
  SKU_ASC: { field: 'skuKey', direction: 1 },
};

export const Query: QueryResolvers = {
  product: (_, { id }, { loaders }) => loaders.product.load(id),
  products: (_, { first, after, filter, sort, includeArchived }, { models }) =>
    paginateSorted(
      models.Product,
      { ...(filter?.sku ? { skuKey: skuKey(filter.sku) } : {}), ...listed(includeArchived) },
      { first, after },
      PRODUCT_SORTS[sort ?? 'NEWEST_FIRST'],
    ),
  warehouse: (_, { id }, { loaders }) => loaders.warehouse.load(id),
  warehouses: (_, { first, after, includeArchived }, { models }) =>
    paginate(models.Warehouse, listed(includeArchived), { first, after }),
  stockLevel: (_, { id }, { loaders }) => loaders.stockLevel.load(id),
  productsBelowReorderPoint: (_, { first, after, warehouseId }, { models }) =>
    paginate(models.StockLevel, { low: true, ...(warehouseId ? { warehouseId } : {}) }, { first, after }),
  stockMovements: (_, { first, after, filter }, { models }) =>
    paginate(
      models.StockMovement,
      {
        status: 'APPLIED',
        ...(filter?.productId ? { productId: filter.productId } : {}),
        ...(filter?.warehouseId ? { warehouseId: filter.warehouseId } : {}),
        ...(filter?.type ? { type: filter.type } : {}),
      },
      { first, after },
    ),
  inventoryValuation: async (_, { at, warehouseId }, { models, loaders }) =>
    warehouseId && !(await loaders.warehouse.load(warehouseId))
      ? null
      : inventoryValuation(models, at ?? new Date(), warehouseId),
  orderReservation: (_, { orderId }, { models }) => models.Reservation.findOne({ orderId }).lean<ReservationDoc>().exec(),
  supplier: (_, { id }, { loaders }) => loaders.supplier.load(id),
  suppliers: (_, { first, after, includeArchived }, { models }) =>
    paginate(models.Supplier, listed(includeArchived), { first, after }),
  purchaseOrder: (_, { id }, { models }) => findById<PurchaseOrderDoc>(models.PurchaseOrder, id),
  purchaseOrders: (_, { first, after, filter }, { models }) =>
    paginate(
      models.PurchaseOrder,
      { ...(filter?.status ? { status: filter.status } : {}), ...(filter?.supplierId ? { supplierId: filter.supplierId } : {}) },
      { first, after },
    ),
  inventorySettings: (_, __, { loaders }) => loaders.settings(),
};
