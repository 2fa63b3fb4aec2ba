import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import { byIdLoader, childConnectionLoader } from '../../lib/pagination';
import type { FinanceModels, InvoiceDoc, JournalEntryDoc, PaymentDoc } from './models';
import { customerMargins, orderMargins } from './reports/margin';
import { customerBalances } from './reports/receivables';

/** Per-request DataLoaders. */
export function financeLoaders(models: FinanceModels) {
  return {
    invoice: byIdLoader<InvoiceDoc>(models.Invoice),
    payment: byIdLoader<PaymentDoc>(models.Payment),
    journalEntry: byIdLoader<JournalEntryDoc>(models.JournalEntry),
    invoicesOfCustomer: childConnectionLoader<InvoiceDoc>(models.Invoice, 'customerId'),
    /** The invoice drafted from each deal (one query per batch). */
    invoiceOfDeal: new DataLoader<string, InvoiceDoc | null>(async (dealIds) => {
      const docs = await models.Invoice.find({ dealId: mongoose.trusted({ $in: [...dealIds] }) }).lean<InvoiceDoc[]>();
      const byDeal = new Map(docs.map((d) => [d.dealId!, d]));
      return dealIds.map((id) => byDeal.get(id) ?? null);
    }),
    /** The invoice of each order's sale (one query per batch). */
    invoiceOfOrder: new DataLoader<string, InvoiceDoc | null>(async (orderIds) => {
      const docs = await models.Invoice.find({ orderId: mongoose.trusted({ $in: [...orderIds] }) }).lean<InvoiceDoc[]>();
      // The sale's invoice: the one not made for a later part (the first part's, or the whole order's).
      const byOrder = new Map<string, InvoiceDoc>();
      for (const d of docs) if (!d.sourceKey.includes(':part:') || !byOrder.has(d.orderId!)) byOrder.set(d.orderId!, d);
      return orderIds.map((id) => byOrder.get(id) ?? null);
    }),
    /** Every invoice of an order, oldest first (one per part when it shipped in parts). */
    invoicesOfOrder: new DataLoader<string, InvoiceDoc[]>(async (orderIds) => {
      const docs = await models.Invoice.find({ orderId: mongoose.trusted({ $in: [...orderIds] }) }).lean<InvoiceDoc[]>();
      docs.sort((a, b) => (a._id.toString() < b._id.toString() ? -1 : 1));
      return orderIds.map((id) => docs.filter((d) => d.orderId === id));
    }),
    /** Order margins: invoices and COGS entries of the batch, two reads. */
    orderMargin: new DataLoader((ids: readonly string[]) => orderMargins(models, ids)),
    /** Customer margins per currency: invoices and COGS lines of the batch, two reads. */
    customerMargin: new DataLoader((ids: readonly string[]) => customerMargins(models, ids)),
    /** Customer balances from the ledger: one aggregation per batch of customers. */
    customerBalance: new DataLoader((ids: readonly string[]) => customerBalances(models, ids)),
  };
}
export type FinanceLoaders = ReturnType<typeof financeLoaders>;
