/** Time-off ledgers: one per employee, the approved time off that every approval is checked against. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';
import type { ApprovedTimeOff } from '../domain/time-off';

export type { ApprovedTimeOff } from '../domain/time-off';

/**
 * One per employee (unique key): their approved time off. The arbiter of overlap and allowance:
 * every approval is a versioned write of this single document, so of concurrent approvals only
 * those that still fit once the others are recorded can pass, in any number of processes.
 */
export interface TimeOffLedgerDoc {
  _id: Types.ObjectId;
  tenantId: string;
  employeeId: string;
  approved: ApprovedTimeOff[];
  version: number;
}

const timeOffLedgerSchema = new mongoose.Schema<TimeOffLedgerDoc>(
  {
    employeeId: { type: String, required: true },
    approved: {
      type: [{ _id: false, requestId: String, typeId: String, startDate: String, endDate: String, year: Number, days: Number }],
      default: [],
    },
  },
  { timestamps: true, versionKey: false },
);
timeOffLedgerSchema.plugin(tenantScopePlugin);
timeOffLedgerSchema.plugin(aggregatePlugin, { name: 'Time-off ledger' });
timeOffLedgerSchema.index({ tenantId: 1, employeeId: 1 }, { unique: true });

export const timeOffLedgerModel = (connection: Connection) =>
  connection.model<TimeOffLedgerDoc>('TimeOffLedger', timeOffLedgerSchema, 'time_off_ledgers');
