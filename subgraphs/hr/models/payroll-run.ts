/** Payroll runs: a month's payslips and totals, DRAFT -> APPROVED -> POSTED -> PAID (or CANCELLED), with an outbox. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { aggregatePlugin } from '../../../lib/write';
import {
  PAYROLL_RUN_TRANSITIONS,
  type Earning,
  type PayrollRunStatus,
  type PayslipAmounts,
  type PayslipLine,
  type Reimbursement,
  type TaxBracket,
} from '../domain/payroll';

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
  reimbursementsMinor?: number | null;
  /** The settings version the run was computed with. */
  settingsId?: string | null;
  approvedAt?: Date | null;
  postedAt?: Date | null;
  paidAt?: Date | null;
  cancelledAt?: Date | null;
  version: number;
  createdAt: Date;
}
export type PayrollRunConnectionModel = Page<PayrollRunDoc>;
/** A payroll run's payslip with the run's currency (for Money fields). */
export type PayslipModel = PayslipDoc & { currency: string };
export type PayslipLineModel = PayslipLine & { currency: string };
export type EarningModel = Earning & { currency: string };
export type PayslipReimbursementModel = Reimbursement & { currency: string };
export type TaxBracketModel = TaxBracket & { currency: string };

const lineSchema = { _id: false, name: String, rateBps: Number, amountMinor: Number, baseMinor: Number };
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
          earnings: [{ _id: false, kind: String, description: String, days: Number, amountMinor: Number }],
          periodWorkingDays: Number,
          workedDays: Number,
          final: Boolean,
          reimbursements: [{ _id: false, claimId: String, expenseId: String, number: String, amountMinor: Number }],
          reimbursementsMinor: Number,
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
    reimbursementsMinor: { type: Number, default: 0 },
    settingsId: String,
    approvedAt: Date,
    postedAt: Date,
    paidAt: Date,
    cancelledAt: Date,
  },
  { timestamps: true, versionKey: false },
);
payrollRunSchema.plugin(tenantScopePlugin);
payrollRunSchema.plugin(nodeIdPlugin, { type: 'PayrollRun' });
payrollRunSchema.plugin(outboxPlugin);
payrollRunSchema.plugin(aggregatePlugin, { name: 'Payroll run', transitions: PAYROLL_RUN_TRANSITIONS });
// The arbiter of "one non-cancelled run per period": cancelling rewrites periodKey in the same
// write as the status (a plain unique index, portable where partial indexes are not).
payrollRunSchema.index({ tenantId: 1, periodKey: 1 }, { unique: true });
// The sorts a user may choose (PayrollRunSort): by period, then creation order.
payrollRunSchema.index({ tenantId: 1, period: -1, _id: -1 });
payrollRunSchema.index({ tenantId: 1, _id: -1 });
payrollRunSchema.index({ tenantId: 1, status: 1, period: -1, _id: -1 });

export const payrollRunModel = (connection: Connection) =>
  connection.model<PayrollRunDoc>('PayrollRun', payrollRunSchema, 'payroll_runs');
