/** Warehouses: the places stock is kept, unique per tenant by code. */
import mongoose, { type Connection, type Types } from 'mongoose';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { aggregatePlugin } from '../../../lib/write';

export interface WarehouseDoc {
  _id: Types.ObjectId;
  tenantId: string;
  code: string;
  name: string;
}
export type WarehouseConnectionModel = Page<WarehouseDoc>;

const warehouseSchema = new mongoose.Schema<WarehouseDoc>(
  { code: { type: String, required: true }, name: { type: String, required: true } },
  { timestamps: true, versionKey: false },
);
warehouseSchema.plugin(tenantScopePlugin);
warehouseSchema.plugin(nodeIdPlugin, { type: 'Warehouse' });
warehouseSchema.plugin(aggregatePlugin, { name: 'Warehouse' });
warehouseSchema.index({ tenantId: 1, code: 1 }, { unique: true });
warehouseSchema.index({ tenantId: 1, _id: -1 });

export const warehouseModel = (connection: Connection) =>
  connection.model<WarehouseDoc>('Warehouse', warehouseSchema, 'warehouses');
