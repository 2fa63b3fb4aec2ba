/**
 * Gross margin: revenue invoiced (net of tax and discounts, less the net of credit notes) against
 * the cost of goods sold actually posted for the shipments (services/stock-postings.ts), per order
 * and per customer, in one currency each. Both sides are read from finance's own documents, so the
 * figure traces to its invoices and journal entries.
 */
import mongoose from 'mongoose';
import { ACCOUNTS } from '../domain/ledger';
import { cogsSourcePrefix } from '../domain/stock-postings';
import type { FinanceModels, InvoiceDoc, JournalEntryDoc } from '../models';
import { entryLines } from './ledger';

export interface MarginView {
  currency: string;
  revenueMinor: number;
  cogsMinor: number;
}

const BILLED = ['OPEN', 'PARTIALLY_PAID', 'PAID'];
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An issued invoice's revenue: its net, less the net part of its credit notes. */
export const invoiceRevenue = (inv: Pick<InvoiceDoc, 'subtotalMinor' | 'credits'>) =>
  inv.subtotalMinor - (inv.credits ?? []).reduce((sum, c) => sum + c.netMinor, 0);

/** The net COGS of a journal entry's lines (debits less credits on the COGS account). */
const cogsOf = (lines: JournalEntryDoc['lines']) =>
  lines.filter((l) => l.accountCode === ACCOUNTS.COGS).reduce((sum, l) => sum + l.debitMinor - l.creditMinor, 0);

/** Each order's margin (null when nothing was invoiced or posted for it yet): two reads per batch. */
export async function orderMargins(models: FinanceModels, orderIds: readonly string[]): Promise<Array<MarginView | null>> {
  const invoices = await models.Invoice.find({
    orderId: mongoose.trusted({ $in: [...orderIds] }),
    status: mongoose.trusted({ $in: BILLED }),
  })
    .select({ orderId: 1, currency: 1, subtotalMinor: 1, credits: 1 })
    .lean<Array<Pick<InvoiceDoc, 'orderId' | 'currency' | 'subtotalMinor' | 'credits'>>>();
  const entries = await models.JournalEntry.find({
    $or: orderIds.map((id) => ({ source: mongoose.trusted({ $regex: `^${escapeRegex(cogsSourcePrefix(id))}` }) })),
  })
    .select({ source: 1, currency: 1, lines: 1 })
    .lean<Array<Pick<JournalEntryDoc, 'source' | 'currency' | 'lines'>>>();
  return orderIds.map((id) => {
    const mine = invoices.filter((i) => i.orderId === id);
    const costs = entries.filter((e) => e.source.startsWith(cogsSourcePrefix(id)));
    if (!mine.length && !costs.length) return null;
    // One currency: the invoice's (costs in another currency are not converted, so not counted).
    const currency = mine[0]?.currency ?? costs[0].currency;
    return {
      currency,
      revenueMinor: mine.filter((i) => i.currency === currency).reduce((sum, i) => sum + invoiceRevenue(i), 0),
      cogsMinor: costs.filter((e) => e.currency === currency).reduce((sum, e) => sum + cogsOf(e.lines), 0),
    };
  });
}

/** Each customer's margin per currency: its issued invoices, and the COGS lines posted for its shipments. */
export async function customerMargins(models: FinanceModels, customerIds: readonly string[]): Promise<MarginView[][]> {
  const wanted = new Set(customerIds);
  const out = new Map<string, Map<string, MarginView>>(customerIds.map((id) => [id, new Map()]));
  const at = (customerId: string, currency: string) => {
    const perCurrency = out.get(customerId)!;
    if (!perCurrency.has(currency)) perCurrency.set(currency, { currency, revenueMinor: 0, cogsMinor: 0 });
    return perCurrency.get(currency)!;
  };
  const invoices = await models.Invoice.find({
    customerId: mongoose.trusted({ $in: [...customerIds] }),
    status: mongoose.trusted({ $in: BILLED }),
  })
    .select({ customerId: 1, currency: 1, subtotalMinor: 1, credits: 1 })
    .lean<Array<Pick<InvoiceDoc, 'customerId' | 'currency' | 'subtotalMinor' | 'credits'>>>();
  for (const inv of invoices) at(inv.customerId, inv.currency).revenueMinor += invoiceRevenue(inv);
  for await (const l of entryLines(models, { 'lines.partyId': mongoose.trusted({ $in: [...customerIds] }) })) {
    if (l.accountCode !== ACCOUNTS.COGS || !l.partyId || !wanted.has(l.partyId)) continue;
    at(l.partyId, l.currency).cogsMinor += l.debitMinor - l.creditMinor;
  }
  return customerIds.map((id) => [...out.get(id)!.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1)));
}
