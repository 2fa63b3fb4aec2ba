import { toMoney } from '../../../lib/money';
import { docId } from '../../../lib/resolvers';
import type { ProductResolvers, StockLevelResolvers, WarehouseResolvers } from '../__generated__/resolvers-types';

export const Product: ProductResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.product.load(reference.id),
  id: docId,
  price: (product) => toMoney(product.priceMinor, product.currency),
  stock: (product, _, { loaders }) => loaders.stockOfProduct.load(product._id.toString()),
  totalOnHand: async (product, _, { loaders }) =>
    (await loaders.stockOfProduct.load(product._id.toString())).reduce((total, level) => total + level.onHand, 0),
};

export const Warehouse: WarehouseResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.warehouse.load(reference.id),
  id: docId,
};

export const StockLevel: StockLevelResolvers = {
  // A stock level always names a warehouse of its own tenant; it cannot be deleted.
  warehouse: async (level, _, { loaders }) => (await loaders.warehouse.load(level.warehouseId))!,
};
