import { userError, type UserError } from '../../../lib/errors';
import { priceLines } from '../../../lib/lines';
import { formatAmount } from '../../../lib/money';
import type { Transitions } from '../../../lib/state-machine';
import { requireText } from '../../../lib/validation';

export type InvoiceStatus = 'DRAFT' | 'OPEN' | 'PAID' | 'VOID';

/** The invoice lifecycle. PAID is reached only through payments (see applyPayment). */
export const INVOICE_TRANSITIONS: Transitions<InvoiceStatus> = {
  DRAFT: ['OPEN', 'VOID'],
  OPEN: ['PAID', 'VOID'],
  PAID: [],
  VOID: [],
};

export interface InvoiceLineInput {
  description: string;
  quantity: number;
  unitPrice: { amount: string; currency: string };
}

export function priceInvoiceLines(currency: string, lines: InvoiceLineInput[]) {
  const priced = priceLines(currency, lines);
  const errors: UserError[] = [...priced.errors];
  lines.forEach((line, i) => errors.push(...requireText(line.description, ['input', 'lines', String(i), 'description'], 500)));
  return {
    lines: priced.lines.map(({ description, quantity, unitPriceMinor, totalMinor }) => ({
      description: description.trim(),
      quantity,
      unitPriceMinor,
      totalMinor,
    })),
    totalMinor: priced.totalMinor,
    errors,
  };
}

export interface PayableInvoice {
  status: InvoiceStatus;
  currency: string;
  totalMinor: number;
  paidMinor: number;
  payments: Array<{ idempotencyKey?: string | null }>;
}

export type PaymentDecision =
  { kind: 'apply'; paidMinor: number; status: InvoiceStatus } | { kind: 'duplicate' } | { kind: 'refuse'; error: UserError };

/** Decides what a payment does to an invoice: the rule behind recordPayment, free of I/O. */
export function applyPayment(
  invoice: PayableInvoice,
  amountMinor: number,
  currency: string,
  idempotencyKey?: string | null,
): PaymentDecision {
  const field = ['input', 'amount'];
  if (idempotencyKey && invoice.payments.some((p) => p.idempotencyKey === idempotencyKey)) return { kind: 'duplicate' };
  if (invoice.status !== 'OPEN') {
    return {
      kind: 'refuse',
      error: userError(
        ['input', 'invoiceId'],
        `Invoice is ${invoice.status}; only OPEN invoices take payments.`,
        'ILLEGAL_TRANSITION',
      ),
    };
  }
  if (currency !== invoice.currency) {
    return {
      kind: 'refuse',
      error: userError(field, `Payment is in ${currency}, the invoice in ${invoice.currency}.`, 'CURRENCY_MISMATCH'),
    };
  }
  if (amountMinor <= 0) return { kind: 'refuse', error: userError(field, 'Payment amount must be positive.', 'INVALID') };
  const due = invoice.totalMinor - invoice.paidMinor;
  if (amountMinor > due) {
    return {
      kind: 'refuse',
      error: userError(field, `Payment exceeds the amount due (${formatAmount(due, currency)} ${currency}).`, 'OVERPAYMENT'),
    };
  }
  const paidMinor = invoice.paidMinor + amountMinor;
  return { kind: 'apply', paidMinor, status: paidMinor === invoice.totalMinor ? 'PAID' : 'OPEN' };
}

/** An invoice can be voided only while no money has been received on it. */
export function voidRefusal(invoice: { paidMinor: number }): UserError | null {
  return invoice.paidMinor > 0
    ? userError(['input', 'id'], 'Invoice has payments recorded; it cannot be voided.', 'ILLEGAL_TRANSITION')
    : null;
}

export function isOverdue(invoice: { status: InvoiceStatus; dueDate: string }, now = new Date()): boolean {
  return invoice.status === 'OPEN' && invoice.dueDate < now.toISOString().slice(0, 10);
}
