import mongoose from 'mongoose';
import { userError, UserErrors, type UserError } from '../../../lib/errors';
import { withKeyLock } from '../../../lib/keyed-lock';
import { assertNoUserErrors, isDuplicateKeyError, runMutation } from '../../../lib/mutation';
import { nextNumber } from '../../../lib/sequence';
import { currentTenantId } from '../../../lib/tenancy';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { priceQuoteLines, QUOTE_TRANSITIONS, type KnownProduct, type QuoteStatus } from '../domain/quote';
import type { OrderDoc, QuoteDoc } from '../models';
import type { SalesContext } from '../context';
import { transitionWithEvents } from '../write';

const quoteTransition = (ctx: SalesContext, id: string, to: QuoteStatus, stamp: 'sentAt' | 'decidedAt') =>
  runMutation(async () => ({
    quote: await transitionWithEvents<QuoteStatus, QuoteDoc>(ctx.models.Quote, 'Quote', id, QUOTE_TRANSITIONS, to, {
      set: { [stamp]: new Date() },
    }),
  }));

/**
 * The order of an ACCEPTED quote, created once. The order's _id IS the quote's, so the unique _id
 * index arbitrates between concurrent conversions (also across processes); in one process the
 * quote's key lock makes later callers find the order instead of taking a document number.
 */
async function orderOfQuote(ctx: SalesContext, id: string): Promise<OrderDoc> {
  const missing = () => new UserErrors([userError(['input', 'id'], `Quote ${id} not found.`, 'NOT_FOUND')]);
  if (!mongoose.isObjectIdOrHexString(id)) throw missing();
  return withKeyLock(`sales.quote-to-order:${currentTenantId()}:${id}`, async () => {
    const quote = await ctx.models.Quote.findById(id).lean<QuoteDoc>();
    if (!quote) throw missing();
    const existing = await ctx.models.Order.findById(id).select({ outbox: 0 }).lean<OrderDoc>();
    let order = existing;
    if (!order) {
      if (quote.status !== 'ACCEPTED') {
        throw new UserErrors([
          userError(['input', 'id'], `Quote is ${quote.status}; only an ACCEPTED quote becomes an order.`, 'ILLEGAL_TRANSITION'),
        ]);
      }
      try {
        const created = await ctx.models.Order.create({
          _id: quote._id,
          quoteId: id,
          number: await nextNumber(ctx.models.connection, 'order', 'SO'),
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
        });
        order = created.toObject() as OrderDoc;
      } catch (err) {
        if (!isDuplicateKeyError(err)) throw err;
        order = (await ctx.models.Order.findById(id).select({ outbox: 0 }).lean<OrderDoc>())!;
      }
    }
    if (!quote.orderId) await ctx.models.Quote.updateOne({ _id: id }, { $set: { orderId: id }, $inc: { version: 1 } });
    return order;
  });
}

export const quoteMutations: Pick<
  MutationResolvers,
  'createQuote' | 'sendQuote' | 'acceptQuote' | 'rejectQuote' | 'expireQuote' | 'convertQuoteToOrder'
> = {
  createQuote: (_, { input }, ctx) =>
    runMutation(async () => {
      const errors: UserError[] = [];
      if (!input.customerId.trim()) errors.push(userError(['input', 'customerId'], 'customerId is required.', 'REQUIRED'));
      if (input.dealId) {
        const deal = await ctx.loaders.deal.load(input.dealId);
        if (!deal) errors.push(userError(['input', 'dealId'], `Deal ${input.dealId} not found.`, 'NOT_FOUND'));
        else if (deal.customerId !== input.customerId) {
          errors.push(userError(['input', 'dealId'], 'The deal belongs to another customer.', 'INVALID'));
        }
      }
      const refs = await ctx.loaders.productRef.loadMany([...new Set(input.lines.map((l) => l.productId))]);
      const products = new Map<string, KnownProduct>();
      for (const ref of refs) if (ref && !(ref instanceof Error)) products.set(ref.productId, ref);
      const priced = priceQuoteLines(input.currency, input.lines, products);
      errors.push(...priced.errors);
      assertNoUserErrors(errors);
      const created = await ctx.models.Quote.create({
        number: await nextNumber(ctx.models.connection, 'quote', 'QT'),
        customerId: input.customerId,
        dealId: input.dealId ?? null,
        currency: input.currency,
        status: 'DRAFT',
        lines: priced.lines,
        ...priced.totals,
        validUntil: input.validUntil ?? null,
      });
      return { quote: created.toObject() as QuoteDoc };
    }),
  sendQuote: (_, { input }, ctx) => quoteTransition(ctx, input.id, 'SENT', 'sentAt'),
  acceptQuote: (_, { input }, ctx) => quoteTransition(ctx, input.id, 'ACCEPTED', 'decidedAt'),
  rejectQuote: (_, { input }, ctx) => quoteTransition(ctx, input.id, 'REJECTED', 'decidedAt'),
  expireQuote: (_, { input }, ctx) => quoteTransition(ctx, input.id, 'EXPIRED', 'decidedAt'),
  convertQuoteToOrder: (_, { input }, ctx) => runMutation(async () => ({ order: await orderOfQuote(ctx, input.id) })),
};
