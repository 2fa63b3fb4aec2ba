/**
 * The general ledger as CSV (`generalLedgerExport`): one row per journal line, in ledger order,
 * with the entry, the document that posted it and the account's name, amounts as exact decimals.
 * RFC 4180 quoting; a text cell that a spreadsheet would read as a formula (=, +, -, @, tab, CR)
 * is prefixed with a quote so that opening the file runs nothing. Plain functions, no I/O.
 */
import { formatAmount } from '../../../lib/money';
import { sourceDocument } from './account-ledger';
import { accountOf, type JournalLine } from './ledger';

export const LEDGER_CSV_HEADER = [
  'date',
  'entry',
  'entry_id',
  'source',
  'source_type',
  'source_id',
  'account_code',
  'account_name',
  'party_id',
  'memo',
  'debit',
  'credit',
  'currency',
] as const;

export interface ExportEntry {
  _id: { toString(): string };
  date: Date;
  number: string;
  source: string;
  memo: string;
  currency: string;
  lines: JournalLine[];
}

/** A text cell: quoted when it holds a separator, quote or line break; defused when it starts like a formula. */
export function csvText(value: string | null | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function ledgerCsvRows(entry: ExportEntry): string[] {
  const document = sourceDocument(entry.source);
  return entry.lines.map((l) =>
    [
      entry.date.toISOString(),
      csvText(entry.number),
      entry._id.toString(),
      csvText(entry.source),
      document?.type ?? '',
      csvText(document?.id),
      csvText(l.accountCode),
      csvText(accountOf(l.accountCode).name),
      csvText(l.partyId),
      csvText(l.memo || entry.memo),
      // Numbers are not defused: a credit is its own column, so no amount is negative.
      formatAmount(l.debitMinor, entry.currency),
      formatAmount(l.creditMinor, entry.currency),
      entry.currency,
    ].join(','),
  );
}
