/**
 * RETAINER contracts: a fixed fee per calendar month (the period, `YYYY-MM`) that includes a number
 * of hours; approved billable time of the month is counted against them and, when the contract
 * says so, the time beyond them is billed as overage at the rate of each entry (the employee's role
 * rate on the project, else its default, fixed at approval). A period bills once it has ended,
 * from the month of the project's start to the month of its end (or of its completion), once per
 * project and period (`retainer:<projectId>:<YYYY-MM>`).
 */
import { addDays } from '../../../lib/dates';
import { userError, type UserError } from '../../../lib/errors';
import type { LinePayload } from '../../../lib/events/catalog';
import { formatAmount } from '../../../lib/money';
import { amountForMinutes, projectAmount, type ProjectStatus } from './project';
import { hours } from './timesheet';

export interface RetainerTerms {
  /** The fee of one month, in the project's currency. */
  feeMinor: number;
  /** Hours the fee includes per month, in minutes. */
  includedMinutes: number;
  /** Whether approved billable time beyond the included hours is billed (at the project's rates). */
  billOverage: boolean;
}

export interface RetainerPeriod {
  period: string;
  /** `retainer:<projectId>:<period>`: the key of the finance invoice. */
  source: string;
  feeMinor: number;
  includedMinutes: number;
  /** Approved billable minutes dated in the period. */
  usedMinutes: number;
  overageMinutes: number;
  /** What the overage billed (0 when the contract does not bill overage). */
  overageMinor: number;
  amountMinor: number;
  billedAt: Date;
}

/** Retainer periods bill while the project runs, is paused, or for the months up to its completion. */
export const RETAINER_BILLING_STATUSES: readonly ProjectStatus[] = ['ACTIVE', 'ON_HOLD', 'COMPLETED'];

export const periodOf = (date: string) => date.slice(0, 7);

export function nextPeriod(period: string): string {
  const [year, month] = period.split('-').map(Number);
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** First and last day of a period. */
export const periodSpan = (period: string) => ({ from: `${period}-01`, to: addDays(`${nextPeriod(period)}-01`, -1) });

/** The instant a period may bill: the start of the following month (UTC). */
export const periodDueAt = (period: string) => new Date(`${nextPeriod(period)}-01T00:00:00.000Z`);

export const retainerSource = (projectId: string, period: string) => `retainer:${projectId}:${period}`;

/** The project of a `retainer:<projectId>:<period>` source; null for any other source. */
export function projectOfSource(source: string): string | null {
  return /^retainer:([^:]+):\d{4}-\d{2}$/.exec(source)?.[1] ?? null;
}

/**
 * The next period to bill: the month after the last one billed, else the month the project starts;
 * null when none is left (after the month of its end date, or of its completion).
 */
export function nextUnbilledPeriod(project: {
  startDate?: string | null;
  endDate?: string | null;
  closedOn?: string | null;
  retainerPeriods: Array<{ period: string }>;
}): string | null {
  if (!project.startDate) return null;
  const last = project.retainerPeriods[project.retainerPeriods.length - 1]?.period;
  const next = last ? nextPeriod(last) : periodOf(project.startDate);
  const ends = [project.endDate, project.closedOn].filter((d): d is string => Boolean(d)).sort()[0];
  if (ends && next > periodOf(ends)) return null;
  return next;
}

/** When the project's next period is due to bill (null: nothing left to bill, or no terms yet). */
export function retainerDueAt(project: Parameters<typeof nextUnbilledPeriod>[0] & { retainer?: RetainerTerms | null }) {
  if (!project.retainer) return null;
  const next = nextUnbilledPeriod(project);
  return next ? periodDueAt(next) : null;
}

export interface RetainerEntry {
  date: string;
  minutes: number;
  billable: boolean;
  rateMinor?: number | null;
}

/**
 * One period's charge: the fee, then the approved billable minutes of the period counted in date
 * order against the included ones; what is beyond them is overage, billed per rate when the terms
 * say so (each entry at the rate fixed on it).
 */
export function retainerCharge(
  terms: RetainerTerms,
  period: string,
  entries: RetainerEntry[],
  currency: string,
): Omit<RetainerPeriod, 'source' | 'billedAt'> & { lines: LinePayload[] } {
  const { from, to } = periodSpan(period);
  const counted = entries
    .filter((e) => e.billable && e.date >= from && e.date <= to)
    .sort((a, b) => a.date.localeCompare(b.date));
  let left = terms.includedMinutes;
  let usedMinutes = 0;
  const overByRate = new Map<number, number>();
  let overageMinutes = 0;
  for (const e of counted) {
    usedMinutes += e.minutes;
    const within = Math.min(left, e.minutes);
    left -= within;
    const over = e.minutes - within;
    if (!over) continue;
    overageMinutes += over;
    if (terms.billOverage && e.rateMinor != null) overByRate.set(e.rateMinor, (overByRate.get(e.rateMinor) ?? 0) + over);
  }
  const lines: LinePayload[] = [
    {
      description: `Retainer ${period} (includes ${hours(terms.includedMinutes)}; ${hours(usedMinutes)} used)`,
      quantity: 1,
      unitPriceMinor: terms.feeMinor,
    },
  ];
  let overageMinor = 0;
  for (const [rate, minutes] of [...overByRate].sort((a, b) => b[0] - a[0])) {
    const amount = amountForMinutes(rate, minutes);
    overageMinor += amount;
    lines.push({
      description: `Overage ${period}: ${hours(minutes)} at ${formatAmount(rate, currency)}/h`,
      quantity: 1,
      unitPriceMinor: amount,
    });
  }
  return {
    period,
    feeMinor: terms.feeMinor,
    includedMinutes: terms.includedMinutes,
    usedMinutes,
    overageMinutes,
    overageMinor,
    amountMinor: terms.feeMinor + overageMinor,
    lines,
  };
}

export interface RetainerInput {
  fee: { amount: string; currency: string };
  includedHours: number;
  billOverage?: boolean | null;
}

/** Checks retainer terms in the project's currency; returns them in stored form. */
export function parseRetainer(input: RetainerInput, currency: string): { terms: RetainerTerms | null; errors: UserError[] } {
  const field = ['input', 'retainer'];
  const fee = projectAmount(input.fee, currency, [...field, 'fee']);
  const errors = [...fee.errors];
  const hoursIncluded = input.includedHours;
  if (!Number.isFinite(hoursIncluded) || hoursIncluded < 0 || hoursIncluded > 744) {
    errors.push(userError([...field, 'includedHours'], 'Included hours must be between 0 and 744 a month.', 'INVALID'));
  }
  if (errors.length || fee.minor === null) return { terms: null, errors };
  return {
    terms: { feeMinor: fee.minor, includedMinutes: Math.round(hoursIncluded * 60), billOverage: input.billOverage ?? false },
    errors,
  };
}
