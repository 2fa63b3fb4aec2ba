import { runMutation } from '../../../lib/mutation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { setProductArchived, setSupplierArchived, setWarehouseArchived } from '../services/archiving';
import { createProduct, updateProduct } from '../services/products';
import {
  createPurchaseOrder,
  movePurchaseOrder,
  receivePurchaseOrder,
  reschedulePurchaseOrder,
  updatePurchaseOrder,
} from '../services/purchasing';
import { setReorderPoint } from '../services/reorder';
import { updateInventorySettings } from '../services/settings';
import { adjustStock, transferStock } from '../services/stock';
import { createSupplier, updateSupplier } from '../services/suppliers';
import { createWarehouse, updateWarehouse } from '../services/warehouses';

/**
 * Thin: each mutation is one service call; expected failures become its `userErrors`. After a
 * write, the request's loaders forget what it changed, so the payload (and a later mutation of
 * the same operation) reads it fresh.
 */
export const Mutation: MutationResolvers = {
  createProduct: (_, { input }, ctx) => runMutation(async () => ({ product: await createProduct(ctx.models, input, ctx) })),
  updateProduct: (_, { input }, ctx) =>
    runMutation(async () => {
      const product = await updateProduct(ctx.models, input, ctx);
      ctx.loaders.product.clear(input.id);
      return { product };
    }),
  archiveProduct: (_, { input }, ctx) =>
    runMutation(async () => {
      const product = await setProductArchived(ctx.models, input, true, ctx);
      ctx.loaders.product.clear(input.id);
      return { product };
    }),
  restoreProduct: (_, { input }, ctx) =>
    runMutation(async () => {
      const product = await setProductArchived(ctx.models, input, false, ctx);
      ctx.loaders.product.clear(input.id);
      return { product };
    }),
  archiveWarehouse: (_, { input }, ctx) =>
    runMutation(async () => {
      const warehouse = await setWarehouseArchived(ctx.models, input, true, ctx);
      ctx.loaders.warehouse.clear(input.id);
      return { warehouse };
    }),
  restoreWarehouse: (_, { input }, ctx) =>
    runMutation(async () => {
      const warehouse = await setWarehouseArchived(ctx.models, input, false, ctx);
      ctx.loaders.warehouse.clear(input.id);
      return { warehouse };
    }),
  archiveSupplier: (_, { input }, ctx) =>
    runMutation(async () => {
      const supplier = await setSupplierArchived(ctx.models, input, true, ctx);
      ctx.loaders.supplier.clear(input.id);
      return { supplier };
    }),
  restoreSupplier: (_, { input }, ctx) =>
    runMutation(async () => {
      const supplier = await setSupplierArchived(ctx.models, input, false, ctx);
      ctx.loaders.supplier.clear(input.id);
      return { supplier };
    }),
  createWarehouse: (_, { input }, { models }) => runMutation(async () => ({ warehouse: await createWarehouse(models, input) })),
  updateWarehouse: (_, { input }, { models, loaders }) =>
    runMutation(async () => {
      const warehouse = await updateWarehouse(models, input);
      loaders.warehouse.clear(input.id);
      return { warehouse };
    }),

  adjustStock: (_, { input }, { models, loaders }) =>
    runMutation(async () => {
      const adjusted = await adjustStock(models, input);
      loaders.stockOfProduct.clear(input.productId);
      return adjusted;
    }),
  transferStock: (_, { input }, { models, loaders }) =>
    runMutation(async () => {
      const moved = await transferStock(models, input);
      loaders.stockOfProduct.clear(input.productId);
      return moved;
    }),
  setReorderPoint: (_, { input }, { models, loaders }) =>
    runMutation(async () => {
      const stockLevel = await setReorderPoint(models, input);
      loaders.stockOfProduct.clear(input.productId);
      return { stockLevel };
    }),
  updateInventorySettings: (_, { input }, { models }) =>
    runMutation(async () => ({ settings: await updateInventorySettings(models, input) })),

  createSupplier: (_, { input }, { models }) => runMutation(async () => ({ supplier: await createSupplier(models, input) })),
  updateSupplier: (_, { input }, { models, loaders }) =>
    runMutation(async () => {
      const supplier = await updateSupplier(models, input);
      loaders.supplier.clear(input.id);
      return { supplier };
    }),
  createPurchaseOrder: (_, { input }, { models }) =>
    runMutation(async () => ({ purchaseOrder: await createPurchaseOrder(models, input) })),
  orderPurchaseOrder: (_, { input }, { models }) =>
    runMutation(async () => ({ purchaseOrder: await movePurchaseOrder(models, input.id, 'ORDERED') })),
  updatePurchaseOrder: (_, { input }, { models }) =>
    runMutation(async () => ({ purchaseOrder: await updatePurchaseOrder(models, input) })),
  reschedulePurchaseOrder: (_, { input }, { models }) =>
    runMutation(async () => ({ purchaseOrder: await reschedulePurchaseOrder(models, input) })),
  cancelPurchaseOrder: (_, { input }, { models }) =>
    runMutation(async () => ({ purchaseOrder: await movePurchaseOrder(models, input.id, 'CANCELLED') })),
  receivePurchaseOrder: (_, { input }, ctx) =>
    runMutation(async () => ({ purchaseOrder: await receivePurchaseOrder(ctx.models, input, ctx) })),
};
