/** Sales orders: their lines are embedded, so an order changes in one single-document write. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { outboxPlugin } from '../../../lib/events/outbox';
import type { Connection as Page } from '../../../lib/pagination';
import { aggregatePlugin } from '../../../lib/write';
import { stockFlagSchema, type StockFlagDoc } from './stock-alert';
import { ORDER_TRANSITIONS, type OrderStatus } from '../domain/order';

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
  /** Units shipped so far (in parts: `shipOrder`). */
  shipped?: number;
}

/** One part of an order shipped (`shipOrder`): its id keys inventory's movements and finance's invoice. */
export interface OrderShipmentDoc {
  shipmentId: string;
  sequence: number;
  at: Date;
  lines: Array<{ line: number; quantity: number }>;
}

export interface OrderDoc {
  /** The quote this order was converted from (the order's _id then equals the quote's). */
  quoteId?: string | null;
  /** The deal of that quote, if any: the sale the order belongs to (finance invoices it once). */
  dealId?: string | null;
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
  /** Units inventory could not hold for the confirmed order yet, per product (from `inventory.stock.reserved`). */
  backorders?: Array<{ productId: string; quantity: number; expectedDate?: string | null }>;
  /** occurredAt of the reservation event `backorders` came from: older ones are ignored. */
  backordersAsOf?: string | null;
  /** Products of its lines inventory reported low while the order was unconfirmed (one flag per product, the latest). */
  stockFlags?: StockFlagDoc[];
  /** The parts shipped, in order (empty for an order fulfilled whole). */
  shipments?: OrderShipmentDoc[];
  createdAt: Date;
  updatedAt: Date;
}

export type OrderConnectionModel = Page<OrderDoc>;

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
    shipped: { type: Number, default: 0 },
  },
  { _id: false },
);

const orderSchema = new mongoose.Schema<OrderDoc>(
  {
    number: { type: String, required: true },
    customerId: { type: String, required: true },
    status: { type: String, enum: ['DRAFT', 'CONFIRMED', 'PARTIALLY_FULFILLED', 'FULFILLED', 'CANCELLED'], required: true },
    currency: { type: String, required: true },
    lines: { type: [lineSchema], required: true },
    totalMinor: { type: Number, required: true },
    confirmedAt: Date,
    cancelledAt: Date,
    fulfilledAt: Date,
    stockFlags: { type: [stockFlagSchema], default: [] },
    backorders: { type: [{ _id: false, productId: String, quantity: Number, expectedDate: String }], default: [] },
    backordersAsOf: String,
    shipments: {
      type: [
        {
          _id: false,
          shipmentId: String,
          sequence: Number,
          at: Date,
          lines: [{ _id: false, line: Number, quantity: Number }],
        },
      ],
      default: [],
    },
    quoteId: String,
    dealId: String,
  },
  { timestamps: true, versionKey: false },
);
orderSchema.plugin(tenantScopePlugin);
orderSchema.plugin(nodeIdPlugin, { type: 'Order' });
orderSchema.plugin(outboxPlugin);
orderSchema.plugin(aggregatePlugin, { name: 'Order', transitions: ORDER_TRANSITIONS });
orderSchema.index({ tenantId: 1, number: 1 }, { unique: true });
orderSchema.index({ tenantId: 1, _id: -1 });
orderSchema.index({ tenantId: 1, status: 1, _id: -1 });
orderSchema.index({ tenantId: 1, customerId: 1, status: 1, _id: -1 });
orderSchema.index({ tenantId: 1, 'lines.productId': 1, status: 1 }); // open orders holding a product (stock alerts, demand)
orderSchema.index({ tenantId: 1, dealId: 1, status: 1 }); // a lost deal's open orders

/** An order line as the API sees it: with its order's currency. */
export type OrderLineView = OrderLineDoc & { currency: string };

export const orderModel = (connection: Connection) => connection.model<OrderDoc>('Order', orderSchema, 'orders');
