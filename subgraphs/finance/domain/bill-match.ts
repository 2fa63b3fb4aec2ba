/**
 * Three-way match of a hand-entered supplier bill that names a purchase order: each billed line
 * against the purchase order's price and the goods actually received for it and not yet billed.
 * Pure; services/bills.ts feeds it the receipts finance recorded (`inventory.purchaseOrder.received`)
 * and the other bills of the order.
 *
 *  - a line must name a product of the order that was received (`NOT_ON_ORDER`, `NOT_RECEIVED`);
 *  - its quantity may not exceed the received units no other bill (or earlier line) took, plus the
 *    tolerance (`QUANTITY`);
 *  - its unit cost may differ from the order's by at most the tolerance (`PRICE`).
 *
 * The value matched (`receivedMinor`) is what the bill clears from goods received not invoiced: the
 * billed units up to those received and unbilled, at the order's unit cost. The difference to the
 * bill's net goes to the variance account when it is approved (domain/stock-postings.ts).
 */
export type BillMatchStatus = 'MATCHED' | 'MISMATCHED' | 'VARIANCE_APPROVED';
export type BillMismatchCode = 'QUANTITY' | 'PRICE' | 'NOT_RECEIVED' | 'NOT_ON_ORDER';

export interface MatchLine {
  productId?: string | null;
  quantity: number;
  unitCostMinor: number;
}

export interface ReceivedLine {
  productId: string;
  quantity: number;
  /** The purchase order's unit cost of the line. */
  unitCostMinor: number;
}

export interface BillMismatch {
  /** The bill line (0-based). */
  line: number;
  code: BillMismatchCode;
  message: string;
}

export interface BillMatchResult {
  status: 'MATCHED' | 'MISMATCHED';
  reasons: BillMismatch[];
  receivedMinor: number;
}

/** Whether `actual` is within `toleranceBps` (1/100 %) of `expected`. */
export const withinTolerance = (actual: number, expected: number, toleranceBps: number) =>
  Math.abs(actual - expected) * 10_000 <= Math.abs(expected) * toleranceBps;

const money = (minor: number) => (minor / 100).toFixed(2);

export function matchBill(input: {
  lines: readonly MatchLine[];
  /** Every receipt of the purchase order. */
  received: readonly ReceivedLine[];
  /** Lines of the order's other bills that are not void. */
  billedElsewhere: ReadonlyArray<{ productId?: string | null; quantity: number }>;
  toleranceBps: number;
}): BillMatchResult {
  const open = new Map<string, { quantity: number; unitCostMinor: number }>();
  for (const r of input.received) {
    const o = open.get(r.productId) ?? { quantity: 0, unitCostMinor: r.unitCostMinor };
    o.quantity += r.quantity;
    o.unitCostMinor = r.unitCostMinor; // the order's price (the same on every receipt of a line)
    open.set(r.productId, o);
  }
  for (const b of input.billedElsewhere) {
    const o = b.productId ? open.get(b.productId) : undefined;
    if (o) o.quantity -= b.quantity;
  }
  const reasons: BillMismatch[] = [];
  let receivedMinor = 0;
  input.lines.forEach((l, line) => {
    const o = l.productId ? open.get(l.productId) : undefined;
    if (!l.productId || !o) {
      reasons.push({
        line,
        code: l.productId ? 'NOT_RECEIVED' : 'NOT_ON_ORDER',
        message: l.productId
          ? `Nothing of product ${l.productId} was received on the purchase order.`
          : 'The line names no product of the purchase order.',
      });
      return;
    }
    const left = Math.max(0, o.quantity);
    if (l.quantity > left && !withinTolerance(l.quantity, left, input.toleranceBps)) {
      reasons.push({
        line,
        code: 'QUANTITY',
        message: `Billed ${l.quantity}, received and not yet billed ${left}.`,
      });
    }
    if (!withinTolerance(l.unitCostMinor, o.unitCostMinor, input.toleranceBps)) {
      reasons.push({
        line,
        code: 'PRICE',
        message: `Billed at ${money(l.unitCostMinor)} a unit, ordered at ${money(o.unitCostMinor)}.`,
      });
    }
    const matched = Math.min(l.quantity, left);
    receivedMinor += matched * o.unitCostMinor;
    o.quantity -= l.quantity;
  });
  return { status: reasons.length ? 'MISMATCHED' : 'MATCHED', reasons, receivedMinor };
}

/** A bill that names a purchase order may be approved (posted) only when it matches or its variance was approved. */
export const matchHolds = (match: { status: BillMatchStatus } | null | undefined) => match?.status === 'MISMATCHED';
