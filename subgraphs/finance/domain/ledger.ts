/**
 * Double-entry rules: the chart of accounts every tenant starts with, and what makes a journal
 * entry valid. Plain functions, no I/O.
 */
import { userError, type UserError } from '../../../lib/errors';
import { parseAmount } from '../../../lib/money';

export type AccountType = 'ASSET' | 'LIABILITY' | 'EQUITY' | 'INCOME' | 'EXPENSE';

export interface AccountDef {
  code: string;
  name: string;
  type: AccountType;
}

/** Account codes the postings use. */
export const ACCOUNTS = {
  CASH: '1000',
  AR: '1100',
  INVENTORY: '1200',
  STOCK_IN_TRANSIT: '1210',
  AP: '2000',
  GRNI: '2050',
  TAX: '2100',
  PAYROLL_NET: '2200',
  PAYROLL_DEDUCTIONS: '2210',
  PAYROLL_EMPLOYER: '2220',
  CUSTOMER_CREDIT: '2300',
  EMPLOYEE_PAYABLE: '2400',
  EQUITY: '3000',
  RETAINED: '3100',
  SALES: '4000',
  COGS: '5000',
  INVENTORY_REVALUATION: '5010',
  INVENTORY_ADJUSTMENTS: '5020',
  PRICE_VARIANCE: '5030',
  PAYROLL_EXPENSE: '5100',
  PAYROLL_EMPLOYER_EXPENSE: '5110',
  EXPENSES: '5200',
  PURCHASES: '5300',
} as const;

/** The chart of accounts seeded (lazily) for every tenant. */
export const DEFAULT_CHART: AccountDef[] = [
  { code: ACCOUNTS.CASH, name: 'Cash and bank', type: 'ASSET' },
  { code: ACCOUNTS.AR, name: 'Accounts receivable', type: 'ASSET' },
  { code: ACCOUNTS.INVENTORY, name: 'Inventory', type: 'ASSET' },
  { code: ACCOUNTS.STOCK_IN_TRANSIT, name: 'Stock in transit (between warehouses)', type: 'ASSET' },
  { code: ACCOUNTS.AP, name: 'Accounts payable', type: 'LIABILITY' },
  { code: ACCOUNTS.GRNI, name: 'Goods received not invoiced', type: 'LIABILITY' },
  { code: ACCOUNTS.TAX, name: 'Tax payable (output tax less input tax)', type: 'LIABILITY' },
  { code: ACCOUNTS.PAYROLL_NET, name: 'Net salaries payable', type: 'LIABILITY' },
  { code: ACCOUNTS.PAYROLL_DEDUCTIONS, name: 'Payroll deductions payable', type: 'LIABILITY' },
  { code: ACCOUNTS.PAYROLL_EMPLOYER, name: 'Employer contributions payable', type: 'LIABILITY' },
  { code: ACCOUNTS.CUSTOMER_CREDIT, name: 'Customer credit (unallocated receipts)', type: 'LIABILITY' },
  { code: ACCOUNTS.EMPLOYEE_PAYABLE, name: 'Expense reimbursements payable', type: 'LIABILITY' },
  { code: ACCOUNTS.EQUITY, name: "Owner's equity", type: 'EQUITY' },
  { code: ACCOUNTS.RETAINED, name: 'Retained earnings', type: 'EQUITY' },
  { code: ACCOUNTS.SALES, name: 'Sales', type: 'INCOME' },
  { code: ACCOUNTS.COGS, name: 'Cost of goods sold', type: 'EXPENSE' },
  { code: ACCOUNTS.INVENTORY_REVALUATION, name: 'Inventory revaluation and cost rounding', type: 'EXPENSE' },
  { code: ACCOUNTS.INVENTORY_ADJUSTMENTS, name: 'Inventory adjustments (counts, damage)', type: 'EXPENSE' },
  { code: ACCOUNTS.PRICE_VARIANCE, name: 'Purchase price and quantity variance', type: 'EXPENSE' },
  { code: ACCOUNTS.PAYROLL_EXPENSE, name: 'Salaries expense', type: 'EXPENSE' },
  { code: ACCOUNTS.PAYROLL_EMPLOYER_EXPENSE, name: 'Employer payroll contributions', type: 'EXPENSE' },
  { code: ACCOUNTS.EXPENSES, name: 'Operating expenses', type: 'EXPENSE' },
  { code: ACCOUNTS.PURCHASES, name: 'Purchases', type: 'EXPENSE' },
];

const TYPES = new Map(DEFAULT_CHART.map((a) => [a.code, a.type]));
export const accountType = (code: string): AccountType | undefined => TYPES.get(code);

const CHART = new Map(DEFAULT_CHART.map((a) => [a.code, a]));
/** The chart is the same for every tenant (seeded from DEFAULT_CHART), so an account's name needs no read. */
export const accountOf = (code: string): AccountDef => CHART.get(code) ?? { code, name: code, type: 'ASSET' };

/** Assets and expenses grow with debits; the others with credits. */
export const isDebitNormal = (type: AccountType) => type === 'ASSET' || type === 'EXPENSE';

export interface JournalLine {
  accountCode: string;
  debitMinor: number;
  creditMinor: number;
  /** The customer, supplier or employee the line concerns (sub-ledger), if any. */
  partyId?: string | null;
  /** For tax lines: OUTPUT (sales) or INPUT (purchases), for the tax report. */
  taxKind?: 'OUTPUT' | 'INPUT' | null;
  memo?: string | null;
}

/** Why lines cannot form a posted entry, or null when they balance exactly. */
export function balanceProblem(lines: JournalLine[]): string | null {
  if (lines.length < 2) return 'A journal entry needs at least two lines.';
  let debit = 0;
  let credit = 0;
  for (const [i, l] of lines.entries()) {
    if (!TYPES.has(l.accountCode)) return `Line ${i}: unknown account ${l.accountCode}.`;
    for (const v of [l.debitMinor, l.creditMinor]) {
      if (!Number.isSafeInteger(v) || v < 0) return `Line ${i}: amounts must be non-negative integers of minor units.`;
    }
    if (l.debitMinor > 0 === l.creditMinor > 0) return `Line ${i}: exactly one of debit and credit must be positive.`;
    debit += l.debitMinor;
    credit += l.creditMinor;
  }
  if (!Number.isSafeInteger(debit) || !Number.isSafeInteger(credit)) return 'Amounts are too large.';
  return debit === credit ? null : `Debits (${debit}) and credits (${credit}) differ.`;
}

/** A line, from an amount that may be negative (then it lands on the other side); null for zero. */
export function line(
  accountCode: string,
  side: 'DEBIT' | 'CREDIT',
  amountMinor: number,
  extra: Partial<JournalLine> = {},
): JournalLine | null {
  if (amountMinor === 0) return null;
  const debit = (side === 'DEBIT') === amountMinor > 0;
  const abs = Math.abs(amountMinor);
  return { accountCode, debitMinor: debit ? abs : 0, creditMinor: debit ? 0 : abs, ...extra };
}

export const compact = (lines: Array<JournalLine | null>): JournalLine[] => lines.filter((l): l is JournalLine => l !== null);

export interface JournalLineInput {
  accountCode: string;
  debit?: string | null;
  credit?: string | null;
  memo?: string | null;
}

/** Parses a manual entry's lines (decimal strings in `currency`); each problem, and an imbalance, is a userError. */
export function parseJournalLines(currency: string, lines: JournalLineInput[]): { lines: JournalLine[]; errors: UserError[] } {
  const errors: UserError[] = [];
  const parsed: JournalLine[] = [];
  lines.forEach((l, i) => {
    const at = (f: string) => ['input', 'lines', String(i), f];
    if (!accountType(l.accountCode)) {
      errors.push(userError(at('accountCode'), `Unknown account ${l.accountCode}.`, 'NOT_FOUND'));
      return;
    }
    if (Boolean(l.debit) === Boolean(l.credit)) {
      errors.push(userError(at('debit'), 'Give exactly one of debit and credit.', 'INVALID'));
      return;
    }
    try {
      const minor = parseAmount((l.debit ?? l.credit)!, currency);
      if (minor <= 0) throw new Error('Amounts must be positive.');
      parsed.push({
        accountCode: l.accountCode,
        debitMinor: l.debit ? minor : 0,
        creditMinor: l.credit ? minor : 0,
        memo: l.memo ?? null,
      });
    } catch (err) {
      errors.push(userError(at(l.debit ? 'debit' : 'credit'), (err as Error).message, 'INVALID'));
    }
  });
  if (!errors.length) {
    const problem = balanceProblem(parsed);
    if (problem) errors.push(userError(['input', 'lines'], problem, 'INVALID'));
  }
  return { lines: parsed, errors };
}

/** The lines that undo an entry: every debit becomes a credit and vice versa. */
export function reversalLines(lines: JournalLine[]): JournalLine[] {
  return lines.map((l) => ({ ...l, debitMinor: l.creditMinor, creditMinor: l.debitMinor }));
}

/** The balance of an account in its normal direction (positive = normal). */
export function normalBalance(type: AccountType, debitMinor: number, creditMinor: number): number {
  return isDebitNormal(type) ? debitMinor - creditMinor : creditMinor - debitMinor;
}

export type AgingBucket = 'CURRENT' | 'DAYS_1_30' | 'DAYS_31_60' | 'DAYS_61_90' | 'OVER_90';

/** The aging bucket of an amount due on `dueDate` (YYYY-MM-DD) seen at `at` (UTC days past due). */
export function agingBucket(dueDate: string, at: Date): AgingBucket {
  const due = Date.parse(`${dueDate}T00:00:00Z`);
  const today = Date.parse(`${at.toISOString().slice(0, 10)}T00:00:00Z`);
  const days = Math.round((today - due) / 86_400_000);
  if (days <= 0) return 'CURRENT';
  if (days <= 30) return 'DAYS_1_30';
  if (days <= 60) return 'DAYS_31_60';
  if (days <= 90) return 'DAYS_61_90';
  return 'OVER_90';
}
