/**
 * A product's supply as available to promise reads it (lib/promise.ts): units free now across its
 * warehouses, units backordered for confirmed orders, and open purchase orders' outstanding units
 * by expected date. One document per product, rewritten (versioned) after each change of stock,
 * reservations or purchase orders, with `inventory.product.supplyChanged` in the same write: what
 * sales replicates to answer `productsAtRisk` without calling inventory.
 */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

export interface ProductSupplyDoc {
  _id: Types.ObjectId;
  tenantId: string;
  productId: string;
  freeNow: number;
  backordered: number;
  /** YYYY-MM-DD and units, by date. */
  incoming: Array<{ date: string; quantity: number }>;
  version: number;
}

const productSupplySchema = new mongoose.Schema<ProductSupplyDoc>(
  {
    productId: { type: String, required: true },
    freeNow: { type: Number, default: 0 },
    backordered: { type: Number, default: 0 },
    incoming: { type: [{ _id: false, date: String, quantity: Number }], default: [] },
  },
  { versionKey: false },
);
productSupplySchema.plugin(tenantScopePlugin);
productSupplySchema.plugin(outboxPlugin);
productSupplySchema.plugin(aggregatePlugin, { name: 'Product supply' });
productSupplySchema.index({ tenantId: 1, productId: 1 }, { unique: true });

export const productSupplyModel = (connection: Connection) =>
  connection.model<ProductSupplyDoc>('ProductSupply', productSupplySchema, 'product_supplies');
