/**
 * Calendar days as ISO strings (`YYYY-MM-DD`, UTC): validation, arithmetic, ISO weeks and
 * working days (Monday to Friday). ISO dates compare correctly as strings.
 */
export const DAY_MS = 86_400_000;

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const toTime = (date: string) => Date.parse(`${date}T00:00:00.000Z`);
const fromTime = (t: number) => new Date(t).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromTime(toTime(date) + days * DAY_MS);
}

/** Days from `a` to `b` (negative when b is before a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toTime(b) - toTime(a)) / DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday. */
export const weekday = (date: string) => new Date(toTime(date)).getUTCDay();

export const isWorkingDay = (date: string) => weekday(date) !== 0 && weekday(date) !== 6;

/** The Monday of the ISO week holding `date`. */
export function mondayOf(date: string): string {
  return addDays(date, -((weekday(date) + 6) % 7));
}

/** Mondays of every ISO week overlapping from..to inclusive (empty when to < from). */
export function weeksOverlapping(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) weeks.push(monday);
  return weeks;
}

/** Working days (Mon-Fri) in from..to inclusive. */
export function workingDaysBetween(from: string, to: string): number {
  let days = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) days++;
  return days;
}

/** The overlap of two inclusive ranges, or null. */
export function intersect(a: { from: string; to: string }, b: { from: string; to: string }): { from: string; to: string } | null {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : null;
}
