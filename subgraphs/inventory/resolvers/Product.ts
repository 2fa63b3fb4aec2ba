import { toMoney } from '../../../lib/money';
import { docId } from '../../../lib/resolvers';
import type { ProductAvailabilityResolvers, ProductResolvers } from '../__generated__/resolvers-types';
import { divideHalfUp } from '../domain/costing';
import { availableOf } from '../domain/reorder';
import { checkPromiseQuantity, promiseOf } from '../services/promise';

export const Product: ProductResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.product.load(reference.id),
  id: docId,
  unit: (product) => product.unit ?? 'pcs',
  price: (product) => toMoney(product.priceMinor, product.currency),
  stock: (product, _, { loaders }) => loaders.stockOfProduct.load(product._id.toString()),
  totalOnHand: async (product, _, { loaders }) =>
    (await loaders.stockOfProduct.load(product._id.toString())).reduce((total, level) => total + level.onHand, 0),
  availability: async (product, _, { loaders }) => ({ levels: await loaders.stockOfProduct.load(product._id.toString()) }),
  availableToPromise: (product, { warehouseId, quantity }, { loaders }) => {
    checkPromiseQuantity(quantity);
    return promiseOf(loaders, product._id.toString(), quantity, warehouseId);
  },
  averageCost: async (product, _, { loaders }) => {
    const levels = (await loaders.stockOfProduct.load(product._id.toString())).filter((l) => l.onHand > 0);
    const units = levels.reduce((sum, l) => sum + l.onHand, 0);
    if (!units) return null;
    const value = levels.reduce((sum, l) => sum + BigInt(l.onHand) * BigInt(l.avgCostMinor), 0n);
    return toMoney(Number(divideHalfUp(value, BigInt(units))), (await loaders.settings()).costCurrency);
  },
};

export const ProductAvailability: ProductAvailabilityResolvers = {
  onHand: ({ levels }) => levels.reduce((sum, l) => sum + l.onHand, 0),
  reserved: ({ levels }) => levels.reduce((sum, l) => sum + l.reserved, 0),
  available: ({ levels }) => levels.reduce((sum, l) => sum + availableOf(l), 0),
  perWarehouse: ({ levels }) => levels,
};
