import { UserErrors } from '../../../lib/errors';
import { parseMoneyInput } from '../../../lib/money';
import { assertNoUserErrors, runMutation } from '../../../lib/mutation';
import { nextNumber } from '../../../lib/sequence';
import { applyTransition, type TransitionOptions } from '../../../lib/state-machine';
import { updateVersioned } from '../../../lib/versioned-update';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { applyPayment, INVOICE_TRANSITIONS, priceInvoiceLines, voidRefusal, type InvoiceStatus } from '../domain/invoice';
import type { FinanceModels, InvoiceDoc } from '../models';

/** Records a payment: the rule is applyPayment's; the write is one versioned update of the invoice. */
function recordPayment(
  models: FinanceModels,
  input: {
    invoiceId: string;
    amount: { amount: string; currency: string };
    receivedAt?: Date | null;
    reference?: string | null;
    idempotencyKey?: string | null;
  },
): Promise<InvoiceDoc> {
  const parsed = parseMoneyInput(input.amount, ['input', 'amount']);
  if (parsed.error) throw new UserErrors([parsed.error]);
  const amountMinor = parsed.minor;
  return updateVersioned<InvoiceDoc>(models.Invoice, 'Invoice', input.invoiceId, ['input', 'invoiceId'], (invoice) => {
    const decision = applyPayment(invoice, amountMinor, input.amount.currency, input.idempotencyKey);
    if (decision.kind === 'duplicate') return null;
    if (decision.kind === 'refuse') throw new UserErrors([decision.error]);
    const now = new Date();
    return {
      $push: {
        payments: {
          amountMinor,
          receivedAt: input.receivedAt ?? now,
          reference: input.reference?.trim() || null,
          idempotencyKey: input.idempotencyKey || null,
        },
      },
      $set: { paidMinor: decision.paidMinor, status: decision.status, ...(decision.status === 'PAID' && { paidAt: now }) },
    };
  });
}

/** Moves an invoice along its lifecycle. */
const transition = (models: FinanceModels, id: string, to: InvoiceStatus, options: TransitionOptions<InvoiceDoc>) =>
  runMutation(async () => ({
    invoice: await applyTransition<InvoiceStatus, InvoiceDoc>(models.Invoice, 'Invoice', id, INVOICE_TRANSITIONS, to, options),
  }));

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

  issueInvoice: (_, { input }, { models }) => transition(models, input.id, 'OPEN', { set: { issuedAt: new Date() } }),

  voidInvoice: (_, { input }, { models }) =>
    transition(models, input.id, 'VOID', { set: { voidedAt: new Date() }, where: { paidMinor: 0 }, explain: voidRefusal }),

  recordPayment: (_, { input }, { models }) => runMutation(async () => ({ invoice: await recordPayment(models, input) })),
};
