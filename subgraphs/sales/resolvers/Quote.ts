import { docId, money, ref } from '../../../lib/resolvers';
import type { QuoteLineResolvers, QuoteResolvers } from '../__generated__/resolvers-types';
import { formatPercent } from '../domain/arithmetic';
import { promiseCheck, promiseDate } from '../domain/quote';
import type { QuoteDoc, QuoteLineView } from '../models';

export const Quote: QuoteResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.quote.load(reference.id),
  id: docId,
  customer: (quote) => ref(quote.customerId),
  deal: (quote, _, { loaders }) => (quote.dealId ? loaders.deal.load(quote.dealId) : null),
  lines: (quote) => quote.lines.map((l) => ({ ...l, currency: quote.currency, needBy: promiseDate(quote) })),
  promiseDate: (quote) => promiseDate(quote),
  stockFlags: (quote) => quote.stockFlags ?? [],
  availability: (quote) =>
    quote.lines.map((l, line) => ({
      line,
      product: ref(l.productId),
      quantity: l.quantity,
      check: promiseCheck(l.productId, l.quantity, promiseDate(quote)),
    })),
  subtotal: money<QuoteDoc>('subtotalMinor'),
  discount: money<QuoteDoc>('discountMinor'),
  tax: money<QuoteDoc>('taxMinor'),
  total: money<QuoteDoc>('totalMinor'),
  order: (quote, _, { loaders }) => (quote.orderId ? loaders.order.load(quote.orderId) : null),
};

export const QuoteLine: QuoteLineResolvers = {
  product: (line) => ref(line.productId),
  unitPrice: money<QuoteLineView>('unitPriceMinor'),
  discountPercent: (line) => formatPercent(line.discountBps),
  taxRatePercent: (line) => formatPercent(line.taxRateBps),
  gross: money<QuoteLineView>('grossMinor'),
  discount: money<QuoteLineView>('discountMinor'),
  tax: money<QuoteLineView>('taxMinor'),
  total: money<QuoteLineView>('totalMinor'),
  availability: (line) => promiseCheck(line.productId, line.quantity, line.needBy),
};
