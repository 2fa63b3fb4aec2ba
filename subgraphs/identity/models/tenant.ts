/** Tenants: the businesses using the platform. Not tenant-scoped: a tenant is found by its slug at login. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { aggregatePlugin } from '../../../lib/write';

export interface TenantDoc {
  _id: Types.ObjectId;
  /** Short, unique, human handle, e.g. "acme"; users name it at login. */
  slug: string;
  name: string;
  /** The tenant's reporting currency. */
  currency: string;
  /** Unset: the defaults (subgraphs/identity/domain/attachments.ts). */
  attachmentLimits?: { maxBytes: number; contentTypes: string[] } | null;
  version: number;
  createdAt: Date;
}

const tenantSchema = new mongoose.Schema<TenantDoc>(
  {
    slug: { type: String, required: true },
    name: { type: String, required: true },
    currency: { type: String, required: true },
    attachmentLimits: { type: new mongoose.Schema({ maxBytes: Number, contentTypes: [String] }, { _id: false }) },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
tenantSchema.plugin(aggregatePlugin, { name: 'Tenant' });
tenantSchema.index({ slug: 1 }, { unique: true });

export const tenantModel = (connection: Connection) => connection.model<TenantDoc>('Tenant', tenantSchema, 'tenants');
