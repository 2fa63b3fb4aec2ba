/** Suppliers: who purchase orders go to, and the currency they invoice in. */
import mongoose, { type Connection, type Types } from 'mongoose';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

export interface SupplierDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  email?: string | null;
  currency: string;
  createdAt: Date;
}
export type SupplierConnectionModel = Page<SupplierDoc>;

const supplierSchema = new mongoose.Schema<SupplierDoc>(
  { name: { type: String, required: true }, email: String, currency: { type: String, required: true } },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
supplierSchema.plugin(tenantScopePlugin);
supplierSchema.plugin(aggregatePlugin, { name: 'Supplier' });
supplierSchema.index({ tenantId: 1, _id: -1 });

export const supplierModel = (connection: Connection) => connection.model<SupplierDoc>('Supplier', supplierSchema, 'suppliers');
