import { toMoney } from '../../../lib/money';
import { docId, money, ref } from '../../../lib/resolvers';
import type { InvoiceLineResolvers, InvoiceResolvers, PaymentResolvers } from '../__generated__/resolvers-types';
import { isOverdue } from '../domain/invoice';
import type { InvoiceDoc, InvoiceLineView, PaymentView } from '../models';

export const Invoice: InvoiceResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.invoice.load(reference.id),
  id: docId,
  customer: (invoice) => ref(invoice.customerId),
  total: money<InvoiceDoc>('totalMinor'),
  amountPaid: money<InvoiceDoc>('paidMinor'),
  amountDue: (invoice) => toMoney(invoice.totalMinor - invoice.paidMinor, invoice.currency),
  overdue: (invoice) => isOverdue(invoice),
  lines: (invoice) => invoice.lines.map((line) => ({ ...line, currency: invoice.currency })),
  payments: (invoice) => invoice.payments.map((payment) => ({ ...payment, currency: invoice.currency })),
};

export const InvoiceLine: InvoiceLineResolvers = {
  unitPrice: money<InvoiceLineView>('unitPriceMinor'),
  total: money<InvoiceLineView>('totalMinor'),
};

export const Payment: PaymentResolvers = {
  id: docId,
  amount: money<PaymentView>('amountMinor'),
};
