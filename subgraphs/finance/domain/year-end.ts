/**
 * Year-end closing: every income and expense account's balance up to the year's last day moves
 * into retained earnings, by one closing entry per currency dated the year's last instant. Profit
 * and loss leaves closing entries out (it still shows the year's result); the balance sheet then
 * carries the result in retained earnings instead of current earnings. Pure: services/year-end.ts
 * posts what these functions compute.
 */
import { ACCOUNTS, accountType, compact, line, type JournalLine } from './ledger';

/** Closing entries' sources: `year-end:<YYYY-MM-DD>:<currency>:<n>`, n counting the entries of a year and currency. */
export const CLOSING_SOURCE = 'year-end:';

/** The sources of a year's closing entries (of one currency) start with this. */
export const closingPrefix = (yearEnd: string, currency = '') => `${CLOSING_SOURCE}${yearEnd}:${currency && `${currency}:`}`;

export const closingSource = (yearEnd: string, currency: string, n: number) => `${closingPrefix(yearEnd, currency)}${n}`;

export const isClosingSource = (source: string) => source.startsWith(CLOSING_SOURCE);

/** The year's last instant, at which its closing entries are dated: 23:59:59.999 UTC of `yearEnd`. */
export const yearEndInstant = (yearEnd: string) => new Date(`${yearEnd}T23:59:59.999Z`);

const isProfitAndLoss = (code: string) => {
  const type = accountType(code);
  return type === 'INCOME' || type === 'EXPENSE';
};

/**
 * The lines that bring every income and expense account of `totals` (one currency's debit and
 * credit totals up to the year end) to zero, the net going to retained earnings: credited with a
 * profit, debited with a loss. Empty when nothing is left to close. `netIncomeMinor` is the result
 * moved: income less expenses.
 */
export function closingLines(totals: Array<{ accountCode: string; debitMinor: number; creditMinor: number }>): {
  lines: JournalLine[];
  netIncomeMinor: number;
} {
  const pl = totals.filter((t) => isProfitAndLoss(t.accountCode)).sort((a, b) => a.accountCode.localeCompare(b.accountCode));
  // Each account is credited its debit balance (or debited its credit balance): net debit - credit.
  const lines = pl.map((t) =>
    line(t.accountCode, 'CREDIT', t.debitMinor - t.creditMinor, { memo: 'Closed into retained earnings' }),
  );
  const netDebitMinor = pl.reduce((sum, t) => sum + t.debitMinor - t.creditMinor, 0);
  const closing = compact(lines);
  if (!closing.length) return { lines: [], netIncomeMinor: 0 };
  return {
    lines: compact([...closing, line(ACCOUNTS.RETAINED, 'DEBIT', netDebitMinor, { memo: 'Result of the year' })]),
    netIncomeMinor: -netDebitMinor,
  };
}

/** The result a closing entry moved: what it credited to retained earnings less what it debited. */
export const closedNetIncome = (lines: JournalLine[]) =>
  lines.filter((l) => l.accountCode === ACCOUNTS.RETAINED).reduce((sum, l) => sum + l.creditMinor - l.debitMinor, 0);
