import { paginate } from '../../../lib/pagination';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { skuKey } from '../domain/stock';

export const Query: QueryResolvers = {
  product: (_, { id }, { loaders }) => loaders.product.load(id),
  products: (_, { first, after, filter }, { models }) =>
    paginate(models.Product, filter?.sku ? { skuKey: skuKey(filter.sku) } : {}, { first, after }),
  warehouse: (_, { id }, { loaders }) => loaders.warehouse.load(id),
  warehouses: (_, { first, after }, { models }) => paginate(models.Warehouse, {}, { first, after }),
};
