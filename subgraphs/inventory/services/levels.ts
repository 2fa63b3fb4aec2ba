/**
 * The one way a StockLevel document changes: lib/write's versioned read-decide-write on the level
 * of one product x warehouse (created on first use under its unique key). `$set` of whole computed
 * values (not `$inc`) makes a write exactly what the computation decided, and lets it check
 * invariants that span fields (available = onHand - reserved).
 */
import mongoose from 'mongoose';
import { update } from '../../../lib/write';
import { isLow } from '../domain/reorder';
import type { InventoryModels, StockLevelDoc } from '../models';

export type LevelState = Pick<StockLevelDoc, 'onHand' | 'reserved' | 'reservations' | 'avgCostMinor' | 'applied' | 'reorder'>;

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
  return update<StockLevelDoc>(
    models.StockLevel,
    { productId, warehouseId },
    (current) => {
      const next = change(current);
      return next && { $set: { ...next, low: isLow({ ...current, ...next }) } };
    },
    { create: () => ({}) },
  );
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
