/**
 * Stock -> sales: which documents a low stock level puts at risk, and the flag they carry. Pure.
 * Open quotes (DRAFT, SENT) and unconfirmed orders (DRAFT) holding the product are flagged; a
 * confirmed order already holds (or backorders) its units in inventory.
 */
import { availableToPromise, meets, type PromiseAnswer } from '../../../lib/promise';
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

/** A shortage inventory reports recovered: the level's free units then, and when. */
export interface StockRecoveryFacts {
  productId: string;
  warehouseId: string;
  available: number;
  /** The `inventory.stock.recovered` event's occurredAt. */
  at: Date;
}

/** The units of a product a document needs (its lines of that product). */
export const needOf = (lines: readonly DemandLine[], productId: string) =>
  lines.filter((l) => l.productId === productId).reduce((sum, l) => sum + l.quantity, 0);

/**
 * Whether a recovery clears a document's flag: the flag is on the recovered product and warehouse,
 * it was raised no later than the recovery (a shortage reported after it stays), and what the
 * level holds free now covers what the document needs.
 */
export function clearsFlag(flag: StockFlagDoc, recovery: StockRecoveryFacts, need: number): boolean {
  return (
    flag.productId === recovery.productId &&
    flag.warehouseId === recovery.warehouseId &&
    new Date(flag.raisedAt) <= recovery.at &&
    need <= recovery.available
  );
}

/** A document's flags without those the recovery clears; null when none is cleared (a redelivery changes nothing). */
export function withoutRecoveredFlags(
  flags: readonly StockFlagDoc[] | undefined,
  recovery: StockRecoveryFacts,
  lines: readonly DemandLine[],
): StockFlagDoc[] | null {
  const current = flags ?? [];
  const need = needOf(lines, recovery.productId);
  const kept = current.filter((f) => !clearsFlag(f, recovery, need));
  return kept.length === current.length ? null : kept;
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

export interface ReplicatedSupply {
  freeNow: number;
  backordered: number;
  incoming: Array<{ date: string; quantity: number }>;
}

/**
 * A product's open demand against the supply inventory last reported (none known: nothing to
 * promise from): the promise, and whether it misses `needBy` (YYYY-MM-DD), i.e. the product is at risk.
 */
export function demandRisk(
  quantity: number,
  supply: ReplicatedSupply | null | undefined,
  needBy: string,
  today: string,
): { atRisk: boolean; promise: PromiseAnswer } {
  const promise = availableToPromise({
    quantity,
    freeNow: [supply?.freeNow ?? 0],
    incoming: supply?.incoming ?? [],
    backordered: supply?.backordered ?? 0,
    today,
  });
  return { atRisk: !meets(promise, needBy), promise };
}
