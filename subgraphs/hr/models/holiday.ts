/** The tenant's holiday calendar: dated days off, tenant-wide or for one country; time off and payroll proration skip them. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

export interface HolidayDoc {
  _id: Types.ObjectId;
  tenantId: string;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  name: string;
  /** ISO 3166-1 alpha-2 country it applies to; '' for every employee of the tenant. */
  country: string;
  version: number;
}

const holidaySchema = new mongoose.Schema<HolidayDoc>(
  {
    date: { type: String, required: true },
    name: { type: String, required: true },
    country: { type: String, default: '' },
  },
  { timestamps: true, versionKey: false },
);
holidaySchema.plugin(tenantScopePlugin);
holidaySchema.plugin(aggregatePlugin, { name: 'Holiday' });
// One holiday per day and country; a date range read (a year, a payroll period) walks this index.
holidaySchema.index({ tenantId: 1, date: 1, country: 1 }, { unique: true });

export const holidayModel = (connection: Connection) => connection.model<HolidayDoc>('Holiday', holidaySchema, 'holidays');
