import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import type { Connection as Page } from '../../../lib/pagination';

export interface DepartmentDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  /** Lower-cased name: unique per tenant. */
  nameKey: string;
}

export interface EmployeeDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  email: string;
  /** Lower-cased email: unique per tenant. */
  emailKey: string;
  title?: string | null;
  departmentId?: string | null;
  /** Annual base salary in minor units, with its currency. */
  compensationMinor?: number | null;
  compensationCurrency?: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type EmployeeConnectionModel = Page<EmployeeDoc>;
export type DepartmentConnectionModel = Page<DepartmentDoc>;

const departmentSchema = new mongoose.Schema<DepartmentDoc>(
  { name: { type: String, required: true }, nameKey: { type: String, required: true } },
  { timestamps: true, versionKey: false },
);
departmentSchema.plugin(tenantScopePlugin);
departmentSchema.index({ tenantId: 1, nameKey: 1 }, { unique: true });
departmentSchema.index({ tenantId: 1, _id: -1 });

const employeeSchema = new mongoose.Schema<EmployeeDoc>(
  {
    name: { type: String, required: true },
    email: { type: String, required: true },
    emailKey: { type: String, required: true },
    title: String,
    departmentId: String,
    compensationMinor: Number,
    compensationCurrency: String,
  },
  { timestamps: true, versionKey: false },
);
employeeSchema.plugin(tenantScopePlugin);
employeeSchema.index({ tenantId: 1, emailKey: 1 }, { unique: true });
employeeSchema.index({ tenantId: 1, _id: -1 });
employeeSchema.index({ tenantId: 1, departmentId: 1, _id: -1 });

export function hrModels(connection: Connection) {
  return {
    Department: connection.model<DepartmentDoc>('Department', departmentSchema, 'departments'),
    Employee: connection.model<EmployeeDoc>('Employee', employeeSchema, 'employees'),
  };
}
export type HrModels = ReturnType<typeof hrModels>;
