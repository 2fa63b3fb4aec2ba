/**
 * Every write of an invoice: creating it (by hand, or once per won deal or fulfilled order),
 * issuing, voiding and crediting it, and its postings. Payments are applied in payments.ts.
 */
import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { isEvent, type EventEnvelope, type EventPayload } from '../../../lib/events';
import { isCurrency, parseAmount } from '../../../lib/money';
import { assertNoUserErrors } from '../../../lib/mutation';
import { nextNumber } from '../../../lib/sequence';
import type { Actor } from '../../../lib/signed-context';
import { requireText } from '../../../lib/validation';
import { changedFields, findOrCreate, insert, transition, update, updateWhere } from '../../../lib/write';
import {
  creditNoteSplit,
  creditRefusal,
  issueLines,
  priceBpsLines,
  pricePartLines,
  priceInvoiceLines,
  voidRefusal,
  type InvoiceLineInput,
  type InvoiceStatus,
  type PricedDocument,
} from '../domain/invoice';
import { decideInvoicing, dealSaleKey, DEFAULT_INVOICING_POLICY, orderSaleKey, type InvoicingPolicy } from '../domain/invoicing';
import { ACCOUNTS, compact, line, reversalLines } from '../domain/ledger';
import { dueIn, PAYMENT_TERMS_DAYS } from '../domain/terms';
import { creditNoteIssued, invoiceStatusChanged } from '../events/publish';
import type { FinanceModels, InvoiceDoc } from '../models';
import { flushPending, postEntry, type Posting } from './ledger';
import { PAYMENT_MARKER, recordAppliedPayment, settlementChange } from './payments';
import { getFinanceSettings } from './settings';
import { resolveTaxRates } from './tax-rates';
import { newNodeId } from '../../../lib/node-id';

interface NewInvoice extends PricedDocument {
  customerId: string;
  currency: string;
  dueDate: string;
  pricesIncludeTax: boolean;
  dealId?: string | null;
  orderId?: string | null;
  shipmentId?: string | null;
  /** Create it issued (OPEN, its posting pending) right away. */
  issue?: boolean;
}

/** A new invoice's fields: numbered, DRAFT (or OPEN and to be posted), nothing paid or credited. */
async function invoiceFields(models: FinanceModels, input: NewInvoice, sourceKey?: string) {
  const _id = newNodeId('Invoice');
  return {
    _id,
    number: await nextNumber(models.connection, 'invoice', 'INV'),
    customerId: input.customerId,
    status: (input.issue ? 'OPEN' : 'DRAFT') as InvoiceStatus,
    currency: input.currency,
    pricesIncludeTax: input.pricesIncludeTax,
    lines: input.lines,
    subtotalMinor: input.subtotalMinor,
    discountMinor: input.discountMinor,
    taxMinor: input.taxMinor,
    totalMinor: input.totalMinor,
    paidMinor: 0,
    creditedMinor: 0,
    sourceKey: sourceKey ?? `manual:${_id.toString()}`,
    dealId: input.dealId ?? null,
    orderId: input.orderId ?? null,
    shipmentId: input.shipmentId ?? null,
    dueDate: input.dueDate,
    ...(input.issue && { issuedAt: new Date(), ledgerPending: ['issue'] }),
  };
}

export interface CreateInvoiceInput {
  customerId: string;
  currency: string;
  dueDate: string;
  pricesIncludeTax?: boolean | null;
  lines: Array<InvoiceLineInput & { taxRateId?: string | null }>;
}

/** A DRAFT invoice from the API's lines (tax rates given by percent or by one of the tenant's rates). */
export async function createInvoice(models: FinanceModels, input: CreateInvoiceInput): Promise<InvoiceDoc> {
  const rates = await resolveTaxRates(models, input.lines);
  assertNoUserErrors(rates.errors);
  const pricesIncludeTax = Boolean(input.pricesIncludeTax);
  const priced = priceInvoiceLines(input.currency, rates.lines, pricesIncludeTax);
  assertNoUserErrors(priced.errors);
  const { errors: _none, ...document } = priced;
  return insert<InvoiceDoc>(
    models.Invoice,
    await invoiceFields(models, {
      ...document,
      customerId: input.customerId,
      currency: input.currency,
      dueDate: input.dueDate,
      pricesIncludeTax,
    }),
  );
}

export interface InvoiceEdit {
  id: string;
  expectedVersion?: number | null;
  dueDate?: string | null;
  pricesIncludeTax?: boolean | null;
  lines?: CreateInvoiceInput['lines'] | null;
}

/**
 * Corrects a DRAFT invoice: due date, prices-include-tax, lines (replaced as a whole). The lines
 * given, or those kept, are priced as createInvoice prices them. Customer and currency stay. No
 * event: a draft has told no consumer anything yet (its issue does). Nothing changed, nothing written.
 */
export async function updateInvoice(models: FinanceModels, input: InvoiceEdit): Promise<InvoiceDoc> {
  const rates = input.lines ? await resolveTaxRates(models, input.lines) : null;
  assertNoUserErrors(rates?.errors ?? []);
  return update<InvoiceDoc>(
    models.Invoice,
    input.id,
    (invoice) => {
      if (invoice.status !== 'DRAFT')
        throw new UserErrors([
          userError(['input', 'id'], `Invoice is ${invoice.status}; only a DRAFT invoice is corrected.`, 'ILLEGAL_TRANSITION'),
        ]);
      const pricesIncludeTax = input.pricesIncludeTax ?? invoice.pricesIncludeTax;
      let priced: PricedDocument | null = null;
      if (rates) {
        const result = priceInvoiceLines(invoice.currency, rates.lines, pricesIncludeTax);
        assertNoUserErrors(result.errors);
        const { errors: _none, ...document } = result;
        priced = document;
      } else if (pricesIncludeTax !== invoice.pricesIncludeTax) {
        priced = priceBpsLines(invoice.lines, pricesIncludeTax);
      }
      const next: Partial<InvoiceDoc> = {
        ...(input.dueDate != null && { dueDate: input.dueDate }),
        pricesIncludeTax,
        ...priced,
      };
      return changedFields(invoice, next).length ? { $set: next } : null;
    },
    { expectedVersion: input.expectedVersion },
  );
}

/**
 * The invoice of another domain's document (a won deal, a fulfilled order), created once however
 * often its event is delivered: `sourceKey` is unique per tenant. Its pending postings are
 * finished either way, since a crash may have left them.
 */
async function invoiceOfSource(models: FinanceModels, sourceKey: string, input: NewInvoice): Promise<InvoiceDoc> {
  const { doc } = await findOrCreate<InvoiceDoc>(models.Invoice, { sourceKey }, () => invoiceFields(models, input, sourceKey), {
    events: (created) => [input.issue && invoiceStatusChanged(created as unknown as InvoiceDoc, 'DRAFT', 'OPEN')],
  });
  return flushInvoice(models, doc);
}

/** The tenant's invoicing policy (domain/invoicing.ts). */
async function invoicingPolicy(models: FinanceModels): Promise<InvoicingPolicy> {
  return (await getFinanceSettings(models)).invoicingPolicy ?? DEFAULT_INVOICING_POLICY;
}

/**
 * A won deal (consumer of `sales.deal.won`): the sale's invoice, from the deal's lines (or one line
 * for its amount), DRAFT, or issued at once under ON_DEAL_WON. An order of the deal that got there
 * first already holds the sale's invoice: nothing more.
 */
export async function invoiceWonDeal(models: FinanceModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'sales.deal.won')) return;
  const p = event.payload;
  const sourceKey = dealSaleKey(p.dealId);
  const existing = await models.Invoice.findOne({ sourceKey }).select({ outbox: 0 }).lean<InvoiceDoc>();
  const decision = decideInvoicing(await invoicingPolicy(models), 'DEAL_WON', existing);
  if (decision.action !== 'CREATE') {
    if (existing) await flushInvoice(models, existing);
    return;
  }
  const lines = p.lines.length ? p.lines : [{ description: `Deal ${p.dealId}`, quantity: 1, unitPriceMinor: p.amount.minor }];
  await invoiceOfSource(models, sourceKey, {
    ...priceBpsLines(lines, false),
    customerId: p.customerId,
    currency: p.amount.currency,
    dueDate: dueIn(PAYMENT_TERMS_DAYS),
    pricesIncludeTax: false,
    dealId: p.dealId,
    issue: decision.issue,
  });
}

/**
 * Drafts the invoice of work operations billed (consumer of `operations.billing.ready`: an
 * approved timesheet's billable time or a completed milestone), once per source.
 */
export async function invoiceProjectBilling(models: FinanceModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'operations.billing.ready')) return;
  const p = event.payload;
  if (!p.lines.length) return;
  await invoiceOfSource(models, `operations:${p.source}`, {
    ...priceBpsLines(p.lines, false),
    customerId: p.customerId,
    currency: p.currency,
    dueDate: dueIn(PAYMENT_TERMS_DAYS),
    pricesIncludeTax: false,
  });
}

/**
 * The invoice a sale's order is billed on: the deal's (claimed for this order by one conditional
 * write, so two orders of one deal never share it), or the order's own.
 */
async function saleInvoiceOfOrder(
  models: FinanceModels,
  orderId: string,
  dealId: string | null | undefined,
): Promise<{ sourceKey: string; invoice: InvoiceDoc | null }> {
  if (dealId) {
    const sourceKey = dealSaleKey(dealId);
    const claimed = await updateWhere<InvoiceDoc>(
      models.Invoice,
      { sourceKey, $or: [{ orderId: null }, { orderId }] },
      { $set: { orderId }, $inc: { version: 1 } },
    );
    if (claimed) return { sourceKey, invoice: claimed };
    if (!(await models.Invoice.exists({ sourceKey }))) return { sourceKey, invoice: null };
  }
  const sourceKey = orderSaleKey(orderId);
  return { sourceKey, invoice: await models.Invoice.findOne({ sourceKey }).select({ outbox: 0 }).lean<InvoiceDoc>() };
}

/**
 * A confirmed or fulfilled order (consumers of `sales.order.confirmed` / `sales.order.fulfilled`):
 * by the policy, the sale's invoice is created issued, or its draft (the won deal's) takes the
 * order's lines and is issued, or the order is only linked to it. One invoice per sale: a
 * redelivered, late or reordered event finds the invoice and changes nothing more.
 */
export async function invoiceOrder(models: FinanceModels, event: EventEnvelope): Promise<void> {
  const moment = isEvent(event, 'sales.order.confirmed')
    ? 'ORDER_CONFIRMED'
    : isEvent(event, 'sales.order.fulfilled')
      ? 'ORDER_FULFILLED'
      : null;
  if (!moment) return;
  const p = (event as EventEnvelope<EventPayload<'sales.order.fulfilled'>>).payload;
  const { sourceKey, invoice } = await saleInvoiceOfOrder(models, p.orderId, p.dealId);
  const decision = decideInvoicing(await invoicingPolicy(models), moment, invoice);
  const priced = priceBpsLines(p.lines, false);
  if (decision.action === 'CREATE') {
    const created = await invoiceOfSource(models, sourceKey, {
      ...priced,
      customerId: p.customerId,
      currency: p.currency,
      dueDate: dueIn(PAYMENT_TERMS_DAYS),
      pricesIncludeTax: false,
      orderId: p.orderId,
      dealId: p.dealId ?? null,
      issue: true,
    });
    // Someone else created the sale's invoice meanwhile (another process): decide again on it. The
    // won deal's draft is claimed by this order then; another order's invoice makes this a sale of its own.
    if (created.orderId !== p.orderId)
      await invoiceOrder(models, created.orderId ? { ...event, payload: { ...p, dealId: null } } : event);
    return;
  }
  if (decision.action === 'ISSUE') {
    const issued = await update<InvoiceDoc>(models.Invoice, invoice!._id, (current) => {
      if (current.status !== 'DRAFT') return null; // issued meanwhile (by a user or a twin event)
      return {
        $set: {
          ...priced,
          currency: p.currency,
          pricesIncludeTax: false,
          orderId: p.orderId,
          status: 'OPEN',
          issuedAt: new Date(),
          dueDate: dueIn(PAYMENT_TERMS_DAYS),
        },
        $push: { ledgerPending: 'issue' },
        events: [invoiceStatusChanged({ ...current, ...priced, orderId: p.orderId }, 'DRAFT', 'OPEN')],
      };
    });
    await flushInvoice(models, issued);
    return;
  }
  if (invoice) await flushInvoice(models, invoice);
}

/**
 * One shipped part of an order (consumer of `sales.order.shipped`): the part is invoiced once,
 * its amounts the order lines' shares rounded by line (domain/invoice.ts `pricePartLines`, so the
 * parts add up to the order). The first part to arrive is billed on the sale's invoice (the won
 * deal's draft, filled and issued, or the order's, created under the sale's key); every other part
 * on an invoice of its own (`order:<orderId>:part:<shipmentId>`). A sale already invoiced whole
 * (ON_DEAL_WON, ON_ORDER_CONFIRMED) bills no part again. A redelivered part finds its invoice.
 */
export async function invoiceOrderPart(models: FinanceModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'sales.order.shipped')) return;
  const p = event.payload;
  const partKey = `${orderSaleKey(p.orderId)}:part:${p.shipmentId}`;
  const own = await models.Invoice.findOne({ sourceKey: partKey }).select({ outbox: 0 }).lean<InvoiceDoc>();
  if (own) return void (await flushInvoice(models, own));
  const { sourceKey, invoice } = await saleInvoiceOfOrder(models, p.orderId, p.dealId);
  const priced = pricePartLines(p.lines);
  const fields = {
    ...priced,
    customerId: p.customerId,
    currency: p.currency,
    dueDate: dueIn(PAYMENT_TERMS_DAYS),
    pricesIncludeTax: false,
    orderId: p.orderId,
    dealId: p.dealId ?? null,
    shipmentId: p.shipmentId,
    issue: true,
  };
  if (!invoice) {
    const created = await invoiceOfSource(models, sourceKey, fields);
    if (created.shipmentId !== p.shipmentId) await invoiceOrderPart(models, event); // another made the sale's invoice first
    return;
  }
  if (invoice.status === 'DRAFT') {
    const issued = await update<InvoiceDoc>(models.Invoice, invoice._id, (current) => {
      if (current.status !== 'DRAFT') return null; // issued meanwhile
      const { issue: _, ...set } = fields;
      return {
        $set: { ...set, status: 'OPEN', issuedAt: new Date() },
        $push: { ledgerPending: 'issue' },
        events: [invoiceStatusChanged({ ...current, ...set }, 'DRAFT', 'OPEN')],
      };
    });
    if (issued.shipmentId !== p.shipmentId) return invoiceOrderPart(models, event);
    await flushInvoice(models, issued);
    return;
  }
  // Issued: for this part (a redelivery), for the whole sale (nothing more to bill), or for another part.
  if (invoice.shipmentId === p.shipmentId || !invoice.shipmentId || invoice.orderId !== p.orderId) {
    await flushInvoice(models, invoice);
    return;
  }
  await invoiceOfSource(models, partKey, fields);
}

/**
 * Moves an invoice to `to`: the legal-transition check, the status write, its statusChanged event
 * and its pending posting marker all in ONE versioned single-document write; then the posting.
 */
async function transitionInvoice(
  models: FinanceModels,
  id: string,
  to: InvoiceStatus,
  options: { set: Record<string, unknown>; posting: string; refuse?: typeof voidRefusal },
  actor?: Actor,
): Promise<InvoiceDoc> {
  const invoice = await transition<InvoiceStatus, InvoiceDoc>(models.Invoice, id, to, {
    set: options.set,
    refuse: options.refuse,
    // A DRAFT has posted nothing, so voiding it posts nothing either.
    also: (current) => (to === 'VOID' && current.status === 'DRAFT' ? {} : { $push: { ledgerPending: options.posting } }),
    events: (current) => [invoiceStatusChanged(current, current.status, to, actor?.requestId)],
  });
  return flushInvoice(models, invoice);
}

export const issueInvoice = (models: FinanceModels, id: string, actor?: Actor) =>
  transitionInvoice(models, id, 'OPEN', { set: { issuedAt: new Date() }, posting: 'issue' }, actor);

export const voidInvoice = (models: FinanceModels, id: string, actor?: Actor) =>
  transitionInvoice(models, id, 'VOID', { set: { voidedAt: new Date() }, posting: 'void', refuse: voidRefusal }, actor);

export interface CreditNoteInput {
  invoiceId: string;
  amount: { amount: string; currency: string };
  reason: string;
}

/**
 * A credit note against an issued invoice: reduces what is due (never below zero) and posts the
 * reversal of its income and tax share. Settling the invoice fully by credit makes it PAID.
 */
export async function addCreditNote(models: FinanceModels, input: CreditNoteInput, actor?: Actor): Promise<InvoiceDoc> {
  assertNoUserErrors(requireText(input.reason, ['input', 'reason'], 500));
  const { currency } = input.amount;
  if (!isCurrency(currency)) throw new UserErrors([userError(['input', 'amount', 'currency'], 'Unknown currency.', 'INVALID')]);
  let amountMinor: number;
  try {
    amountMinor = parseAmount(input.amount.amount, currency);
  } catch (err) {
    throw new UserErrors([userError(['input', 'amount', 'amount'], (err as Error).message, 'INVALID')]);
  }
  const number = await nextNumber(models.connection, 'credit-note', 'CN');
  const field = ['input', 'invoiceId'];
  const updated = await update<InvoiceDoc>(
    models.Invoice,
    input.invoiceId,
    (inv) => {
      const refusal = creditRefusal(inv, amountMinor, currency);
      if (refusal) throw new UserErrors([refusal]);
      const creditId = new mongoose.Types.ObjectId();
      const split = creditNoteSplit(inv, amountMinor);
      const credit = { _id: creditId, number, amountMinor, ...split, reason: input.reason.trim(), createdAt: new Date() };
      const change = settlementChange(
        inv,
        { creditedMinor: (inv.creditedMinor ?? 0) + amountMinor },
        { credits: credit, ledgerPending: `credit:${creditId.toString()}` },
        actor?.requestId,
      );
      return { ...change, events: [...(change.events ?? []), creditNoteIssued(inv, credit, actor?.requestId)] };
    },
    { field },
  );
  return flushInvoice(models, updated);
}

/** The journal entry an invoice's posting marker stands for. */
function invoicePosting(inv: InvoiceDoc, marker: string): Posting {
  const id = inv._id.toString();
  const base = { currency: inv.currency, source: `invoice:${id}:${marker}` };
  if (marker === 'issue') {
    return { ...base, date: inv.issuedAt ?? new Date(), memo: `Invoice ${inv.number} issued`, lines: issueLines(inv) };
  }
  if (marker === 'void') {
    return {
      ...base,
      date: inv.voidedAt ?? new Date(),
      memo: `Invoice ${inv.number} voided`,
      lines: reversalLines(issueLines(inv)),
    };
  }
  if (marker.startsWith('credit:')) {
    const credit = inv.credits.find((c) => c._id.toString() === marker.slice('credit:'.length));
    if (!credit) throw new Error(`Credit note ${marker} not on invoice ${id}.`);
    return {
      ...base,
      date: credit.createdAt,
      memo: `Credit note ${credit.number} on ${inv.number}`,
      lines: compact([
        line(ACCOUNTS.SALES, 'DEBIT', credit.netMinor, { memo: credit.number }),
        line(ACCOUNTS.TAX, 'DEBIT', credit.taxMinor, { taxKind: 'OUTPUT', memo: credit.number }),
        line(ACCOUNTS.AR, 'CREDIT', credit.amountMinor, { partyId: inv.customerId, memo: credit.number }),
      ]),
    };
  }
  throw new Error(`Unknown invoice posting ${marker}.`);
}

/**
 * Finishes an invoice's pending markers (models/ledger-pending.ts): its postings, and the payment
 * document of a payment recorded on it (payments.ts); the sweeper runs it for what a crash left.
 */
export function flushInvoice(models: FinanceModels, invoice: InvoiceDoc): Promise<InvoiceDoc> {
  return flushPending(models.Invoice, invoice, (inv, marker) =>
    marker.startsWith(PAYMENT_MARKER)
      ? recordAppliedPayment(models, inv, marker.slice(PAYMENT_MARKER.length))
      : postEntry(models, { ...invoicePosting(inv, marker), whenClosed: 'NEXT_OPEN_DAY' }),
  );
}
