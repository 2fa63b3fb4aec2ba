/** Time-off requests: an employee's dated request of a type, through DRAFT -> SUBMITTED -> decided. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { aggregatePlugin } from '../../../lib/write';
import { TIME_OFF_TRANSITIONS, type TimeOffStatus } from '../domain/time-off';

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
export type TimeOffRequestConnectionModel = Page<TimeOffRequestDoc>;

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
  },
  { timestamps: true, versionKey: false },
);
timeOffRequestSchema.plugin(tenantScopePlugin);
timeOffRequestSchema.plugin(nodeIdPlugin, { type: 'TimeOffRequest' });
timeOffRequestSchema.plugin(outboxPlugin);
timeOffRequestSchema.plugin(aggregatePlugin, { name: 'Time-off request', transitions: TIME_OFF_TRANSITIONS });
timeOffRequestSchema.index({ tenantId: 1, _id: -1 });
timeOffRequestSchema.index({ tenantId: 1, status: 1, typeId: 1, _id: -1 });
timeOffRequestSchema.index({ tenantId: 1, typeId: 1, _id: -1 });
timeOffRequestSchema.index({ tenantId: 1, employeeId: 1, status: 1, _id: -1 });
// The sort a user may choose besides newest first (TimeOffRequestSort).
timeOffRequestSchema.index({ tenantId: 1, startDate: 1, _id: 1 });

export const timeOffRequestModel = (connection: Connection) =>
  connection.model<TimeOffRequestDoc>('TimeOffRequest', timeOffRequestSchema, 'time_off_requests');
