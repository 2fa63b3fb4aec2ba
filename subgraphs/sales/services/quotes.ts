/** Every write of a quote: create, its lifecycle, and its conversion into one sales order. */
import mongoose from 'mongoose';
import { userError, UserErrors, type UserError } from '../../../lib/errors';
import { assertNoUserErrors } from '../../../lib/mutation';
import { nextNumber } from '../../../lib/sequence';
import { changedFields, findOrCreate, transition, insert, update, updateWhere } from '../../../lib/write';
import { priceQuoteLines, type KnownProduct, type QuoteLineInput, type QuoteStatus } from '../domain/quote';
import type { DealDoc, OrderDoc, ProductRefDoc, QuoteDoc, SalesModels } from '../models';

export interface NewQuote {
  customerId: string;
  dealId?: string | null;
  currency: string;
  lines: QuoteLineInput[];
  validUntil?: string | null;
}

/** The products sales knows (their list prices as inventory last published them), for pricing lines. */
async function knownProducts(models: SalesModels, lines: readonly QuoteLineInput[]): Promise<Map<string, KnownProduct>> {
  const refs = await models.ProductRef.find({
    productId: mongoose.trusted({ $in: [...new Set(lines.map((l) => l.productId))] }),
  }).lean<ProductRefDoc[]>();
  return new Map<string, KnownProduct>(refs.map((r) => [r.productId, r]));
}

export async function createQuote(models: SalesModels, input: NewQuote): Promise<QuoteDoc> {
  const errors: UserError[] = [];
  if (!input.customerId.trim()) errors.push(userError(['input', 'customerId'], 'customerId is required.', 'REQUIRED'));
  if (input.dealId) {
    const deal = mongoose.isObjectIdOrHexString(input.dealId) ? await models.Deal.findById(input.dealId).lean<DealDoc>() : null;
    if (!deal) errors.push(userError(['input', 'dealId'], `Deal ${input.dealId} not found.`, 'NOT_FOUND'));
    else if (deal.customerId !== input.customerId)
      errors.push(userError(['input', 'dealId'], 'The deal belongs to another customer.', 'INVALID'));
  }
  const priced = priceQuoteLines(input.currency, input.lines, await knownProducts(models, input.lines));
  errors.push(...priced.errors);
  assertNoUserErrors(errors);
  return insert<QuoteDoc>(models.Quote, {
    number: await nextNumber(models.connection, 'quote', 'QT'),
    customerId: input.customerId,
    dealId: input.dealId ?? null,
    currency: input.currency,
    status: 'DRAFT',
    lines: priced.lines,
    ...priced.totals,
    validUntil: input.validUntil ?? null,
  });
}

export interface QuoteEdit {
  id: string;
  expectedVersion?: number | null;
  currency?: string | null;
  lines?: QuoteLineInput[] | null;
  validUntil?: string | null;
}

/**
 * Corrects a DRAFT quote: new lines replace the old ones and are priced exactly as `createQuote`
 * prices them; the customer (and deal) stay. A correction that changes nothing writes nothing.
 */
export async function updateQuote(models: SalesModels, input: QuoteEdit): Promise<QuoteDoc> {
  const products = input.lines ? await knownProducts(models, input.lines) : null;
  return update<QuoteDoc>(
    models.Quote,
    input.id,
    (quote) => {
      if (quote.status !== 'DRAFT')
        throw new UserErrors([
          userError(['input', 'id'], `Quote is ${quote.status}; only a DRAFT quote can be corrected.`, 'ILLEGAL_TRANSITION'),
        ]);
      const currency = input.currency ?? quote.currency;
      if (currency !== quote.currency && !input.lines)
        throw new UserErrors([userError(['input', 'lines'], 'A new currency needs the lines priced in it.', 'INVALID')]);
      const priced = input.lines ? priceQuoteLines(currency, input.lines, products!) : null;
      if (priced) assertNoUserErrors(priced.errors);
      const next: Partial<QuoteDoc> = {
        ...(currency !== quote.currency && { currency }),
        ...(priced && { lines: priced.lines, ...priced.totals }),
        ...(input.validUntil !== undefined && { validUntil: input.validUntil }),
      };
      if (!changedFields(quote, next).length) return null;
      return { $set: next };
    },
    { expectedVersion: input.expectedVersion },
  );
}

const STAMPS: Partial<Record<QuoteStatus, 'sentAt' | 'decidedAt'>> = {
  SENT: 'sentAt',
  ACCEPTED: 'decidedAt',
  REJECTED: 'decidedAt',
  EXPIRED: 'decidedAt',
};

export const moveQuote = (models: SalesModels, id: string, to: QuoteStatus) =>
  transition<QuoteStatus, QuoteDoc>(models.Quote, id, to, { set: { [STAMPS[to]!]: new Date() } });

/**
 * The order of an ACCEPTED quote, created once. The order's `_id` IS the quote's, so the unique
 * `_id` arbitrates between concurrent conversions, in one process or several: every caller gets
 * the one order. The order number is taken only by the caller whose insert it is.
 */
export async function convertQuoteToOrder(models: SalesModels, id: string): Promise<OrderDoc> {
  const quote = mongoose.isObjectIdOrHexString(id) ? await models.Quote.findById(id).lean<QuoteDoc>() : null;
  if (!quote) throw new UserErrors([userError(['input', 'id'], `Quote ${id} not found.`, 'NOT_FOUND')]);
  const existing = await models.Order.findById(id).select({ outbox: 0 }).lean<OrderDoc>();
  if (existing) return existing;
  if (quote.status !== 'ACCEPTED') {
    throw new UserErrors([
      userError(['input', 'id'], `Quote is ${quote.status}; only an ACCEPTED quote becomes an order.`, 'ILLEGAL_TRANSITION'),
    ]);
  }
  const { doc: order } = await findOrCreate<OrderDoc>(models.Order, { _id: quote._id }, async () => ({
    quoteId: id,
    dealId: quote.dealId ?? null,
    number: await nextNumber(models.connection, 'order', 'SO'),
    customerId: quote.customerId,
    status: 'DRAFT',
    currency: quote.currency,
    lines: quote.lines.map((l) => ({
      productId: l.productId,
      description: l.description,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      discountBps: l.discountBps,
      taxRateBps: l.taxRateBps,
      discountMinor: l.discountMinor,
      taxMinor: l.taxMinor,
      totalMinor: l.totalMinor,
    })),
    totalMinor: quote.totalMinor,
  }));
  await updateWhere(models.Quote, { _id: id, orderId: null }, { $set: { orderId: id }, $inc: { version: 1 } });
  return order;
}
