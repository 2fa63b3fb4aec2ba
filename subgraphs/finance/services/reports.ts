/**
 * Financial reports, all derived from the journal (the single source of truth) except the AR
 * aging, which reads the open invoices. Sums run in the database where FerretDB allows it
 * (`$group` with `$sum` only); what remains is a small reduction in JS.
 */
import mongoose from 'mongoose';
import { accountType, agingBucket, DEFAULT_CHART, isDebitNormal, normalBalance, type AccountType, type AgingBucket } from '../domain/ledger';
import { amountDue } from '../domain/invoice';
import type { FinanceModels, InvoiceDoc } from '../models';
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

/** Debit and credit totals per account and currency over the entries dated in the range (to inclusive). */
export async function accountTotals(models: FinanceModels, range: Range): Promise<AccountBalance[]> {
  const date: Record<string, Date> = {};
  if (range.from) date.$gte = range.from;
  if (range.to) date.$lte = range.to;
  const match: Record<string, unknown> = {};
  if (Object.keys(date).length) match.date = date;
  if (range.currency) match.currency = range.currency;
  const rows = await models.JournalEntry.aggregate<{ _id: { a: string; c: string }; d: number; k: number }>([
    { $match: match },
    { $unwind: '$lines' },
    { $group: { _id: { a: '$lines.accountCode', c: '$currency' }, d: { $sum: '$lines.debitMinor' }, k: { $sum: '$lines.creditMinor' } } },
  ]);
  return rows
    .map((r) => ({ accountCode: r._id.a, currency: r._id.c, debitMinor: r.d, creditMinor: r.k }))
    .sort((a, b) => a.currency.localeCompare(b.currency) || a.accountCode.localeCompare(b.accountCode));
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
  const rows = await models.JournalEntry.aggregate<{ _id: string | null; d: number; k: number }>([
    { $match: { date: { $gte: from, $lte: to }, currency } },
    { $unwind: '$lines' },
    { $match: { 'lines.accountCode': '2100' } },
    { $group: { _id: '$lines.taxKind', d: { $sum: '$lines.debitMinor' }, k: { $sum: '$lines.creditMinor' } } },
  ]);
  const of = (kind: string) => rows.find((r) => r._id === kind) ?? { d: 0, k: 0 };
  const outputMinor = of('OUTPUT').k - of('OUTPUT').d;
  const inputMinor = of('INPUT').d - of('INPUT').k;
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
 * Customer balances from the sub-ledger, for many customers in one aggregation: receivable
 * (debit - credit on AR) less unallocated credit (credit - debit on customer credit).
 */
export async function customerBalances(models: FinanceModels, customerIds: readonly string[]) {
  const rows = await models.JournalEntry.aggregate<{ _id: { p: string; a: string; c: string }; d: number; k: number }>([
    { $unwind: '$lines' },
    { $match: { 'lines.partyId': { $in: [...customerIds] }, 'lines.accountCode': { $in: ['1100', '2300'] } } },
    { $group: { _id: { p: '$lines.partyId', a: '$lines.accountCode', c: '$currency' }, d: { $sum: '$lines.debitMinor' }, k: { $sum: '$lines.creditMinor' } } },
  ]);
  const out = new Map<string, Array<{ currency: string; receivableMinor: number; creditMinor: number }>>();
  for (const r of rows) {
    const list = out.get(r._id.p) ?? [];
    let entry = list.find((e) => e.currency === r._id.c);
    if (!entry) list.push((entry = { currency: r._id.c, receivableMinor: 0, creditMinor: 0 }));
    if (r._id.a === '1100') entry.receivableMinor += r.d - r.k;
    else entry.creditMinor += r.k - r.d;
    out.set(r._id.p, list);
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
