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

export interface DemandLine {
  productId: string;
  quantity: number;
}

/** Open demand per product, largest first (ties by product id): units, and how many quotes and orders hold it. */
export function demandByProduct(quotes: Array<{ lines: DemandLine[] }>, orders: Array<{ lines: DemandLine[] }>) {
  const by = new Map<string, { productId: string; quantity: number; quoteCount: number; orderCount: number }>();
  const add = (doc: { lines: DemandLine[] }, kind: 'quoteCount' | 'orderCount') => {
    for (const productId of new Set(doc.lines.map((l) => l.productId))) {
      const d = by.get(productId) ?? { productId, quantity: 0, quoteCount: 0, orderCount: 0 };
      d.quantity += doc.lines.filter((l) => l.productId === productId).reduce((s, l) => s + l.quantity, 0);
      d[kind] += 1;
      by.set(productId, d);
    }
  };
  quotes.forEach((q) => add(q, 'quoteCount'));
  orders.forEach((o) => add(o, 'orderCount'));
  return [...by.values()].sort((a, b) => b.quantity - a.quantity || (a.productId < b.productId ? -1 : 1));
}
