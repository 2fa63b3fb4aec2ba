/** Departments: a tree (parentId) with an optional manager; names unique per tenant. */
import mongoose, { type Connection, type Types } from 'mongoose';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { aggregatePlugin } from '../../../lib/write';

export interface DepartmentDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  /** Lower-cased name: unique per tenant. */
  nameKey: string;
  parentId?: string | null;
  managerId?: string | null;
  version: number;
}
export type DepartmentConnectionModel = Page<DepartmentDoc>;

const departmentSchema = new mongoose.Schema<DepartmentDoc>(
  {
    name: { type: String, required: true },
    nameKey: { type: String, required: true },
    parentId: String,
    managerId: String,
  },
  { timestamps: true, versionKey: false },
);
departmentSchema.plugin(tenantScopePlugin);
departmentSchema.plugin(nodeIdPlugin, { type: 'Department' });
departmentSchema.plugin(aggregatePlugin, { name: 'Department' });
departmentSchema.index({ tenantId: 1, nameKey: 1 }, { unique: true });
departmentSchema.index({ tenantId: 1, _id: -1 });
departmentSchema.index({ tenantId: 1, parentId: 1, _id: -1 });

export const departmentModel = (connection: Connection) =>
  connection.model<DepartmentDoc>('Department', departmentSchema, 'departments');
