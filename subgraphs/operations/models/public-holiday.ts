/**
 * The tenant's holiday calendar as operations knows it, replicated from hr's `hr.holiday.upserted`
 * and `hr.holiday.removed` (never read from hr's database): one document per hr holiday, the
 * newest version winning; a removed holiday stays with `removed: true` so that a late, older
 * upsert cannot bring it back.
 */
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

export interface PublicHolidayDoc {
  _id: Types.ObjectId;
  tenantId: string;
  /** hr's Holiday id. */
  holidayId: string;
  date: string;
  name: string;
  /** ISO 3166-1 alpha-2, '' for every employee of the tenant. */
  country: string;
  removed: boolean;
  /** hr's version of the holiday last applied. */
  hrVersion: number;
  version: number;
}

const publicHolidaySchema = new mongoose.Schema<PublicHolidayDoc>(
  {
    holidayId: { type: String, required: true },
    date: { type: String, required: true },
    name: { type: String, default: '' },
    country: { type: String, default: '' },
    removed: { type: Boolean, default: false },
    hrVersion: { type: Number, default: -1 },
  },
  { timestamps: true, versionKey: false },
);
publicHolidaySchema.plugin(tenantScopePlugin);
publicHolidaySchema.plugin(aggregatePlugin, { name: 'Holiday' });
publicHolidaySchema.index({ tenantId: 1, holidayId: 1 }, { unique: true });
// The weeks of a plan or an allocation: one range read of the calendar.
publicHolidaySchema.index({ tenantId: 1, date: 1 });

export const publicHolidayModel = (connection: Connection) =>
  connection.model<PublicHolidayDoc>('PublicHoliday', publicHolidaySchema, 'public_holidays');
