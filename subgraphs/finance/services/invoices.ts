import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { domainEvent, withEvents, withNewEvents } from '../../../lib/events';
import { nextNumber } from '../../../lib/sequence';
import { canTransition } from '../../../lib/state-machine';
import { currentTenantId } from '../../../lib/tenancy';
import { updateVersioned } from '../../../lib/versioned-update';
import { amountDue, creditNoteSplit, INVOICE_TRANSITIONS, PAYABLE, settledStatus, voidRefusal, type InvoiceStatus, type PricedDocument } from '../domain/invoice';
import type { FinanceModels, InvoiceDoc } from '../models';
import { flushed, flushInvoice } from './ledger';

/** `finance.invoice.statusChanged` for a change of `invoice` (as it is after the change). */
export function statusChanged(invoice: Pick<InvoiceDoc, '_id' | 'number' | 'customerId' | 'currency' | 'totalMinor' | 'paidMinor' | 'creditedMinor' | 'dealId' | 'orderId'>, from: string, to: InvoiceStatus) {
  const id = invoice._id.toString();
  return domainEvent('finance.invoice.statusChanged', {
    tenantId: currentTenantId(),
    aggregateId: id,
    payload: {
      invoiceId: id,
      number: invoice.number,
      customerId: invoice.customerId,
      fromStatus: from,
      toStatus: to,
      total: { minor: invoice.totalMinor, currency: invoice.currency },
      amountDue: { minor: to === 'VOID' ? 0 : amountDue(invoice), currency: invoice.currency },
      dealId: invoice.dealId ?? null,
      orderId: invoice.orderId ?? null,
    },
  });
}

export interface NewInvoice extends PricedDocument {
  customerId: string;
  currency: string;
  dueDate: string;
  pricesIncludeTax: boolean;
  dealId?: string | null;
  orderId?: string | null;
  sourceKey?: string;
  /** Create it issued (OPEN, posted) right away. */
  issue?: boolean;
}

/** Creates an invoice; a second create with the same sourceKey is refused by the unique index (duplicate key). */
export async function insertInvoice(models: FinanceModels, input: NewInvoice): Promise<InvoiceDoc> {
  const _id = new mongoose.Types.ObjectId();
  const now = new Date();
  const doc: Record<string, unknown> = {
    _id,
    number: await nextNumber(models.connection, 'invoice', 'INV'),
    customerId: input.customerId,
    status: input.issue ? 'OPEN' : 'DRAFT',
    currency: input.currency,
    pricesIncludeTax: input.pricesIncludeTax,
    lines: input.lines,
    subtotalMinor: input.subtotalMinor,
    discountMinor: input.discountMinor,
    taxMinor: input.taxMinor,
    totalMinor: input.totalMinor,
    sourceKey: input.sourceKey ?? `manual:${_id.toString()}`,
    dealId: input.dealId ?? null,
    orderId: input.orderId ?? null,
    dueDate: input.dueDate,
    ...(input.issue && { issuedAt: now, ledgerPending: ['issue'] }),
  };
  const created = await models.Invoice.create(
    input.issue ? withNewEvents(doc, statusChanged({ ...(doc as unknown as InvoiceDoc), _id, paidMinor: 0, creditedMinor: 0 }, 'DRAFT', 'OPEN')) : doc,
  );
  const invoice = created.toObject() as InvoiceDoc;
  return flushed(models.Invoice, invoice, (d) => flushInvoice(models, d));
}

/**
 * Moves an invoice to `to`: legal-transition check, the status write, its statusChanged event and
 * its pending posting marker all in ONE versioned single-document write; then the posting.
 */
export async function transitionInvoice(
  models: FinanceModels,
  id: string,
  to: InvoiceStatus,
  options: { set?: Record<string, unknown>; posting?: string; refuse?: (current: InvoiceDoc) => ReturnType<typeof voidRefusal> } = {},
): Promise<InvoiceDoc> {
  const updated = await updateVersioned<InvoiceDoc>(models.Invoice, 'Invoice', id, ['input', 'id'], (current) => {
    if (!canTransition(INVOICE_TRANSITIONS, current.status, to)) {
      throw new UserErrors([userError(['input', 'id'], `Invoice is ${current.status} and cannot become ${to}.`, 'ILLEGAL_TRANSITION')]);
    }
    const refusal = options.refuse?.(current);
    if (refusal) throw new UserErrors([refusal]);
    // A DRAFT has posted nothing, so voiding it posts nothing either.
    const posting = to === 'VOID' && current.status === 'DRAFT' ? undefined : options.posting;
    return withEvents(
      { $set: { ...options.set, status: to }, ...(posting && { $push: { ledgerPending: posting } }) },
      statusChanged(current, current.status, to),
    );
  });
  return flushed(models.Invoice, updated, (d) => flushInvoice(models, d));
}

export const issueInvoice = (models: FinanceModels, id: string) =>
  transitionInvoice(models, id, 'OPEN', { set: { issuedAt: new Date() }, posting: 'issue' });

export const voidInvoice = (models: FinanceModels, id: string) =>
  transitionInvoice(models, id, 'VOID', { set: { voidedAt: new Date() }, posting: 'void', refuse: voidRefusal });

/**
 * A credit note against an issued invoice: reduces what is due (never below zero) and posts the
 * reversal of its income and tax share. Settling the invoice fully by credit makes it PAID.
 */
export async function addCreditNote(models: FinanceModels, invoiceId: string, amountMinor: number, currency: string, reason: string): Promise<InvoiceDoc> {
  const number = await nextNumber(models.connection, 'credit-note', 'CN');
  const updated = await updateVersioned<InvoiceDoc>(models.Invoice, 'Invoice', invoiceId, ['input', 'invoiceId'], (inv) => {
    if (!PAYABLE.includes(inv.status)) {
      throw new UserErrors([userError(['input', 'invoiceId'], `Invoice is ${inv.status}; credit notes apply to OPEN or PARTIALLY_PAID invoices.`, 'ILLEGAL_TRANSITION')]);
    }
    if (currency !== inv.currency) throw new UserErrors([userError(['input', 'amount'], `Credit is in ${currency}, the invoice in ${inv.currency}.`, 'CURRENCY_MISMATCH')]);
    if (amountMinor <= 0) throw new UserErrors([userError(['input', 'amount'], 'Credit amount must be positive.', 'INVALID')]);
    if (amountMinor > amountDue(inv)) throw new UserErrors([userError(['input', 'amount'], 'Credit exceeds the amount due.', 'OVERPAYMENT')]);
    const creditId = new mongoose.Types.ObjectId();
    const split = creditNoteSplit(inv, amountMinor);
    const after = { ...inv, creditedMinor: (inv.creditedMinor ?? 0) + amountMinor };
    const status = settledStatus(after);
    const update = {
      $push: {
        credits: { _id: creditId, number, amountMinor, netMinor: split.netMinor, taxMinor: split.taxMinor, reason, createdAt: new Date() },
        ledgerPending: `credit:${creditId.toString()}`,
      },
      $set: { creditedMinor: after.creditedMinor, status, ...(status === 'PAID' && { paidAt: new Date() }) },
    };
    return status === inv.status ? update : withEvents(update, statusChanged(after, inv.status, status));
  });
  return flushed(models.Invoice, updated, (d) => flushInvoice(models, d));
}
