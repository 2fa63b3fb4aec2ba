/** Customer payments: their lifecycle and what receiving one writes to the ledger. */
import type { Transitions } from '../../../lib/state-machine';
import { ACCOUNTS, compact, line, type JournalLine } from './ledger';

/** PENDING while its allocations are being applied (a crash leaves it so until completed), then COMPLETED. */
export type PaymentStatus = 'PENDING' | 'COMPLETED';

export const PAYMENT_TRANSITIONS: Transitions<PaymentStatus> = {
  PENDING: ['COMPLETED'],
  COMPLETED: [],
};

/** PENDING until tried; APPLIED on its invoice; REFUSED when the invoice could no longer take it (it stays credit). */
export type AllocationStatus = 'PENDING' | 'APPLIED' | 'REFUSED';

/** Payments have no per-tenant counter to queue behind: the number derives from the id. */
export const paymentNumber = (id: { toString(): string }) => `PAY-${id.toString().toUpperCase()}`;

/** What of a payment was applied to invoices. */
export const appliedMinor = (allocations: Array<{ amountMinor: number; status: AllocationStatus }>) =>
  allocations.filter((a) => a.status === 'APPLIED').reduce((s, a) => s + a.amountMinor, 0);

/** Receiving a payment: cash against receivable for what was applied, against customer credit for the rest. */
export function receiptLines(p: {
  amountMinor: number;
  appliedMinor: number;
  customerId: string;
  number: string;
  reference?: string | null;
}): JournalLine[] {
  return compact([
    line(ACCOUNTS.CASH, 'DEBIT', p.amountMinor, { memo: p.reference ?? p.number }),
    line(ACCOUNTS.AR, 'CREDIT', p.appliedMinor, { partyId: p.customerId, memo: p.number }),
    line(ACCOUNTS.CUSTOMER_CREDIT, 'CREDIT', p.amountMinor - p.appliedMinor, { partyId: p.customerId, memo: p.number }),
  ]);
}
