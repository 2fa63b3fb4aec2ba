/** Time-off types: a named kind of leave with its yearly allowance; names unique per tenant. */
import mongoose, { type Connection, type Types } from 'mongoose';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { aggregatePlugin } from '../../../lib/write';

export interface TimeOffTypeDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  nameKey: string;
  yearlyAllowanceDays: number;
  version: number;
}
export type TimeOffTypeConnectionModel = Page<TimeOffTypeDoc>;

const timeOffTypeSchema = new mongoose.Schema<TimeOffTypeDoc>(
  {
    name: { type: String, required: true },
    nameKey: { type: String, required: true },
    yearlyAllowanceDays: { type: Number, required: true },
  },
  { timestamps: true, versionKey: false },
);
timeOffTypeSchema.plugin(tenantScopePlugin);
timeOffTypeSchema.plugin(nodeIdPlugin, { type: 'TimeOffType' });
timeOffTypeSchema.plugin(aggregatePlugin, { name: 'Time-off type' });
timeOffTypeSchema.index({ tenantId: 1, nameKey: 1 }, { unique: true });
timeOffTypeSchema.index({ tenantId: 1, _id: -1 });

export const timeOffTypeModel = (connection: Connection) =>
  connection.model<TimeOffTypeDoc>('TimeOffType', timeOffTypeSchema, 'time_off_types');
