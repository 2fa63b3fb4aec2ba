import { userError, type UserError } from '../../../lib/errors';
import { isCurrency, parseMoneyInput, formatAmount } from '../../../lib/money';
import { MAX_LINES } from '../../../lib/lines';
import type { Transitions } from '../../../lib/state-machine';
import { checkPositiveInt, requireText } from '../../../lib/validation';
import { ACCOUNTS, compact, line, type JournalLine } from './ledger';
import { parsePercent, sumTaxed, taxLine } from './tax';

export type InvoiceStatus = 'DRAFT' | 'OPEN' | 'PARTIALLY_PAID' | 'PAID' | 'VOID';

/**
 * The invoice lifecycle (ERPNext-style): DRAFT is editable and posts nothing; issuing (OPEN) posts
 * receivable, income and tax; payments move it to PARTIALLY_PAID and PAID; VOID posts the reversal
 * and is allowed only while nothing was received on it. PAID and VOID are final.
 */
export const INVOICE_TRANSITIONS: Transitions<InvoiceStatus> = {
  DRAFT: ['OPEN', 'VOID'],
  OPEN: ['PARTIALLY_PAID', 'PAID', 'VOID'],
  PARTIALLY_PAID: ['PAID'],
  PAID: [],
  VOID: [],
};

export const PAYABLE: InvoiceStatus[] = ['OPEN', 'PARTIALLY_PAID'];

export interface InvoiceLineInput {
  description: string;
  quantity: number;
  unitPrice: { amount: string; currency: string };
  /** Percent as a decimal string. */
  discount?: string | null;
  /** Percent as a decimal string. */
  taxRate?: string | null;
  productId?: string | null;
}

export interface PricedLine {
  description: string;
  productId?: string | null;
  quantity: number;
  unitPriceMinor: number;
  discountBps: number;
  taxRateBps: number;
  discountMinor: number;
  netMinor: number;
  taxMinor: number;
  totalMinor: number;
}

export interface PricedDocument {
  lines: PricedLine[];
  subtotalMinor: number;
  discountMinor: number;
  taxMinor: number;
  totalMinor: number;
}

/** Prices lines whose rates are already basis points (from events or parsed input). */
export function priceBpsLines(
  lines: Array<{
    description: string;
    productId?: string | null;
    quantity: number;
    unitPriceMinor: number;
    discountBps?: number;
    taxRateBps?: number;
  }>,
  pricesIncludeTax: boolean,
): PricedDocument {
  const priced = lines.map((l) => {
    const discountBps = l.discountBps ?? 0;
    const taxRateBps = l.taxRateBps ?? 0;
    const t = taxLine(l.unitPriceMinor, l.quantity, discountBps, taxRateBps, pricesIncludeTax);
    return {
      description: l.description.trim(),
      productId: l.productId ?? null,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      discountBps,
      taxRateBps,
      discountMinor: t.discountMinor,
      netMinor: t.netMinor,
      taxMinor: t.taxMinor,
      totalMinor: t.totalMinor,
    };
  });
  const totals = sumTaxed(priced.map((p) => ({ grossMinor: 0, ...p })));
  return {
    lines: priced,
    subtotalMinor: totals.netMinor,
    discountMinor: totals.discountMinor,
    taxMinor: totals.taxMinor,
    totalMinor: totals.totalMinor,
  };
}

/** Validates and prices the lines of a new invoice; every problem becomes a userError. */
export function priceInvoiceLines(
  currency: string,
  lines: InvoiceLineInput[],
  pricesIncludeTax = false,
): PricedDocument & { errors: UserError[] } {
  const errors: UserError[] = [];
  if (!isCurrency(currency)) errors.push(userError(['input', 'currency'], `Unknown currency "${currency}".`, 'INVALID'));
  if (lines.length === 0) errors.push(userError(['input', 'lines'], 'At least one line is required.', 'REQUIRED'));
  if (lines.length > MAX_LINES) errors.push(userError(['input', 'lines'], `At most ${MAX_LINES} lines.`, 'INVALID'));
  const parsed: Parameters<typeof priceBpsLines>[0] = [];
  lines.forEach((l, i) => {
    const at = (f: string) => ['input', 'lines', String(i), f];
    const lineErrors: UserError[] = [...checkPositiveInt(l.quantity, at('quantity'))];
    let unit = 0;
    if (l.unitPrice.currency !== currency) {
      lineErrors.push(
        userError(at('unitPrice'), `Unit price is in ${l.unitPrice.currency}, the document in ${currency}.`, 'CURRENCY_MISMATCH'),
      );
    } else if (isCurrency(currency)) {
      const money = parseMoneyInput(l.unitPrice, at('unitPrice'));
      if (money.error) lineErrors.push({ ...money.error, field: at('unitPrice') });
      else if (money.minor < 0) lineErrors.push(userError(at('unitPrice'), 'Unit price must not be negative.', 'INVALID'));
      else unit = money.minor;
    }
    const discount: { bps: number; error?: UserError } = l.discount ? parsePercent(l.discount, at('discount')) : { bps: 0 };
    const tax: { bps: number; error?: UserError } = l.taxRate ? parsePercent(l.taxRate, at('taxRate')) : { bps: 0 };
    if (discount.error) lineErrors.push(discount.error);
    if (tax.error) lineErrors.push(tax.error);
    lineErrors.push(...requireText(l.description, at('description'), 500));
    errors.push(...lineErrors);
    if (!lineErrors.length) {
      parsed.push({
        description: l.description,
        productId: l.productId,
        quantity: l.quantity,
        unitPriceMinor: unit,
        discountBps: discount.bps!,
        taxRateBps: tax.bps!,
      });
    }
  });
  if (errors.length) return { lines: [], subtotalMinor: 0, discountMinor: 0, taxMinor: 0, totalMinor: 0, errors };
  try {
    return { ...priceBpsLines(parsed, pricesIncludeTax), errors };
  } catch {
    return {
      lines: [],
      subtotalMinor: 0,
      discountMinor: 0,
      taxMinor: 0,
      totalMinor: 0,
      errors: [userError(['input', 'lines'], 'Amounts are too large.', 'INVALID')],
    };
  }
}

/** What an invoice still owes. */
export const amountDue = (invoice: { totalMinor: number; paidMinor: number; creditedMinor?: number }) =>
  invoice.totalMinor - invoice.paidMinor - (invoice.creditedMinor ?? 0);

/** The status an issued invoice has for what was received on it. */
export function settledStatus(invoice: { totalMinor: number; paidMinor: number; creditedMinor?: number }): InvoiceStatus {
  if (amountDue(invoice) <= 0) return 'PAID';
  return invoice.paidMinor + (invoice.creditedMinor ?? 0) > 0 ? 'PARTIALLY_PAID' : 'OPEN';
}

export interface PayableInvoice {
  status: InvoiceStatus;
  currency: string;
  customerId: string;
  totalMinor: number;
  paidMinor: number;
  creditedMinor?: number;
  applied?: readonly unknown[];
  credits?: readonly unknown[];
}

/** Payments one invoice takes at most (`Invoice.payments` lists them all); credit notes the same. */
export const MAX_PAYMENTS_PER_INVOICE = 100;
export const MAX_CREDIT_NOTES_PER_INVOICE = 100;

/**
 * Why `amountMinor` cannot be allocated to this invoice now, or null when it can: the rule behind
 * payments and their allocations, free of I/O.
 */
export function allocationRefusal(
  invoice: PayableInvoice,
  amountMinor: number,
  currency: string,
  field: string[],
  customerId?: string,
): UserError | null {
  if (!PAYABLE.includes(invoice.status)) {
    return userError(
      field,
      `Invoice is ${invoice.status}; only OPEN or PARTIALLY_PAID invoices take payments.`,
      'ILLEGAL_TRANSITION',
    );
  }
  if (currency !== invoice.currency)
    return userError(field, `Payment is in ${currency}, the invoice in ${invoice.currency}.`, 'CURRENCY_MISMATCH');
  if (customerId && customerId !== invoice.customerId)
    return userError(field, 'The invoice belongs to another customer.', 'INVALID');
  if (amountMinor <= 0) return userError(field, 'Payment amount must be positive.', 'INVALID');
  if ((invoice.applied?.length ?? 0) >= MAX_PAYMENTS_PER_INVOICE)
    return userError(field, `An invoice takes at most ${MAX_PAYMENTS_PER_INVOICE} payments.`, 'INVALID');
  const due = amountDue(invoice);
  if (amountMinor > due)
    return userError(field, `Payment exceeds the amount due (${formatAmount(due, currency)} ${currency}).`, 'OVERPAYMENT');
  return null;
}

/** Why a credit note of `amountMinor` in `currency` cannot be issued against this invoice now, or null when it can. */
export function creditRefusal(invoice: PayableInvoice, amountMinor: number, currency: string): UserError | null {
  if (!PAYABLE.includes(invoice.status)) {
    return userError(
      ['input', 'invoiceId'],
      `Invoice is ${invoice.status}; credit notes apply to OPEN or PARTIALLY_PAID invoices.`,
      'ILLEGAL_TRANSITION',
    );
  }
  if (currency !== invoice.currency)
    return userError(['input', 'amount'], `Credit is in ${currency}, the invoice in ${invoice.currency}.`, 'CURRENCY_MISMATCH');
  if (amountMinor <= 0) return userError(['input', 'amount'], 'Credit amount must be positive.', 'INVALID');
  if ((invoice.credits?.length ?? 0) >= MAX_CREDIT_NOTES_PER_INVOICE)
    return userError(['input', 'invoiceId'], `An invoice takes at most ${MAX_CREDIT_NOTES_PER_INVOICE} credit notes.`, 'INVALID');
  if (amountMinor > amountDue(invoice)) return userError(['input', 'amount'], 'Credit exceeds the amount due.', 'OVERPAYMENT');
  return null;
}

/** An invoice can be voided only while no money has been received or credited on it. */
export function voidRefusal(invoice: { paidMinor: number; creditedMinor?: number }): UserError | null {
  return invoice.paidMinor > 0 || (invoice.creditedMinor ?? 0) > 0
    ? userError(['input', 'id'], 'Invoice has payments or credit notes; it cannot be voided.', 'ILLEGAL_TRANSITION')
    : null;
}

export function isOverdue(invoice: { status: InvoiceStatus; dueDate: string }, now = new Date()): boolean {
  return PAYABLE.includes(invoice.status) && invoice.dueDate < now.toISOString().slice(0, 10);
}

/** Issuing posts: receivable (gross) against income (net) and output tax. */
export function issueLines(invoice: {
  customerId: string;
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  number: string;
}): JournalLine[] {
  return compact([
    line(ACCOUNTS.AR, 'DEBIT', invoice.totalMinor, { partyId: invoice.customerId, memo: invoice.number }),
    line(ACCOUNTS.SALES, 'CREDIT', invoice.subtotalMinor, { memo: invoice.number }),
    line(ACCOUNTS.TAX, 'CREDIT', invoice.taxMinor, { taxKind: 'OUTPUT', memo: invoice.number }),
  ]);
}

/**
 * A credit note of `amountMinor` (gross) against an invoice: the tax share is carved out in the
 * invoice's own net:tax proportion (half-up), and the rest reduces income.
 */
export function creditNoteSplit(invoice: { subtotalMinor: number; taxMinor: number; totalMinor: number }, amountMinor: number) {
  const taxMinor =
    invoice.totalMinor === 0
      ? 0
      : Number(
          (BigInt(amountMinor) * BigInt(invoice.taxMinor) * 2n + BigInt(invoice.totalMinor)) / (2n * BigInt(invoice.totalMinor)),
        );
  return { netMinor: amountMinor - taxMinor, taxMinor };
}

/**
 * The invoice of one shipped part of an order: each line's amounts are the order line's (priced
 * whole, as the order was) shared by the units shipped, rounded by line so that the parts add up to
 * the line exactly: a part's share is round(amount x shipped after / ordered) - round(amount x
 * shipped before / ordered), so the last part takes the remainder.
 */
export function pricePartLines(
  lines: Array<{
    description: string;
    productId?: string | null;
    quantity: number;
    orderedQuantity: number;
    shippedBefore: number;
    unitPriceMinor: number;
    discountBps?: number;
    taxRateBps?: number;
  }>,
): PricedDocument {
  const priced = lines.map((l) => {
    const discountBps = l.discountBps ?? 0;
    const taxRateBps = l.taxRateBps ?? 0;
    const whole = taxLine(l.unitPriceMinor, l.orderedQuantity, discountBps, taxRateBps, false);
    const upTo = (amount: number, units: number) => Math.round((amount * units) / l.orderedQuantity);
    const share = (amount: number) => upTo(amount, l.shippedBefore + l.quantity) - upTo(amount, l.shippedBefore);
    const discountMinor = share(whole.discountMinor);
    const netMinor = share(whole.netMinor);
    const taxMinor = share(whole.taxMinor);
    return {
      description: l.description.trim(),
      productId: l.productId ?? null,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      discountBps,
      taxRateBps,
      discountMinor,
      netMinor,
      taxMinor,
      totalMinor: netMinor + taxMinor,
    };
  });
  const totals = sumTaxed(priced.map((p) => ({ grossMinor: 0, ...p })));
  return {
    lines: priced,
    subtotalMinor: totals.netMinor,
    discountMinor: totals.discountMinor,
    taxMinor: totals.taxMinor,
    totalMinor: totals.totalMinor,
  };
}
