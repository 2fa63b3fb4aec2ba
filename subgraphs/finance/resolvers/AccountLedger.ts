/** One account's ledger (reports/account-ledger.ts): balances and lines as Money, each line's entry and document. */
import { toMoney } from '../../../lib/money';
import type {
  AccountLedgerConnectionResolvers,
  AccountLedgerLineResolvers,
  GeneralLedgerExportResolvers,
} from '../__generated__/resolvers-types';
import { sourceDocument } from '../domain/account-ledger';

export const AccountLedgerConnection: AccountLedgerConnectionResolvers = {
  openingBalance: (r) => toMoney(r.openingMinor, r.currency),
  closingBalance: (r) => toMoney(r.closingMinor, r.currency),
};

export const AccountLedgerLine: AccountLedgerLineResolvers = {
  journalEntry: async (l, _, { loaders }) => (await loaders.journalEntry.load(l.entryId))!,
  entryNumber: (l) => l.number,
  document: (l) => sourceDocument(l.source),
  memo: (l) => l.memo || l.entryMemo,
  partyId: (l) => l.partyId ?? null,
  debit: (l) => toMoney(l.debitMinor, l.currency),
  credit: (l) => toMoney(l.creditMinor, l.currency),
  balance: (l) => toMoney(l.balanceMinor, l.currency),
};

export const GeneralLedgerExport: GeneralLedgerExportResolvers = {
  totalDebit: (e) => toMoney(e.debitMinor, e.currency),
  totalCredit: (e) => toMoney(e.creditMinor, e.currency),
};
