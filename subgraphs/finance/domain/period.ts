/**
 * Period close: the tenant's lock date (`closedUntil`, a UTC calendar day, inclusive). No journal
 * entry is dated on or before it. A posting someone asks for with such a date (a manual entry, a
 * payment received on a past day) is refused with PERIOD_CLOSED; a posting that follows from a
 * fact already recorded elsewhere (a stock movement, a payroll run, a document's deferred posting)
 * cannot be refused without losing it, so it is dated on the first open day instead, with its
 * memo saying so. Corrections of a closed period go into the open one, by reversal.
 */
import { addDays, isIsoDate } from '../../../lib/dates';
import { userError, type UserError } from '../../../lib/errors';

/**
 * What to do with a posting dated into the closed period. ALLOW is for the year-end closing entry
 * alone (domain/year-end.ts): it belongs on the closed year's last day and changes none of the
 * closed period's figures but where its result is kept.
 */
export type WhenClosed = 'REFUSE' | 'NEXT_OPEN_DAY' | 'ALLOW';

/** The UTC calendar day of an instant. */
export const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** True when `date` falls on or before the lock date. */
export function isClosed(date: Date, closedUntil: string | null | undefined): boolean {
  return Boolean(closedUntil) && dayOf(date) <= closedUntil!;
}

/** The first instant after the lock date: 00:00 UTC of the next day. */
export function firstOpenDay(closedUntil: string): Date {
  return new Date(`${addDays(closedUntil, 1)}T00:00:00.000Z`);
}

export const periodClosedError = (field: string[] | null, date: Date, closedUntil: string): UserError =>
  userError(
    field,
    `The period up to ${closedUntil} is closed; ${dayOf(date)} cannot be posted to. Date it after ${closedUntil}, or reopen the period.`,
    'PERIOD_CLOSED',
  );

export type PostingDate = { date: Date; movedFrom: Date | null } | { refused: UserError };

/** Where a posting dated `date` lands under the lock date: as dated, on the first open day, or refused. */
export function postingDate(
  date: Date,
  closedUntil: string | null | undefined,
  when: WhenClosed,
  field: string[] | null = null,
): PostingDate {
  if (when === 'ALLOW' || !isClosed(date, closedUntil)) return { date, movedFrom: null };
  if (when === 'REFUSE') return { refused: periodClosedError(field, date, closedUntil!) };
  return { date: firstOpenDay(closedUntil!), movedFrom: date };
}

/**
 * Why the period up to `until` may not be closed now: only a day that has ended (as ERPNext
 * refuses an accounting period ending in the future), and never earlier than the current lock
 * date (moving it back is `reopenPeriod`). Null when it may (closing the same day again is a no-op).
 */
export function closeRefusal(until: string, current: string | null | undefined, today: string): UserError | null {
  const field = ['input', 'until'];
  if (!isIsoDate(until)) return userError(field, 'A calendar day, YYYY-MM-DD.', 'INVALID');
  if (until >= today)
    return userError(field, `Only a day that has ended can be closed; the latest is ${addDays(today, -1)}.`, 'INVALID');
  if (current && until < current)
    return userError(field, `The period is closed up to ${current}; moving the lock date back is reopenPeriod.`, 'INVALID');
  return null;
}

/** Why the lock date may not be moved back to `until` (null: no period closed at all). */
export function reopenRefusal(until: string | null | undefined, current: string | null | undefined): UserError | null {
  if (!current) return userError(['input', 'until'], 'No period is closed.', 'ILLEGAL_TRANSITION');
  if (until != null && !isIsoDate(until)) return userError(['input', 'until'], 'A calendar day, YYYY-MM-DD.', 'INVALID');
  if (until != null && until >= current)
    return userError(
      ['input', 'until'],
      `Reopening moves the lock date back from ${current}; closePeriod moves it on.`,
      'INVALID',
    );
  return null;
}
