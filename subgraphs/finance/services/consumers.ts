/**
 * Finance's side of the event flows. Each effect happens once however often an event is
 * delivered: the effect's document carries a key derived from the SOURCE id (not the event id)
 * under a unique index, so a redelivery, or even a second event about the same deal, order,
 * receipt or payroll run, cannot create a second invoice, bill or journal entry.
 */
import type { ConsumerDefinition } from '../../../lib/subgraph';
import { isEvent, type EventEnvelope } from '../../../lib/events';
import { isDuplicateKeyError } from '../../../lib/mutation';
import { payrollLines } from '../domain/documents';
import { priceBpsLines } from '../domain/invoice';
import type { FinanceModels, BillDoc, InvoiceDoc } from '../models';
import { flushBill, flushInvoice, postEntry } from './ledger';
import { insertBill } from './documents';
import { insertInvoice } from './invoices';

const PAYMENT_TERMS_DAYS = 30;
const dueIn = (days: number, from = new Date()) => new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** Inserts once; when the unique source key already exists, finishes that document's pending postings instead. */
async function once(insert: () => Promise<unknown>, resume: () => Promise<void>): Promise<void> {
  try {
    await insert();
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    await resume();
  }
}

export async function handleFinanceEvent(models: FinanceModels, event: EventEnvelope): Promise<void> {
  if (isEvent(event, 'sales.deal.won')) {
    const p = event.payload;
    const sourceKey = `deal:${p.dealId}`;
    const lines = p.lines.length
      ? p.lines
      : [{ description: `Deal ${p.dealId}`, quantity: 1, unitPriceMinor: p.amount.minor }];
    await once(
      () => insertInvoice(models, { ...priceBpsLines(lines, false), customerId: p.customerId, currency: p.amount.currency, dueDate: dueIn(PAYMENT_TERMS_DAYS), pricesIncludeTax: false, dealId: p.dealId, sourceKey }),
      async () => undefined,
    );
    return;
  }
  if (isEvent(event, 'sales.order.fulfilled')) {
    const p = event.payload;
    const sourceKey = `order:${p.orderId}`;
    await once(
      () => insertInvoice(models, { ...priceBpsLines(p.lines, false), customerId: p.customerId, currency: p.currency, dueDate: dueIn(PAYMENT_TERMS_DAYS), pricesIncludeTax: false, orderId: p.orderId, sourceKey, issue: true }),
      async () => {
        const existing = await models.Invoice.findOne({ sourceKey }).lean<InvoiceDoc>();
        if (existing?.ledgerPending?.length) await flushInvoice(models, existing);
      },
    );
    return;
  }
  if (isEvent(event, 'inventory.purchaseOrder.received')) {
    const p = event.payload;
    const sourceKey = `receipt:${p.receiptId}`;
    await once(
      () =>
        insertBill(models, {
          supplierId: p.supplierId,
          supplierName: p.supplierName,
          currency: p.currency,
          dueDate: dueIn(PAYMENT_TERMS_DAYS),
          lines: p.lines.map((l) => ({ description: l.description, productId: l.productId, quantity: l.quantity, unitCostMinor: l.unitCostMinor, taxRateBps: 0 })),
          sourceKey,
          purchaseOrderId: p.purchaseOrderId,
          receiptId: p.receiptId,
          approve: true,
        }),
      async () => {
        const existing = await models.Bill.findOne({ sourceKey }).lean<BillDoc>();
        if (existing?.ledgerPending?.length) await flushBill(models, existing);
      },
    );
    return;
  }
  if (isEvent(event, 'hr.payroll.posted')) {
    const p = event.payload;
    // The journal entry's unique source is the arbiter: one entry per payroll run.
    await postEntry(models, { source: `payroll:${p.payrollRunId}:post`, date: new Date(event.occurredAt), currency: p.currency, memo: `Payroll ${p.period}`, lines: payrollLines(p) });
  }
}

export const FINANCE_EVENT_TYPES = ['sales.deal.won', 'sales.order.fulfilled', 'inventory.purchaseOrder.received', 'hr.payroll.posted'];

export function financeConsumers(models: FinanceModels): ConsumerDefinition[] {
  return [{ group: 'finance.ledger', types: FINANCE_EVENT_TYPES, handle: (event) => handleFinanceEvent(models, event) }];
}
