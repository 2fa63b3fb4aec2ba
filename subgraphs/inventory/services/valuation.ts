/**
 * Valuation as of a time, from the ledger: for each product x warehouse, the last APPLIED movement
 * at or before `at` (highest `sequence`, the level's own order) gives the balance and the moving
 * average right after it; value = balance x average (exact integers). Levels with nothing on hand
 * (or negative, after backorders) are valued at zero and left out.
 *
 * The reduction runs in JS over a projected read (portable: no $group with $max / $last
 * needed); a tenant with a very long ledger would keep periodic snapshots (not done yet).
 */
import mongoose from 'mongoose';
import { stockValue } from '../domain/costing';
import type { InventoryModels, StockMovementDoc, ValuationView } from '../models';
import { getSettings } from './settings';

export async function inventoryValuation(models: InventoryModels, at: Date, warehouseId?: string | null): Promise<ValuationView> {
  const movements = await models.StockMovement.find(
    { status: 'APPLIED', appliedAt: mongoose.trusted({ $lte: at }), ...(warehouseId ? { warehouseId } : {}) },
    { productId: 1, warehouseId: 1, sequence: 1, onHandAfter: 1, avgCostAfterMinor: 1 },
  ).lean<Array<Pick<StockMovementDoc, 'productId' | 'warehouseId' | 'sequence' | 'onHandAfter' | 'avgCostAfterMinor'>>>();
  const latest = new Map<string, (typeof movements)[number]>();
  for (const m of movements) {
    const key = `${m.productId}@${m.warehouseId}`;
    const seen = latest.get(key);
    if (!seen || (m.sequence ?? 0) > (seen.sequence ?? 0)) latest.set(key, m);
  }
  const { costCurrency: currency } = await getSettings(models);
  const lines = [...latest.values()]
    .filter((m) => (m.onHandAfter ?? 0) > 0)
    .map((m) => ({
      productId: m.productId,
      warehouseId: m.warehouseId,
      quantity: m.onHandAfter!,
      unitCostMinor: m.avgCostAfterMinor ?? 0,
      valueMinor: stockValue(m.onHandAfter!, m.avgCostAfterMinor ?? 0),
      currency,
    }))
    .sort((a, b) => (a.productId + a.warehouseId < b.productId + b.warehouseId ? -1 : 1));
  const totalMinor = lines.reduce((sum, l) => sum + l.valueMinor, 0);
  if (!Number.isSafeInteger(totalMinor)) throw new Error('Valuation is too large.');
  return { at, currency, totalMinor, lines };
}
