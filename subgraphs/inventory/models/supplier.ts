/** Suppliers: who purchase orders go to, and the currency they invoice in. */
import { archivable } from '../../../lib/archive';
import { outboxPlugin } from '../../../lib/events/outbox';
import mongoose, { type Connection, type Types } from 'mongoose';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

export interface SupplierDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  email?: string | null;
  phone?: string | null;
  address?: SupplierAddress | null;
  currency: string;
  version: number;
  /** When it was archived (lib/archive.ts); null while it is bought from. */
  archivedAt?: Date | null;
  createdAt: Date;
}

export interface SupplierAddress {
  line1: string;
  line2?: string | null;
  city: string;
  postalCode?: string | null;
  country: string;
}
export type SupplierConnectionModel = Page<SupplierDoc>;

const supplierSchema = new mongoose.Schema<SupplierDoc>(
  {
    name: { type: String, required: true },
    email: String,
    phone: String,
    address: {
      type: new mongoose.Schema<SupplierAddress>(
        { line1: String, line2: String, city: String, postalCode: String, country: String },
        { _id: false },
      ),
      default: null,
    },
    currency: { type: String, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
supplierSchema.plugin(tenantScopePlugin);
supplierSchema.plugin(outboxPlugin);
supplierSchema.plugin(aggregatePlugin, { name: 'Supplier' });
supplierSchema.plugin(archivable);
supplierSchema.index({ tenantId: 1, _id: -1 });
supplierSchema.index({ tenantId: 1, archivedAt: 1, _id: -1 }); // the default list: suppliers in use

export const supplierModel = (connection: Connection) => connection.model<SupplierDoc>('Supplier', supplierSchema, 'suppliers');
