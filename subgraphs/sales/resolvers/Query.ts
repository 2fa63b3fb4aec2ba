import { listed } from '../../../lib/archive';
import mongoose from 'mongoose';
import { badInput } from '../../../lib/errors';
import { paginate, paginateSorted, type SortSpec } from '../../../lib/pagination';
import type { DealSort, QueryResolvers } from '../__generated__/resolvers-types';
import { lastTouched, stalledSince } from '../domain/deal';
import { forecast, type ForecastDeal } from '../domain/forecast';
import { pipelineBoard } from '../domain/pipeline-board';
import { promiseCheck } from '../domain/quote';
import { demandByProduct, demandRisk, FLAGGED_ORDER_STATUSES, FLAGGED_QUOTE_STATUSES } from '../domain/stock-alert';
import type { DealDoc, ForecastGroupView, OrderDoc, PipelineDoc, ProductSupplyRefDoc, QuoteDoc } from '../models';

const DAY_MS = 86_400_000;
const STALLED_LIMIT = 100;
/** Open quotes and draft orders read for demand, newest first (bounded: older ones beyond it are not counted). */
const OPEN_DEMAND_LIMIT = 5000;
/** Forecast ranges are bounded so the deals read stay bounded. */
const MAX_FORECAST_DAYS = 731;

const DEAL_SORTS: Record<DealSort, SortSpec> = {
  NEWEST_FIRST: { field: '_id', direction: -1 },
  OLDEST_FIRST: { field: '_id', direction: 1 },
  AMOUNT_DESC: { field: 'amountMinor', direction: -1 },
  AMOUNT_ASC: { field: 'amountMinor', direction: 1 },
  CLOSE_DATE_ASC: { field: 'expectedCloseDate', direction: 1 },
  CLOSE_DATE_DESC: { field: 'expectedCloseDate', direction: -1 },
};

const definedOnly = (filter: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== null));

export const Query: QueryResolvers = {
  order: (_, { id }, { loaders }) => loaders.order.load(id),
  orders: (_, { first, after, filter }, { models }) =>
    paginate(
      models.Order,
      {
        ...(filter?.status && { status: filter.status }),
        ...(filter?.customerId && { customerId: filter.customerId }),
      },
      { first, after },
    ),
  deal: (_, { id }, { loaders }) => loaders.deal.load(id),
  deals: (_, { first, after, filter, sort, includeArchived }, { models }) =>
    paginateSorted(
      models.Deal,
      {
        ...definedOnly({
          status: filter?.status,
          stage: filter?.stage,
          ownerId: filter?.ownerId,
          customerId: filter?.customerId,
          pipelineId: filter?.pipelineId,
        }),
        ...listed(includeArchived),
      },
      { first, after },
      DEAL_SORTS[sort ?? 'NEWEST_FIRST'],
    ),
  stalledDeals: async (_, { days }, { models }) => {
    if (!Number.isInteger(days) || days < 1 || days > 3650) throw badInput('"days" must be a whole number between 1 and 3650.');
    const cutoff = stalledSince(new Date(), days);
    const deals = await models.Deal.find({
      status: 'OPEN',
      stageChangedAt: mongoose.trusted({ $lt: cutoff }),
      $or: [
        { lastActivityAt: mongoose.trusted({ $exists: false }) },
        { lastActivityAt: null },
        { lastActivityAt: mongoose.trusted({ $lt: cutoff }) },
      ],
    })
      .select({ outbox: 0 })
      .sort({ stageChangedAt: 1 })
      .limit(STALLED_LIMIT)
      .lean<DealDoc[]>();
    return deals.sort((a, b) => lastTouched(a).getTime() - lastTouched(b).getTime());
  },
  productsAtRisk: async (_, { days, first }, { models }) => {
    if (!Number.isInteger(days) || days < 1 || days > 365) throw badInput('"days" must be a whole number between 1 and 365.');
    const limit = first ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw badInput('"first" must be between 1 and 200.');
    const [quotes, orders] = await Promise.all([
      models.Quote.find({ status: mongoose.trusted({ $in: FLAGGED_QUOTE_STATUSES }) })
        .select({ 'lines.productId': 1, 'lines.quantity': 1 })
        .sort({ _id: -1 })
        .limit(OPEN_DEMAND_LIMIT)
        .lean<Array<Pick<QuoteDoc, 'lines'>>>(),
      models.Order.find({ status: mongoose.trusted({ $in: FLAGGED_ORDER_STATUSES }) })
        .select({ 'lines.productId': 1, 'lines.quantity': 1 })
        .sort({ _id: -1 })
        .limit(OPEN_DEMAND_LIMIT)
        .lean<Array<Pick<OrderDoc, 'lines'>>>(),
    ]);
    const today = new Date().toISOString().slice(0, 10);
    const needBy = new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
    const demand = demandByProduct(quotes, orders);
    // The supply inventory last reported for each (replicated: no call to inventory), read in batches.
    const supply = new Map<string, ProductSupplyRefDoc>();
    for (let i = 0; i < demand.length; i += 500) {
      const ids = demand.slice(i, i + 500).map((d) => d.productId);
      const docs = await models.ProductSupplyRef.find({ productId: mongoose.trusted({ $in: ids }) }).lean<
        ProductSupplyRefDoc[]
      >();
      for (const doc of docs) supply.set(doc.productId, doc);
    }
    return demand
      .map((d) => ({ ...d, ...demandRisk(d.quantity, supply.get(d.productId), needBy, today) }))
      .filter((d) => d.atRisk)
      .slice(0, limit)
      .map(({ promise, atRisk: _, ...d }) => ({
        ...d,
        product: { id: d.productId },
        shortfall: promise.shortfall,
        earliestDate: promise.earliestDate,
        check: promiseCheck(d.productId, d.quantity, needBy),
      }));
  },
  lead: (_, { id }, { loaders }) => loaders.lead.load(id),
  leads: (_, { first, after, filter, sort }, { models }) =>
    paginate(
      models.Lead,
      definedOnly({ status: filter?.status, source: filter?.source, ownerId: filter?.ownerId }),
      { first, after },
      { oldestFirst: sort === 'OLDEST_FIRST' },
    ),
  quote: (_, { id }, { loaders }) => loaders.quote.load(id),
  quotes: (_, { first, after, filter, sort }, { models }) =>
    paginate(
      models.Quote,
      definedOnly({ status: filter?.status, customerId: filter?.customerId, dealId: filter?.dealId }),
      { first, after },
      { oldestFirst: sort === 'OLDEST_FIRST' },
    ),
  pipelines: async (_, __, { models, loaders }) => {
    const fallback = await loaders.defaultPipeline();
    const all = await models.Pipeline.find({}).sort({ _id: 1 }).limit(100).lean<PipelineDoc[]>();
    return [fallback, ...all.filter((p) => !p.isDefault)];
  },
  pipeline: (_, { id }, { loaders }) => loaders.pipeline.load(id),
  pipelineBoard: async (_, { pipelineId, ownerId }, { models, loaders }) => {
    const pipeline = pipelineId ? await loaders.pipeline.load(pipelineId) : await loaders.defaultPipeline();
    if (!pipeline) return null;
    const owner = ownerId ? { ownerId } : {};
    const deals = await models.Deal.find({ ...owner, pipelineId: pipeline._id.toString(), status: 'OPEN' })
      .select({ stage: 1, amountMinor: 1 })
      .lean<Array<Pick<DealDoc, 'stage' | 'amountMinor'>>>();
    const board = pipelineBoard(pipeline.stages, deals);
    const currency = pipeline.currency;
    const context = { currency, pipelineId: pipeline._id.toString(), ownerId: ownerId ?? null };
    return {
      pipeline,
      ownerId: ownerId ?? null,
      currency,
      columns: board.columns.map((c) => ({ ...c, ...context })),
      ...board.total,
    };
  },
  forecast: async (_, { from, to, groupBy }, { models, loaders }) => {
    if (from > to) throw badInput('"from" must not be after "to".');
    if ((Date.parse(to) - Date.parse(from)) / DAY_MS > MAX_FORECAST_DAYS)
      throw badInput(`A forecast spans at most ${MAX_FORECAST_DAYS} days.`);
    const { currency } = await loaders.defaultPipeline();
    const toExclusive = new Date(Date.parse(to) + DAY_MS);
    const deals = await models.Deal.find({
      $or: [
        { status: 'OPEN', expectedCloseDate: mongoose.trusted({ $gte: from, $lte: to }) },
        { status: 'WON', closedAt: mongoose.trusted({ $gte: new Date(from), $lt: toExclusive }) },
      ],
    })
      .select({ status: 1, amountMinor: 1, currency: 1, ownerId: 1, pipelineId: 1, stage: 1, expectedCloseDate: 1, closedAt: 1 })
      .lean<DealDoc[]>();
    const pipelines = await loaders.pipeline.loadMany([...new Set(deals.map((d) => d.pipelineId))]);
    const probability = new Map<string, number>();
    for (const p of pipelines) {
      if (p && !(p instanceof Error)) for (const s of p.stages) probability.set(`${p._id}:${s.name}`, s.probabilityBps);
    }
    const inCurrency = deals.filter((d) => d.currency === currency);
    const input: ForecastDeal[] = inCurrency.map((d) => ({
      id: d._id.toString(),
      status: d.status,
      amountMinor: d.amountMinor,
      probabilityBps: probability.get(`${d.pipelineId}:${d.stage}`) ?? 0,
      ownerId: d.ownerId,
      closeDate: d.status === 'WON' && d.closedAt ? new Date(d.closedAt).toISOString().slice(0, 10) : d.expectedCloseDate,
    }));
    const result = forecast(input, from, to, groupBy);
    const view = (b: (typeof result)['total']): ForecastGroupView => ({ ...b, currency });
    return {
      currency,
      groupBy,
      groups: result.periods.map(view),
      total: view(result.total),
      excludedDealCount: deals.length - inCurrency.length,
    };
  },
};
