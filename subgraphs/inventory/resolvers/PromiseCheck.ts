import type { PromiseCheckResolvers } from '../__generated__/resolvers-types';
import { meets } from '../domain/promise';
import { checkPromiseQuantity, promiseOf } from '../services/promise';

/** A reference `{ productId, quantity, needBy }` from sales, answered from inventory's stock and supply. */
export const PromiseCheck: PromiseCheckResolvers = {
  __resolveReference: (reference) => {
    checkPromiseQuantity(reference.quantity);
    return { productId: reference.productId, quantity: reference.quantity, needBy: reference.needBy };
  },
  product: (check, _, { loaders }) => loaders.product.load(check.productId),
  promise: (check, _, { loaders }) => promiseOf(loaders, check.productId, check.quantity),
  canMeet: async (check, _, { loaders }) => meets(await promiseOf(loaders, check.productId, check.quantity), check.needBy),
};
