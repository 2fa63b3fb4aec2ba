/**
 * Customer payments, allocated to one or more invoices; what is not allocated stays with the
 * customer as credit.
 *
 * Crash safety without transactions. A payment touches several documents (the payment, each
 * invoice it pays, the ledger), and the database is atomic only per document. So every step
 * is one single-document write that is harmless to repeat, and a crash anywhere leaves a state
 * the next attempt, or the finance sweeper (jobs/sweeper.ts), completes: money received is never
 * lost nor counted twice.
 *
 * `receivePayment` (a customer's payment, spread over invoices):
 *  1. The payment document is written FIRST, whole: amount, every allocation (status PENDING)
 *     and status PENDING. Its unique (tenantId, idempotencyKey) index makes a retry find it.
 *  2. Each allocation is applied to its invoice by one versioned write that records the payment
 *     id in the invoice's `applied` list. The write is skipped when the id is already there, so
 *     applying twice is harmless. If the invoice can no longer take it (paid or voided meanwhile
 *     by another request), the allocation is REFUSED and its amount stays as customer credit.
 *  3. The receipt is posted to the ledger (source `payment:<id>:receive`, unique: once): cash
 *     against receivable for what was applied, against customer credit for the rest.
 *  4. The payment becomes COMPLETED, with each allocation's outcome and its
 *     `finance.payment.received` event, in that same single write.
 * A crash leaves a PENDING payment; `completePayment` resumes it from where it is. It runs on a
 * retry with the same idempotency key, and the sweeper runs it for every PENDING payment.
 *
 * `recordInvoicePayment` (`recordPayment`: one payment wholly for one invoice) must refuse a
 * payment the invoice can no longer take (OVERPAYMENT, or ILLEGAL_TRANSITION once PAID) rather
 * than turn it into credit, however many requests race in however many processes. So it works
 * the other way round, invoice FIRST:
 *  1. One versioned write of the invoice decides on its current state: it refuses the payment,
 *     or applies it (a new payment id in `applied`, with the idempotency key and reference) and
 *     marks it `payment:<id>` in `ledgerPending`. Racing payments retry that decision on the
 *     fresh invoice, so at most what is due is ever applied; a retry with the same key finds the
 *     entry already there and applies nothing.
 *  2. The payment document is found or created from that entry (its allocation already
 *     APPLIED), and completed as above (receipt posting, COMPLETED, event).
 *  3. The marker is removed.
 * A crash after 1 leaves the marker: a retry with the key, or the sweeper flushing the invoice's
 * markers, writes the payment from the invoice and completes it.
 */
import mongoose from 'mongoose';
import { userError, UserErrors, type UserError } from '../../../lib/errors';
import { parseMoneyInput } from '../../../lib/money';
import type { Actor } from '../../../lib/signed-context';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import { findOrCreate, insert, update, type Change } from '../../../lib/write';
import { allocationRefusal, PAYABLE, settledStatus } from '../domain/invoice';
import { appliedMinor, paymentNumber, receiptLines } from '../domain/payment';
import { invoiceStatusChanged, paymentReceived } from '../events/publish';
import type { FinanceModels, InvoiceDoc, PaymentAllocationDoc, PaymentDoc } from '../models';
import { flushPending, postEntry } from './ledger';
import { assertPeriodOpen } from './period';
import { newNodeId } from '../../../lib/node-id';

/** The marker of a payment applied to an invoice whose payment document is not yet complete. */
export const PAYMENT_MARKER = 'payment:';

/**
 * The change that settles more of an issued invoice: its new paid or credited total, the status
 * that follows (PAID stamps `paidAt`), the entries pushed, and the status change's event when the
 * status moves. Payments and credit notes settle invoices alike.
 */
export function settlementChange(
  invoice: InvoiceDoc,
  totals: { paidMinor?: number; creditedMinor?: number },
  push: Record<string, unknown>,
  requestId?: string,
): Change {
  const after = { ...invoice, ...totals };
  const status = settledStatus(after);
  return {
    $push: push,
    $set: { ...totals, status, ...(status === 'PAID' && { paidAt: new Date() }) },
    events: [status !== invoice.status && invoiceStatusChanged(after, invoice.status, status, requestId)],
  };
}

export interface ReceivePaymentInput {
  customerId: string;
  amount: { amount: string; currency: string };
  receivedAt?: Date | null;
  reference?: string | null;
  idempotencyKey?: string | null;
  allocations?: Array<{ invoiceId: string; amount: { amount: string; currency: string } }> | null;
}

const ALLOCATION_FIELDS = {
  invoice: (i: number) => ['input', 'allocations', String(i), 'invoiceId'],
  amount: (i: number) => ['input', 'allocations', String(i), 'amount'],
};

/** Validates a payment and its allocations against the invoices as they are now; nothing is written. */
async function plan(models: FinanceModels, input: ReceivePaymentInput) {
  const errors: UserError[] = [];
  const total = parseMoneyInput(input.amount, ['input', 'amount']);
  if (total.error) throw new UserErrors([total.error]);
  if (total.minor <= 0) throw new UserErrors([userError(['input', 'amount'], 'Payment amount must be positive.', 'INVALID')]);
  const currency = input.amount.currency;
  const allocations: Array<{ invoiceId: string; amountMinor: number }> = [];
  const seen = new Set<string>();
  for (const [i, a] of (input.allocations ?? []).entries()) {
    const parsed = parseMoneyInput(a.amount, ALLOCATION_FIELDS.amount(i));
    if (parsed.error) {
      errors.push(parsed.error);
      continue;
    }
    if (seen.has(a.invoiceId)) {
      errors.push(userError(ALLOCATION_FIELDS.invoice(i), 'An invoice may appear only once in a payment.', 'INVALID'));
      continue;
    }
    seen.add(a.invoiceId);
    const invoice = mongoose.isObjectIdOrHexString(a.invoiceId)
      ? await findOneByIdInTenant<InvoiceDoc>(models.Invoice, a.invoiceId, { outbox: 0 })
      : null;
    if (!invoice) {
      errors.push(userError(ALLOCATION_FIELDS.invoice(i), `Invoice ${a.invoiceId} not found.`, 'NOT_FOUND'));
      continue;
    }
    if (a.amount.currency !== currency) {
      errors.push(
        userError(
          ALLOCATION_FIELDS.amount(i),
          `Allocation is in ${a.amount.currency}, the payment in ${currency}.`,
          'CURRENCY_MISMATCH',
        ),
      );
      continue;
    }
    const field = PAYABLE.includes(invoice.status) ? ALLOCATION_FIELDS.amount(i) : ALLOCATION_FIELDS.invoice(i);
    const refusal = allocationRefusal(invoice, parsed.minor, currency, field, input.customerId);
    if (refusal) errors.push(refusal);
    else allocations.push({ invoiceId: a.invoiceId, amountMinor: parsed.minor });
  }
  const allocated = allocations.reduce((s, a) => s + a.amountMinor, 0);
  if (!errors.length && allocated > total.minor) {
    errors.push(userError(['input', 'allocations'], 'The allocations exceed the payment amount.', 'OVERPAYMENT'));
  }
  if (errors.length) throw new UserErrors(errors);
  return { amountMinor: total.minor, currency, allocations };
}

/** Receives a payment (idempotent per key) and completes it. */
export async function receivePayment(
  models: FinanceModels,
  input: ReceivePaymentInput,
  actor?: Actor,
): Promise<{ payment: PaymentDoc; duplicate: boolean }> {
  const key = input.idempotencyKey?.trim() || null;
  if (key) {
    // A retry is answered from what was received, even if the invoices changed since.
    const earlier = await models.Payment.findOne({ idempotencyKey: key }).select({ outbox: 0 }).lean<PaymentDoc>();
    if (earlier) return { payment: await completePayment(models, earlier, actor), duplicate: true };
  }
  await assertPeriodOpen(models, input.receivedAt, ['input', 'receivedAt']);
  const planned = await plan(models, input);
  const _id = newNodeId('Payment');
  const fields: Partial<PaymentDoc> = {
    _id,
    number: paymentNumber(_id),
    customerId: input.customerId,
    currency: planned.currency,
    amountMinor: planned.amountMinor,
    allocations: planned.allocations.map((a) => ({ ...a, status: 'PENDING' })),
    receivedAt: input.receivedAt ?? new Date(),
    reference: input.reference?.trim() || null,
    status: 'PENDING',
  };
  // Two first attempts with one key racing: the unique index lets one payment through, both complete it.
  const { doc, created } = key
    ? await findOrCreate<PaymentDoc>(models.Payment, { idempotencyKey: key }, () => fields)
    : { doc: await insert<PaymentDoc>(models.Payment, { ...fields, idempotencyKey: `auto:${_id.toString()}` }), created: true };
  return { payment: await completePayment(models, doc, actor), duplicate: !created };
}

/**
 * Applies one allocation to its invoice, once; returns whether it is (now or already) applied.
 * Decided on the invoice as the write finds it, so an invoice settled meanwhile refuses it.
 */
async function applyAllocation(
  models: FinanceModels,
  payment: PaymentDoc,
  allocation: PaymentAllocationDoc,
  actor?: Actor,
): Promise<boolean> {
  const paymentId = payment._id.toString();
  try {
    const invoice = await update<InvoiceDoc>(
      models.Invoice,
      allocation.invoiceId,
      (inv) => {
        if (inv.applied.some((a) => a.paymentId === paymentId)) return null;
        if (allocationRefusal(inv, allocation.amountMinor, payment.currency, [], payment.customerId)) return null;
        return settlementChange(
          inv,
          { paidMinor: inv.paidMinor + allocation.amountMinor },
          { applied: { paymentId, amountMinor: allocation.amountMinor, appliedAt: payment.receivedAt } },
          actor?.requestId,
        );
      },
      { field: ['input', 'invoiceId'] },
    );
    return invoice.applied.some((a) => a.paymentId === paymentId);
  } catch (err) {
    // An invoice that is not there takes nothing: refused. Anything else (a write that kept
    // losing races, the server) leaves the payment PENDING for a retry or the sweeper.
    if (err instanceof UserErrors && err.errors.every((e) => e.code === 'NOT_FOUND')) return false;
    throw err;
  }
}

/** Resumes a payment from whatever step it reached (see the module comment). Idempotent. */
export async function completePayment(models: FinanceModels, payment: PaymentDoc, actor?: Actor): Promise<PaymentDoc> {
  if (payment.status === 'COMPLETED') return payment;
  // Outcomes need no write of their own: applying is a no-op once the invoice lists the payment,
  // and a refusal is final (an invoice's amount due only shrinks; PAID and VOID are terminal).
  const outcomes: PaymentAllocationDoc[] = [];
  for (const allocation of payment.allocations) {
    const applied =
      allocation.status === 'APPLIED' ||
      (allocation.status !== 'REFUSED' && (await applyAllocation(models, payment, allocation, actor)));
    outcomes.push({
      invoiceId: allocation.invoiceId,
      amountMinor: allocation.amountMinor,
      status: applied ? 'APPLIED' : 'REFUSED',
    });
  }
  const paymentId = payment._id.toString();
  await postEntry(models, {
    source: `payment:${paymentId}:receive`,
    date: payment.receivedAt,
    currency: payment.currency,
    memo: `Payment ${payment.number}`,
    lines: receiptLines({ ...payment, appliedMinor: appliedMinor(outcomes) }),
    // Refused up front when a user dates it there (assertPeriodOpen); a close since then moves it.
    whenClosed: 'NEXT_OPEN_DAY',
  });
  // The allocation outcomes, COMPLETED and the event: one write.
  return update<PaymentDoc>(
    models.Payment,
    paymentId,
    (current) =>
      current.status === 'COMPLETED'
        ? null
        : {
            $set: { status: 'COMPLETED', completedAt: new Date(), allocations: outcomes },
            events: [paymentReceived(current, outcomes, actor?.requestId)],
          },
    { field: ['input', 'id'] },
  );
}

/**
 * Writes (once) and completes the payment document of a payment applied to `invoice` by
 * `recordInvoicePayment`, from the invoice's `applied` entry: the invoice's customer and
 * currency, the amount, when it was received, its reference and idempotency key.
 */
export async function recordAppliedPayment(models: FinanceModels, invoice: InvoiceDoc, paymentId: string, actor?: Actor) {
  const applied = invoice.applied.find((a) => a.paymentId === paymentId);
  if (!applied) throw new Error(`Payment ${paymentId} is not applied to invoice ${invoice.number}.`);
  const { doc } = await findOrCreate<PaymentDoc>(models.Payment, { _id: paymentId }, () => ({
    number: paymentNumber(paymentId),
    customerId: invoice.customerId,
    currency: invoice.currency,
    amountMinor: applied.amountMinor,
    allocations: [{ invoiceId: invoice._id.toString(), amountMinor: applied.amountMinor, status: 'APPLIED' }],
    receivedAt: applied.appliedAt,
    reference: applied.reference ?? null,
    idempotencyKey: applied.idempotencyKey ?? `auto:${paymentId}`,
    status: 'PENDING',
  }));
  return completePayment(models, doc, actor);
}

export interface RecordPaymentInput {
  invoiceId: string;
  amount: { amount: string; currency: string };
  receivedAt?: Date | null;
  reference?: string | null;
  idempotencyKey?: string | null;
}

/**
 * `recordPayment`: a payment of the invoice's customer allocated wholly to it, applied to the
 * invoice first (see the module comment), so a payment the invoice can no longer take is
 * refused, never turned into credit, across processes. The idempotency key is scoped to the invoice.
 */
export async function recordInvoicePayment(models: FinanceModels, input: RecordPaymentInput, actor?: Actor): Promise<InvoiceDoc> {
  const invoiceField = ['input', 'invoiceId'];
  const amountField = ['input', 'amount'];
  const missing = () => new UserErrors([userError(invoiceField, `Invoice ${input.invoiceId} not found.`, 'NOT_FOUND')]);
  if (!mongoose.isObjectIdOrHexString(input.invoiceId)) throw missing();
  const amount = parseMoneyInput(input.amount, amountField);
  if (amount.error) throw new UserErrors([amount.error]);
  if (amount.minor <= 0) throw new UserErrors([userError(amountField, 'Payment amount must be positive.', 'INVALID')]);
  const key = input.idempotencyKey ? `invoice:${input.invoiceId}:${input.idempotencyKey}`.trim() : null;
  if (key) {
    // Payments recorded before the invoice kept their keys are known by their own document only.
    const earlier = await models.Payment.findOne({ idempotencyKey: key }).select({ outbox: 0 }).lean<PaymentDoc>();
    if (earlier) {
      await completePayment(models, earlier, actor);
      const invoice = await findOneByIdInTenant<InvoiceDoc>(models.Invoice, input.invoiceId, { outbox: 0 });
      if (!invoice) throw missing();
      return invoice;
    }
  }
  await assertPeriodOpen(models, input.receivedAt, ['input', 'receivedAt']);
  const paymentId = newNodeId('Payment').toString();
  const receivedAt = input.receivedAt ?? new Date();
  const invoice = await update<InvoiceDoc>(
    models.Invoice,
    input.invoiceId,
    (inv) => {
      if (key && inv.applied.some((a) => a.idempotencyKey === key)) return null; // a retry: applied already
      const refusal = allocationRefusal(
        inv,
        amount.minor,
        input.amount.currency,
        PAYABLE.includes(inv.status) ? amountField : invoiceField,
      );
      if (refusal) throw new UserErrors([refusal]);
      return settlementChange(
        inv,
        { paidMinor: inv.paidMinor + amount.minor },
        {
          applied: {
            paymentId,
            amountMinor: amount.minor,
            appliedAt: receivedAt,
            idempotencyKey: key,
            reference: input.reference?.trim() || null,
          },
          ledgerPending: `${PAYMENT_MARKER}${paymentId}`,
        },
        actor?.requestId,
      );
    },
    { field: invoiceField },
  );
  const ours = invoice.applied.find((a) => a.paymentId === paymentId || (key !== null && a.idempotencyKey === key))!;
  return flushPending(models.Invoice, invoice, (doc) => recordAppliedPayment(models, doc, ours.paymentId, actor), [
    `${PAYMENT_MARKER}${ours.paymentId}`,
  ]);
}
