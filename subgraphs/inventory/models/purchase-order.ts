/** Purchase orders: lines and receipts embedded, so an order and what arrived for it change in one write. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';
import { PURCHASE_ORDER_TRANSITIONS, type PurchaseOrderStatus } from '../domain/purchase-order';

export interface PurchaseOrderLineDoc {
  productId: string;
  description: string;
  quantity: number;
  receivedQuantity: number;
  unitCostMinor: number;
}

export interface ReceiptDoc {
  receiptId: string;
  receivedAt: Date;
  lines: Array<{ line: number; quantity: number }>;
  /** True once its RECEIPT movements are in the ledger. */
  posted: boolean;
}

export interface PurchaseOrderDoc {
  _id: Types.ObjectId;
  tenantId: string;
  number: string;
  supplierId: string;
  supplierName: string;
  warehouseId: string;
  currency: string;
  status: PurchaseOrderStatus;
  lines: PurchaseOrderLineDoc[];
  receipts: ReceiptDoc[];
  /** When the supplier is expected to deliver (YYYY-MM-DD): what available-to-promise counts on. */
  expectedDate?: string | null;
  /** Set on a purchase order drafted by a reorder rule: the stock level id. */
  suggestedFor?: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
export type PurchaseOrderConnectionModel = Page<PurchaseOrderDoc>;
/** A purchase order line as the API sees it: with its order's currency. */
export type PurchaseOrderLineView = PurchaseOrderLineDoc & { currency: string };

const purchaseOrderSchema = new mongoose.Schema<PurchaseOrderDoc>(
  {
    number: { type: String, required: true },
    supplierId: { type: String, required: true },
    supplierName: { type: String, required: true },
    warehouseId: { type: String, required: true },
    currency: { type: String, required: true },
    status: {
      type: String,
      required: true,
      enum: ['DRAFT', 'ORDERED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED'],
    },
    lines: {
      type: [
        { _id: false, productId: String, description: String, quantity: Number, receivedQuantity: Number, unitCostMinor: Number },
      ],
      required: true,
    },
    receipts: {
      type: [
        {
          _id: false,
          receiptId: String,
          receivedAt: Date,
          lines: [{ _id: false, line: Number, quantity: Number }],
          posted: Boolean,
        },
      ],
      default: [],
    },
    suggestedFor: String,
    expectedDate: String,
  },
  { timestamps: true, versionKey: false },
);
purchaseOrderSchema.plugin(tenantScopePlugin);
purchaseOrderSchema.plugin(outboxPlugin);
purchaseOrderSchema.plugin(aggregatePlugin, { name: 'Purchase order', transitions: PURCHASE_ORDER_TRANSITIONS });
purchaseOrderSchema.index({ tenantId: 1, number: 1 }, { unique: true });
purchaseOrderSchema.index({ tenantId: 1, _id: -1 });
purchaseOrderSchema.index({ tenantId: 1, status: 1, _id: -1 });
purchaseOrderSchema.index({ tenantId: 1, supplierId: 1, _id: -1 }); // a supplier's orders
purchaseOrderSchema.index({ tenantId: 1, 'lines.productId': 1, status: 1 }); // open supply of a product (available to promise)
// Infrastructure, across tenants: the receipt poster (jobs/receipts.ts) looks up unposted receipts.
purchaseOrderSchema.index({ 'receipts.posted': 1 });

export const purchaseOrderModel = (connection: Connection) =>
  connection.model<PurchaseOrderDoc>('PurchaseOrder', purchaseOrderSchema, 'purchase_orders');
