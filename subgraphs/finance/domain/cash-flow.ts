/**
 * The cash-flow statement, direct method: every journal entry that moves a cash or bank account
 * (1000-1099) is a receipt or a payment, and each of its other lines says what the cash was for.
 * In a balanced entry the cash accounts' net debit equals the other lines' net credit, so each
 * counter-line's (credit - debit) is exactly its share of the cash moved: no proration, no
 * rounding. The section comes from the counter-account's class:
 *
 * - OPERATING: income and expense, current assets other than cash (receivables, inventory:
 *   1100-1499) and current liabilities (payables, tax, payroll, customer credit: 2000-2499);
 * - INVESTING: non-current assets (1500-1999: equipment, investments);
 * - FINANCING: long-term liabilities (2500-2999: loans) and equity (owner's capital, drawings).
 *
 * A transfer between two cash accounts moves no cash in or out and is left out.
 * Plain functions, integer minor units.
 */
import { accountType, type AccountType, type JournalLine } from './ledger';

export type CashFlowSectionName = 'OPERATING' | 'INVESTING' | 'FINANCING';

/** Cash and bank accounts: 1000-1099. */
export const isCashAccount = (code: string) => /^10\d\d$/.test(code);

/** An account's class from its code's range when the chart does not name it (1 asset ... 4 income, 5+ expense). */
const CLASS_OF_DIGIT: Record<string, AccountType> = { '1': 'ASSET', '2': 'LIABILITY', '3': 'EQUITY', '4': 'INCOME' };
const classOf = (code: string): AccountType => accountType(code) ?? CLASS_OF_DIGIT[code[0]] ?? 'EXPENSE';

/** The section of cash moved against `code` (null: another cash account). */
export function cashFlowSection(code: string, type: AccountType = classOf(code)): CashFlowSectionName | null {
  if (isCashAccount(code)) return null;
  const n = Number(code);
  if (type === 'EQUITY') return 'FINANCING';
  if (type === 'ASSET') return n >= 1500 && n < 2000 ? 'INVESTING' : 'OPERATING';
  if (type === 'LIABILITY') return n >= 2500 && n < 3000 ? 'FINANCING' : 'OPERATING';
  return 'OPERATING'; // income, expense, and anything unknown
}

export interface CashFlowLineTotals {
  accountCode: string;
  inflowMinor: number;
  outflowMinor: number;
}

export interface CashFlowSections {
  OPERATING: Map<string, CashFlowLineTotals>;
  INVESTING: Map<string, CashFlowLineTotals>;
  FINANCING: Map<string, CashFlowLineTotals>;
}

export const emptySections = (): CashFlowSections => ({ OPERATING: new Map(), INVESTING: new Map(), FINANCING: new Map() });

/** The cash an entry moves (net debit of its cash lines; negative: paid out). */
export const cashMoved = (lines: JournalLine[]) =>
  lines.filter((l) => isCashAccount(l.accountCode)).reduce((s, l) => s + l.debitMinor - l.creditMinor, 0);

/** Adds one entry's counter-lines to the sections (an entry that moves no cash adds nothing). */
export function addEntry(sections: CashFlowSections, lines: JournalLine[]): void {
  if (!lines.some((l) => isCashAccount(l.accountCode))) return;
  for (const l of lines) {
    const section = cashFlowSection(l.accountCode);
    if (!section) continue;
    const amount = l.creditMinor - l.debitMinor; // cash in for a credit to the counter-account
    if (amount === 0) continue;
    const totals = sections[section].get(l.accountCode) ?? { accountCode: l.accountCode, inflowMinor: 0, outflowMinor: 0 };
    if (amount > 0) totals.inflowMinor += amount;
    else totals.outflowMinor -= amount;
    sections[section].set(l.accountCode, totals);
  }
}
