/**
 * Writing the ledger. Every posting is ONE journal entry document with its balanced lines
 * embedded (single-document atomicity), keyed by a `source` that is unique per tenant
 * (`invoice:<id>:issue`, `payment:<id>:receive`, `payroll:<runId>:post`...): posting the same
 * source twice stores it once, so every caller may simply retry.
 */
import mongoose, { type Model } from 'mongoose';
import { withDocumentLock } from '../../../lib/keyed-lock';
import { isDuplicateKeyError } from '../../../lib/mutation';
import { currentTenantId } from '../../../lib/tenancy';
import { balanceProblem, DEFAULT_CHART, reversalLines, type JournalLine } from '../domain/ledger';
import { issueLines } from '../domain/invoice';
import { billLines, expenseLines } from '../domain/documents';
import type { BillDoc, ExpenseDoc, FinanceModels, InvoiceDoc, JournalEntryDoc } from '../models';
import { ACCOUNTS, compact, line } from '../domain/ledger';

const seeded = new WeakMap<object, Map<string, Promise<void>>>();

/**
 * Seeds the tenant's chart of accounts the first time it is read (postings validate account codes
 * against DEFAULT_CHART and do not need it). Race-safe: one unordered insert under the unique
 * (tenantId, code) index, so concurrent seeders, here or in other processes, create each account
 * once; in this process concurrent callers share one seeding.
 */
export function ensureChart(models: FinanceModels): Promise<void> {
  const tenantId = currentTenantId();
  const byTenant = seeded.get(models.Account) ?? new Map<string, Promise<void>>();
  seeded.set(models.Account, byTenant);
  let seeding = byTenant.get(tenantId);
  if (!seeding) {
    seeding = (async () => {
      if ((await models.Account.countDocuments({})) >= DEFAULT_CHART.length) return;
      try {
        await models.Account.insertMany(DEFAULT_CHART.map((a) => ({ ...a })), { ordered: false });
      } catch (err) {
        const writeErrors = (err as { writeErrors?: Array<{ code?: number; err?: { code?: number } }> }).writeErrors;
        const allDuplicates = writeErrors?.length && writeErrors.every((e) => (e.code ?? e.err?.code) === 11000);
        if (!isDuplicateKeyError(err) && !allDuplicates) throw err; // else: a concurrent seeder created them
      }
    })();
    byTenant.set(tenantId, seeding);
    seeding.catch(() => byTenant.delete(tenantId)); // a failed seeding is retried next time
  }
  return seeding;
}

export interface Posting {
  source: string;
  date: Date;
  currency: string;
  memo: string;
  lines: JournalLine[];
  reverses?: string | null;
}

/** Posts one balanced entry once per source; returns the stored entry (or null for an all-zero posting). */
export async function postEntry(models: FinanceModels, posting: Posting): Promise<JournalEntryDoc | null> {
  if (posting.lines.length === 0) return null; // nothing to post (a zero-amount document)
  const problem = balanceProblem(posting.lines);
  if (problem) throw new Error(`Refusing unbalanced posting ${posting.source}: ${problem}`);
  try {
    // The entry's number derives from its id rather than a counter: a per-tenant counter would
    // queue every posting of the tenant behind one document lock (FerretDB has a single writer),
    // and the order of entries is their `date` and id anyway.
    const _id = new mongoose.Types.ObjectId();
    const doc = await models.JournalEntry.create({
      _id,
      number: `JE-${_id.toHexString().toUpperCase()}`,
      source: posting.source,
      date: posting.date,
      currency: posting.currency,
      memo: posting.memo,
      lines: posting.lines,
      totalMinor: posting.lines.reduce((s, l) => s + l.debitMinor, 0),
      reverses: posting.reverses ?? null,
    });
    return doc.toObject() as JournalEntryDoc;
  } catch (err) {
    if (isDuplicateKeyError(err)) return models.JournalEntry.findOne({ source: posting.source }).lean<JournalEntryDoc>();
    throw err;
  }
}

/** Posts the entry that reverses `entry` (once). */
export async function reverseEntry(models: FinanceModels, entry: JournalEntryDoc, date = new Date()): Promise<JournalEntryDoc | null> {
  return postEntry(models, {
    source: `reversal:${entry._id.toString()}`,
    date,
    currency: entry.currency,
    memo: `Reversal of ${entry.number}`,
    lines: reversalLines(entry.lines),
    reverses: entry._id.toString(),
  });
}

type Pending<D> = (doc: D, marker: string) => Posting;

const invoicePosting: Pending<InvoiceDoc> = (inv, marker) => {
  const id = inv._id.toString();
  const base = { currency: inv.currency, source: `invoice:${id}:${marker}` };
  if (marker === 'issue') return { ...base, date: inv.issuedAt ?? new Date(), memo: `Invoice ${inv.number} issued`, lines: issueLines(inv) };
  if (marker === 'void') return { ...base, date: inv.voidedAt ?? new Date(), memo: `Invoice ${inv.number} voided`, lines: reversalLines(issueLines(inv)) };
  if (marker.startsWith('credit:')) {
    const credit = inv.credits.find((c) => c._id.toString() === marker.slice('credit:'.length));
    if (!credit) throw new Error(`Credit note ${marker} not on invoice ${id}.`);
    return {
      ...base,
      date: credit.createdAt,
      memo: `Credit note ${credit.number} on ${inv.number}`,
      lines: compact([
        line(ACCOUNTS.SALES, 'DEBIT', credit.netMinor, { memo: credit.number }),
        line(ACCOUNTS.TAX, 'DEBIT', credit.taxMinor, { taxKind: 'OUTPUT', memo: credit.number }),
        line(ACCOUNTS.AR, 'CREDIT', credit.amountMinor, { partyId: inv.customerId, memo: credit.number }),
      ]),
    };
  }
  throw new Error(`Unknown invoice posting ${marker}.`);
};

const expensePosting: Pending<ExpenseDoc> = (e, marker) => {
  if (marker !== 'post') throw new Error(`Unknown expense posting ${marker}.`);
  return { source: `expense:${e._id.toString()}:post`, date: e.postedAt ?? new Date(), currency: e.currency, memo: `Expense ${e.number}`, lines: expenseLines(e) };
};

const billPosting: Pending<BillDoc> = (b, marker) => {
  const base = { currency: b.currency, source: `bill:${b._id.toString()}:${marker}` };
  if (marker === 'approve') return { ...base, date: b.createdAt ?? new Date(), memo: `Bill ${b.number}`, lines: billLines(b) };
  if (marker === 'void') return { ...base, date: new Date(), memo: `Bill ${b.number} voided`, lines: reversalLines(billLines(b)) };
  if (marker.startsWith('payment:')) {
    const payment = b.payments.find((p) => p._id.toString() === marker.slice('payment:'.length));
    if (!payment) throw new Error(`Payment ${marker} not on bill ${b.number}.`);
    return {
      ...base,
      date: payment.paidAt,
      memo: `Payment of bill ${b.number}`,
      lines: compact([
        line(ACCOUNTS.AP, 'DEBIT', payment.amountMinor, { partyId: b.supplierId, memo: b.number }),
        line(ACCOUNTS.CASH, 'CREDIT', payment.amountMinor, { memo: b.number }),
      ]),
    };
  }
  throw new Error(`Unknown bill posting ${marker}.`);
};

/** Writes a document's pending postings, then removes each marker (under the document's lock). */
async function flush<D extends { _id: unknown; ledgerPending: string[] }>(models: FinanceModels, model: Model<any>, doc: D, build: Pending<D>): Promise<void> {
  for (const marker of doc.ledgerPending ?? []) {
    await postEntry(models, build(doc, marker));
    await withDocumentLock(model, String(doc._id), () =>
      model.updateOne({ _id: doc._id }, { $pull: { ledgerPending: marker }, $inc: { version: 1 } }, { timestamps: false }).exec(),
    );
  }
}

export const flushInvoice = (models: FinanceModels, doc: InvoiceDoc) => flush(models, models.Invoice, doc, invoicePosting);
export const flushExpense = (models: FinanceModels, doc: ExpenseDoc) => flush(models, models.Expense, doc, expensePosting);
export const flushBill = (models: FinanceModels, doc: BillDoc) => flush(models, models.Bill, doc, billPosting);

/** Runs a document's pending postings; returns the document as it is after them (no re-read). */
export async function flushed<D extends { _id: unknown; ledgerPending: string[]; version?: number }>(
  _model: Model<any>,
  doc: D,
  run: (doc: D) => Promise<void>,
): Promise<D> {
  const pending = doc.ledgerPending?.length ?? 0;
  if (!pending) return doc;
  await run(doc);
  return { ...doc, ledgerPending: [], ...(doc.version !== undefined && { version: doc.version + pending }) };
}
