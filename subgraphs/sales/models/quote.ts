/** Quotes: priced lines with discounts and tax, sent to a customer and accepted or not. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import type { Connection as Page } from '../../../lib/pagination';
import { aggregatePlugin } from '../../../lib/write';
import { stockFlagSchema, type StockFlagDoc } from './stock-alert';
import { QUOTE_TRANSITIONS, type QuoteStatus, type StoredQuoteLine } from '../domain/quote';

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
  /** Products of its lines inventory reported low while the quote was open (one flag per product, the latest). */
  stockFlags?: StockFlagDoc[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
export type QuoteConnectionModel = Page<QuoteDoc>;
/** A quote line as the API sees it: with its quote's currency and the date it must ship by. */
export type QuoteLineView = StoredQuoteLine & { currency: string; needBy: string };
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
    stockFlags: { type: [stockFlagSchema], default: [] },
  },
  { timestamps: true, versionKey: false },
);
quoteSchema.plugin(tenantScopePlugin);
quoteSchema.plugin(nodeIdPlugin, { type: 'Quote' });
quoteSchema.plugin(aggregatePlugin, { name: 'Quote', transitions: QUOTE_TRANSITIONS });
quoteSchema.index({ tenantId: 1, number: 1 }, { unique: true });
quoteSchema.index({ tenantId: 1, _id: -1 });
quoteSchema.index({ tenantId: 1, status: 1, _id: -1 });
quoteSchema.index({ tenantId: 1, customerId: 1, _id: -1 });
quoteSchema.index({ tenantId: 1, dealId: 1, _id: -1 });
quoteSchema.index({ tenantId: 1, dealId: 1, status: 1 }); // a lost deal's open quotes
quoteSchema.index({ tenantId: 1, 'lines.productId': 1, status: 1 }); // open quotes holding a product (stock alerts, demand)

export const quoteModel = (connection: Connection) => connection.model<QuoteDoc>('Quote', quoteSchema, 'quotes');
