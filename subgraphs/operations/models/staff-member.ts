/**
 * What operations knows of an employee, replicated from hr's events (never read from hr's
 * database): name, role, department, country, contracted hours, cost rate and approved time off; and the
 * employee's resource allocations, embedded so that the capacity check and the booking it allows
 * are one versioned write.
 */
import mongoose, { type Connection, type Types } from 'mongoose';
import { nodeIdPlugin } from '../../../lib/node-id';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

export interface TimeOffSpan {
  requestId: string;
  from: string;
  to: string;
}

export interface AllocationDoc {
  _id: Types.ObjectId;
  projectId: string;
  from: string;
  to: string;
  minutesPerWeek: number;
  overbooked: boolean;
  createdAt: Date;
}

export interface StaffMemberDoc {
  _id: Types.ObjectId;
  tenantId: string;
  /** hr's Employee id. */
  employeeId: string;
  name: string;
  title?: string | null;
  departmentId?: string | null;
  /** ISO 3166-1 alpha-2: whose public holidays apply besides the tenant-wide ones (null: only those). */
  country?: string | null;
  status: string;
  weeklyMinutes: number;
  costRateMinor?: number | null;
  costCurrency?: string | null;
  /** hr's version of the employee last applied (-1 before any): older events are ignored. */
  hrVersion: number;
  timeOff: TimeOffSpan[];
  allocations: AllocationDoc[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
/** An allocation as the API shows it: with its employee. */
export type AllocationView = AllocationDoc & { employeeId: string };

const timeOffSchema = new mongoose.Schema<TimeOffSpan>(
  { requestId: { type: String, required: true }, from: { type: String, required: true }, to: { type: String, required: true } },
  { _id: false },
);
const allocationSchema = new mongoose.Schema<AllocationDoc>({
  projectId: { type: String, required: true },
  from: { type: String, required: true },
  to: { type: String, required: true },
  minutesPerWeek: { type: Number, required: true, min: 1 },
  overbooked: { type: Boolean, required: true },
  createdAt: { type: Date, required: true },
});
allocationSchema.plugin(nodeIdPlugin, { type: 'ResourceAllocation' });

const staffMemberSchema = new mongoose.Schema<StaffMemberDoc>(
  {
    employeeId: { type: String, required: true },
    name: { type: String, default: '' },
    title: String,
    departmentId: String,
    country: String,
    status: { type: String, default: 'ACTIVE' },
    weeklyMinutes: { type: Number, default: 40 * 60 },
    costRateMinor: Number,
    costCurrency: String,
    hrVersion: { type: Number, default: -1 },
    timeOff: { type: [timeOffSchema], default: [] },
    allocations: { type: [allocationSchema], default: [] },
  },
  { timestamps: true, versionKey: false },
);
staffMemberSchema.plugin(tenantScopePlugin);
staffMemberSchema.plugin(aggregatePlugin, { name: 'Employee' });
staffMemberSchema.index({ tenantId: 1, employeeId: 1 }, { unique: true });
staffMemberSchema.index({ tenantId: 1, departmentId: 1, _id: 1 });
staffMemberSchema.index({ tenantId: 1, _id: 1 });
staffMemberSchema.index({ tenantId: 1, 'allocations._id': 1 });
staffMemberSchema.index({ tenantId: 1, 'allocations.projectId': 1 });

export const staffMemberModel = (connection: Connection) =>
  connection.model<StaffMemberDoc>('StaffMember', staffMemberSchema, 'staff_members');
