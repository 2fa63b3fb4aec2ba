/** Journal entries: one posting each, its balanced lines embedded; immutable once posted. */
import mongoose, { type Connection, type Types } from 'mongoose';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';
import type { JournalLine } from '../domain/ledger';

export type JournalLineDoc = JournalLine;

/** A posted journal entry: balanced, immutable; corrected only by a reversing entry. */
export interface JournalEntryDoc {
  _id: Types.ObjectId;
  tenantId: string;
  number: string;
  /** What posted it, e.g. `invoice:<id>:issue`: unique per tenant, the idempotency arbiter. */
  source: string;
  date: Date;
  currency: string;
  memo: string;
  lines: JournalLineDoc[];
  totalMinor: number;
  /** Set on a reversing entry: the entry it reverses. */
  reverses?: string | null;
  createdAt: Date;
}
export type JournalEntryConnectionModel = Page<JournalEntryDoc>;
export type JournalLineView = JournalLineDoc & { currency: string };

const journalLineSchema = new mongoose.Schema<JournalLineDoc>(
  {
    accountCode: { type: String, required: true },
    debitMinor: { type: Number, required: true, min: 0 },
    creditMinor: { type: Number, required: true, min: 0 },
    partyId: String,
    taxKind: String,
    memo: String,
  },
  { _id: false },
);
const journalEntrySchema = new mongoose.Schema<JournalEntryDoc>(
  {
    number: { type: String, required: true },
    source: { type: String, required: true },
    date: { type: Date, required: true },
    currency: { type: String, required: true },
    memo: { type: String, default: '' },
    lines: { type: [journalLineSchema], required: true },
    totalMinor: { type: Number, required: true },
    reverses: String,
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
journalEntrySchema.plugin(tenantScopePlugin);
journalEntrySchema.plugin(aggregatePlugin, { name: 'Journal entry' });
journalEntrySchema.index({ tenantId: 1, source: 1 }, { unique: true });
journalEntrySchema.index({ tenantId: 1, _id: -1 });
journalEntrySchema.index({ tenantId: 1, date: 1 });
// Reports read a period in one currency, over all accounts or one, in ledger order (the GL export); a party's entries (customer balance).
journalEntrySchema.index({ tenantId: 1, currency: 1, date: 1, _id: 1 });
// ... and one account's lines in ledger order (accountLedger: date, then id).
journalEntrySchema.index({ tenantId: 1, 'lines.accountCode': 1, currency: 1, date: 1, _id: 1 });
journalEntrySchema.index({ tenantId: 1, 'lines.partyId': 1, _id: -1 });
// Posted entries are immutable: no update path exists, and the model refuses one if code tried.
for (const op of [
  'updateOne',
  'updateMany',
  'findOneAndUpdate',
  'replaceOne',
  'findOneAndReplace',
  'deleteOne',
  'deleteMany',
  'findOneAndDelete',
] as const) {
  journalEntrySchema.pre(op, () => {
    throw new Error('Journal entries are immutable once posted; post a reversing entry instead.');
  });
}

export const journalEntryModel = (connection: Connection) =>
  connection.model<JournalEntryDoc>('JournalEntry', journalEntrySchema, 'journal_entries');
