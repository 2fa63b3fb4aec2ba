import { userError, type UserError } from '../../../lib/errors';
import { priceLines, type PricedAmounts } from '../../../lib/lines';
import type { Transitions } from '../../../lib/state-machine';

export type OrderStatus = 'DRAFT' | 'CONFIRMED' | 'FULFILLED' | 'CANCELLED';

/** The sales order lifecycle. */
export const ORDER_TRANSITIONS: Transitions<OrderStatus> = {
  DRAFT: ['CONFIRMED', 'CANCELLED'],
  CONFIRMED: ['FULFILLED', 'CANCELLED'],
  FULFILLED: [],
  CANCELLED: [],
};

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
