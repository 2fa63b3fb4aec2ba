/**
 * Timesheets: one employee's entries on one project in one ISO week, embedded so that an entry,
 * the sheet's status and the billing event of its approval change in one single-document write.
 */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { aggregatePlugin } from '../../../lib/write';
import { TIMESHEET_TRANSITIONS, type TimesheetStatus } from '../domain/timesheet';

export interface TimeEntryDoc {
  _id: Types.ObjectId;
  date: string;
  taskId?: string | null;
  minutes: number;
  billable: boolean;
  note?: string | null;
  /** Hourly rate billed, fixed at approval (TIME_AND_MATERIALS, billable, a rate known). */
  rateMinor?: number | null;
  createdAt: Date;
}

export interface TimesheetDoc {
  _id: Types.ObjectId;
  tenantId: string;
  employeeId: string;
  projectId: string;
  /** The Monday of the week. */
  weekStart: string;
  status: TimesheetStatus;
  entries: TimeEntryDoc[];
  /** The project's currency (rates and billing). */
  currency: string;
  submittedAt?: Date | null;
  decidedById?: string | null;
  /** The credential that recorded the decision (`user:<id>` or `apikey:<id>`). */
  decidedByPrincipal?: string | null;
  decidedAt?: Date | null;
  rejectionReason?: string | null;
  /** What the approval billed (set by the same write that stores `operations.billing.ready`). */
  billedMinor?: number | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
export type TimesheetConnectionModel = Page<TimesheetDoc>;
/** An entry as the API shows it: with its sheet's currency. */
export type TimeEntryView = TimeEntryDoc & { currency: string };

const timeEntrySchema = new mongoose.Schema<TimeEntryDoc>({
  date: { type: String, required: true },
  taskId: String,
  minutes: { type: Number, required: true, min: 1 },
  billable: { type: Boolean, required: true },
  note: String,
  rateMinor: Number,
  createdAt: { type: Date, required: true },
});

const timesheetSchema = new mongoose.Schema<TimesheetDoc>(
  {
    employeeId: { type: String, required: true },
    projectId: { type: String, required: true },
    weekStart: { type: String, required: true },
    status: { type: String, required: true, default: 'OPEN' },
    entries: { type: [timeEntrySchema], default: [] },
    currency: { type: String, required: true },
    submittedAt: Date,
    decidedById: String,
    decidedByPrincipal: String,
    decidedAt: Date,
    rejectionReason: String,
    billedMinor: Number,
  },
  { timestamps: true, versionKey: false },
);
timesheetSchema.plugin(tenantScopePlugin);
timesheetSchema.plugin(nodeIdPlugin, { type: 'Timesheet' });
timesheetSchema.plugin(outboxPlugin);
timesheetSchema.plugin(aggregatePlugin, { name: 'Timesheet', transitions: TIMESHEET_TRANSITIONS });
timesheetSchema.index({ tenantId: 1, employeeId: 1, projectId: 1, weekStart: 1 }, { unique: true });
timesheetSchema.index({ tenantId: 1, _id: -1 });
timesheetSchema.index({ tenantId: 1, status: 1, _id: -1 });
timesheetSchema.index({ tenantId: 1, projectId: 1, _id: -1 });
timesheetSchema.index({ tenantId: 1, projectId: 1, status: 1, _id: -1 });
timesheetSchema.index({ tenantId: 1, employeeId: 1, _id: -1 });
timesheetSchema.index({ tenantId: 1, employeeId: 1, weekStart: 1 });
// A retainer period's approved time.
timesheetSchema.index({ tenantId: 1, projectId: 1, status: 1, weekStart: 1 });
timesheetSchema.index({ tenantId: 1, 'entries._id': 1 });

export const timesheetModel = (connection: Connection) =>
  connection.model<TimesheetDoc>('Timesheet', timesheetSchema, 'timesheets');
