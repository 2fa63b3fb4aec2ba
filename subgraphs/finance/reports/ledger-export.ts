/**
 * `generalLedgerExport(from, to, currency)`: every journal line dated in the period as CSV
 * (domain/ledger-export.ts), with counts and totals to check the file against (debits equal
 * credits). Read by the `{currency, date}` index, oldest first; bounded in days and in lines so
 * one export is one response: a longer period is exported in parts.
 */
import mongoose from 'mongoose';
import { badInput } from '../../../lib/errors';
import { LEDGER_CSV_HEADER, ledgerCsvRows, type ExportEntry } from '../domain/ledger-export';
import type { FinanceModels } from '../models';
import { MAX_LEDGER_DAYS } from './account-ledger';

export const MAX_EXPORT_LINES = 20_000;

export interface LedgerExportModel {
  from: Date;
  to: Date;
  currency: string;
  csv: string;
  entries: number;
  lines: number;
  debitMinor: number;
  creditMinor: number;
}

export async function generalLedgerExport(
  models: FinanceModels,
  args: { from: Date; to: Date; currency: string },
): Promise<LedgerExportModel> {
  if (args.to < args.from) throw badInput('"to" must not be before "from".');
  if (args.to.getTime() - args.from.getTime() > MAX_LEDGER_DAYS * 86_400_000)
    throw badInput(`At most ${MAX_LEDGER_DAYS} days at once.`);
  const rows: string[] = [LEDGER_CSV_HEADER.join(',')];
  let entries = 0;
  let debitMinor = 0;
  let creditMinor = 0;
  const cursor = models.JournalEntry.find(
    { currency: args.currency, date: mongoose.trusted({ $gte: args.from, $lte: args.to }) },
    { date: 1, number: 1, source: 1, memo: 1, currency: 1, lines: 1 },
  )
    .sort({ date: 1, _id: 1 })
    .lean<ExportEntry[]>()
    .cursor();
  for await (const entry of cursor as AsyncIterable<ExportEntry>) {
    entries += 1;
    rows.push(...ledgerCsvRows(entry));
    if (rows.length - 1 > MAX_EXPORT_LINES) {
      await cursor.close();
      throw badInput(`More than ${MAX_EXPORT_LINES} journal lines in this period: export it in shorter parts.`);
    }
    for (const l of entry.lines) {
      debitMinor += l.debitMinor;
      creditMinor += l.creditMinor;
    }
  }
  return { ...args, csv: `${rows.join('\r\n')}\r\n`, entries, lines: rows.length - 1, debitMinor, creditMinor };
}
