import { docId } from '../../../lib/resolvers';
import type { WarehouseResolvers } from '../__generated__/resolvers-types';

export const Warehouse: WarehouseResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.warehouse.load(reference.id),
  id: docId,
};
