/** Products: what the tenant sells or keeps in stock, unique per tenant by SKU (case-insensitive). */
import { archivable } from '../../../lib/archive';
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { aggregatePlugin } from '../../../lib/write';

export interface ProductDoc {
  _id: Types.ObjectId;
  tenantId: string;
  sku: string;
  /** Upper-cased SKU (domain/product.ts): the unique key, so "ab-1" and "AB-1" cannot both exist. */
  skuKey: string;
  name: string;
  /**
   * Lower-cased, trimmed name (domain/product.ts): the case-insensitive name sort. Written on
   * create and on every change; a product created before it existed gets it on its next change
   * (until then it sorts before every name ascending, after every name descending).
   */
  nameKey?: string | null;
  /** Unit of measure, e.g. "pcs", "box", "kg". */
  unit: string;
  priceMinor: number;
  currency: string;
  version: number;
  /** When it was archived (lib/archive.ts); null while it is sold. */
  archivedAt?: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
export type ProductConnectionModel = Page<ProductDoc>;

const productSchema = new mongoose.Schema<ProductDoc>(
  {
    sku: { type: String, required: true },
    skuKey: { type: String, required: true },
    name: { type: String, required: true },
    nameKey: String,
    unit: { type: String, default: 'pcs' },
    priceMinor: { type: Number, required: true, min: 0 },
    currency: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);
productSchema.plugin(tenantScopePlugin);
productSchema.plugin(nodeIdPlugin, { type: 'Product' });
productSchema.plugin(outboxPlugin);
productSchema.plugin(aggregatePlugin, { name: 'Product' });
productSchema.plugin(archivable);
productSchema.index({ tenantId: 1, skuKey: 1 }, { unique: true });
productSchema.index({ tenantId: 1, _id: -1 });
productSchema.index({ tenantId: 1, archivedAt: 1, _id: -1 }); // the default list: products in use
// The sorts a user may choose (ProductSort): a keyset on (key, _id). The unique SKU index cannot
// give the (skuKey, _id) order the keyset reads, so the SKU sort has its own.
productSchema.index({ tenantId: 1, nameKey: 1, _id: 1 });
productSchema.index({ tenantId: 1, skuKey: 1, _id: 1 });

export const productModel = (connection: Connection) => connection.model<ProductDoc>('Product', productSchema, 'products');
