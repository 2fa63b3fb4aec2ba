/** What sales knows of inventory's products (sku, name, list price), replicated from `inventory.product.upserted`. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

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
productRefSchema.plugin(aggregatePlugin, { name: 'Product reference' });
productRefSchema.index({ tenantId: 1, productId: 1 }, { unique: true });

export const productRefModel = (connection: Connection) =>
  connection.model<ProductRefDoc>('ProductRef', productRefSchema, 'product_refs');

/**
 * A product's supply as inventory last reported it (`inventory.product.supplyChanged`, the highest
 * `version` kept): what `productsAtRisk` promises demand from, without calling inventory.
 */
export interface ProductSupplyRefDoc {
  _id: Types.ObjectId;
  tenantId: string;
  productId: string;
  freeNow: number;
  backordered: number;
  incoming: Array<{ date: string; quantity: number }>;
  supplyVersion: number;
  version: number;
}
const productSupplyRefSchema = new mongoose.Schema<ProductSupplyRefDoc>(
  {
    productId: { type: String, required: true },
    freeNow: { type: Number, default: 0 },
    backordered: { type: Number, default: 0 },
    incoming: { type: [{ _id: false, date: String, quantity: Number }], default: [] },
    supplyVersion: { type: Number, default: 0 },
  },
  { versionKey: false },
);
productSupplyRefSchema.plugin(tenantScopePlugin);
productSupplyRefSchema.plugin(aggregatePlugin, { name: 'Product supply' });
productSupplyRefSchema.index({ tenantId: 1, productId: 1 }, { unique: true });

export const productSupplyRefModel = (connection: Connection) =>
  connection.model<ProductSupplyRefDoc>('ProductSupplyRef', productSupplyRefSchema, 'product_supplies');
