/**
 * Postings not yet written to the ledger, as markers on the document that causes them. The
 * document records a marker in the same single-document write as the change that causes the
 * posting (e.g. `issue`); the journal entry is then written (idempotently, by its unique
 * `source`) and the marker removed. A crash in between leaves the marker, and the next flush of
 * the document or the finance sweeper (jobs/sweeper.ts) finishes the job, so a posted document
 * always ends up posted exactly once.
 */
import { Schema } from 'mongoose';

/** What the sweeper could not finish on a document, until it can (jobs/sweeper.ts). */
export interface SweepFailure {
  message: string;
  at: Date;
  attempts: number;
}

/** Mongoose plugin: the sweeper's failure record on a document it finishes. */
export function sweepFailurePlugin(schema: Schema): void {
  schema.add({
    sweepFailure: { type: new Schema({ message: String, at: Date, attempts: Number }, { _id: false }), default: undefined },
  });
}

/** Mongoose plugin: the `ledgerPending` markers of a posting document, and the index the sweeper reads them by. */
export function ledgerPendingPlugin(schema: Schema): void {
  schema.add({ ledgerPending: { type: [String], default: [] } });
  schema.plugin(sweepFailurePlugin);
  // Across tenants (the sweeper), sparse: only documents that still owe a posting are in it.
  schema.index({ 'ledgerPending.0': 1, updatedAt: 1 }, { sparse: true });
}
