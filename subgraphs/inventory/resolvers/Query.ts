import { paginate } from '../../../lib/pagination';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { skuKey } from '../domain/stock';
import type { ReservationDoc } from '../models';
import { inventoryValuation } from '../services/valuation';

export const Query: QueryResolvers = {
  product: (_, { id }, { loaders }) => loaders.product.load(id),
  products: (_, { first, after, filter }, { models }) =>
    paginate(models.Product, filter?.sku ? { skuKey: skuKey(filter.sku) } : {}, { first, after }),
  warehouse: (_, { id }, { loaders }) => loaders.warehouse.load(id),
  warehouses: (_, { first, after }, { models }) => paginate(models.Warehouse, {}, { first, after }),
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
  suppliers: (_, { first, after }, { models }) => paginate(models.Supplier, {}, { first, after }),
  purchaseOrder: async (_, { id }, { models }) =>
    /^[a-f0-9]{24}$/i.test(id) ? models.PurchaseOrder.findById(id).lean().exec() : null,
  purchaseOrders: (_, { first, after, filter }, { models }) =>
    paginate(
      models.PurchaseOrder,
      { ...(filter?.status ? { status: filter.status } : {}), ...(filter?.supplierId ? { supplierId: filter.supplierId } : {}) },
      { first, after },
    ),
  inventorySettings: (_, __, { loaders }) => loaders.settings(),
};
