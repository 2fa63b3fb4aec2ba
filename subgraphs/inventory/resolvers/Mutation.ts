import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { withDocumentLock } from '../../../lib/keyed-lock';
import { assertNoUserErrors, isDuplicateKeyError, runMutation, unlessTaken } from '../../../lib/mutation';
import { requireText } from '../../../lib/validation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { skuKey, validateProduct, validateStockDelta } from '../domain/stock';
import type { InventoryModels, ProductDoc, StockLevelDoc, WarehouseDoc } from '../models';

/**
 * Moves stock with one conditional atomic update: taking out requires `onHand >= -delta`
 * in the same write, so concurrent moves can never drive stock below zero.
 */
function moveStock(models: InventoryModels, productId: string, warehouseId: string, delta: number): Promise<StockLevelDoc> {
  return withDocumentLock(models.StockLevel, `${productId}@${warehouseId}`, () =>
    applyStockDelta(models, productId, warehouseId, delta),
  );
}

async function applyStockDelta(
  models: InventoryModels,
  productId: string,
  warehouseId: string,
  delta: number,
): Promise<StockLevelDoc> {
  const key = { productId, warehouseId };
  if (delta < 0) {
    const level = await models.StockLevel.findOneAndUpdate(
      { ...key, onHand: mongoose.trusted({ $gte: -delta }) },
      { $inc: { onHand: delta } },
      { new: true },
    ).lean<StockLevelDoc>();
    if (!level) {
      const current = await models.StockLevel.findOne(key).lean<StockLevelDoc>();
      throw new UserErrors([
        userError(['input', 'delta'], `Only ${current?.onHand ?? 0} on hand; cannot take out ${-delta}.`, 'INSUFFICIENT_STOCK'),
      ]);
    }
    return level;
  }
  try {
    return (await models.StockLevel.findOneAndUpdate(
      key,
      { $inc: { onHand: delta } },
      { new: true, upsert: true },
    ).lean<StockLevelDoc>())!;
  } catch (err) {
    // Two first receipts raced on the upsert; the unique index let one insert, so the other now updates.
    if (!isDuplicateKeyError(err)) throw err;
    return (await models.StockLevel.findOneAndUpdate(key, { $inc: { onHand: delta } }, { new: true }).lean<StockLevelDoc>())!;
  }
}

export const Mutation: MutationResolvers = {
  createProduct: (_, { input }, { models }) =>
    runMutation(async () => {
      const { errors, priceMinor } = validateProduct(input);
      assertNoUserErrors(errors);
      const product = await unlessTaken(['input', 'sku'], `SKU ${input.sku} is already used.`, () =>
        models.Product.create({
          sku: input.sku.trim(),
          skuKey: skuKey(input.sku),
          name: input.name.trim(),
          priceMinor,
          currency: input.price.currency,
        }),
      );
      return { product: product.toObject() as ProductDoc };
    }),

  createWarehouse: (_, { input }, { models }) =>
    runMutation(async () => {
      assertNoUserErrors([...requireText(input.code, ['input', 'code'], 32), ...requireText(input.name, ['input', 'name'])]);
      const warehouse = await unlessTaken(['input', 'code'], `Code ${input.code} is already used.`, () =>
        models.Warehouse.create({ code: input.code.trim(), name: input.name.trim() }),
      );
      return { warehouse: warehouse.toObject() as WarehouseDoc };
    }),

  adjustStock: (_, { input }, { models, loaders }) =>
    runMutation(async () => {
      assertNoUserErrors(validateStockDelta(input.delta, input.reason));
      const [product, warehouse] = await Promise.all([
        loaders.product.load(input.productId),
        loaders.warehouse.load(input.warehouseId),
      ]);
      assertNoUserErrors([
        ...(product ? [] : [userError(['input', 'productId'], `Product ${input.productId} not found.`, 'NOT_FOUND')]),
        ...(warehouse ? [] : [userError(['input', 'warehouseId'], `Warehouse ${input.warehouseId} not found.`, 'NOT_FOUND')]),
      ]);
      const stockLevel = await moveStock(models, input.productId, input.warehouseId, input.delta);
      loaders.stockOfProduct.clear(input.productId);
      return { stockLevel, product };
    }),
};
