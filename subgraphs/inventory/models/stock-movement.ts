/** The stock ledger: one record per movement, immutable once APPLIED. Only APPLIED movements count (services/ledger.ts). */
import mongoose, { type Connection, type Types } from 'mongoose';
import type { Connection as Page } from '../../../lib/pagination';
import { outboxPlugin } from '../../../lib/events/outbox';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';
import { MOVEMENT_TRANSITIONS, type MovementStatus, type MovementType } from '../domain/stock';

export interface StockMovementDoc {
  _id: Types.ObjectId;
  tenantId: string;
  /** Idempotency key: a retried move with the same key is the same movement. */
  sourceKey: string;
  type: MovementType;
  status: MovementStatus;
  productId: string;
  warehouseId: string;
  /** Signed change of on-hand units. */
  quantity: number;
  /** Receipts: unit cost paid (minor units); otherwise the moving average at the time. */
  unitCostMinor?: number | null;
  reason?: string | null;
  /** What caused it: an order, a purchase order receipt, a transfer. */
  reference?: string | null;
  /** Set when applied: the level's version, time and balances right after this movement. */
  sequence?: number | null;
  appliedAt?: Date | null;
  onHandAfter?: number | null;
  avgCostAfterMinor?: number | null;
  /** Set when applied: the change of stock value (on-hand x average after, less before), posted by finance. */
  valueMinor?: number | null;
  /** Shipment: the customer; receipt: the supplier (carried to finance's postings). */
  partyId?: string | null;
  version: number;
  createdAt: Date;
}
export type StockMovementConnectionModel = Page<StockMovementDoc>;

const movementSchema = new mongoose.Schema<StockMovementDoc>(
  {
    sourceKey: { type: String, required: true },
    type: { type: String, required: true, enum: ['RECEIPT', 'SHIPMENT', 'TRANSFER', 'ADJUSTMENT'] },
    status: { type: String, required: true, enum: ['PENDING', 'APPLIED', 'REJECTED'] },
    productId: { type: String, required: true },
    warehouseId: { type: String, required: true },
    quantity: { type: Number, required: true },
    unitCostMinor: Number,
    reason: String,
    reference: String,
    sequence: Number,
    appliedAt: Date,
    onHandAfter: Number,
    avgCostAfterMinor: Number,
    valueMinor: Number,
    partyId: String,
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
movementSchema.plugin(tenantScopePlugin);
movementSchema.plugin(outboxPlugin); // `inventory.stock.moved`, stored by the write that marks it APPLIED
movementSchema.plugin(aggregatePlugin, { name: 'Stock movement', transitions: MOVEMENT_TRANSITIONS });
movementSchema.index({ tenantId: 1, sourceKey: 1 }, { unique: true });
movementSchema.index({ tenantId: 1, productId: 1, warehouseId: 1, sequence: 1 });
movementSchema.index({ tenantId: 1, _id: -1 });
// The ledger's lists and counts by status, and valuation's reads of applied movements up to a time.
movementSchema.index({ tenantId: 1, status: 1, appliedAt: 1 });
movementSchema.index({ tenantId: 1, status: 1, warehouseId: 1, appliedAt: 1 });
movementSchema.index({ tenantId: 1, productId: 1, status: 1, type: 1, _id: -1 });

export const stockMovementModel = (connection: Connection) =>
  connection.model<StockMovementDoc>('StockMovement', movementSchema, 'stock_movements');
