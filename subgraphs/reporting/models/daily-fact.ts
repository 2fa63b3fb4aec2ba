/**
 * Daily facts: one document per tenant and UTC day with every KPI's integer value of that day
 * (domain/kpis.ts says what each one sums). `businessHealth` reads these, bounded by days, never by
 * how many orders or invoices the tenant has. `applied` holds the ids of the last events added to
 * the day (a ring), so a redelivered event changes nothing: the guard and the `$inc` are one
 * single-document write (lib/write.ts `update`).
 */
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';
import { KPI_METRICS, type KpiMetric } from '../domain/kpis';

export interface DailyFactDoc {
  _id: Types.ObjectId;
  tenantId: string;
  /** YYYY-MM-DD, UTC. */
  day: string;
  values: Partial<Record<KpiMetric, number>>;
  /** Ids of the latest events applied to this day (at most APPLIED_RING). */
  applied: string[];
  version: number;
}

const valuesSchema = new mongoose.Schema(
  Object.fromEntries(KPI_METRICS.map((metric) => [metric, { type: Number, default: 0 }])),
  { _id: false },
);

const dailyFactSchema = new mongoose.Schema<DailyFactDoc>(
  {
    day: { type: String, required: true },
    values: { type: valuesSchema, default: () => ({}) },
    applied: { type: [String], default: [] },
  },
  { timestamps: true, versionKey: false },
);
dailyFactSchema.plugin(tenantScopePlugin);
dailyFactSchema.plugin(aggregatePlugin, { name: 'Daily facts' });
// One document per day; a period's days (and everything before, for levels) in one range read.
dailyFactSchema.index({ tenantId: 1, day: 1 }, { unique: true });

export const dailyFactModel = (connection: Connection) =>
  connection.model<DailyFactDoc>('DailyFact', dailyFactSchema, 'daily_facts');
