/** The tenant's named tax rates. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

export interface TaxRateDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  rateBps: number;
  inclusive: boolean;
  version: number;
  createdAt: Date;
}

const taxRateSchema = new mongoose.Schema<TaxRateDoc>(
  {
    name: { type: String, required: true },
    rateBps: { type: Number, required: true, min: 0, max: 10000 },
    inclusive: { type: Boolean, default: false },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
taxRateSchema.plugin(tenantScopePlugin);
taxRateSchema.plugin(aggregatePlugin, { name: 'Tax rate' });
taxRateSchema.index({ tenantId: 1, name: 1 }, { unique: true });

export const taxRateModel = (connection: Connection) => connection.model<TaxRateDoc>('TaxRate', taxRateSchema, 'tax_rates');
