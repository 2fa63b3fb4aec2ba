/**
 * Dunning: how far an unpaid invoice's reminders have gone. A tenant sets its levels as days
 * overdue (e.g. 7, 14, 30); an invoice open that many days past its due date reaches that level.
 * Levels only rise while the invoice stays unpaid, and each rise is announced once
 * (`finance.invoice.overdue`). Pure: the dunning job (jobs/dunning.ts) applies it.
 */
import { addDays, daysBetween } from '../../../lib/dates';
import { userError, type UserError } from '../../../lib/errors';

export const DEFAULT_DUNNING_DAYS = [7, 14, 30];
export const MAX_DUNNING_LEVELS = 5;
const MAX_DAYS = 365;

export function validateDunningDays(days: number[], field = ['input', 'dunningDays']): UserError[] {
  if (days.length > MAX_DUNNING_LEVELS) return [userError(field, `At most ${MAX_DUNNING_LEVELS} dunning levels.`, 'INVALID')];
  for (const [i, d] of days.entries()) {
    if (!Number.isInteger(d) || d < 1 || d > MAX_DAYS)
      return [
        userError([...field, String(i)], `A dunning level is a whole number of days overdue from 1 to ${MAX_DAYS}.`, 'INVALID'),
      ];
    if (i > 0 && d <= days[i - 1])
      return [userError([...field, String(i)], 'Dunning levels are in increasing order of days overdue.', 'INVALID')];
  }
  return [];
}

/** Whole days `today` is past `dueDate` (0 on or before it). */
export const daysOverdue = (dueDate: string, today: string) => Math.max(0, daysBetween(dueDate, today));

/**
 * Where an invoice due on `dueDate` stands on `today`: the level it has reached (how many of
 * `days` it is at least overdue, never below `current`), and the day to look again: the next
 * level's day, or, past the last level, tomorrow (a level the tenant adds later is reached then).
 */
export function dunningStep(
  dueDate: string,
  today: string,
  days: number[],
  current: number,
): { level: number; raised: boolean; nextCheckOn: string; daysOverdue: number } {
  const overdue = daysOverdue(dueDate, today);
  const reached = days.filter((d) => overdue >= d).length;
  const level = Math.max(current, reached);
  const next = days[level];
  return {
    level,
    raised: level > current,
    nextCheckOn: next === undefined ? addDays(today, 1) : addDays(dueDate, next),
    daysOverdue: overdue,
  };
}
