/**
 * The small per-tenant state some KPIs need between events (domain/kpis.ts `SubjectState`): an
 * invoice's open balance and due date, a deal counted in the pipeline, a stock level's low flag,
 * an employee's status, a timesheet's minutes. One document per subject key (`invoice:<id>`, ...).
 * Read only by the consumer, never by `businessHealth`. `applied` remembers the latest events with
 * the fact deltas each one decided, so a retry after a crash writes the same deltas again (once).
 */
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';
import type { FactDelta, SubjectEvent, SubjectState } from '../domain/kpis';

export interface AppliedEvent {
  id: string;
  deltas: FactDelta[];
}

export interface ReportSubjectDoc {
  _id: Types.ObjectId;
  tenantId: string;
  key: string;
  state: SubjectState | null;
  /** Its events, in time order: the state and contribution are their fold (domain/kpis.ts `foldSubject`). */
  history: SubjectEvent[];
  /** Every fact delta it has contributed so far (what a late event's fold is compared with). */
  contribution: FactDelta[];
  applied: AppliedEvent[];
  version: number;
}

const subjectSchema = new mongoose.Schema<ReportSubjectDoc>(
  {
    key: { type: String, required: true },
    state: { type: mongoose.Schema.Types.Mixed, default: null },
    history: { type: mongoose.Schema.Types.Mixed, default: () => [] },
    contribution: { type: mongoose.Schema.Types.Mixed, default: () => [] },
    applied: { type: mongoose.Schema.Types.Mixed, default: () => [] },
  },
  { timestamps: true, versionKey: false, minimize: false },
);
subjectSchema.plugin(tenantScopePlugin);
subjectSchema.plugin(aggregatePlugin, { name: 'Report subject' });
subjectSchema.index({ tenantId: 1, key: 1 }, { unique: true });

export const reportSubjectModel = (connection: Connection) =>
  connection.model<ReportSubjectDoc>('ReportSubject', subjectSchema, 'report_subjects');
