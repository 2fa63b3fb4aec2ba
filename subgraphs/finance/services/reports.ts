/**
 * Financial reports, all derived from the journal (the single source of truth) except the AR
 * aging, which reads the open invoices. Sums are JS reductions over projected, lean, streamed
 * reads (see accountTotals for why not `$group`).
 */
import mongoose from 'mongoose';
import { ACCOUNTS, accountType, agingBucket, DEFAULT_CHART, isDebitNormal, normalBalance, type AccountType, type AgingBucket } from '../domain/ledger';
import { amountDue } from '../domain/invoice';
import type { FinanceModels, InvoiceDoc, JournalEntryDoc } from '../models';
import { ensureChart } from './ledger';

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
}

/** The lines of the journal entries matching `filter`, read lean and projected, streamed. */
async function* entryLines(models: FinanceModels, filter: Record<string, unknown>) {
  const cursor = models.JournalEntry.find(filter, { currency: 1, lines: 1 }).lean<Pick<JournalEntryDoc, 'currency' | 'lines'>>().cursor();
  for await (const entry of cursor) for (const l of entry.lines) yield { ...l, currency: entry.currency };
}

/**
 * Debit and credit totals per account and currency over the entries dated in the range (to
 * inclusive). A reduction in JS over a projected lean read: FerretDB 1.24's aggregation after
 * `$unwind` drops the parent's fields and mis-sums unwound lines (they share the parent's _id),
 * so `$group` cannot be trusted here.
 */
export async function accountTotals(models: FinanceModels, range: Range): Promise<AccountBalance[]> {
  const date: Record<string, Date> = {};
  if (range.from) date.$gte = range.from;
  if (range.to) date.$lte = range.to;
  const filter: Record<string, unknown> = {};
  if (Object.keys(date).length) filter.date = mongoose.trusted(date);
  if (range.currency) filter.currency = range.currency;
  const totals = new Map<string, AccountBalance>();
  for await (const l of entryLines(models, filter)) {
    const key = `${l.currency}:${l.accountCode}`;
    const t = totals.get(key) ?? { accountCode: l.accountCode, currency: l.currency, debitMinor: 0, creditMinor: 0 };
    t.debitMinor += l.debitMinor;
    t.creditMinor += l.creditMinor;
    totals.set(key, t);
  }
  return [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency) || a.accountCode.localeCompare(b.accountCode));
}

export async function accountNames(models: FinanceModels): Promise<Map<string, { name: string; type: AccountType }>> {
  await ensureChart(models);
  const accounts = await models.Account.find({}, { code: 1, name: 1, type: 1 }).lean();
  const names = new Map(DEFAULT_CHART.map((a) => [a.code, { name: a.name, type: a.type }]));
  for (const a of accounts) names.set(a.code, { name: a.name, type: a.type });
  return names;
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
    .map((r) => ({ accountCode: r.accountCode, currency: r.currency, amountMinor: normalBalance(accountType(r.accountCode)!, r.debitMinor, r.creditMinor) }))
    .filter((s) => s.amountMinor !== 0);

const total = (s: Section[]) => s.reduce((sum, x) => sum + x.amountMinor, 0);

export async function profitAndLoss(models: FinanceModels, from: Date, to: Date, currency: string) {
  const rows = await accountTotals(models, { from, to, currency });
  const income = section(rows, ['INCOME']);
  const expenses = section(rows, ['EXPENSE']);
  return { from, to, currency, income, expenses, totalIncomeMinor: total(income), totalExpensesMinor: total(expenses), netIncomeMinor: total(income) - total(expenses) };
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
  return { from, to, currency, outputTaxMinor: outputMinor, inputTaxMinor: inputMinor, netPayableMinor: outputMinor - inputMinor };
}

export const AGING_BUCKETS: AgingBucket[] = ['CURRENT', 'DAYS_1_30', 'DAYS_31_60', 'DAYS_61_90', 'OVER_90'];

/**
 * What each customer owed at `at`, by days past due. An invoice counts from its issue; payments
 * and credit notes count from when they were applied, so the report is right for past dates too.
 */
export async function arAging(models: FinanceModels, at: Date, currency: string) {
  const invoices = await models.Invoice.find(
    { currency, status: mongoose.trusted({ $in: ['OPEN', 'PARTIALLY_PAID', 'PAID'] }), issuedAt: mongoose.trusted({ $lte: at }) },
    { customerId: 1, totalMinor: 1, dueDate: 1, applied: 1, credits: 1, paidAt: 1 },
  ).lean<Array<Pick<InvoiceDoc, 'customerId' | 'totalMinor' | 'dueDate' | 'applied' | 'credits'>>>();
  const byCustomer = new Map<string, Record<AgingBucket, number>>();
  for (const inv of invoices) {
    const paid = inv.applied.filter((a) => a.appliedAt <= at).reduce((s, a) => s + a.amountMinor, 0);
    const credited = inv.credits.filter((c) => c.createdAt <= at).reduce((s, c) => s + c.amountMinor, 0);
    const due = amountDue({ totalMinor: inv.totalMinor, paidMinor: paid, creditedMinor: credited });
    if (due <= 0) continue;
    const buckets = byCustomer.get(inv.customerId) ?? { CURRENT: 0, DAYS_1_30: 0, DAYS_31_60: 0, DAYS_61_90: 0, OVER_90: 0 };
    buckets[agingBucket(inv.dueDate, at)] += due;
    byCustomer.set(inv.customerId, buckets);
  }
  const rows = [...byCustomer]
    .map(([customerId, buckets]) => ({ customerId, buckets, totalMinor: AGING_BUCKETS.reduce((s, b) => s + buckets[b], 0) }))
    .sort((a, b) => b.totalMinor - a.totalMinor || a.customerId.localeCompare(b.customerId));
  const totals = Object.fromEntries(AGING_BUCKETS.map((b) => [b, rows.reduce((s, r) => s + r.buckets[b], 0)])) as Record<AgingBucket, number>;
  return { at, currency, rows, totals, totalMinor: rows.reduce((s, r) => s + r.totalMinor, 0) };
}

/**
 * Customer balances from the sub-ledger, for many customers in one read: receivable
 * (debit - credit on AR) less unallocated credit (credit - debit on customer credit).
 */
export async function customerBalances(models: FinanceModels, customerIds: readonly string[]) {
  const wanted = new Set(customerIds);
  const out = new Map<string, Array<{ currency: string; receivableMinor: number; creditMinor: number }>>();
  for await (const l of entryLines(models, { 'lines.partyId': mongoose.trusted({ $in: [...wanted] }) })) {
    if (!l.partyId || !wanted.has(l.partyId) || (l.accountCode !== ACCOUNTS.AR && l.accountCode !== ACCOUNTS.CUSTOMER_CREDIT)) continue;
    const list = out.get(l.partyId) ?? [];
    let entry = list.find((e) => e.currency === l.currency);
    if (!entry) list.push((entry = { currency: l.currency, receivableMinor: 0, creditMinor: 0 }));
    if (l.accountCode === ACCOUNTS.AR) entry.receivableMinor += l.debitMinor - l.creditMinor;
    else entry.creditMinor += l.creditMinor - l.debitMinor;
    out.set(l.partyId, list);
  }
  return customerIds.map((id) => (out.get(id) ?? []).sort((a, b) => a.currency.localeCompare(b.currency)));
}

export { isDebitNormal };

export type TrialBalanceModel = Awaited<ReturnType<typeof trialBalance>>;
export type TotalModel = TrialBalanceModel['totals'][number];
export type ProfitAndLossModel = Awaited<ReturnType<typeof profitAndLoss>>;
export type BalanceSheetModel = Awaited<ReturnType<typeof balanceSheet>>;
export type ArAgingModel = Awaited<ReturnType<typeof arAging>>;
export type ArAgingRowModel = ArAgingModel['rows'][number] & { currency: string };
/** Bucket amounts with their currency. */
export type AgingBucketsModel = Record<AgingBucket, number> & { currency: string };
export type TaxReportModel = Awaited<ReturnType<typeof taxReport>>;
export type CustomerBalanceModel = Awaited<ReturnType<typeof customerBalances>>[number][number];
