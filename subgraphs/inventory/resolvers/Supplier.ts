import { docId } from '../../../lib/resolvers';
import type { SupplierResolvers } from '../__generated__/resolvers-types';

export const Supplier: SupplierResolvers = {
  id: docId,
};
