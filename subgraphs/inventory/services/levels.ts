/**
 * The one way a StockLevel document changes: lib/write's versioned read-decide-write on the level
 * of one product x warehouse (created on first use under its unique key). `$set` of whole computed
 * values (not `$inc`) makes a write exactly what the computation decided, and lets it check
 * invariants that span fields (available = onHand - reserved). Concurrent moves on one level
 * each decide on the version they read; a lost race decides again on the fresh level.
 */
import { update } from '../../../lib/write';
import { isLow } from '../domain/reorder';
import type { InventoryModels, StockLevelDoc } from '../models';

/**
 * A stock level is the hottest document there is (a burst of orders, receipts and counts on one
 * product all move the same one), so its writers go on deciding again for longer than lib/write's
 * default before a CONFLICT: every race a writer loses is another move that went through.
 */
const LEVEL_CONFLICT_AFTER_MS = 20_000;

export type LevelState = Pick<StockLevelDoc, 'onHand' | 'reserved' | 'reservations' | 'avgCostMinor' | 'applied' | 'reorder'>;

/**
 * Changes one level: `change` sees the current document and returns the fields to set (or null
 * for no change); it may throw UserErrors to refuse, and may run several times (it must not
 * write). Returns the level after the change.
 */
export function updateLevel(
  models: InventoryModels,
  productId: string,
  warehouseId: string,
  change: (current: StockLevelDoc) => Partial<LevelState> | null | Promise<Partial<LevelState> | null>,
): Promise<StockLevelDoc> {
  return update<StockLevelDoc>(
    models.StockLevel,
    { productId, warehouseId },
    async (current) => {
      const next = await change(current);
      return next && { $set: { ...next, low: isLow({ ...current, ...next }) } };
    },
    { create: () => ({}), conflictAfterMs: LEVEL_CONFLICT_AFTER_MS },
  );
}

export function levelsOfProduct(models: InventoryModels, productId: string): Promise<StockLevelDoc[]> {
  return models.StockLevel.find({ productId }).sort({ _id: 1 }).lean<StockLevelDoc[]>().exec();
}

export function currentLevel(models: InventoryModels, level: StockLevelDoc): Promise<StockLevelDoc> {
  return models.StockLevel.findById(level._id)
    .lean<StockLevelDoc>()
    .exec()
    .then((fresh) => fresh ?? level);
}
