/** Supplier bills (accounts payable): their lifecycle, pricing, payment rule and postings. */
import { userError, type UserError } from '../../../lib/errors';
import { isCurrency, parseMoneyInput } from '../../../lib/money';
import type { Transitions } from '../../../lib/state-machine';
import { requireText } from '../../../lib/validation';
import { ACCOUNTS, compact, line, type JournalLine } from './ledger';
import { billClearingLines } from './stock-postings';
import { parsePercent, taxLine } from './tax';

export type BillStatus = 'DRAFT' | 'OPEN' | 'PARTIALLY_PAID' | 'PAID' | 'VOID';

/** A supplier bill (accounts payable): approving it (OPEN) posts; paying settles it. */
export const BILL_TRANSITIONS: Transitions<BillStatus> = {
  DRAFT: ['OPEN', 'VOID'],
  OPEN: ['PARTIALLY_PAID', 'PAID', 'VOID'],
  PARTIALLY_PAID: ['PAID'],
  PAID: [],
  VOID: [],
};

export interface BillLineInput {
  description: string;
  productId?: string | null;
  quantity: number;
  unitCostMinor: number;
  taxRateBps: number;
}

/** Prices a bill's lines (tax added on top) and totals them. */
export function priceBill(lines: BillLineInput[]) {
  const priced = lines.map((l) => {
    const t = taxLine(l.unitCostMinor, l.quantity, 0, l.taxRateBps, false);
    return { ...l, productId: l.productId ?? null, netMinor: t.netMinor, taxMinor: t.taxMinor, totalMinor: t.totalMinor };
  });
  const sum = (k: 'netMinor' | 'taxMinor' | 'totalMinor') => {
    const total = priced.reduce((s, l) => s + l[k], 0);
    if (!Number.isSafeInteger(total)) throw new RangeError('Total is too large.');
    return total;
  };
  return { lines: priced, netMinor: sum('netMinor'), taxMinor: sum('taxMinor'), totalMinor: sum('totalMinor') };
}

/** Parses the API's bill lines; every problem becomes a userError. */
export function parseBillLines(
  currency: string,
  lines: Array<{
    description: string;
    productId?: string | null;
    quantity: number;
    unitCost: { amount: string; currency: string };
    taxRate?: string | null;
  }>,
): { lines: BillLineInput[]; errors: UserError[] } {
  const errors: UserError[] = [];
  if (!isCurrency(currency)) errors.push(userError(['input', 'currency'], `Unknown currency "${currency}".`, 'INVALID'));
  if (!lines.length) errors.push(userError(['input', 'lines'], 'At least one line is required.', 'REQUIRED'));
  const parsed: BillLineInput[] = [];
  lines.forEach((l, i) => {
    const at = (f: string) => ['input', 'lines', String(i), f];
    const before = errors.length;
    errors.push(...requireText(l.description, at('description'), 500));
    if (!Number.isInteger(l.quantity) || l.quantity < 1)
      errors.push(userError(at('quantity'), 'Quantity must be a positive integer.', 'INVALID'));
    const cost = parseMoneyInput(l.unitCost, at('unitCost'));
    if (cost.error) errors.push(cost.error);
    else if (l.unitCost.currency !== currency)
      errors.push(
        userError(at('unitCost'), `Unit cost is in ${l.unitCost.currency}, the bill in ${currency}.`, 'CURRENCY_MISMATCH'),
      );
    else if (cost.minor < 0) errors.push(userError(at('unitCost'), 'Unit cost must not be negative.', 'INVALID'));
    const rate: { bps: number; error?: UserError } = l.taxRate ? parsePercent(l.taxRate, at('taxRate')) : { bps: 0 };
    if (rate.error) errors.push(rate.error);
    if (errors.length === before) {
      parsed.push({
        description: l.description.trim(),
        productId: l.productId?.trim() || null,
        quantity: l.quantity,
        unitCostMinor: (cost as { minor: number }).minor,
        taxRateBps: rate.bps!,
      });
    }
  });
  if (!errors.length) {
    try {
      priceBill(parsed); // totals past the safe integer range are refused here, before anything is stored
    } catch {
      errors.push(userError(['input', 'lines'], 'Amounts are too large.', 'INVALID'));
    }
  }
  return { lines: parsed, errors };
}

/** Why `amountMinor` in `currency` cannot be paid on this bill now, or null when it can. */
/** Payments one bill takes at most (`SupplierBill.payments` lists them all). */
export const MAX_PAYMENTS_PER_BILL = 100;

export function billPaymentRefusal(
  bill: {
    status: BillStatus;
    currency: string;
    totalMinor: number;
    paidMinor: number;
    payments?: readonly unknown[];
    match?: { status: string } | null;
  },
  amountMinor: number,
  currency: string,
): UserError | null {
  if (bill.match?.status === 'MISMATCHED')
    return userError(
      ['input', 'billId'],
      'Bill does not match its purchase order and receipts; it is held until matched or its variance approved.',
      'MATCH_MISMATCH',
    );
  if (bill.status !== 'OPEN' && bill.status !== 'PARTIALLY_PAID') {
    return userError(
      ['input', 'billId'],
      `Bill is ${bill.status}; only OPEN or PARTIALLY_PAID bills are paid.`,
      'ILLEGAL_TRANSITION',
    );
  }
  if (currency !== bill.currency)
    return userError(['input', 'amount'], `Payment is in ${currency}, the bill in ${bill.currency}.`, 'CURRENCY_MISMATCH');
  if (amountMinor <= 0) return userError(['input', 'amount'], 'Payment amount must be positive.', 'INVALID');
  if ((bill.payments?.length ?? 0) >= MAX_PAYMENTS_PER_BILL)
    return userError(['input', 'billId'], `A bill takes at most ${MAX_PAYMENTS_PER_BILL} payments.`, 'INVALID');
  if (amountMinor > bill.totalMinor - bill.paidMinor)
    return userError(['input', 'amount'], 'Payment exceeds the amount due.', 'OVERPAYMENT');
  return null;
}

/** A bill can be voided only while nothing was paid on it. */
export function billVoidRefusal(bill: { paidMinor: number }): UserError | null {
  return bill.paidMinor > 0 ? userError(['input', 'id'], 'Bill has payments; it cannot be voided.', 'ILLEGAL_TRANSITION') : null;
}

/**
 * Approving a bill: a bill matched to a receipt clears goods received not invoiced at the value
 * received, its differences to the variance account (domain/stock-postings.ts, the receipt itself
 * posted the inventory); other bills go to purchases (or, for a purchase order billed before this
 * matching existed, to inventory); input tax; payable to the supplier.
 */
export function billLines(b: {
  netMinor: number;
  taxMinor: number;
  totalMinor: number;
  supplierId: string;
  number: string;
  purchaseOrderId?: string | null;
  receiptId?: string | null;
  receivedMinor?: number | null;
}): JournalLine[] {
  // A receipt's bill, or a hand-entered bill matched to its purchase order (domain/bill-match.ts).
  if (b.receivedMinor != null && (b.receiptId || b.purchaseOrderId))
    return billClearingLines({ ...b, receivedMinor: b.receivedMinor });
  return compact([
    line(b.purchaseOrderId ? ACCOUNTS.INVENTORY : ACCOUNTS.PURCHASES, 'DEBIT', b.netMinor, { memo: b.number }),
    line(ACCOUNTS.TAX, 'DEBIT', b.taxMinor, { taxKind: 'INPUT', memo: b.number }),
    line(ACCOUNTS.AP, 'CREDIT', b.totalMinor, { partyId: b.supplierId, memo: b.number }),
  ]);
}
