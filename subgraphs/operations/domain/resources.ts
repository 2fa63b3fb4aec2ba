/**
 * Resource allocation: an employee's capacity per ISO week (contracted hours less approved time
 * off and public holidays, by working day), allocations spread over the working days they cover,
 * and the plan of capacity, allocation, booked time and utilisation per employee and week.
 *
 * A week's capacity = weeklyMinutes x (working days of the week neither on time off nor a holiday
 * of the employee's calendar) / 5.
 * An allocation's share of a week = minutesPerWeek x (working days of the week inside it) / 5: a
 * booking over a holiday week asks for more than the week holds, like one over time off, and is
 * flagged.
 */
import { addDays, intersect, isIsoDate, isWorkingDay, weeksOverlapping } from '../../../lib/dates';
import { userError, type UserError } from '../../../lib/errors';

export const MAX_PLAN_WEEKS = 26;
export const MAX_ALLOCATION_DAYS = 3 * 366;
export const WORKING_DAYS_PER_WEEK = 5;

export interface DateSpan {
  from: string;
  to: string;
}

export interface AllocationLike extends DateSpan {
  minutesPerWeek: number;
}

/** Validates a from..to span (dates, order, at most `maxDays`). */
export function checkSpan(span: DateSpan, maxDays: number, field: string[] = ['input']): UserError[] {
  const errors: UserError[] = [];
  for (const key of ['from', 'to'] as const) {
    if (!isIsoDate(span[key])) errors.push(userError([...field, key], `${span[key]} is not a date (YYYY-MM-DD).`, 'INVALID'));
  }
  if (errors.length) return errors;
  if (span.to < span.from) errors.push(userError([...field, 'to'], '`to` is before `from`.', 'INVALID'));
  else if (weeksOverlapping(span.from, span.to).length * 7 > maxDays + 14) {
    errors.push(userError([...field, 'to'], `At most ${maxDays} days.`, 'INVALID'));
  }
  return errors;
}

export function checkHoursPerWeek(hours: number): UserError[] {
  if (!Number.isFinite(hours) || hours <= 0 || hours > 168) {
    return [userError(['input', 'hoursPerWeek'], 'Hours per week must be more than 0 and at most 168.', 'INVALID')];
  }
  return [];
}

/**
 * Working days of the week starting `monday` that fall inside `span`, outside every time-off span
 * and not on one of `holidays` (dates).
 */
export function workingDaysIn(
  monday: string,
  span: DateSpan | null,
  timeOff: DateSpan[] = [],
  holidays: ReadonlySet<string> = NO_HOLIDAYS,
): number {
  let days = 0;
  for (let i = 0; i < 7; i++) {
    const day = addDays(monday, i);
    if (!isWorkingDay(day)) continue;
    if (span && (day < span.from || day > span.to)) continue;
    if (timeOff.some((t) => day >= t.from && day <= t.to)) continue;
    if (holidays.has(day)) continue;
    days++;
  }
  return days;
}

const NO_HOLIDAYS: ReadonlySet<string> = new Set();

/** Minutes the employee can work in the week. */
export const capacityMinutes = (
  monday: string,
  weeklyMinutes: number,
  timeOff: DateSpan[],
  holidays: ReadonlySet<string> = NO_HOLIDAYS,
) => Math.round((weeklyMinutes * workingDaysIn(monday, null, timeOff, holidays)) / WORKING_DAYS_PER_WEEK);

/**
 * The holiday dates that apply to an employee of `country`: the tenant-wide ones ('' country) and
 * their country's (the calendar as operations replicated it from hr; removed holidays left out).
 */
export function holidaysOf(
  calendar: Array<{ date: string; country: string; removed?: boolean }>,
  country: string | null | undefined,
): Set<string> {
  const code = (country ?? '').toUpperCase();
  return new Set(calendar.filter((h) => !h.removed && (!h.country || h.country === code)).map((h) => h.date));
}

/** Minutes of an allocation that fall in the week (by the working days it covers). */
export function allocatedMinutes(monday: string, allocation: AllocationLike): number {
  const week = { from: monday, to: addDays(monday, 6) };
  const overlap = intersect(week, allocation);
  if (!overlap) return 0;
  return Math.round((allocation.minutesPerWeek * workingDaysIn(monday, overlap)) / WORKING_DAYS_PER_WEEK);
}

export interface PlanCell {
  weekStart: string;
  /** The public holidays on working days of the week that took capacity off (dates). */
  holidays: string[];
  capacityMinutes: number;
  allocatedMinutes: number;
  bookedMinutes: number;
  utilisationPercent: number | null;
  overallocated: boolean;
}

export interface PlanInput {
  weeklyMinutes: number;
  timeOff: DateSpan[];
  /** Public holidays that apply to the employee (dates). */
  holidays?: ReadonlySet<string>;
  allocations: AllocationLike[];
  /** Minutes logged per date. */
  booked: Array<{ date: string; minutes: number }>;
}

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);

/** One employee's cells for the given weeks. */
export function planCells(weeks: string[], input: PlanInput): PlanCell[] {
  return weeks.map((monday) => {
    const end = addDays(monday, 6);
    const capacity = capacityMinutes(monday, input.weeklyMinutes, input.timeOff, input.holidays);
    const allocated = input.allocations.reduce((sum, a) => sum + allocatedMinutes(monday, a), 0);
    const booked = input.booked.filter((b) => b.date >= monday && b.date <= end).reduce((sum, b) => sum + b.minutes, 0);
    const holidays = [0, 1, 2, 3, 4, 5, 6]
      .map((i) => addDays(monday, i))
      .filter((d) => isWorkingDay(d) && input.holidays?.has(d));
    return {
      weekStart: monday,
      holidays,
      capacityMinutes: capacity,
      allocatedMinutes: allocated,
      bookedMinutes: booked,
      utilisationPercent: percent(allocated, capacity),
      overallocated: allocated > capacity,
    };
  });
}

/** The weeks a new allocation would push beyond capacity, given the employee's other allocations. */
export function overbookedWeeks(candidate: AllocationLike, input: Omit<PlanInput, 'booked'>): string[] {
  const weeks = weeksOverlapping(candidate.from, candidate.to);
  return planCells(weeks, { ...input, allocations: [...input.allocations, candidate], booked: [] })
    .filter((c) => c.overallocated)
    .map((c) => c.weekStart);
}
