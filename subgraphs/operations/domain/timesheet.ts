/**
 * Timesheets: one employee's time on one project in one ISO week; their lifecycle, the rules of
 * an entry, and what an approved sheet bills (TIME_AND_MATERIALS: billable minutes times the rate
 * of the employee's role, or the project's default rate).
 */
import { isIsoDate, mondayOf } from '../../../lib/dates';
import { userError, type UserError } from '../../../lib/errors';
import type { LinePayload } from '../../../lib/events/catalog';
import { formatAmount } from '../../../lib/money';
import type { Transitions } from '../../../lib/state-machine';
import { amountForMinutes } from './project';

export type TimesheetStatus = 'OPEN' | 'SUBMITTED' | 'APPROVED' | 'REJECTED';

/** Submitted for the manager's decision; a rejected sheet is corrected and submitted again; approval is final. */
export const TIMESHEET_TRANSITIONS: Transitions<TimesheetStatus> = {
  OPEN: ['SUBMITTED'],
  SUBMITTED: ['APPROVED', 'REJECTED'],
  REJECTED: ['SUBMITTED'],
  APPROVED: [],
};

/** Entries can be added, corrected or removed only in these statuses. */
export const EDITABLE_TIMESHEET: readonly TimesheetStatus[] = ['OPEN', 'REJECTED'];

export const MAX_ENTRIES_PER_TIMESHEET = 200;
export const MAX_MINUTES_PER_DAY = 24 * 60;

export interface EntryFields {
  date?: string | null;
  minutes?: number | null;
  note?: string | null;
}

export function validateEntry(input: EntryFields): UserError[] {
  const errors: UserError[] = [];
  if (input.date !== undefined && input.date !== null && !isIsoDate(input.date)) {
    errors.push(userError(['input', 'date'], `${input.date} is not a date (YYYY-MM-DD).`, 'INVALID'));
  }
  if (input.minutes !== undefined && input.minutes !== null) {
    if (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > MAX_MINUTES_PER_DAY) {
      errors.push(userError(['input', 'minutes'], `Minutes must be a whole number from 1 to ${MAX_MINUTES_PER_DAY}.`, 'INVALID'));
    }
  }
  if (input.note && input.note.length > 1000) errors.push(userError(['input', 'note'], 'At most 1000 characters.', 'INVALID'));
  return errors;
}

/** The week (its Monday) a date's time belongs to. */
export const weekOf = (date: string) => mondayOf(date);

export interface EntryLike {
  _id: { toString(): string };
  date: string;
  minutes: number;
  billable: boolean;
  taskId?: string | null;
  note?: string | null;
  rateMinor?: number | null;
}

/** No day of the sheet may hold more than 24 hours. */
export function dayOverflow(entries: Array<Pick<EntryLike, 'date' | 'minutes'>>): string | null {
  const perDay = new Map<string, number>();
  for (const e of entries) perDay.set(e.date, (perDay.get(e.date) ?? 0) + e.minutes);
  for (const [date, minutes] of perDay) if (minutes > MAX_MINUTES_PER_DAY) return date;
  return null;
}

export const totalMinutes = (entries: Array<Pick<EntryLike, 'minutes'>>) => entries.reduce((s, e) => s + e.minutes, 0);
export const billableMinutes = (entries: Array<Pick<EntryLike, 'minutes' | 'billable'>>) =>
  totalMinutes(entries.filter((e) => e.billable));

export const hours = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')} h`;

/**
 * The invoice lines of an approved sheet: one per billable entry, its amount the entry's minutes
 * at the rate fixed on it (`rateMinor`), described so that a reader can trace it to the entry.
 */
export function billingLines(
  sheet: { weekStart: string; entries: EntryLike[] },
  employeeName: string,
  currency: string,
): LinePayload[] {
  return sheet.entries
    .filter((e) => e.billable && e.rateMinor != null)
    .map((e) => ({
      description:
        `${e.date} ${employeeName}: ${hours(e.minutes)} at ${formatAmount(e.rateMinor!, currency)}/h` +
        (e.note ? ` (${e.note})` : ''),
      quantity: 1,
      unitPriceMinor: amountForMinutes(e.rateMinor!, e.minutes),
    }));
}

export const linesTotal = (lines: LinePayload[]) => lines.reduce((s, l) => s + l.unitPriceMinor * l.quantity, 0);
