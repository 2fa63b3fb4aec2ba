/**
 * Stock -> sales: which documents a low stock level puts at risk, and the flag they carry. Pure.
 * Open quotes (DRAFT, SENT) and unconfirmed orders (DRAFT) holding the product are flagged; a
 * confirmed order already holds (or backorders) its units in inventory.
 */
import type { StockFlagDoc } from '../models/stock-alert';

export const FLAGGED_QUOTE_STATUSES = ['DRAFT', 'SENT'];
export const FLAGGED_ORDER_STATUSES = ['DRAFT'];

/**
 * A document's flags with `flag` added: one flag per product and warehouse, the latest report
 * wins; null when nothing changes (the same event again, or an older report than the one kept).
 */
export function withFlag(flags: readonly StockFlagDoc[] | undefined, flag: StockFlagDoc): StockFlagDoc[] | null {
  const current = flags ?? [];
  const same = current.find((f) => f.productId === flag.productId && f.warehouseId === flag.warehouseId);
  if (same && (same.eventId === flag.eventId || new Date(same.raisedAt) >= new Date(flag.raisedAt))) return null;
  return [...current.filter((f) => f !== same), flag];
}
