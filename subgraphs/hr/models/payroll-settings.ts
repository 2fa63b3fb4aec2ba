/** Payroll settings: versions of the tenant's payroll currency and rates, the newest applying. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';
import type { PayrollRate, TaxBracket } from '../domain/payroll';

export type PayrollRateDoc = PayrollRate;

/** Unused time off paid out with a leaver's final pay: of which types, and the day rate's divisor. */
export interface TimeOffPayoutPolicyDoc {
  typeIds: string[];
  /** Day rate = annual salary / daysPerYear (e.g. 260 working days). */
  daysPerYear: number;
}

/**
 * One version of the tenant's payroll configuration, dated. `configurePayroll` inserts a new
 * version (history kept, no read-modify-write); a run for a period uses the version in force on
 * the period's first day (the latest `effectiveFrom` on or before it, the newest of equals), and
 * each payslip keeps the names and rates it was computed with.
 */
export interface PayrollSettingsDoc {
  _id: Types.ObjectId;
  tenantId: string;
  /** ISO date the version applies from; `0000-01-01` for a version that applies from the start. */
  effectiveFrom: string;
  currency: string;
  deductions: PayrollRateDoc[];
  contributions: PayrollRateDoc[];
  /** Progressive income tax on each period's gross (empty: none). */
  taxBrackets: TaxBracket[];
  timeOffPayout?: TimeOffPayoutPolicyDoc | null;
  version: number;
  createdAt: Date;
}

/** The effective date of versions that apply from the start. */
export const EARLIEST = '0000-01-01';

const rateSchema = { _id: false, name: String, rateBps: Number };
const payrollSettingsSchema = new mongoose.Schema<PayrollSettingsDoc>(
  {
    effectiveFrom: { type: String, required: true, default: EARLIEST },
    currency: { type: String, required: true },
    taxBrackets: { type: [{ _id: false, fromMinor: Number, rateBps: Number }], default: [] },
    timeOffPayout: { type: { _id: false, typeIds: [String], daysPerYear: Number }, default: null },
    deductions: { type: [rateSchema], default: [] },
    contributions: { type: [rateSchema], default: [] },
  },
  { timestamps: true, versionKey: false },
);
payrollSettingsSchema.plugin(tenantScopePlugin);
payrollSettingsSchema.plugin(aggregatePlugin, { name: 'Payroll settings' });
payrollSettingsSchema.index({ tenantId: 1, _id: -1 });
// The version in force on a date: the latest effectiveFrom on or before it, the newest of equals.
payrollSettingsSchema.index({ tenantId: 1, effectiveFrom: -1, _id: -1 });

export const payrollSettingsModel = (connection: Connection) =>
  connection.model<PayrollSettingsDoc>('PayrollSettings', payrollSettingsSchema, 'payroll_settings');
