import { docId, money, ref } from '../../../lib/resolvers';
import { formatPercent } from '../domain/arithmetic';
import { toMoney } from '../../../lib/money';
import type {
  DealLineResolvers,
  DealResolvers,
  ForecastGroupResolvers,
  LeadResolvers,
  PipelineResolvers,
  QuoteLineResolvers,
  QuoteResolvers,
} from '../__generated__/resolvers-types';
import type { DealDoc, DealLineView, ForecastGroupView, LeadDoc, QuoteDoc, QuoteLineView } from '../models';

export const Pipeline: PipelineResolvers = { id: docId };

export const Deal: DealResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.deal.load(reference.id),
  id: docId,
  customer: (deal) => ref(deal.customerId),
  owner: (deal) => (deal.ownerId ? ref(deal.ownerId) : null),
  pipeline: async (deal, _, { loaders }) => (await loaders.pipeline.load(deal.pipelineId))!,
  probabilityBps: async (deal, _, { loaders }) => {
    const pipeline = await loaders.pipeline.load(deal.pipelineId);
    return pipeline?.stages.find((s) => s.name === deal.stage)?.probabilityBps ?? 0;
  },
  amount: money<DealDoc>('amountMinor'),
  lines: (deal) => deal.lines.map((l) => ({ ...l, currency: deal.currency })),
};

export const DealLine: DealLineResolvers = {
  product: (line) => (line.productId ? ref(line.productId) : null),
  unitPrice: money<DealLineView>('unitPriceMinor'),
  total: money<DealLineView>('totalMinor'),
};

export const Lead: LeadResolvers = {
  id: docId,
  estimatedValue: (lead: LeadDoc) => toMoney(lead.estimatedValueMinor, lead.currency),
  owner: (lead) => (lead.ownerId ? ref(lead.ownerId) : null),
  customer: (lead) => (lead.customerId ? ref(lead.customerId) : null),
  deal: (lead, _, { loaders }) => (lead.dealId ? loaders.deal.load(lead.dealId) : null),
};

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

export const ForecastGroup: ForecastGroupResolvers = {
  dealCount: (group) => group.dealIds.length,
  deals: async (group, _, { loaders }) =>
    (await loaders.deal.loadMany(group.dealIds)).filter((d): d is DealDoc => Boolean(d) && !(d instanceof Error)),
  pipeline: money<ForecastGroupView>('pipelineMinor'),
  weighted: money<ForecastGroupView>('weightedMinor'),
  bestCase: money<ForecastGroupView>('bestCaseMinor'),
  commit: money<ForecastGroupView>('commitMinor'),
  won: money<ForecastGroupView>('wonMinor'),
};
