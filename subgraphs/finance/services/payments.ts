/**
 * Customer payments, allocated to one or more invoices; what is not allocated stays with the
 * customer as credit.
 *
 * Crash safety without transactions. A payment touches several documents (the payment, each
 * invoice it pays, the ledger), and FerretDB/MongoDB give atomicity only per document. So:
 *  1. The payment document is written FIRST, whole: amount, every allocation (status PENDING)
 *     and status PENDING. Its unique (tenantId, idempotencyKey) index makes a retry find it.
 *  2. Each allocation is applied to its invoice by one versioned write that records the payment
 *     id in the invoice's `applied` list. The write is skipped when the id is already there, so
 *     applying twice is harmless. If the invoice can no longer take it (paid or voided meanwhile
 *     by another process), the allocation is REFUSED and its amount stays as customer credit:
 *     money received is never lost nor counted twice.
 *  3. The receipt is posted to the ledger (source `payment:<id>:receive`, unique: once): cash
 *     against receivable for what was applied, against customer credit for the rest.
 *  4. The payment becomes COMPLETED, with each allocation's outcome and its
 *     `finance.payment.received` event, in that same single write.
 * A crash anywhere leaves a PENDING payment; `completePayment` resumes it from where it is (every
 * step is idempotent). It runs on a retry with the same idempotency key, and the finance sweeper
 * (services/sweeper.ts) runs it for every PENDING payment left behind.
 */
import mongoose from 'mongoose';
import { userError, UserErrors, type UserError } from '../../../lib/errors';
import { domainEvent, withEvents } from '../../../lib/events';
import { withKeyLock } from '../../../lib/keyed-lock';
import { isDuplicateKeyError } from '../../../lib/mutation';
import { parseMoneyInput } from '../../../lib/money';
import { currentTenantId } from '../../../lib/tenancy';
import { updateVersioned } from '../../../lib/versioned-update';
import { allocationRefusal, settledStatus } from '../domain/invoice';
import { ACCOUNTS, compact, line } from '../domain/ledger';
import type { FinanceModels, InvoiceDoc, PaymentAllocationDoc, PaymentDoc } from '../models';
import { postEntry } from './ledger';
import { statusChanged } from './invoices';

export interface ReceivePaymentInput {
  customerId: string;
  amount: { amount: string; currency: string };
  receivedAt?: Date | null;
  reference?: string | null;
  idempotencyKey?: string | null;
  allocations?: Array<{ invoiceId: string; amount: { amount: string; currency: string } }> | null;
}

/** Validates a payment and its allocations against the invoices as they are now; nothing is written. */
async function plan(models: FinanceModels, input: ReceivePaymentInput, fields: { invoice: (i: number) => string[]; amount: (i: number) => string[] }) {
  const errors: UserError[] = [];
  const total = parseMoneyInput(input.amount, ['input', 'amount']);
  if (total.error) throw new UserErrors([total.error]);
  if (total.minor <= 0) throw new UserErrors([userError(['input', 'amount'], 'Payment amount must be positive.', 'INVALID')]);
  const currency = input.amount.currency;
  const allocations: Array<{ invoiceId: string; amountMinor: number }> = [];
  const seen = new Set<string>();
  for (const [i, a] of (input.allocations ?? []).entries()) {
    const parsed = parseMoneyInput(a.amount, fields.amount(i));
    if (parsed.error) {
      errors.push(parsed.error);
      continue;
    }
    if (seen.has(a.invoiceId)) {
      errors.push(userError(fields.invoice(i), 'An invoice may appear only once in a payment.', 'INVALID'));
      continue;
    }
    seen.add(a.invoiceId);
    const invoice = mongoose.isObjectIdOrHexString(a.invoiceId) ? await models.Invoice.findById(a.invoiceId).lean<InvoiceDoc>() : null;
    if (!invoice) {
      errors.push(userError(fields.invoice(i), `Invoice ${a.invoiceId} not found.`, 'NOT_FOUND'));
      continue;
    }
    if (a.amount.currency !== currency) {
      errors.push(userError(fields.amount(i), `Allocation is in ${a.amount.currency}, the payment in ${currency}.`, 'CURRENCY_MISMATCH'));
      continue;
    }
    const refusal = allocationRefusal(invoice, parsed.minor, currency, invoice.status === 'OPEN' || invoice.status === 'PARTIALLY_PAID' ? fields.amount(i) : fields.invoice(i), input.customerId);
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
  fields = { invoice: (i: number) => ['input', 'allocations', String(i), 'invoiceId'], amount: (i: number) => ['input', 'allocations', String(i), 'amount'] },
): Promise<{ payment: PaymentDoc; duplicate: boolean }> {
  const key = input.idempotencyKey?.trim() || null;
  if (key) {
    const existing = await models.Payment.findOne({ idempotencyKey: key }).lean<PaymentDoc>();
    if (existing) return { payment: await completePayment(models, existing._id.toString()), duplicate: true };
  }
  const planned = await plan(models, input, fields);
  const _id = new mongoose.Types.ObjectId();
  try {
    await models.Payment.create({
      _id,
      // Derived from the id, like journal entries: no per-tenant counter to queue behind.
      number: `PAY-${_id.toHexString().toUpperCase()}`,
      customerId: input.customerId,
      currency: planned.currency,
      amountMinor: planned.amountMinor,
      allocations: planned.allocations.map((a) => ({ ...a, status: 'PENDING' })),
      receivedAt: input.receivedAt ?? new Date(),
      reference: input.reference?.trim() || null,
      idempotencyKey: key ?? `auto:${_id.toString()}`,
      status: 'PENDING',
    });
  } catch (err) {
    if (key && isDuplicateKeyError(err)) {
      const existing = await models.Payment.findOne({ idempotencyKey: key }).lean<PaymentDoc>();
      if (existing) return { payment: await completePayment(models, existing._id.toString()), duplicate: true };
    }
    throw err;
  }
  return { payment: await completePayment(models, _id.toString()), duplicate: false };
}

/** Applies one allocation to its invoice, once; returns whether it is (now or already) applied. */
async function applyAllocation(models: FinanceModels, payment: PaymentDoc, invoiceId: string, amountMinor: number): Promise<boolean> {
  let applied = false;
  const paymentId = payment._id.toString();
  await updateVersioned<InvoiceDoc>(models.Invoice, 'Invoice', invoiceId, ['input', 'invoiceId'], (inv) => {
    if (inv.applied.some((a) => a.paymentId === paymentId)) {
      applied = true;
      return null;
    }
    if (allocationRefusal(inv, amountMinor, payment.currency, [], payment.customerId)) return null;
    applied = true;
    const after = { ...inv, paidMinor: inv.paidMinor + amountMinor };
    const status = settledStatus(after);
    const update = {
      $push: { applied: { paymentId, amountMinor, appliedAt: payment.receivedAt } },
      $set: { paidMinor: after.paidMinor, status, ...(status === 'PAID' && { paidAt: new Date() }) },
    };
    return status === inv.status ? update : withEvents(update, statusChanged(after, inv.status, status));
  }).catch((err) => {
    if (err instanceof UserErrors) return null; // the invoice is gone: the allocation is refused
    throw err;
  });
  return applied;
}

/** Resumes a payment from whatever step it reached (see the module comment). Idempotent. */
export async function completePayment(models: FinanceModels, paymentId: string): Promise<PaymentDoc> {
  const payment = await models.Payment.findById(paymentId).lean<PaymentDoc>();
  if (!payment) throw new Error(`Payment ${paymentId} not found.`);
  if (payment.status === 'COMPLETED') return payment;
  // Outcomes need no write of their own: applying is a no-op once the invoice lists the payment,
  // and a refusal is final (an invoice's amount due only shrinks; PAID and VOID are terminal).
  const outcomes: PaymentAllocationDoc[] = [];
  for (const allocation of payment.allocations) {
    const ok = allocation.status === 'REFUSED' ? false : await applyAllocation(models, payment, allocation.invoiceId, allocation.amountMinor);
    outcomes.push({ invoiceId: allocation.invoiceId, amountMinor: allocation.amountMinor, status: ok ? 'APPLIED' : 'REFUSED' });
  }
  const appliedMinor = outcomes.filter((a) => a.status === 'APPLIED').reduce((s, a) => s + a.amountMinor, 0);
  await postEntry(models, {
    source: `payment:${paymentId}:receive`,
    date: payment.receivedAt,
    currency: payment.currency,
    memo: `Payment ${payment.number}`,
    lines: compact([
      line(ACCOUNTS.CASH, 'DEBIT', payment.amountMinor, { memo: payment.reference ?? payment.number }),
      line(ACCOUNTS.AR, 'CREDIT', appliedMinor, { partyId: payment.customerId, memo: payment.number }),
      line(ACCOUNTS.CUSTOMER_CREDIT, 'CREDIT', payment.amountMinor - appliedMinor, { partyId: payment.customerId, memo: payment.number }),
    ]),
  });
  // The allocation outcomes, COMPLETED and the event: one write.
  return updateVersioned<PaymentDoc>(models.Payment, 'Payment', paymentId, ['input', 'id'], (current) =>
    current.status === 'COMPLETED'
      ? null
      : withEvents(
          { $set: { status: 'COMPLETED', completedAt: new Date(), allocations: outcomes } },
          domainEvent('finance.payment.received', {
            tenantId: currentTenantId(),
            aggregateId: paymentId,
            payload: {
              paymentId,
              customerId: payment.customerId,
              amount: { minor: payment.amountMinor, currency: payment.currency },
              invoiceIds: outcomes.filter((a) => a.status === 'APPLIED').map((a) => a.invoiceId),
            },
          }),
        ),
  );
}

/**
 * The original one-invoice `recordPayment`: a payment of the invoice's customer allocated wholly
 * to it. Same-invoice payments of this process are serialized so a late one is refused (not turned
 * into credit); the idempotency key is scoped to the invoice as before.
 */
export async function recordInvoicePayment(
  models: FinanceModels,
  input: { invoiceId: string; amount: { amount: string; currency: string }; receivedAt?: Date | null; reference?: string | null; idempotencyKey?: string | null },
): Promise<InvoiceDoc> {
  const invoiceField = ['input', 'invoiceId'];
  const missing = () => new UserErrors([userError(invoiceField, `Invoice ${input.invoiceId} not found.`, 'NOT_FOUND')]);
  if (!mongoose.isObjectIdOrHexString(input.invoiceId)) throw missing();
  return withKeyLock(`finance-invoice-payment:${currentTenantId()}:${input.invoiceId}`, async () => {
    const invoice = await models.Invoice.findById(input.invoiceId).lean<InvoiceDoc>();
    if (!invoice) throw missing();
    await receivePayment(
      models,
      {
        customerId: invoice.customerId,
        amount: input.amount,
        receivedAt: input.receivedAt,
        reference: input.reference,
        idempotencyKey: input.idempotencyKey ? `invoice:${input.invoiceId}:${input.idempotencyKey}` : null,
        allocations: [{ invoiceId: input.invoiceId, amount: input.amount }],
      },
      { invoice: () => invoiceField, amount: () => ['input', 'amount'] },
    );
    return (await models.Invoice.findById(input.invoiceId).lean<InvoiceDoc>())!;
  });
}
