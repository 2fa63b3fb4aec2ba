/**
 * Resource allocation: an employee's capacity per ISO week (contracted hours less approved time
 * off, by working day), allocations spread over the working days they cover, and the plan of
 * capacity, allocation, booked time and utilisation per employee and week.
 *
 * A week's capacity = weeklyMinutes x (working days of the week not on time off) / 5.
 * An allocation's share of a week = minutesPerWeek x (working days of the week inside it) / 5.
 * No holiday calendar yet (hr has none to replicate): holidays count as working days.
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

/** Working days of the week starting `monday` that fall inside `span` and outside every time-off span. */
export function workingDaysIn(monday: string, span: DateSpan | null, timeOff: DateSpan[] = []): number {
  let days = 0;
  for (let i = 0; i < 7; i++) {
    const day = addDays(monday, i);
    if (!isWorkingDay(day)) continue;
    if (span && (day < span.from || day > span.to)) continue;
    if (timeOff.some((t) => day >= t.from && day <= t.to)) continue;
    days++;
  }
  return days;
}

/** Minutes the employee can work in the week. */
export const capacityMinutes = (monday: string, weeklyMinutes: number, timeOff: DateSpan[]) =>
  Math.round((weeklyMinutes * workingDaysIn(monday, null, timeOff)) / WORKING_DAYS_PER_WEEK);

/** Minutes of an allocation that fall in the week (by the working days it covers). */
export function allocatedMinutes(monday: string, allocation: AllocationLike): number {
  const week = { from: monday, to: addDays(monday, 6) };
  const overlap = intersect(week, allocation);
  if (!overlap) return 0;
  return Math.round((allocation.minutesPerWeek * workingDaysIn(monday, overlap)) / WORKING_DAYS_PER_WEEK);
}

export interface PlanCell {
  weekStart: string;
  capacityMinutes: number;
  allocatedMinutes: number;
  bookedMinutes: number;
  utilisationPercent: number | null;
  overallocated: boolean;
}

export interface PlanInput {
  weeklyMinutes: number;
  timeOff: DateSpan[];
  allocations: AllocationLike[];
  /** Minutes logged per date. */
  booked: Array<{ date: string; minutes: number }>;
}

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);

/** One employee's cells for the given weeks. */
export function planCells(weeks: string[], input: PlanInput): PlanCell[] {
  return weeks.map((monday) => {
    const end = addDays(monday, 6);
    const capacity = capacityMinutes(monday, input.weeklyMinutes, input.timeOff);
    const allocated = input.allocations.reduce((sum, a) => sum + allocatedMinutes(monday, a), 0);
    const booked = input.booked.filter((b) => b.date >= monday && b.date <= end).reduce((sum, b) => sum + b.minutes, 0);
    return {
      weekStart: monday,
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
