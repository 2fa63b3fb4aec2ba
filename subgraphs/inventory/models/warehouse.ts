/** Warehouses: the places stock is kept, unique per tenant by code. */
import { archivable } from '../../../lib/archive';
import { outboxPlugin } from '../../../lib/events/outbox';
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
  version: number;
  /** When it was archived (lib/archive.ts); null while it is in use. */
  archivedAt?: Date | null;
}
export type WarehouseConnectionModel = Page<WarehouseDoc>;

const warehouseSchema = new mongoose.Schema<WarehouseDoc>(
  { code: { type: String, required: true }, name: { type: String, required: true } },
  { timestamps: true, versionKey: false },
);
warehouseSchema.plugin(tenantScopePlugin);
warehouseSchema.plugin(nodeIdPlugin, { type: 'Warehouse' });
warehouseSchema.plugin(outboxPlugin);
warehouseSchema.plugin(aggregatePlugin, { name: 'Warehouse' });
warehouseSchema.plugin(archivable);
warehouseSchema.index({ tenantId: 1, code: 1 }, { unique: true });
warehouseSchema.index({ tenantId: 1, _id: -1 });
warehouseSchema.index({ tenantId: 1, archivedAt: 1, _id: -1 }); // the default list: warehouses in use

export const warehouseModel = (connection: Connection) =>
  connection.model<WarehouseDoc>('Warehouse', warehouseSchema, 'warehouses');
