/** Payroll settings: versions of the tenant's payroll currency and rates, the newest applying. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';
import type { PayrollRate } from '../domain/payroll';

export type PayrollRateDoc = PayrollRate;

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
  version: number;
}

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
payrollSettingsSchema.plugin(aggregatePlugin, { name: 'Payroll settings' });
payrollSettingsSchema.index({ tenantId: 1, _id: -1 });

export const payrollSettingsModel = (connection: Connection) =>
  connection.model<PayrollSettingsDoc>('PayrollSettings', payrollSettingsSchema, 'payroll_settings');
