/**
 * The sales models: one file per aggregate, registered here. Nothing else opens a collection of
 * the sales database.
 */
import type { Connection } from 'mongoose';
import { sequenceModel } from '../../../lib/sequence';
import { dealModel } from './deal';
import { leadModel } from './lead';
import { orderModel } from './order';
import { pipelineModel } from './pipeline';
import { productRefModel, productSupplyRefModel } from './product-ref';
import { quoteModel } from './quote';
import { stockAlertModel, stockRecoveryModel } from './stock-alert';

export * from './deal';
export * from './lead';
export * from './order';
export * from './pipeline';
export * from './product-ref';
export * from './quote';
export * from './stock-alert';

export function salesModels(connection: Connection) {
  return {
    connection,
    Order: orderModel(connection),
    Pipeline: pipelineModel(connection),
    Deal: dealModel(connection),
    Lead: leadModel(connection),
    Quote: quoteModel(connection),
    ProductRef: productRefModel(connection),
    ProductSupplyRef: productSupplyRefModel(connection),
    StockAlert: stockAlertModel(connection),
    StockRecovery: stockRecoveryModel(connection),
    Sequence: sequenceModel(connection),
  };
}
export type SalesModels = ReturnType<typeof salesModels>;

/** Entities other subgraphs own, as sales knows them: just the key. */
export interface CustomerRef {
  id: string;
}
export interface ProductRef {
  id: string;
}
export interface EmployeeRef {
  id: string;
}
/** The question a line asks inventory (PromiseCheck's key). */
export interface PromiseCheckRef {
  productId: string;
  quantity: number;
  needBy: string;
}
export interface QuoteLineAvailabilityView {
  line: number;
  product: ProductRef;
  quantity: number;
  check: PromiseCheckRef;
}

/** A forecast group with the currency it is in (resolvers format its money). */
export type ForecastGroupView = import('../domain/forecast').ForecastBucket & { currency: string };
/** A pipeline board column, with what its `deals` page is filtered by. */
export type PipelineBoardColumnView = import('../domain/pipeline-board').BoardColumn & {
  currency: string;
  pipelineId: string;
  ownerId: string | null;
};
export interface PipelineBoardView {
  pipeline: import('./pipeline').PipelineDoc;
  ownerId: string | null;
  currency: string;
  columns: PipelineBoardColumnView[];
  dealCount: number;
  amountMinor: number;
  weightedMinor: number;
}
export interface ForecastView {
  currency: string;
  groupBy: import('../domain/forecast').ForecastGroupBy;
  groups: ForecastGroupView[];
  total: ForecastGroupView;
  excludedDealCount: number;
}
