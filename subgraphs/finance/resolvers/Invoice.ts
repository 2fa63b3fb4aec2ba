import { loadAttachments } from '../../../lib/attachments';
import { toMoney } from '../../../lib/money';
import { docId, money, ref } from '../../../lib/resolvers';
import type { CreditNoteResolvers, InvoiceLineResolvers, InvoiceResolvers } from '../__generated__/resolvers-types';
import { amountDue, isOverdue } from '../domain/invoice';
import { formatPercent } from '../domain/tax';
import type { CreditNoteView, InvoiceDoc, InvoiceLineView } from '../models';

export const Invoice: InvoiceResolvers = {
  attachments: (parent, _args, ctx) => loadAttachments(ctx, ctx.models.Invoice.db, 'INVOICE', parent._id.toString()),
  __resolveReference: (reference, { loaders }) => loaders.invoice.load(reference.id),
  id: docId,
  customer: (invoice) => ref(invoice.customerId),
  source: (invoice) => invoice.sourceKey,
  deal: (invoice) => (invoice.dealId ? ref(invoice.dealId) : null),
  order: (invoice) => (invoice.orderId ? ref(invoice.orderId) : null),
  pricesIncludeTax: (invoice) => Boolean(invoice.pricesIncludeTax),
  subtotal: money<InvoiceDoc>('subtotalMinor'),
  discountTotal: (invoice) => toMoney(invoice.discountMinor ?? 0, invoice.currency),
  taxTotal: (invoice) => toMoney(invoice.taxMinor ?? 0, invoice.currency),
  total: money<InvoiceDoc>('totalMinor'),
  amountPaid: money<InvoiceDoc>('paidMinor'),
  amountCredited: (invoice) => toMoney(invoice.creditedMinor ?? 0, invoice.currency),
  amountDue: (invoice) => toMoney(invoice.status === 'VOID' ? 0 : amountDue(invoice), invoice.currency),
  overdue: (invoice) => isOverdue(invoice),
  dunningLevel: (invoice) => invoice.dunningLevel ?? 0,
  dunnedAt: (invoice) => invoice.dunnedAt ?? null,
  lines: (invoice) => invoice.lines.map((line) => ({ ...line, currency: invoice.currency })),
  creditNotes: (invoice) => (invoice.credits ?? []).map((c) => ({ ...c, currency: invoice.currency })),
  payments: async (invoice, _, { loaders }) =>
    (await loaders.payment.loadMany((invoice.applied ?? []).map((a) => a.paymentId))).filter(
      (p): p is NonNullable<typeof p> & { _id: unknown } => Boolean(p) && !(p instanceof Error),
    ) as never,
};

export const InvoiceLine: InvoiceLineResolvers = {
  unitPrice: money<InvoiceLineView>('unitPriceMinor'),
  discountPercent: (line) => formatPercent(line.discountBps ?? 0),
  taxRatePercent: (line) => formatPercent(line.taxRateBps ?? 0),
  discount: (line) => toMoney(line.discountMinor ?? 0, line.currency),
  net: money<InvoiceLineView>('netMinor'),
  tax: (line) => toMoney(line.taxMinor ?? 0, line.currency),
  total: money<InvoiceLineView>('totalMinor'),
};

export const CreditNote: CreditNoteResolvers = {
  id: docId,
  amount: money<CreditNoteView>('amountMinor'),
  tax: money<CreditNoteView>('taxMinor'),
};
