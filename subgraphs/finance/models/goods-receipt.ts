/**
 * Goods received for a purchase order, as finance knows them from `inventory.purchaseOrder.received`
 * (one document per receipt, unique by its id, so a redelivery records nothing twice): what a
 * hand-entered supplier bill is matched against (domain/bill-match.ts).
 */
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

export interface GoodsReceiptDoc {
  _id: Types.ObjectId;
  tenantId: string;
  receiptId: string;
  purchaseOrderId: string;
  purchaseOrderNumber: string;
  supplierId: string;
  currency: string;
  lines: Array<{ productId: string; description: string; quantity: number; unitCostMinor: number }>;
  receivedAt: Date;
  version: number;
}

const goodsReceiptSchema = new mongoose.Schema<GoodsReceiptDoc>(
  {
    receiptId: { type: String, required: true },
    purchaseOrderId: { type: String, required: true },
    purchaseOrderNumber: { type: String, required: true },
    supplierId: { type: String, required: true },
    currency: { type: String, required: true },
    lines: {
      type: [{ _id: false, productId: String, description: String, quantity: Number, unitCostMinor: Number }],
      default: [],
    },
    receivedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
goodsReceiptSchema.plugin(tenantScopePlugin);
goodsReceiptSchema.plugin(aggregatePlugin, { name: 'Goods receipt' });
goodsReceiptSchema.index({ tenantId: 1, receiptId: 1 }, { unique: true });
goodsReceiptSchema.index({ tenantId: 1, purchaseOrderId: 1 }); // the receipts a bill of the order is matched against

export const goodsReceiptModel = (connection: Connection) =>
  connection.model<GoodsReceiptDoc>('GoodsReceipt', goodsReceiptSchema, 'goods_receipts');
