import { userError, type UserError } from '../../../lib/errors';
import type { Transitions } from '../../../lib/state-machine';

export type PurchaseOrderStatus = 'DRAFT' | 'ORDERED' | 'PARTIALLY_RECEIVED' | 'RECEIVED' | 'CANCELLED';

/**
 * The purchase order lifecycle (ERPNext / Odoo): drafted, ordered from the supplier, received in
 * one or several receipts, or cancelled before anything arrived. A partially received order takes
 * further receipts (PARTIALLY_RECEIVED -> PARTIALLY_RECEIVED) until everything is in.
 */
export const PURCHASE_ORDER_TRANSITIONS: Transitions<PurchaseOrderStatus> = {
  DRAFT: ['ORDERED', 'CANCELLED'],
  ORDERED: ['PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED'],
  PARTIALLY_RECEIVED: ['PARTIALLY_RECEIVED', 'RECEIVED'],
  RECEIVED: [],
  CANCELLED: [],
};

export const RECEIVABLE: PurchaseOrderStatus[] = ['ORDERED', 'PARTIALLY_RECEIVED'];

export interface ReceiptPlan {
  errors: UserError[];
  /** receivedQuantity per line after the receipt. */
  received: number[];
  status: PurchaseOrderStatus;
  lines: Array<{ line: number; quantity: number }>;
}

/**
 * Checks one receipt against the order: each line at most once, a whole positive quantity, never
 * more than is still outstanding. The order becomes RECEIVED when every line is complete.
 */
export function planReceipt(
  lines: Array<{ quantity: number; receivedQuantity: number }>,
  receipt: Array<{ line: number; quantity: number }>,
): ReceiptPlan {
  const errors: UserError[] = [];
  const received = lines.map((l) => l.receivedQuantity);
  const seen = new Set<number>();
  if (!receipt.length) errors.push(userError(['input', 'lines'], 'A receipt needs at least one line.', 'REQUIRED'));
  receipt.forEach((r, i) => {
    const field = ['input', 'lines', String(i)];
    if (!Number.isInteger(r.line) || r.line < 0 || r.line >= lines.length) {
      errors.push(userError([...field, 'line'], `The order has no line ${r.line}.`, 'INVALID'));
      return;
    }
    if (seen.has(r.line)) {
      errors.push(userError([...field, 'line'], `Line ${r.line} appears twice.`, 'INVALID'));
      return;
    }
    seen.add(r.line);
    if (!Number.isInteger(r.quantity) || r.quantity <= 0) {
      errors.push(userError([...field, 'quantity'], 'quantity must be a positive whole number.', 'INVALID'));
      return;
    }
    const outstanding = lines[r.line].quantity - lines[r.line].receivedQuantity;
    if (r.quantity > outstanding) {
      errors.push(userError([...field, 'quantity'], `Only ${outstanding} outstanding on line ${r.line}.`, 'INVALID'));
      return;
    }
    received[r.line] += r.quantity;
  });
  const complete = lines.every((l, i) => received[i] >= l.quantity);
  return { errors, received, status: complete ? 'RECEIVED' : 'PARTIALLY_RECEIVED', lines: receipt };
}
