/**
 * Stock levels: one product in one warehouse. The derived state of the ledger (onHand), the
 * reservations held on it, its moving-average cost and its reorder rule live in ONE document, so
 * every change of them is a single-document (atomic) write. Its `_id` is the opaque StockLevel id.
 */
import mongoose, { type Connection, type Types } from 'mongoose';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { aggregatePlugin } from '../../../lib/write';
import type { ReorderRule } from '../domain/reorder';

/** A movement the level has applied but whose ledger record is not yet marked APPLIED (services/ledger.ts). */
export interface AppliedEntry {
  movementId: string;
  /** The level's version after the movement: orders movements of one level in the ledger. */
  sequence: number;
  at: Date;
  onHandAfter: number;
  avgCostAfterMinor: number;
  /** Change of the level's stock value it made (domain/costing.ts `levelValue` after less before). */
  valueMinor?: number;
}

/** Units of this level held for one order line (`ref` = `<orderId>#<line index>`). */
export interface ReservationEntry {
  ref: string;
  quantity: number;
}

export interface StockLevelDoc {
  _id: Types.ObjectId;
  tenantId: string;
  productId: string;
  warehouseId: string;
  onHand: number;
  reserved: number;
  reservations: ReservationEntry[];
  /** Moving-average unit cost in the tenant's cost currency's minor units. */
  avgCostMinor: number;
  applied: AppliedEntry[];
  reorder?: ReorderRule | null;
  /** available <= reorder.min, maintained by every write (indexed: productsBelowReorderPoint). */
  low: boolean;
  version: number;
  updatedAt: Date;
}
export type StockLevelConnectionModel = Page<StockLevelDoc>;

const stockLevelSchema = new mongoose.Schema<StockLevelDoc>(
  {
    productId: { type: String, required: true },
    warehouseId: { type: String, required: true },
    onHand: { type: Number, required: true, default: 0 },
    reserved: { type: Number, required: true, default: 0, min: 0 },
    reservations: { type: [{ _id: false, ref: String, quantity: Number }], default: [] },
    avgCostMinor: { type: Number, required: true, default: 0 },
    applied: {
      type: [
        {
          _id: false,
          movementId: String,
          sequence: Number,
          at: Date,
          onHandAfter: Number,
          avgCostAfterMinor: Number,
          valueMinor: Number,
        },
      ],
      default: [],
    },
    reorder: { type: { _id: false, min: Number, quantity: Number, supplierId: String }, default: null },
    low: { type: Boolean, default: false },
  },
  { timestamps: true, versionKey: false },
);
stockLevelSchema.plugin(tenantScopePlugin);
stockLevelSchema.plugin(nodeIdPlugin, { type: 'StockLevel' });
stockLevelSchema.plugin(aggregatePlugin, { name: 'Stock level' });
stockLevelSchema.index({ tenantId: 1, productId: 1, warehouseId: 1 }, { unique: true });
stockLevelSchema.index({ tenantId: 1, low: 1, _id: -1 });
stockLevelSchema.index({ tenantId: 1, warehouseId: 1, low: 1, _id: -1 });
stockLevelSchema.index({ tenantId: 1, productId: 1, _id: 1 }); // a product's levels, in creation order
stockLevelSchema.index({ tenantId: 1, warehouseId: 1, onHand: 1 }); // does a warehouse still hold stock (archiving)

export const stockLevelModel = (connection: Connection) =>
  connection.model<StockLevelDoc>('StockLevel', stockLevelSchema, 'stock_levels');
