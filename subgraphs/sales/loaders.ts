import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import { byIdLoader, childConnectionLoader } from '../../lib/pagination';
import type { DealDoc, LeadDoc, OrderDoc, PipelineDoc, ProductRefDoc, QuoteDoc, SalesModels } from './models';
import { ensureDefaultPipeline } from './services/pipelines';

/** Per-request DataLoaders. */
export function salesLoaders(models: SalesModels) {
  let defaultPipeline: Promise<PipelineDoc> | undefined;
  return {
    order: byIdLoader<OrderDoc>(models.Order),
    ordersOfCustomer: childConnectionLoader<OrderDoc>(models.Order, 'customerId'),
    deal: byIdLoader<DealDoc>(models.Deal),
    dealsOfCustomer: childConnectionLoader<DealDoc>(models.Deal, 'customerId'),
    lead: byIdLoader<LeadDoc>(models.Lead),
    quote: byIdLoader<QuoteDoc>(models.Quote),
    quotesOfCustomer: childConnectionLoader<QuoteDoc>(models.Quote, 'customerId'),
    pipeline: byIdLoader<PipelineDoc>(models.Pipeline),
    /** The tenant's default pipeline (created on first use); its currency is the tenant currency. */
    defaultPipeline: () => (defaultPipeline ??= ensureDefaultPipeline(models)),
    /** Known inventory products by product id (null when no event has arrived yet). */
    productRef: new DataLoader<string, ProductRefDoc | null>(async (ids) => {
      const docs = await models.ProductRef.find({ productId: mongoose.trusted({ $in: [...ids] }) }).lean<ProductRefDoc[]>();
      const byId = new Map(docs.map((d) => [d.productId, d]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /**
     * Fulfilled-order totals per customer and currency: one projected query for the whole batch of
     * customers, summed in JS (portable: no $group accumulator keyed by currency needed).
     */
    fulfilledTotals: new DataLoader<string, Map<string, number>>(async (customerIds) => {
      const orders = await models.Order.find({ customerId: mongoose.trusted({ $in: [...customerIds] }), status: 'FULFILLED' })
        .select({ customerId: 1, currency: 1, totalMinor: 1 })
        .lean<Array<Pick<OrderDoc, 'customerId' | 'currency' | 'totalMinor'>>>();
      const totals = new Map<string, Map<string, number>>(customerIds.map((id) => [id, new Map()]));
      for (const o of orders) {
        const perCurrency = totals.get(o.customerId)!;
        perCurrency.set(o.currency, (perCurrency.get(o.currency) ?? 0) + o.totalMinor);
      }
      return customerIds.map((id) => totals.get(id)!);
    }),
  };
}
export type SalesLoaders = ReturnType<typeof salesLoaders>;
