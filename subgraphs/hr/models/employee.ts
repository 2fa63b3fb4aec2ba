/**
 * Employees: reporting line, department, employment and status, compensation, weekly hours and
 * cost rate; emails unique per tenant. Each change stores `hr.employee.upserted` in its outbox.
 */
import { archivable } from '../../../lib/archive';
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { aggregatePlugin } from '../../../lib/write';
import { EMPLOYEE_STATUS_TRANSITIONS, type EmployeeStatus, type EmploymentType } from '../domain/employee';

export type { EmploymentType } from '../domain/employee';

export interface EmployeeDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  email: string;
  /** Lower-cased email: unique per tenant. */
  emailKey: string;
  title?: string | null;
  departmentId?: string | null;
  managerId?: string | null;
  employmentType: EmploymentType;
  status: EmployeeStatus;
  /** ISO date. */
  startDate?: string | null;
  /** ISO 3166-1 alpha-2: which holidays of the tenant's calendar apply besides the tenant-wide ones. */
  country?: string | null;
  /** Last day of employment (ISO date) and why, set by `terminateEmployee`. */
  terminationDate?: string | null;
  terminationReason?: string | null;
  /** Annual base salary in minor units, with its currency. */
  compensationMinor?: number | null;
  compensationCurrency?: string | null;
  /** Contracted hours per week (default 40): the capacity operations plans with. */
  weeklyHours?: number | null;
  /** Hourly cost of the employee's time in minor units, with its currency (project costing). */
  costRateMinor?: number | null;
  costRateCurrency?: string | null;
  version: number;
  /** When it was archived (lib/archive.ts), once terminated; null while listed. */
  archivedAt?: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
export type EmployeeConnectionModel = Page<EmployeeDoc>;

const employeeSchema = new mongoose.Schema<EmployeeDoc>(
  {
    name: { type: String, required: true },
    email: { type: String, required: true },
    emailKey: { type: String, required: true },
    title: String,
    departmentId: String,
    managerId: String,
    employmentType: { type: String, required: true, default: 'FULL_TIME' },
    status: { type: String, required: true, default: 'ACTIVE' },
    startDate: String,
    country: String,
    terminationDate: String,
    terminationReason: String,
    compensationMinor: Number,
    compensationCurrency: String,
    weeklyHours: Number,
    costRateMinor: Number,
    costRateCurrency: String,
  },
  { timestamps: true, versionKey: false },
);
employeeSchema.plugin(tenantScopePlugin);
employeeSchema.plugin(nodeIdPlugin, { type: 'Employee' });
employeeSchema.plugin(outboxPlugin);
employeeSchema.plugin(aggregatePlugin, { name: 'Employee', transitions: EMPLOYEE_STATUS_TRANSITIONS });
employeeSchema.plugin(archivable);
employeeSchema.index({ tenantId: 1, emailKey: 1 }, { unique: true });
employeeSchema.index({ tenantId: 1, _id: -1 });
// The default list (employees not archived, lib/archive.ts) and its counts, unfiltered and by each filter.
employeeSchema.index({ tenantId: 1, archivedAt: 1, _id: -1 });
for (const field of ['departmentId', 'managerId', 'status', 'employmentType']) {
  employeeSchema.index({ tenantId: 1, [field]: 1, archivedAt: 1, _id: -1 });
}
employeeSchema.index({ tenantId: 1, departmentId: 1, _id: -1 });
employeeSchema.index({ tenantId: 1, managerId: 1, _id: -1 });
employeeSchema.index({ tenantId: 1, status: 1, _id: -1 });
employeeSchema.index({ tenantId: 1, employmentType: 1, _id: -1 });
// Payroll: leavers whose last day falls in or after a period.
employeeSchema.index({ tenantId: 1, terminationDate: 1 });
// The sorts a user may choose (EmployeeSort).
employeeSchema.index({ tenantId: 1, name: 1, _id: 1 });
employeeSchema.index({ tenantId: 1, startDate: 1, _id: 1 });

export const employeeModel = (connection: Connection) => connection.model<EmployeeDoc>('Employee', employeeSchema, 'employees');
