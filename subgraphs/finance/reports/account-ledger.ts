/**
 * One account's ledger over a period (`accountLedger`): the balance before it, each line dated in
 * it with the entry and document that posted it and the balance after it, one page at a time, and
 * the balance at its end. Read from the journal (the entries touching the account, by the
 * `lines.accountCode` index), oldest first, summed exactly in JS like every report (reports/ledger.ts).
 * A page after a cursor sums the lines before the cursor again rather than trusting a balance
 * carried in a client's cursor: its cost grows with the account's entries up to `to`.
 */
import mongoose from 'mongoose';
import { badInput } from '../../../lib/errors';
import { pageSize, type Connection } from '../../../lib/pagination';
import {
  compareLedger,
  decodeLedgerCursor,
  encodeLedgerCursor,
  withRunningBalance,
  type LedgerCursor,
  type LedgerLine,
} from '../domain/account-ledger';
import { accountOf, accountType, normalBalance, type JournalLine } from '../domain/ledger';
import type { FinanceModels, JournalEntryDoc } from '../models';

/** The longest period one ledger read covers (a page still holds at most `first` lines). */
export const MAX_LEDGER_DAYS = 3_660;

export interface AccountLedgerLineModel extends LedgerLine, Omit<JournalLine, 'debitMinor' | 'creditMinor' | 'accountCode'> {
  currency: string;
  number: string;
  source: string;
  entryMemo: string;
  balanceMinor: number;
}

export interface AccountLedgerModel extends Connection<AccountLedgerLineModel> {
  account: ReturnType<typeof accountOf>;
  from: Date;
  to: Date;
  currency: string;
  openingMinor: number;
  closingMinor: number;
}

export async function accountLedger(
  models: FinanceModels,
  args: { code: string; from: Date; to: Date; currency: string; first?: number | null; after?: string | null },
): Promise<AccountLedgerModel> {
  const type = accountType(args.code);
  if (!type) throw badInput(`Unknown account ${args.code}.`);
  if (args.to < args.from) throw badInput('"to" must not be before "from".');
  if (args.to.getTime() - args.from.getTime() > MAX_LEDGER_DAYS * 86_400_000) throw badInput(`At most ${MAX_LEDGER_DAYS} days at once.`);
  const first = pageSize(args.first);
  const after: LedgerCursor | null = args.after ? decodeLedgerCursor(args.after) : null;

  let openingMinor = 0;
  let beforeCursorMinor = 0;
  let inRange = 0;
  let rangeMinor = 0;
  const page: Array<Omit<AccountLedgerLineModel, 'balanceMinor'>> = [];
  const cursor = models.JournalEntry.find(
    { 'lines.accountCode': args.code, currency: args.currency, date: mongoose.trusted({ $lte: args.to }) },
    { date: 1, number: 1, source: 1, memo: 1, lines: 1 },
  )
    .sort({ date: 1, _id: 1 })
    .lean<Array<Pick<JournalEntryDoc, '_id' | 'date' | 'number' | 'source' | 'memo' | 'lines'>>>()
    .cursor();
  for await (const entry of cursor as AsyncIterable<Pick<JournalEntryDoc, '_id' | 'date' | 'number' | 'source' | 'memo' | 'lines'>>) {
    const entryId = entry._id.toString();
    for (const [lineIndex, l] of entry.lines.entries()) {
      if (l.accountCode !== args.code) continue;
      const amount = normalBalance(type, l.debitMinor, l.creditMinor);
      if (entry.date < args.from) {
        openingMinor += amount;
        continue;
      }
      inRange += 1;
      rangeMinor += amount;
      const at = { date: entry.date, entryId, lineIndex };
      if (after && compareLedger(at, after) <= 0) {
        beforeCursorMinor += amount;
        continue;
      }
      if (page.length <= first) {
        const { accountCode: _code, ...rest } = l;
        page.push({ ...rest, ...at, currency: args.currency, number: entry.number, source: entry.source, entryMemo: entry.memo });
      }
    }
  }
  const lines = withRunningBalance(type, openingMinor + beforeCursorMinor, page.slice(0, first));
  const edges = lines.map((node) => ({ cursor: encodeLedgerCursor(node), node }));
  return {
    account: accountOf(args.code),
    from: args.from,
    to: args.to,
    currency: args.currency,
    openingMinor,
    closingMinor: openingMinor + rangeMinor,
    edges,
    pageInfo: {
      hasNextPage: page.length > first,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: inRange,
  };
}
