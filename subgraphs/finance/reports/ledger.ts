/**
 * Financial statements, all derived from the journal (the single source of truth): trial
 * balance, profit and loss, balance sheet and tax payable. Sums are JS reductions over projected,
 * lean, streamed reads (see accountTotals for why not `$group`).
 */
import mongoose from 'mongoose';
import { ACCOUNTS, accountType, normalBalance, type AccountType } from '../domain/ledger';
import { isClosingSource } from '../domain/year-end';
import type { FinanceModels, JournalEntryDoc } from '../models';

export interface AccountBalance {
  accountCode: string;
  currency: string;
  debitMinor: number;
  creditMinor: number;
}

interface Range {
  from?: Date | null;
  to?: Date | null;
  currency?: string | null;
  /** Leave the year-end closing entries out (profit and loss: the year's result, not its closing). */
  withoutClosing?: boolean;
}

/** The lines of the journal entries matching `filter`, read lean and projected, streamed. */
export async function* entryLines(models: FinanceModels, filter: Record<string, unknown>, withoutClosing = false) {
  const cursor = models.JournalEntry.find(filter, { currency: 1, lines: 1, source: 1 })
    .lean<Pick<JournalEntryDoc, 'currency' | 'lines' | 'source'>>()
    .cursor();
  for await (const entry of cursor) {
    if (withoutClosing && isClosingSource(entry.source)) continue;
    for (const l of entry.lines) yield { ...l, currency: entry.currency };
  }
}

/**
 * Debit and credit totals per account and currency over the entries dated in the range (to
 * inclusive). A reduction in JS over a projected lean read, because it is portable: not every
 * supported server's aggregation keeps the parent's fields after `$unwind` or sums unwound lines
 * correctly (they share the parent's _id), so `$group` is not relied on here.
 */
export async function accountTotals(models: FinanceModels, range: Range): Promise<AccountBalance[]> {
  const date: Record<string, Date> = {};
  if (range.from) date.$gte = range.from;
  if (range.to) date.$lte = range.to;
  const filter: Record<string, unknown> = {};
  if (Object.keys(date).length) filter.date = mongoose.trusted(date);
  if (range.currency) filter.currency = range.currency;
  const totals = new Map<string, AccountBalance>();
  for await (const l of entryLines(models, filter, range.withoutClosing)) {
    const key = `${l.currency}:${l.accountCode}`;
    const t = totals.get(key) ?? { accountCode: l.accountCode, currency: l.currency, debitMinor: 0, creditMinor: 0 };
    t.debitMinor += l.debitMinor;
    t.creditMinor += l.creditMinor;
    totals.set(key, t);
  }
  return [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency) || a.accountCode.localeCompare(b.accountCode));
}

/**
 * One account's balance in its normal direction over the entries dated up to `at`, in one currency:
 * the entries that touch the account only (indexed by line account), summed exactly.
 */
export async function accountBalance(models: FinanceModels, accountCode: string, at: Date, currency: string): Promise<number> {
  let debit = 0;
  let credit = 0;
  const filter = { 'lines.accountCode': accountCode, currency, date: mongoose.trusted({ $lte: at }) };
  for await (const l of entryLines(models, filter)) {
    if (l.accountCode !== accountCode) continue;
    debit += l.debitMinor;
    credit += l.creditMinor;
  }
  return normalBalance(accountType(accountCode) ?? 'ASSET', debit, credit);
}

export async function trialBalance(models: FinanceModels, at: Date) {
  const rows = await accountTotals(models, { to: at });
  const totals = new Map<string, { debitMinor: number; creditMinor: number }>();
  for (const r of rows) {
    const t = totals.get(r.currency) ?? { debitMinor: 0, creditMinor: 0 };
    t.debitMinor += r.debitMinor;
    t.creditMinor += r.creditMinor;
    totals.set(r.currency, t);
  }
  return { at, rows, totals: [...totals].map(([currency, t]) => ({ currency, ...t })) };
}

export interface Section {
  accountCode: string;
  currency: string;
  amountMinor: number;
}

const section = (rows: AccountBalance[], types: AccountType[]): Section[] =>
  rows
    .filter((r) => types.includes(accountType(r.accountCode)!))
    .map((r) => ({
      accountCode: r.accountCode,
      currency: r.currency,
      amountMinor: normalBalance(accountType(r.accountCode)!, r.debitMinor, r.creditMinor),
    }))
    .filter((s) => s.amountMinor !== 0);

const total = (s: Section[]) => s.reduce((sum, x) => sum + x.amountMinor, 0);

export async function profitAndLoss(models: FinanceModels, from: Date, to: Date, currency: string) {
  const rows = await accountTotals(models, { from, to, currency, withoutClosing: true });
  const income = section(rows, ['INCOME']);
  const expenses = section(rows, ['EXPENSE']);
  return {
    from,
    to,
    currency,
    income,
    expenses,
    totalIncomeMinor: total(income),
    totalExpensesMinor: total(expenses),
    netIncomeMinor: total(income) - total(expenses),
  };
}

export async function balanceSheet(models: FinanceModels, at: Date, currency: string) {
  const rows = await accountTotals(models, { to: at, currency });
  const assets = section(rows, ['ASSET']);
  const liabilities = section(rows, ['LIABILITY']);
  const equity = section(rows, ['EQUITY']);
  // Income and expense not yet closed into equity: this period's result, shown as current earnings.
  const earnings = total(section(rows, ['INCOME'])) - total(section(rows, ['EXPENSE']));
  return {
    at,
    currency,
    assets,
    liabilities,
    equity,
    currentEarningsMinor: earnings,
    totalAssetsMinor: total(assets),
    totalLiabilitiesMinor: total(liabilities),
    totalEquityMinor: total(equity) + earnings,
  };
}

/** Output tax (sales), input tax (purchases, expenses) and what is payable for a period. */
export async function taxReport(models: FinanceModels, from: Date, to: Date, currency: string) {
  let outputMinor = 0;
  let inputMinor = 0;
  const filter = { date: mongoose.trusted({ $gte: from, $lte: to }), currency, 'lines.accountCode': ACCOUNTS.TAX };
  for await (const l of entryLines(models, filter)) {
    if (l.accountCode !== ACCOUNTS.TAX) continue;
    if (l.taxKind === 'INPUT') inputMinor += l.debitMinor - l.creditMinor;
    else outputMinor += l.creditMinor - l.debitMinor;
  }
  return {
    from,
    to,
    currency,
    outputTaxMinor: outputMinor,
    inputTaxMinor: inputMinor,
    netPayableMinor: outputMinor - inputMinor,
  };
}

export type TrialBalanceModel = Awaited<ReturnType<typeof trialBalance>>;
export type TotalModel = TrialBalanceModel['totals'][number];
export type ProfitAndLossModel = Awaited<ReturnType<typeof profitAndLoss>>;
export type BalanceSheetModel = Awaited<ReturnType<typeof balanceSheet>>;
export type TaxReportModel = Awaited<ReturnType<typeof taxReport>>;
