/**
 * The tenant's holiday calendar: dated days off, tenant-wide or for one country; time off and payroll
 * proration skip them. A removed holiday is archived (`removedAt`), not deleted: its removal is an
 * event other domains replicate (`hr.holiday.removed`), stored in the same write as the archive.
 */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { aggregatePlugin } from '../../../lib/write';

export interface HolidayDoc {
  _id: Types.ObjectId;
  tenantId: string;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  name: string;
  /** ISO 3166-1 alpha-2 country it applies to; '' for every employee of the tenant. */
  country: string;
  /** When it was taken off the calendar (archived); null while it applies. */
  removedAt?: Date | null;
  version: number;
}

const holidaySchema = new mongoose.Schema<HolidayDoc>(
  {
    date: { type: String, required: true },
    name: { type: String, required: true },
    country: { type: String, default: '' },
    removedAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false },
);
holidaySchema.plugin(tenantScopePlugin);
holidaySchema.plugin(nodeIdPlugin, { type: 'Holiday' });
holidaySchema.plugin(outboxPlugin);
holidaySchema.plugin(aggregatePlugin, { name: 'Holiday' });
// One holiday per day and country (an archived one is restored when the day is added again); a date
// range read (a year, a payroll period) walks this index.
holidaySchema.index({ tenantId: 1, date: 1, country: 1 }, { unique: true });

export const holidayModel = (connection: Connection) => connection.model<HolidayDoc>('Holiday', holidaySchema, 'holidays');
