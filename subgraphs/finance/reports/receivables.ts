/** What customers owe: AR aging from the invoices, balances from the receivables sub-ledger. */
import mongoose from 'mongoose';
import { amountDue } from '../domain/invoice';
import { ACCOUNTS, agingBucket, type AgingBucket } from '../domain/ledger';
import type { FinanceModels, InvoiceDoc } from '../models';
import { entryLines } from './ledger';

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
  const totals = Object.fromEntries(AGING_BUCKETS.map((b) => [b, rows.reduce((s, r) => s + r.buckets[b], 0)])) as Record<
    AgingBucket,
    number
  >;
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
    if (!l.partyId || !wanted.has(l.partyId) || (l.accountCode !== ACCOUNTS.AR && l.accountCode !== ACCOUNTS.CUSTOMER_CREDIT))
      continue;
    const list = out.get(l.partyId) ?? [];
    let entry = list.find((e) => e.currency === l.currency);
    if (!entry) list.push((entry = { currency: l.currency, receivableMinor: 0, creditMinor: 0 }));
    if (l.accountCode === ACCOUNTS.AR) entry.receivableMinor += l.debitMinor - l.creditMinor;
    else entry.creditMinor += l.creditMinor - l.debitMinor;
    out.set(l.partyId, list);
  }
  return customerIds.map((id) => (out.get(id) ?? []).sort((a, b) => a.currency.localeCompare(b.currency)));
}

export type ArAgingModel = Awaited<ReturnType<typeof arAging>>;
export type ArAgingRowModel = ArAgingModel['rows'][number] & { currency: string };
/** Bucket amounts with their currency. */
export type AgingBucketsModel = Record<AgingBucket, number> & { currency: string };
export type CustomerBalanceModel = Awaited<ReturnType<typeof customerBalances>>[number][number];
