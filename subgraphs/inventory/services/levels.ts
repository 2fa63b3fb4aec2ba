/**
 * The one way a StockLevel document changes: read it, compute its next state in JS, write that
 * state back conditional on the `version` read (retried on a lost race), all inside the
 * in-process lock of that product x warehouse. MongoDB applies the conditional write atomically,
 * so several processes are safe; the lock keeps FerretDB (whose updates are not isolated) exact
 * within one process. `$set` of whole computed values (not `$inc`) makes a write exactly what the
 * computation decided, and lets it check invariants that span fields (available = onHand - reserved).
 */
import mongoose from 'mongoose';
import { withDocumentLock } from '../../../lib/keyed-lock';
import { isDuplicateKeyError } from '../../../lib/mutation';
import { isLow } from '../domain/reorder';
import type { InventoryModels, StockLevelDoc } from '../models';

const MAX_ATTEMPTS = 10;

export type LevelState = Pick<StockLevelDoc, 'onHand' | 'reserved' | 'reservations' | 'avgCostMinor' | 'applied' | 'reorder'>;

export async function findOrCreateLevel(models: InventoryModels, productId: string, warehouseId: string): Promise<StockLevelDoc> {
  const key = { productId, warehouseId };
  const existing = await models.StockLevel.findOne(key).lean<StockLevelDoc>();
  if (existing) return existing;
  try {
    return (await models.StockLevel.create(key)).toObject() as StockLevelDoc;
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err; // created concurrently: the unique index let one win
    return (await models.StockLevel.findOne(key).lean<StockLevelDoc>())!;
  }
}

/**
 * Changes one level: `change` sees the current document and returns the fields to set (or null
 * for no change); it may throw UserErrors to refuse. Returns the level after the change.
 */
export function updateLevel(
  models: InventoryModels,
  productId: string,
  warehouseId: string,
  change: (current: StockLevelDoc) => Partial<LevelState> | null,
): Promise<StockLevelDoc> {
  return withDocumentLock(models.StockLevel, `${productId}@${warehouseId}`, async () => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await findOrCreateLevel(models, productId, warehouseId);
      const next = change(current);
      if (!next) return current;
      const merged = { ...current, ...next };
      const updated = await models.StockLevel.findOneAndUpdate(
        { _id: current._id, version: current.version },
        { $set: { ...next, low: isLow(merged) }, $inc: { version: 1 } },
        { new: true },
      ).lean<StockLevelDoc>();
      if (updated) return updated;
    }
    throw new Error(`Stock level ${productId}@${warehouseId} kept changing concurrently.`);
  });
}

export function levelsOfProduct(models: InventoryModels, productId: string): Promise<StockLevelDoc[]> {
  return models.StockLevel.find({ productId }).sort({ _id: 1 }).lean<StockLevelDoc[]>().exec();
}

export function levelsOfProducts(models: InventoryModels, productIds: string[]): Promise<StockLevelDoc[]> {
  return models.StockLevel.find({ productId: mongoose.trusted({ $in: productIds }) })
    .sort({ _id: 1 })
    .lean<StockLevelDoc[]>()
    .exec();
}
