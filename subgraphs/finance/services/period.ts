/**
 * Period close (domain/period.ts): moving the tenant's lock date on (`closePeriod`) or back
 * (`reopenPeriod`, its own scope), each in one versioned write of the tenant's finance settings
 * that also stores its event; identity records the event in the audit log. What the lock date
 * does to postings is decided where every entry is posted (services/ledger.ts `postEntry`), and
 * checked up front by the mutations whose posting follows a document write (`assertPeriodOpen`).
 */
import { domainEvent } from '../../../lib/events/catalog';
import { UserErrors } from '../../../lib/errors';
import { assertNoUserErrors } from '../../../lib/mutation';
import type { Actor } from '../../../lib/signed-context';
import { currentTenantId } from '../../../lib/tenancy';
import { requireText } from '../../../lib/validation';
import { update } from '../../../lib/write';
import { closeRefusal, dayOf, isClosed, periodClosedError, reopenRefusal } from '../domain/period';
import type { FinanceModels, FinanceSettingsDoc } from '../models';
import { getFinanceSettings } from './settings';

/** The tenant's lock date (null when no period is closed): one read of its settings by the unique tenant index. */
export async function closedUntil(models: FinanceModels): Promise<string | null> {
  const settings = await models.Settings.findOne({}, { closedUntil: 1 }).lean<Pick<FinanceSettingsDoc, 'closedUntil'>>();
  return settings?.closedUntil ?? null;
}

/**
 * Refuses, before anything is written, a user's date that falls in the closed period: a payment
 * received or a bill paid on a past day, whose posting follows the document's own write.
 */
export async function assertPeriodOpen(models: FinanceModels, date: Date | null | undefined, field: string[]): Promise<void> {
  if (!date) return;
  const until = await closedUntil(models);
  if (isClosed(date, until)) throw new UserErrors([periodClosedError(field, date, until!)]);
}

const period = (actor: Actor | undefined) => ({
  tenantId: currentTenantId(),
  aggregateId: 'finance-period',
  requestId: actor?.requestId,
});

/** Closes the books up to `until` (inclusive, a day that has ended); moves the lock date only forward. */
export async function closePeriod(models: FinanceModels, until: string, actor?: Actor, today = dayOf(new Date())) {
  const malformed = closeRefusal(until, null, today); // refused before the settings are first created
  if (malformed) throw new UserErrors([malformed]);
  const current = await getFinanceSettings(models);
  return update<FinanceSettingsDoc>(models.Settings, current._id, (settings) => {
    const refusal = closeRefusal(until, settings.closedUntil, today);
    if (refusal) throw new UserErrors([refusal]);
    if (settings.closedUntil === until) return null;
    return {
      $set: { closedUntil: until },
      events: [
        domainEvent('finance.period.closed', {
          ...period(actor),
          payload: { closedUntil: until, previousUntil: settings.closedUntil ?? null, actor: actor?.principal ?? 'system' },
        }),
      ],
    };
  });
}

/** Moves the lock date back to `until` (null: nothing closed), for a correction that cannot wait; audited. */
export async function reopenPeriod(models: FinanceModels, input: { until?: string | null; reason: string }, actor?: Actor) {
  assertNoUserErrors(requireText(input.reason, ['input', 'reason'], 500));
  // Nothing closed without settings: read, never created, here.
  const current = await models.Settings.findOne({}, { _id: 1 }).lean<Pick<FinanceSettingsDoc, '_id'>>();
  if (!current) throw new UserErrors([reopenRefusal(input.until, null)!]);
  return update<FinanceSettingsDoc>(models.Settings, current._id, (settings) => {
    const refusal = reopenRefusal(input.until, settings.closedUntil);
    if (refusal) throw new UserErrors([refusal]);
    return {
      $set: { closedUntil: input.until ?? null },
      events: [
        domainEvent('finance.period.reopened', {
          ...period(actor),
          payload: {
            closedUntil: input.until ?? null,
            previousUntil: settings.closedUntil!,
            reason: input.reason.trim(),
            actor: actor?.principal ?? 'system',
          },
        }),
      ],
    };
  });
}
