/**
 * Time-off rules: the request lifecycle, working days, overlap, allowance, balances. Dates are ISO calendar days (`YYYY-MM-DD`,
 * UTC); a request covers startDate..endDate INCLUSIVE and counts Monday-Friday less the holidays of
 * the tenant's calendar that apply to the employee (tenant-wide and their country's). A request stays within one calendar year, so each approved day counts against
 * exactly one year's allowance.
 */
import { userError, type UserError } from '../../../lib/errors';
import type { Transitions } from '../../../lib/state-machine';

export type TimeOffStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED';
/** A request is drafted, submitted, then decided by the employee's manager; decisions are final. */
export const TIME_OFF_TRANSITIONS: Transitions<TimeOffStatus> = {
  DRAFT: ['SUBMITTED'],
  SUBMITTED: ['APPROVED', 'REJECTED'],
  APPROVED: [],
  REJECTED: [],
};

export interface DateRange {
  startDate: string;
  endDate: string;
}

const DAY_MS = 86_400_000;

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Monday-Friday days in startDate..endDate inclusive, less the given holidays (the tenant's and the
 * employee's country's, `YYYY-MM-DD`); 0 when end is before start.
 */
export function workingDays({ startDate, endDate }: DateRange, holidays: ReadonlySet<string> = new Set()): number {
  const start = Date.parse(`${startDate}T00:00:00.000Z`);
  const end = Date.parse(`${endDate}T00:00:00.000Z`);
  let days = 0;
  for (let t = start; t <= end; t += DAY_MS) {
    const date = new Date(t);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(date.toISOString().slice(0, 10))) days++;
  }
  return days;
}

/** Inclusive ranges overlap when each starts on or before the other's end (ISO dates compare as strings). */
export function overlaps(a: DateRange, b: DateRange): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/** The first of `existing` that overlaps `candidate`, ignoring the candidate's own entry. */
export function findOverlap<T extends DateRange & { requestId: string }>(candidate: T, existing: T[]): T | undefined {
  return existing.find((e) => e.requestId !== candidate.requestId && overlaps(candidate, e));
}

export interface BalanceEntry {
  typeId: string;
  year: number;
  days: number;
}

export interface TimeOffBalance {
  typeId: string;
  year: number;
  allowanceDays: number;
  approvedDays: number;
  /** Submitted, not yet decided. */
  pendingDays: number;
  /** allowance - approved (pending requests are not deducted until approved). */
  remainingDays: number;
}

/** Per type, the year's allowance against approved and pending days. */
export function computeBalances(
  types: Array<{ typeId: string; yearlyAllowanceDays: number }>,
  year: number,
  approved: BalanceEntry[],
  pending: BalanceEntry[],
): TimeOffBalance[] {
  const total = (entries: BalanceEntry[], typeId: string) =>
    entries.filter((e) => e.typeId === typeId && e.year === year).reduce((acc, e) => acc + e.days, 0);
  return types.map(({ typeId, yearlyAllowanceDays }) => {
    const approvedDays = total(approved, typeId);
    return {
      typeId,
      year,
      allowanceDays: yearlyAllowanceDays,
      approvedDays,
      pendingDays: total(pending, typeId),
      remainingDays: yearlyAllowanceDays - approvedDays,
    };
  });
}

/** Whether approving `days` more of a type in a year stays within its allowance. */
export function withinAllowance(allowanceDays: number, approvedDays: number, days: number): boolean {
  return approvedDays + days <= allowanceDays;
}

/** A request's dates: a non-empty range within one calendar year, with at least one working day. */
export function validateTimeOffRange(input: { startDate: string; endDate: string }): UserError[] {
  if (!isIsoDate(input.startDate)) return [userError(['input', 'startDate'], 'Use a date YYYY-MM-DD.', 'INVALID')];
  if (!isIsoDate(input.endDate)) return [userError(['input', 'endDate'], 'Use a date YYYY-MM-DD.', 'INVALID')];
  if (input.endDate < input.startDate)
    return [userError(['input', 'endDate'], 'The end date is before the start date.', 'INVALID')];
  if (input.startDate.slice(0, 4) !== input.endDate.slice(0, 4)) {
    return [userError(['input', 'endDate'], 'A request stays within one calendar year; split it at the year end.', 'INVALID')];
  }
  if (workingDays(input) === 0) return [userError(['input', 'endDate'], 'The range holds no working day (Mon-Fri).', 'INVALID')];
  return [];
}

/** A time-off type's yearly allowance: whole days from 0 to 366. */
export function checkAllowanceDays(days: number): UserError[] {
  return Number.isInteger(days) && days >= 0 && days <= 366
    ? []
    : [userError(['input', 'yearlyAllowanceDays'], 'Allowance is whole days from 0 to 366.', 'INVALID')];
}

/** One approved request as the employee's ledger holds it. */
export interface ApprovedTimeOff extends DateRange {
  requestId: string;
  typeId: string;
  year: number;
  days: number;
}

/**
 * Whether `entry` may join the approved time off of its employee: not overlapping any of it, and
 * within the year's allowance of its type. Returns the userError when not.
 */
export function approvalRefusal(
  entry: ApprovedTimeOff,
  approved: ApprovedTimeOff[],
  type: { name: string; yearlyAllowanceDays: number },
): UserError | null {
  const clash = findOverlap(entry, approved);
  if (clash) {
    return userError(
      ['input', 'id'],
      `Overlaps approved time off ${clash.startDate}..${clash.endDate} (request ${clash.requestId}).`,
      'OVERLAPPING',
    );
  }
  const taken = approved.filter((e) => e.typeId === entry.typeId && e.year === entry.year).reduce((a, e) => a + e.days, 0);
  if (!withinAllowance(type.yearlyAllowanceDays, taken, entry.days)) {
    return userError(
      ['input', 'id'],
      `${entry.days} days exceed the ${type.name} allowance: ${type.yearlyAllowanceDays - taken} of ${type.yearlyAllowanceDays} left in ${entry.year}.`,
      'INSUFFICIENT_BALANCE',
    );
  }
  return null;
}
