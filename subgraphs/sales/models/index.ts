import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { sequenceModel } from '../../../lib/sequence';
import { outboxPlugin } from '../../../lib/events/outbox';
import type { DealStatus } from '../domain/deal';
import type { LeadSource, LeadStatus } from '../domain/lead';
import type { PipelineStageDoc } from '../domain/pipeline';
import type { QuoteStatus, StoredQuoteLine } from '../domain/quote';
import type { Connection as Page } from '../../../lib/pagination';
import type { OrderStatus } from '../domain/order';

export interface OrderLineDoc {
  productId: string;
  /** Copied from the quote line when converted. */
  description?: string | null;
  quantity: number;
  unitPriceMinor: number;
  /** From a quote: discount and tax rates (bps) and amounts (minor); absent on plain orders. */
  discountBps?: number;
  taxRateBps?: number;
  discountMinor?: number;
  taxMinor?: number;
  /** quantity x unit price - discount + tax. */
  totalMinor: number;
}

export interface OrderDoc {
  /** The quote this order was converted from (the order's _id then equals the quote's). */
  quoteId?: string | null;
  _id: Types.ObjectId;
  tenantId: string;
  number: string;
  customerId: string;
  status: OrderStatus;
  currency: string;
  lines: OrderLineDoc[];
  totalMinor: number;
  version: number;
  confirmedAt?: Date | null;
  cancelledAt?: Date | null;
  fulfilledAt?: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type OrderConnectionModel = Page<OrderDoc>;
/** A customer as sales knows it: just the key (owned by customers). */
export interface CustomerRef {
  id: string;
}
export interface ProductRef {
  id: string;
}
export interface EmployeeRef {
  id: string;
}

const lineSchema = new mongoose.Schema<OrderLineDoc>(
  {
    productId: { type: String, required: true },
    description: String,
    quantity: { type: Number, required: true, min: 1 },
    unitPriceMinor: { type: Number, required: true, min: 0 },
    discountBps: Number,
    taxRateBps: Number,
    discountMinor: Number,
    taxMinor: Number,
    totalMinor: { type: Number, required: true },
  },
  { _id: false },
);

const orderSchema = new mongoose.Schema<OrderDoc>(
  {
    number: { type: String, required: true },
    customerId: { type: String, required: true },
    status: { type: String, enum: ['DRAFT', 'CONFIRMED', 'FULFILLED', 'CANCELLED'], required: true },
    currency: { type: String, required: true },
    lines: { type: [lineSchema], required: true },
    totalMinor: { type: Number, required: true },
    version: { type: Number, default: 0 },
    confirmedAt: Date,
    cancelledAt: Date,
    fulfilledAt: Date,
    quoteId: String,
  },
  { timestamps: true, versionKey: false },
);
orderSchema.plugin(tenantScopePlugin);
orderSchema.plugin(outboxPlugin);
orderSchema.index({ tenantId: 1, number: 1 }, { unique: true });
orderSchema.index({ tenantId: 1, _id: -1 });
orderSchema.index({ tenantId: 1, status: 1, _id: -1 });
orderSchema.index({ tenantId: 1, customerId: 1, status: 1, _id: -1 });

// ---- pipelines -------------------------------------------------------------------------------

export interface PipelineDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  /** `DEFAULT` for the tenant's default pipeline, the pipeline's own id otherwise: unique per tenant. */
  key: string;
  isDefault: boolean;
  /** The currency its deals are in; the default pipeline's is the tenant currency of sales. */
  currency: string;
  stages: PipelineStageDoc[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const stageSchema = new mongoose.Schema<PipelineStageDoc>(
  {
    name: { type: String, required: true },
    probabilityBps: { type: Number, required: true, min: 0, max: 10000 },
    kind: { type: String, enum: ['OPEN', 'WON', 'LOST'], required: true },
  },
  { _id: false },
);
const pipelineSchema = new mongoose.Schema<PipelineDoc>(
  {
    name: { type: String, required: true },
    key: { type: String, required: true },
    isDefault: { type: Boolean, required: true },
    currency: { type: String, required: true },
    stages: { type: [stageSchema], required: true },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
pipelineSchema.plugin(tenantScopePlugin);
pipelineSchema.index({ tenantId: 1, key: 1 }, { unique: true });
pipelineSchema.index({ tenantId: 1, _id: -1 });

// ---- deals -----------------------------------------------------------------------------------

export interface DealLineDoc {
  productId?: string | null;
  description: string;
  quantity: number;
  unitPriceMinor: number;
  totalMinor: number;
}
export interface StageChangeDoc {
  from: string | null;
  to: string;
  at: Date;
  by: string;
}
export interface DealDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  customerId: string;
  contactId?: string | null;
  ownerId?: string | null;
  pipelineId: string;
  stage: string;
  status: DealStatus;
  currency: string;
  amountMinor: number;
  /** YYYY-MM-DD. */
  expectedCloseDate: string;
  lines: DealLineDoc[];
  stageHistory: StageChangeDoc[];
  stageChangedAt: Date;
  /** Latest interaction logged on the deal (from `customers.interaction.logged`). */
  lastActivityAt?: Date | null;
  lostReason?: string | null;
  closedAt?: Date | null;
  leadId?: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
export type DealConnectionModel = Page<DealDoc>;
export type DealLineView = DealLineDoc & { currency: string };

const dealLineSchema = new mongoose.Schema<DealLineDoc>(
  {
    productId: String,
    description: { type: String, required: true },
    quantity: { type: Number, required: true, min: 1 },
    unitPriceMinor: { type: Number, required: true, min: 0 },
    totalMinor: { type: Number, required: true },
  },
  { _id: false },
);
const stageChangeSchema = new mongoose.Schema<StageChangeDoc>(
  {
    from: String,
    to: { type: String, required: true },
    at: { type: Date, required: true },
    by: { type: String, required: true },
  },
  { _id: false },
);
const dealSchema = new mongoose.Schema<DealDoc>(
  {
    name: { type: String, required: true },
    customerId: { type: String, required: true },
    contactId: String,
    ownerId: String,
    pipelineId: { type: String, required: true },
    stage: { type: String, required: true },
    status: { type: String, enum: ['OPEN', 'WON', 'LOST'], required: true },
    currency: { type: String, required: true },
    amountMinor: { type: Number, required: true, min: 0 },
    expectedCloseDate: { type: String, required: true },
    lines: { type: [dealLineSchema], default: [] },
    stageHistory: { type: [stageChangeSchema], default: [] },
    stageChangedAt: { type: Date, required: true },
    lastActivityAt: Date,
    lostReason: String,
    closedAt: Date,
    leadId: String,
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
dealSchema.plugin(tenantScopePlugin);
dealSchema.plugin(outboxPlugin);
dealSchema.index({ tenantId: 1, _id: -1 });
dealSchema.index({ tenantId: 1, status: 1, _id: -1 });
dealSchema.index({ tenantId: 1, customerId: 1, _id: -1 });
dealSchema.index({ tenantId: 1, ownerId: 1, status: 1 });
dealSchema.index({ tenantId: 1, status: 1, expectedCloseDate: 1 });

// ---- leads -----------------------------------------------------------------------------------

export interface LeadDoc {
  _id: Types.ObjectId;
  tenantId: string;
  companyName: string;
  contactName?: string | null;
  email?: string | null;
  source: LeadSource;
  currency: string;
  estimatedValueMinor: number;
  ownerId?: string | null;
  status: LeadStatus;
  /** Set by conversion: ids minted by sales, adopted by customers from `sales.lead.converted`. */
  customerId?: string | null;
  contactId?: string | null;
  dealId?: string | null;
  convertedAt?: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
export type LeadConnectionModel = Page<LeadDoc>;
const leadSchema = new mongoose.Schema<LeadDoc>(
  {
    companyName: { type: String, required: true },
    contactName: String,
    email: String,
    source: { type: String, required: true },
    currency: { type: String, required: true },
    estimatedValueMinor: { type: Number, required: true, min: 0 },
    ownerId: String,
    status: { type: String, enum: ['NEW', 'QUALIFIED', 'DISQUALIFIED', 'CONVERTED'], required: true },
    customerId: String,
    contactId: String,
    dealId: String,
    convertedAt: Date,
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
leadSchema.plugin(tenantScopePlugin);
leadSchema.plugin(outboxPlugin);
leadSchema.index({ tenantId: 1, _id: -1 });
leadSchema.index({ tenantId: 1, status: 1, _id: -1 });

// ---- quotes ----------------------------------------------------------------------------------

export interface QuoteDoc {
  _id: Types.ObjectId;
  tenantId: string;
  number: string;
  customerId: string;
  dealId?: string | null;
  currency: string;
  status: QuoteStatus;
  lines: StoredQuoteLine[];
  subtotalMinor: number;
  discountMinor: number;
  taxMinor: number;
  totalMinor: number;
  /** YYYY-MM-DD. */
  validUntil?: string | null;
  /** The sales order it became (same id as the quote). */
  orderId?: string | null;
  sentAt?: Date | null;
  decidedAt?: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
export type QuoteConnectionModel = Page<QuoteDoc>;
export type QuoteLineView = StoredQuoteLine & { currency: string };
const quoteLineSchema = new mongoose.Schema<StoredQuoteLine>(
  {
    productId: { type: String, required: true },
    description: { type: String, required: true },
    quantity: { type: Number, required: true, min: 1 },
    unitPriceMinor: { type: Number, required: true, min: 0 },
    discountBps: { type: Number, required: true },
    taxRateBps: { type: Number, required: true },
    grossMinor: { type: Number, required: true },
    discountMinor: { type: Number, required: true },
    netMinor: { type: Number, required: true },
    taxMinor: { type: Number, required: true },
    totalMinor: { type: Number, required: true },
  },
  { _id: false },
);
const quoteSchema = new mongoose.Schema<QuoteDoc>(
  {
    number: { type: String, required: true },
    customerId: { type: String, required: true },
    dealId: String,
    currency: { type: String, required: true },
    status: { type: String, enum: ['DRAFT', 'SENT', 'ACCEPTED', 'REJECTED', 'EXPIRED'], required: true },
    lines: { type: [quoteLineSchema], required: true },
    subtotalMinor: { type: Number, required: true },
    discountMinor: { type: Number, required: true },
    taxMinor: { type: Number, required: true },
    totalMinor: { type: Number, required: true },
    validUntil: String,
    orderId: String,
    sentAt: Date,
    decidedAt: Date,
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
quoteSchema.plugin(tenantScopePlugin);
quoteSchema.index({ tenantId: 1, number: 1 }, { unique: true });
quoteSchema.index({ tenantId: 1, _id: -1 });
quoteSchema.index({ tenantId: 1, status: 1, _id: -1 });
quoteSchema.index({ tenantId: 1, customerId: 1, _id: -1 });

// ---- product references (from inventory.product.upserted) --------------------------------------

export interface ProductRefDoc {
  _id: Types.ObjectId;
  tenantId: string;
  productId: string;
  sku: string;
  name: string;
  priceMinor: number;
  currency: string;
  /** occurredAt of the event that wrote it: older events are ignored. */
  sourceOccurredAt: string;
}
const productRefSchema = new mongoose.Schema<ProductRefDoc>(
  {
    productId: { type: String, required: true },
    sku: { type: String, required: true },
    name: { type: String, required: true },
    priceMinor: { type: Number, required: true },
    currency: { type: String, required: true },
    sourceOccurredAt: { type: String, required: true },
  },
  { versionKey: false },
);
productRefSchema.plugin(tenantScopePlugin);
productRefSchema.index({ tenantId: 1, productId: 1 }, { unique: true });

export function salesModels(connection: Connection) {
  return {
    connection,
    Order: connection.model<OrderDoc>('Order', orderSchema, 'orders'),
    Pipeline: connection.model<PipelineDoc>('Pipeline', pipelineSchema, 'pipelines'),
    Deal: connection.model<DealDoc>('Deal', dealSchema, 'deals'),
    Lead: connection.model<LeadDoc>('Lead', leadSchema, 'leads'),
    Quote: connection.model<QuoteDoc>('Quote', quoteSchema, 'quotes'),
    ProductRef: connection.model<ProductRefDoc>('ProductRef', productRefSchema, 'product_refs'),
    Sequence: sequenceModel(connection),
  };
}
export type SalesModels = ReturnType<typeof salesModels>;

/** An order line as the API sees it: with its order's currency. */
export type OrderLineView = OrderLineDoc & { currency: string };

/** A forecast group with the currency it is in (resolvers format its money). */
export type ForecastGroupView = import('../domain/forecast').ForecastBucket & { currency: string };
export interface ForecastView {
  currency: string;
  groupBy: import('../domain/forecast').ForecastGroupBy;
  groups: ForecastGroupView[];
  total: ForecastGroupView;
  excludedDealCount: number;
}
