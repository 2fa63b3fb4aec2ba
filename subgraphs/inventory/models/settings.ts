/** The tenant's inventory settings: one document per tenant, created with defaults on first use. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

export interface InventorySettingsDoc {
  _id: Types.ObjectId;
  tenantId: string;
  /** Fulfilment may ship more than is on hand (on-hand goes negative). */
  allowBackorders: boolean;
  defaultWarehouseId?: string | null;
  /** Currency of costs and valuation. */
  costCurrency: string;
  version: number;
}

const settingsSchema = new mongoose.Schema<InventorySettingsDoc>(
  {
    allowBackorders: { type: Boolean, default: false },
    defaultWarehouseId: String,
    costCurrency: { type: String, default: 'EUR' },
  },
  { timestamps: true, versionKey: false },
);
settingsSchema.plugin(tenantScopePlugin);
settingsSchema.plugin(aggregatePlugin, { name: 'Inventory settings' });
settingsSchema.index({ tenantId: 1 }, { unique: true });

export const settingsModel = (connection: Connection) =>
  connection.model<InventorySettingsDoc>('InventorySettings', settingsSchema, 'inventory_settings');
