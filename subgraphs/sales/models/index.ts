import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { sequenceModel } from '../../../lib/sequence';
import type { Connection as Page } from '../../../lib/pagination';
import type { OrderStatus } from '../domain/order';

export interface OrderLineDoc {
  productId: string;
  quantity: number;
  unitPriceMinor: number;
  totalMinor: number;
}

export interface OrderDoc {
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

const lineSchema = new mongoose.Schema<OrderLineDoc>(
  {
    productId: { type: String, required: true },
    quantity: { type: Number, required: true, min: 1 },
    unitPriceMinor: { type: Number, required: true, min: 0 },
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
  },
  { timestamps: true, versionKey: false },
);
orderSchema.plugin(tenantScopePlugin);
orderSchema.index({ tenantId: 1, number: 1 }, { unique: true });
orderSchema.index({ tenantId: 1, _id: -1 });
orderSchema.index({ tenantId: 1, status: 1, _id: -1 });
orderSchema.index({ tenantId: 1, customerId: 1, status: 1, _id: -1 });

export function salesModels(connection: Connection) {
  return {
    connection,
    Order: connection.model<OrderDoc>('Order', orderSchema, 'orders'),
    Sequence: sequenceModel(connection),
  };
}
export type SalesModels = ReturnType<typeof salesModels>;

/** An order line as the API sees it: with its order's currency. */
export type OrderLineView = OrderLineDoc & { currency: string };
