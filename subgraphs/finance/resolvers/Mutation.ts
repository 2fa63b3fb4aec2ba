import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { withDocumentLock } from '../../../lib/keyed-lock';
import { isCurrency, parseAmount } from '../../../lib/money';
import { assertNoUserErrors, runMutation } from '../../../lib/mutation';
import { nextNumber } from '../../../lib/sequence';
import { applyTransition } from '../../../lib/state-machine';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { applyPayment, INVOICE_TRANSITIONS, priceInvoiceLines, voidRefusal, type InvoiceStatus } from '../domain/invoice';
import type { FinanceModels, InvoiceDoc } from '../models';

const MAX_ATTEMPTS = 5;

/** Records a payment with optimistic concurrency: the invoice is rewritten only if its version is unchanged. */
async function recordPayment(
  models: FinanceModels,
  input: {
    invoiceId: string;
    amount: { amount: string; currency: string };
    receivedAt?: Date | null;
    reference?: string | null;
    idempotencyKey?: string | null;
  },
): Promise<InvoiceDoc> {
  const notFound = new UserErrors([userError(['input', 'invoiceId'], `Invoice ${input.invoiceId} not found.`, 'NOT_FOUND')]);
  if (!mongoose.isObjectIdOrHexString(input.invoiceId)) throw notFound;
  if (!isCurrency(input.amount.currency)) {
    throw new UserErrors([userError(['input', 'amount', 'currency'], `Unknown currency "${input.amount.currency}".`, 'INVALID')]);
  }
  let amountMinor: number;
  try {
    amountMinor = parseAmount(input.amount.amount, input.amount.currency);
  } catch (err) {
    throw new UserErrors([userError(['input', 'amount', 'amount'], (err as Error).message, 'INVALID')]);
  }
  return withDocumentLock(models.Invoice, input.invoiceId, async () => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const invoice = await models.Invoice.findById(input.invoiceId).lean<InvoiceDoc>();
      if (!invoice) throw notFound;
      const decision = applyPayment(invoice, amountMinor, input.amount.currency, input.idempotencyKey);
      if (decision.kind === 'duplicate') return invoice;
      if (decision.kind === 'refuse') throw new UserErrors([decision.error]);
      const now = new Date();
      const updated = await models.Invoice.findOneAndUpdate(
        { _id: invoice._id, version: invoice.version },
        {
          $push: {
            payments: {
              amountMinor,
              receivedAt: input.receivedAt ?? now,
              reference: input.reference?.trim() || null,
              idempotencyKey: input.idempotencyKey || null,
            },
          },
          $set: { paidMinor: decision.paidMinor, status: decision.status, ...(decision.status === 'PAID' && { paidAt: now }) },
          $inc: { version: 1 },
        },
        { new: true },
      ).lean<InvoiceDoc>();
      if (updated) return updated;
    }
    throw new UserErrors([userError(['input', 'invoiceId'], 'Invoice is being changed concurrently; retry.', 'CONFLICT')]);
  });
}

export const Mutation: MutationResolvers = {
  createInvoice: (_, { input }, { models }) =>
    runMutation(async () => {
      const priced = priceInvoiceLines(input.currency, input.lines);
      assertNoUserErrors(priced.errors);
      const invoice = await models.Invoice.create({
        number: await nextNumber(models.connection, 'invoice', 'INV'),
        customerId: input.customerId,
        status: 'DRAFT',
        currency: input.currency,
        lines: priced.lines,
        totalMinor: priced.totalMinor,
        dueDate: input.dueDate,
      });
      return { invoice: invoice.toObject() as InvoiceDoc };
    }),

  issueInvoice: (_, { input }, { models }) =>
    runMutation(async () => ({
      invoice: await applyTransition<InvoiceStatus, InvoiceDoc>(
        models.Invoice,
        'Invoice',
        input.id,
        INVOICE_TRANSITIONS,
        'OPEN',
        {
          set: { issuedAt: new Date() },
        },
      ),
    })),

  voidInvoice: (_, { input }, { models }) =>
    runMutation(async () => ({
      invoice: await applyTransition<InvoiceStatus, InvoiceDoc>(
        models.Invoice,
        'Invoice',
        input.id,
        INVOICE_TRANSITIONS,
        'VOID',
        {
          set: { voidedAt: new Date() },
          where: { paidMinor: 0 },
          explain: voidRefusal,
        },
      ),
    })),

  recordPayment: (_, { input }, { models }) => runMutation(async () => ({ invoice: await recordPayment(models, input) })),
};
