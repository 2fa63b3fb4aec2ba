/**
 * Writing the ledger. Every posting is ONE journal entry document with its balanced lines
 * embedded (single-document atomicity), keyed by a `source` that is unique per tenant
 * (`invoice:<id>:issue`, `payment:<id>:receive`, `payroll:<runId>:post`...): posting the same
 * source twice stores it once, so every caller may simply retry. Postings need no queue: two
 * postings of a tenant are two independent documents, two of one source meet at its unique
 * index, and an entry's number derives from its id rather than from a per-tenant counter that
 * every posting would have to take in turn (the order of entries is their `date` and id anyway).
 */
import mongoose, { type Model } from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { isEvent, type EventEnvelope } from '../../../lib/events';
import { isCurrency } from '../../../lib/money';
import { assertNoUserErrors } from '../../../lib/mutation';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import { requireText } from '../../../lib/validation';
import { findOrCreate, updateWhere } from '../../../lib/write';
import {
  balanceProblem,
  DEFAULT_CHART,
  parseJournalLines,
  reversalLines,
  type JournalLine,
  type JournalLineInput,
} from '../domain/ledger';
import { payrollLines, payrollPaidLines } from '../domain/payroll';
import { dayOf, postingDate, type WhenClosed } from '../domain/period';
import type { FinanceModels, JournalEntryDoc } from '../models';
import { closedUntil } from './period';

/**
 * Seeds the tenant's chart of accounts the first time it is read (postings validate account codes
 * against DEFAULT_CHART and do not need it). Each account is found or created under the unique
 * (tenantId, code) index, so concurrent seeders, in this process or others, create it once.
 */
export async function ensureChart(models: FinanceModels): Promise<void> {
  if ((await models.Account.countDocuments({})) >= DEFAULT_CHART.length) return;
  await Promise.all(
    DEFAULT_CHART.map((a) => findOrCreate(models.Account, { code: a.code }, () => ({ name: a.name, type: a.type }))),
  );
}

export interface Posting {
  source: string;
  date: Date;
  currency: string;
  memo: string;
  lines: JournalLine[];
  reverses?: string | null;
  /**
   * A date in the closed period (domain/period.ts): REFUSE (the default) throws PERIOD_CLOSED and
   * writes nothing; NEXT_OPEN_DAY, for postings of facts already recorded (events, a document's
   * deferred posting), dates the entry on the first open day and says so in its memo.
   */
  whenClosed?: WhenClosed;
  /** The input field a PERIOD_CLOSED refusal points at. */
  dateField?: string[];
}

/**
 * Posts one balanced entry once per source; returns the stored entry (or null for an all-zero
 * posting). The one place every journal entry is written, so the one place the lock date is
 * enforced: a new entry dated on or before it is refused or moved (Posting.whenClosed); an entry
 * already posted for the source (a retry) is returned as it is.
 */
export async function postEntry(models: FinanceModels, posting: Posting): Promise<JournalEntryDoc | null> {
  if (posting.lines.length === 0) return null; // nothing to post (a zero-amount document)
  const problem = balanceProblem(posting.lines);
  if (problem) throw new Error(`Refusing unbalanced posting ${posting.source}: ${problem}`);
  const { doc } = await findOrCreate<JournalEntryDoc>(models.JournalEntry, { source: posting.source }, async () => {
    const dated = postingDate(posting.date, await closedUntil(models), posting.whenClosed ?? 'REFUSE', posting.dateField ?? null);
    if ('refused' in dated) throw new UserErrors([dated.refused]);
    const _id = new mongoose.Types.ObjectId();
    return {
      _id,
      number: `JE-${_id.toHexString().toUpperCase()}`,
      date: dated.date,
      currency: posting.currency,
      memo: dated.movedFrom
        ? `${posting.memo} (dated ${dayOf(dated.movedFrom)}, in a closed period: posted on the first open day)`
        : posting.memo,
      lines: posting.lines,
      totalMinor: posting.lines.reduce((s, l) => s + l.debitMinor, 0),
      reverses: posting.reverses ?? null,
    };
  });
  return doc;
}

/** Posts the entry that reverses `entry` (once). */
export function reverseEntry(models: FinanceModels, entry: JournalEntryDoc, date = new Date()): Promise<JournalEntryDoc | null> {
  return postEntry(models, {
    source: `reversal:${entry._id.toString()}`,
    date,
    currency: entry.currency,
    memo: `Reversal of ${entry.number}`,
    lines: reversalLines(entry.lines),
    reverses: entry._id.toString(),
  });
}

export interface ManualEntryInput {
  date?: Date | null;
  currency: string;
  memo: string;
  lines: JournalLineInput[];
  idempotencyKey?: string | null;
}

/** A manual journal entry (`postJournalEntry`): balanced exactly, posted once per idempotency key. */
export async function postManualEntry(models: FinanceModels, input: ManualEntryInput): Promise<JournalEntryDoc | null> {
  if (!isCurrency(input.currency)) {
    throw new UserErrors([userError(['input', 'currency'], `Unknown currency "${input.currency}".`, 'INVALID')]);
  }
  const parsed = parseJournalLines(input.currency, input.lines);
  assertNoUserErrors([...requireText(input.memo, ['input', 'memo'], 500), ...parsed.errors]);
  const key = input.idempotencyKey?.trim() || new mongoose.Types.ObjectId().toString();
  return postEntry(models, {
    source: `manual:${key}`,
    date: input.date ?? new Date(),
    currency: input.currency,
    memo: input.memo.trim(),
    lines: parsed.lines,
    dateField: ['input', 'date'],
  });
}

/** Reverses a posted entry (`reverseJournalEntry`), once; a reversal itself is not reversed. */
export async function reverseJournalEntry(models: FinanceModels, id: string): Promise<JournalEntryDoc | null> {
  const entry = mongoose.isObjectIdOrHexString(id) ? await findOneByIdInTenant<JournalEntryDoc>(models.JournalEntry, id) : null;
  if (!entry) throw new UserErrors([userError(['input', 'id'], `Journal entry ${id} not found.`, 'NOT_FOUND')]);
  if (entry.reverses) {
    throw new UserErrors([userError(['input', 'id'], 'A reversing entry cannot itself be reversed.', 'ILLEGAL_TRANSITION')]);
  }
  return reverseEntry(models, entry);
}

/** Books a posted payroll run (consumer of `hr.payroll.posted`): the entry's unique source makes it one entry per run. */
export async function postPayroll(models: FinanceModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'hr.payroll.posted')) return;
  const p = event.payload;
  await postEntry(models, {
    source: `payroll:${p.payrollRunId}:post`,
    date: new Date(event.occurredAt),
    currency: p.currency,
    memo: `Payroll ${p.period}`,
    lines: payrollLines(p),
    whenClosed: 'NEXT_OPEN_DAY',
  });
}

/** Clears a paid payroll run's net pay against the bank (consumer of `hr.payroll.paid`), once per run. */
export async function payPayroll(models: FinanceModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'hr.payroll.paid')) return;
  const p = event.payload;
  await postEntry(models, {
    source: `payroll:${p.payrollRunId}:paid`,
    date: new Date(p.paidAt),
    currency: p.currency,
    memo: `Payroll ${p.period} paid`,
    lines: payrollPaidLines(p),
    whenClosed: 'NEXT_OPEN_DAY',
  });
}

/** A document that carries posting markers (models/ledger-pending.ts). */
export interface WithPendingPostings {
  _id: unknown;
  ledgerPending?: string[];
}

/**
 * Finishes a document's pending markers (all of them, or only those named): each marker's work,
 * idempotent (a journal entry by its unique source), then the marker's removal, one conditional
 * write without a read. Running it twice, or alongside the sweeper, is harmless. Returns the
 * document as it is after them, without reading it again.
 */
export async function flushPending<D extends WithPendingPostings>(
  model: Model<any>,
  doc: D,
  finish: (doc: D, marker: string) => Promise<unknown>,
  only?: string[],
): Promise<D> {
  const markers = (doc.ledgerPending ?? []).filter((m) => !only || only.includes(m));
  for (const marker of markers) {
    await finish(doc, marker);
    // No decision reads the markers, so removing one leaves `version` alone: concurrent
    // versioned writes of the document need not retry over it.
    await updateWhere(model, { _id: doc._id }, { $pull: { ledgerPending: marker } });
  }
  return markers.length ? { ...doc, ledgerPending: (doc.ledgerPending ?? []).filter((m) => !markers.includes(m)) } : doc;
}

/** `flushPending` for markers that are all journal entries: `posting` says which entry each one posts. */
export function postPending<D extends WithPendingPostings>(
  models: FinanceModels,
  model: Model<any>,
  doc: D,
  posting: (doc: D, marker: string) => Posting,
): Promise<D> {
  // The document is already written: a posting the lock date overtook lands on the first open day.
  return flushPending(model, doc, (d, marker) => postEntry(models, { ...posting(d, marker), whenClosed: 'NEXT_OPEN_DAY' }));
}
