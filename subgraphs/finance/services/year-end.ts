/**
 * Closing a financial year (domain/year-end.ts), safe to repeat and to crash anywhere:
 *  1. The books are locked up to the year's last day (closePeriod), unless already locked beyond it,
 *     so no posting of the year's activity lands after its closing is computed.
 *  2. Per currency, what is left on the income and expense accounts up to the year end is posted
 *     as a closing entry (source `year-end:<day>:<currency>:<n>`, once per source). Computed again
 *     after posting until nothing is left: a posting that raced the lock, or two closings racing
 *     each other, leave a remainder that the next round closes.
 *  3. Every closing entry of the year not yet recorded in the finance settings is recorded there,
 *     with `finance.year.closed`, in one versioned write. A crash before 3 is completed by calling
 *     again: nothing is left to post, and 3 finds the entries by their sources.
 * Closing again after a reopened period gained postings moves just what was added.
 */
import mongoose from 'mongoose';
import { domainEvent } from '../../../lib/events/catalog';
import { UserErrors } from '../../../lib/errors';
import type { Actor } from '../../../lib/signed-context';
import { currentTenantId } from '../../../lib/tenancy';
import { update } from '../../../lib/write';
import { closeRefusal, dayOf } from '../domain/period';
import { closedNetIncome, closingLines, closingPrefix, closingSource, yearEndInstant } from '../domain/year-end';
import type { FinanceModels, FinanceSettingsDoc, JournalEntryDoc } from '../models';
import { accountTotals } from '../reports/ledger';
import { postEntry } from './ledger';
import { closePeriod } from './period';
import { getFinanceSettings } from './settings';

/** At most this many rounds of step 2: each one closes what postings racing the previous one added. */
const ROUNDS = 5;

/** The year's closing entries, oldest first: a range of their unique sources. */
async function closingEntries(models: FinanceModels, yearEnd: string): Promise<JournalEntryDoc[]> {
  const prefix = closingPrefix(yearEnd);
  const entries = await models.JournalEntry.find({ source: mongoose.trusted({ $gte: prefix, $lt: `${prefix}\uffff` }) }).lean<
    JournalEntryDoc[]
  >();
  return entries.sort((a, b) => a._id.toString().localeCompare(b._id.toString()));
}

/** Posts, per currency, what is left to close of the year; returns whether anything was posted. */
async function closeRemainder(models: FinanceModels, yearEnd: string): Promise<boolean> {
  const at = yearEndInstant(yearEnd);
  const totals = await accountTotals(models, { to: at });
  const posted = (await closingEntries(models, yearEnd)).map((e) => e.source);
  let any = false;
  for (const currency of [...new Set(totals.map((t) => t.currency))]) {
    const { lines } = closingLines(totals.filter((t) => t.currency === currency));
    if (!lines.length) continue;
    const n = posted.filter((s) => s.startsWith(closingPrefix(yearEnd, currency))).length;
    await postEntry(models, {
      source: closingSource(yearEnd, currency, n),
      date: at,
      currency,
      memo: `Year-end closing ${yearEnd}: income and expenses into retained earnings`,
      lines,
      whenClosed: 'ALLOW',
    });
    any = true;
  }
  return any;
}

export async function closeFinancialYear(
  models: FinanceModels,
  yearEnd: string,
  actor?: Actor,
  today = dayOf(new Date()),
): Promise<{ settings: FinanceSettingsDoc; entries: JournalEntryDoc[] }> {
  const refusal = closeRefusal(yearEnd, null, today);
  if (refusal) throw new UserErrors([{ ...refusal, field: ['input', 'yearEnd'] }]);
  const current = await getFinanceSettings(models);
  if (!current.closedUntil || current.closedUntil < yearEnd) await closePeriod(models, yearEnd, actor, today);
  for (let round = 0; round < ROUNDS && (await closeRemainder(models, yearEnd)); round += 1);
  const entries = await closingEntries(models, yearEnd);
  const settings = await update<FinanceSettingsDoc>(models.Settings, current._id, (s) => {
    const recorded = new Set((s.yearEndClosings ?? []).map((c) => c.entryId));
    const fresh = entries.filter((e) => !recorded.has(e._id.toString()));
    if (!fresh.length) return null;
    const postedAt = new Date();
    return {
      $set: {
        yearEndClosings: [
          ...(s.yearEndClosings ?? []),
          ...fresh.map((e) => ({
            yearEnd,
            entryId: e._id.toString(),
            currency: e.currency,
            netIncomeMinor: closedNetIncome(e.lines),
            postedAt,
          })),
        ],
      },
      events: [
        domainEvent('finance.year.closed', {
          tenantId: currentTenantId(),
          aggregateId: 'finance-period',
          requestId: actor?.requestId,
          payload: {
            yearEnd,
            entries: fresh.map((e) => ({
              entryId: e._id.toString(),
              number: e.number,
              netIncome: { minor: closedNetIncome(e.lines), currency: e.currency },
            })),
            actor: actor?.principal ?? 'system',
          },
        }),
      ],
    };
  });
  return { settings, entries };
}
