import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { outboxPlugin } from '../../../lib/events';
import type { Connection as Page } from '../../../lib/pagination';
import type { EmployeeStatus, PayrollRunStatus, TimeOffStatus } from '../domain/lifecycles';
import type { PayslipAmounts, PayslipLine } from '../domain/payroll';
import type { TimeOffBalance } from '../domain/time-off';

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

export type EmploymentType = 'FULL_TIME' | 'PART_TIME' | 'CONTRACTOR' | 'INTERN';

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
  /** Annual base salary in minor units, with its currency. */
  compensationMinor?: number | null;
  compensationCurrency?: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface TimeOffTypeDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  nameKey: string;
  yearlyAllowanceDays: number;
}

export interface TimeOffRequestDoc {
  _id: Types.ObjectId;
  tenantId: string;
  employeeId: string;
  typeId: string;
  startDate: string;
  endDate: string;
  year: number;
  days: number;
  status: TimeOffStatus;
  note?: string | null;
  decidedById?: string | null;
  /** The credential that recorded the decision (`user:<id>` or `apikey:<id>`). */
  decidedByPrincipal?: string | null;
  decidedAt?: Date | null;
  version: number;
  createdAt: Date;
}

/** One approved request as the employee's ledger holds it. */
export interface ApprovedTimeOff {
  requestId: string;
  typeId: string;
  startDate: string;
  endDate: string;
  year: number;
  days: number;
}

/**
 * One per employee: their approved time off. The arbiter of overlap and allowance: every approval
 * is a versioned write of this single document, so two concurrent approvals cannot both pass.
 */
export interface TimeOffLedgerDoc {
  _id: Types.ObjectId;
  tenantId: string;
  employeeId: string;
  approved: ApprovedTimeOff[];
  version: number;
}

export interface PayrollRateDoc {
  name: string;
  rateBps: number;
}

/**
 * One version of the tenant's payroll configuration. `configurePayroll` inserts a new version
 * (history kept, no read-modify-write); the newest applies to runs created afterwards, and each
 * payslip keeps the names and rates it was computed with.
 */
export interface PayrollSettingsDoc {
  _id: Types.ObjectId;
  tenantId: string;
  currency: string;
  deductions: PayrollRateDoc[];
  contributions: PayrollRateDoc[];
}

export interface PayslipDoc extends PayslipAmounts {
  employeeId: string;
}

export interface PayrollRunDoc {
  _id: Types.ObjectId;
  tenantId: string;
  period: string;
  /** `period` while the run is not cancelled (unique per tenant); `<period>:cancelled:<id>` after. */
  periodKey: string;
  status: PayrollRunStatus;
  currency: string;
  payslips: PayslipDoc[];
  grossMinor: number;
  employeeDeductionsMinor: number;
  employerContributionsMinor: number;
  netMinor: number;
  approvedAt?: Date | null;
  postedAt?: Date | null;
  cancelledAt?: Date | null;
  version: number;
  createdAt: Date;
}

export type EmployeeConnectionModel = Page<EmployeeDoc>;
export type DepartmentConnectionModel = Page<DepartmentDoc>;
export type TimeOffTypeConnectionModel = Page<TimeOffTypeDoc>;
export type TimeOffRequestConnectionModel = Page<TimeOffRequestDoc>;
export type PayrollRunConnectionModel = Page<PayrollRunDoc>;
/** A payroll run's payslip with the run's currency (for Money fields). */
export type PayslipModel = PayslipDoc & { currency: string };
export type PayslipLineModel = PayslipLine & { currency: string };
export type TimeOffBalanceModel = TimeOffBalance;
export interface OrgChartNodeModel {
  depth: number;
  parentId: string | null;
  employeeId?: string;
  departmentId?: string;
}
export interface OrgChartModel {
  maxDepth: number;
  truncated: boolean;
  nodes: OrgChartNodeModel[];
}

const departmentSchema = new mongoose.Schema<DepartmentDoc>(
  {
    name: { type: String, required: true },
    nameKey: { type: String, required: true },
    parentId: String,
    managerId: String,
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
departmentSchema.plugin(tenantScopePlugin);
departmentSchema.index({ tenantId: 1, nameKey: 1 }, { unique: true });
departmentSchema.index({ tenantId: 1, _id: -1 });
departmentSchema.index({ tenantId: 1, parentId: 1, _id: -1 });

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
    compensationMinor: Number,
    compensationCurrency: String,
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
employeeSchema.plugin(tenantScopePlugin);
employeeSchema.index({ tenantId: 1, emailKey: 1 }, { unique: true });
employeeSchema.index({ tenantId: 1, _id: -1 });
employeeSchema.index({ tenantId: 1, departmentId: 1, _id: -1 });
employeeSchema.index({ tenantId: 1, managerId: 1, _id: -1 });
employeeSchema.index({ tenantId: 1, name: 1, _id: 1 });
employeeSchema.index({ tenantId: 1, startDate: 1, _id: 1 });

const timeOffTypeSchema = new mongoose.Schema<TimeOffTypeDoc>(
  {
    name: { type: String, required: true },
    nameKey: { type: String, required: true },
    yearlyAllowanceDays: { type: Number, required: true },
  },
  { timestamps: true, versionKey: false },
);
timeOffTypeSchema.plugin(tenantScopePlugin);
timeOffTypeSchema.index({ tenantId: 1, nameKey: 1 }, { unique: true });
timeOffTypeSchema.index({ tenantId: 1, _id: -1 });

const timeOffRequestSchema = new mongoose.Schema<TimeOffRequestDoc>(
  {
    employeeId: { type: String, required: true },
    typeId: { type: String, required: true },
    startDate: { type: String, required: true },
    endDate: { type: String, required: true },
    year: { type: Number, required: true },
    days: { type: Number, required: true },
    status: { type: String, required: true, default: 'DRAFT' },
    note: String,
    decidedById: String,
    decidedByPrincipal: String,
    decidedAt: Date,
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
timeOffRequestSchema.plugin(tenantScopePlugin);
timeOffRequestSchema.index({ tenantId: 1, _id: -1 });
timeOffRequestSchema.index({ tenantId: 1, employeeId: 1, status: 1, _id: -1 });
timeOffRequestSchema.index({ tenantId: 1, startDate: 1, _id: 1 });

const timeOffLedgerSchema = new mongoose.Schema<TimeOffLedgerDoc>(
  {
    employeeId: { type: String, required: true },
    approved: {
      type: [{ _id: false, requestId: String, typeId: String, startDate: String, endDate: String, year: Number, days: Number }],
      default: [],
    },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
timeOffLedgerSchema.plugin(tenantScopePlugin);
timeOffLedgerSchema.index({ tenantId: 1, employeeId: 1 }, { unique: true });

const rateSchema = { _id: false, name: String, rateBps: Number };
const payrollSettingsSchema = new mongoose.Schema<PayrollSettingsDoc>(
  {
    currency: { type: String, required: true },
    deductions: { type: [rateSchema], default: [] },
    contributions: { type: [rateSchema], default: [] },
  },
  { timestamps: true, versionKey: false },
);
payrollSettingsSchema.plugin(tenantScopePlugin);
payrollSettingsSchema.index({ tenantId: 1, _id: -1 });

const lineSchema = { _id: false, name: String, rateBps: Number, amountMinor: Number };
const payrollRunSchema = new mongoose.Schema<PayrollRunDoc>(
  {
    period: { type: String, required: true },
    periodKey: { type: String, required: true },
    status: { type: String, required: true, default: 'DRAFT' },
    currency: { type: String, required: true },
    payslips: {
      type: [
        {
          _id: false,
          employeeId: String,
          grossMinor: Number,
          deductions: [lineSchema],
          contributions: [lineSchema],
          employeeDeductionsMinor: Number,
          employerContributionsMinor: Number,
          netMinor: Number,
        },
      ],
      default: [],
    },
    grossMinor: { type: Number, required: true },
    employeeDeductionsMinor: { type: Number, required: true },
    employerContributionsMinor: { type: Number, required: true },
    netMinor: { type: Number, required: true },
    approvedAt: Date,
    postedAt: Date,
    cancelledAt: Date,
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
payrollRunSchema.plugin(tenantScopePlugin);
payrollRunSchema.plugin(outboxPlugin);
// The arbiter of "one non-cancelled run per period": cancelling rewrites periodKey (no partial indexes on FerretDB).
payrollRunSchema.index({ tenantId: 1, periodKey: 1 }, { unique: true });
payrollRunSchema.index({ tenantId: 1, period: -1, _id: -1 });
payrollRunSchema.index({ tenantId: 1, _id: -1 });

export function hrModels(connection: Connection) {
  return {
    Department: connection.model<DepartmentDoc>('Department', departmentSchema, 'departments'),
    Employee: connection.model<EmployeeDoc>('Employee', employeeSchema, 'employees'),
    TimeOffType: connection.model<TimeOffTypeDoc>('TimeOffType', timeOffTypeSchema, 'time_off_types'),
    TimeOffRequest: connection.model<TimeOffRequestDoc>('TimeOffRequest', timeOffRequestSchema, 'time_off_requests'),
    TimeOffLedger: connection.model<TimeOffLedgerDoc>('TimeOffLedger', timeOffLedgerSchema, 'time_off_ledgers'),
    PayrollSettings: connection.model<PayrollSettingsDoc>('PayrollSettings', payrollSettingsSchema, 'payroll_settings'),
    PayrollRun: connection.model<PayrollRunDoc>('PayrollRun', payrollRunSchema, 'payroll_runs'),
  };
}
export type HrModels = ReturnType<typeof hrModels>;
