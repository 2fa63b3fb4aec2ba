import { userError, type UserError } from '../../../lib/errors';
import { priceLines, type PricedAmounts } from '../../../lib/lines';
import type { Transitions } from '../../../lib/state-machine';

export type OrderStatus = 'DRAFT' | 'CONFIRMED' | 'PARTIALLY_FULFILLED' | 'FULFILLED' | 'CANCELLED';

/**
 * The sales order lifecycle. A confirmed order ships whole (FULFILLED) or in parts
 * (PARTIALLY_FULFILLED until its last part); once a part has shipped it is no longer cancelled.
 */
export const ORDER_TRANSITIONS: Transitions<OrderStatus> = {
  DRAFT: ['CONFIRMED', 'CANCELLED'],
  CONFIRMED: ['FULFILLED', 'PARTIALLY_FULFILLED', 'CANCELLED'],
  PARTIALLY_FULFILLED: ['FULFILLED'],
  FULFILLED: [],
  CANCELLED: [],
};

/**
 * One shipment (a part) of an order: each requested line's units, at most what is left of it.
 * Returns the units shipped per line after it and whether it is the last part, or the errors.
 */
export function planShipment(
  lines: ReadonlyArray<{ quantity: number; shipped?: number | null }>,
  requested: ReadonlyArray<{ line: number; quantity: number }>,
): { shipped: number[]; final: boolean; errors: UserError[] } {
  const errors: UserError[] = [];
  const shipped = lines.map((l) => l.shipped ?? 0);
  if (!requested.length) errors.push(userError(['input', 'lines'], 'Ship at least one line.', 'REQUIRED'));
  const seen = new Set<number>();
  requested.forEach((r, i) => {
    const at = (f: string) => ['input', 'lines', String(i), f];
    if (!Number.isInteger(r.line) || r.line < 0 || r.line >= lines.length) {
      errors.push(userError(at('line'), `The order has no line ${r.line}.`, 'INVALID'));
      return;
    }
    if (seen.has(r.line)) errors.push(userError(at('line'), `Line ${r.line} is given twice.`, 'INVALID'));
    seen.add(r.line);
    const left = lines[r.line].quantity - shipped[r.line];
    if (!Number.isInteger(r.quantity) || r.quantity < 1 || r.quantity > left)
      errors.push(userError(at('quantity'), `Line ${r.line} has ${left} units left to ship.`, 'INVALID'));
    else shipped[r.line] += r.quantity;
  });
  return { shipped, final: lines.every((l, i) => shipped[i] >= l.quantity), errors };
}

export interface OrderLineInput {
  productId: string;
  quantity: number;
  unitPrice: { amount: string; currency: string };
}

/** Validates and prices an order's lines; every line needs a product. */
export function priceOrderLines(currency: string, lines: OrderLineInput[]) {
  const priced = priceLines(currency, lines);
  const errors: UserError[] = [...priced.errors];
  lines.forEach((line, i) => {
    if (!line.productId.trim())
      errors.push(userError(['input', 'lines', String(i), 'productId'], 'productId is required.', 'REQUIRED'));
  });
  const stored: Array<{ productId: string } & PricedAmounts> = priced.lines.map(
    ({ productId, quantity, unitPriceMinor, totalMinor }) => ({
      productId,
      quantity,
      unitPriceMinor,
      totalMinor,
    }),
  );
  return { lines: stored, totalMinor: priced.totalMinor, errors };
}

/** The backordered units per product of a reservation's lines, with the latest expected date of each. */
export function backordersOf(
  lines: Array<{ productId: string; backordered: number; expectedDate?: string | null }>,
): Array<{ productId: string; quantity: number; expectedDate: string | null }> {
  const byProduct = new Map<string, { productId: string; quantity: number; expectedDate: string | null; unknown: boolean }>();
  for (const l of lines.filter((x) => x.backordered > 0)) {
    const b = byProduct.get(l.productId) ?? { productId: l.productId, quantity: 0, expectedDate: null, unknown: false };
    b.quantity += l.backordered;
    if (!l.expectedDate) b.unknown = true;
    else if (!b.expectedDate || l.expectedDate > b.expectedDate) b.expectedDate = l.expectedDate;
    byProduct.set(l.productId, b);
  }
  // A product is expected when all of its backordered units are: an unknown date makes it unknown.
  return [...byProduct.values()].map(({ unknown, ...b }) => ({ ...b, expectedDate: unknown ? null : b.expectedDate }));
}
