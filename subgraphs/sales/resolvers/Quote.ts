import { docId, money, ref } from '../../../lib/resolvers';
import type { QuoteLineResolvers, QuoteResolvers } from '../__generated__/resolvers-types';
import { formatPercent } from '../domain/arithmetic';
import type { QuoteDoc, QuoteLineView } from '../models';

export const Quote: QuoteResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.quote.load(reference.id),
  id: docId,
  customer: (quote) => ref(quote.customerId),
  deal: (quote, _, { loaders }) => (quote.dealId ? loaders.deal.load(quote.dealId) : null),
  lines: (quote) => quote.lines.map((l) => ({ ...l, currency: quote.currency })),
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
};
