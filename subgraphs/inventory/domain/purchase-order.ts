import { userError, type UserError } from '../../../lib/errors';
import type { Transitions } from '../../../lib/state-machine';
import { checkPositiveInt, requireText } from '../../../lib/validation';
import { parseCost } from './costing';
import { MAX_STOCK_DELTA } from './stock';

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
/** Statuses whose expected delivery date may still change. */
export const RESCHEDULABLE: PurchaseOrderStatus[] = ['DRAFT', 'ORDERED', 'PARTIALLY_RECEIVED'];

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

export const MAX_PURCHASE_ORDER_LINES = 200;

export interface PurchaseOrderLineInput {
  productId: string;
  quantity: number;
  unitCost: { amount: string; currency: string };
  description?: string | null;
}

/**
 * Checks the lines of a new purchase order: each names a known product (`productNames[i]`, null
 * when not found), a whole positive quantity and a unit cost in the tenant's cost currency that
 * the supplier also invoices in. A line without a description takes its product's name.
 */
export function checkPurchaseOrderLines(
  lines: PurchaseOrderLineInput[],
  known: { productNames: Array<string | null>; supplierCurrency: string | null; costCurrency: string },
): {
  errors: UserError[];
  lines: Array<{ productId: string; description: string; quantity: number; receivedQuantity: number; unitCostMinor: number }>;
} {
  const errors: UserError[] = [];
  if (!lines.length) errors.push(userError(['input', 'lines'], 'At least one line is required.', 'REQUIRED'));
  if (lines.length > MAX_PURCHASE_ORDER_LINES)
    errors.push(userError(['input', 'lines'], `At most ${MAX_PURCHASE_ORDER_LINES} lines.`, 'INVALID'));
  const checked = lines.map((line, i) => {
    const field = ['input', 'lines', String(i)];
    const name = known.productNames[i];
    if (name === null) errors.push(userError([...field, 'productId'], `Product ${line.productId} not found.`, 'NOT_FOUND'));
    errors.push(...checkPositiveInt(line.quantity, [...field, 'quantity']));
    if (line.quantity > MAX_STOCK_DELTA) errors.push(userError([...field, 'quantity'], 'quantity is too large.', 'INVALID'));
    errors.push(...requireText(line.description, [...field, 'description']));
    const cost = parseCost(line.unitCost, [...field, 'unitCost'], known.costCurrency);
    errors.push(...cost.errors);
    if (known.supplierCurrency && line.unitCost.currency !== known.supplierCurrency) {
      errors.push(
        userError([...field, 'unitCost', 'currency'], `Supplier invoices in ${known.supplierCurrency}.`, 'CURRENCY_MISMATCH'),
      );
    }
    return {
      productId: line.productId,
      description: line.description?.trim() || name || '',
      quantity: line.quantity,
      receivedQuantity: 0,
      unitCostMinor: cost.minor,
    };
  });
  return { errors, lines: checked };
}
