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
