import { docId, money } from '../../../lib/resolvers';
import type { JournalEntryResolvers, JournalLineResolvers } from '../__generated__/resolvers-types';
import { accountOf } from '../domain/ledger';
import type { JournalEntryDoc, JournalLineView } from '../models';

export const JournalEntry: JournalEntryResolvers = {
  id: docId,
  lines: (e) => e.lines.map((l) => ({ ...l, currency: e.currency })),
  total: money<JournalEntryDoc>('totalMinor'),
  reverses: (e, _, { loaders }) => (e.reverses ? loaders.journalEntry.load(e.reverses) : null),
};

export const JournalLine: JournalLineResolvers = {
  account: (l) => accountOf(l.accountCode),
  debit: money<JournalLineView>('debitMinor'),
  credit: money<JournalLineView>('creditMinor'),
};
