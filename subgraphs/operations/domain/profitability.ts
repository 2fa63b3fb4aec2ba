/**
 * A project's profitability from its documents: revenue is what it billed to finance (approved
 * timesheets' billable time, completed milestones), cost is every minute logged times the
 * employee's hourly cost rate (replicated from hr), margin their difference; budget use and the
 * estimate at completion (cost so far scaled by progress) follow.
 */
import { amountForMinutes } from './project';

export interface Billing {
  source: string;
  amountMinor: number;
  billedAt: Date;
}

export interface Profitability {
  currency: string;
  revenueMinor: number;
  costMinor: number;
  marginMinor: number;
  marginPercent: number | null;
  minutesLogged: number;
  unpricedMinutes: number;
  budgetHoursUsedPercent: number | null;
  budgetUsedPercent: number | null;
  estimateAtCompletionMinor: number | null;
  billing: Billing[];
}

const percent = (part: number, whole: number | null | undefined) => (whole ? Math.round((part / whole) * 1000) / 10 : null);

export function profitabilityOf(input: {
  currency: string;
  budgetMinutes?: number | null;
  budgetMinor?: number | null;
  /** Every minute logged on the project, by employee. */
  time: Array<{ employeeId: string; minutes: number }>;
  /** Hourly cost rates in the project's currency; absent = unknown (the time is unpriced). */
  costRates: Map<string, number>;
  billing: Billing[];
  /** Progress, 0-100. */
  progressPercent: number;
}): Profitability {
  let costMinor = 0;
  let minutesLogged = 0;
  let unpricedMinutes = 0;
  // Cost per employee, rounded once per employee: sums of minutes, not of rounded entries.
  const minutesByEmployee = new Map<string, number>();
  for (const t of input.time) {
    minutesLogged += t.minutes;
    minutesByEmployee.set(t.employeeId, (minutesByEmployee.get(t.employeeId) ?? 0) + t.minutes);
  }
  for (const [employeeId, minutes] of minutesByEmployee) {
    const rate = input.costRates.get(employeeId);
    if (rate === undefined) unpricedMinutes += minutes;
    else costMinor += amountForMinutes(rate, minutes);
  }
  const revenueMinor = input.billing.reduce((s, b) => s + b.amountMinor, 0);
  const marginMinor = revenueMinor - costMinor;
  return {
    currency: input.currency,
    revenueMinor,
    costMinor,
    marginMinor,
    marginPercent: percent(marginMinor, revenueMinor),
    minutesLogged,
    unpricedMinutes,
    budgetHoursUsedPercent: percent(minutesLogged, input.budgetMinutes),
    budgetUsedPercent: percent(costMinor, input.budgetMinor),
    estimateAtCompletionMinor: input.progressPercent > 0 ? Math.round((costMinor * 100) / input.progressPercent) : null,
    billing: [...input.billing].sort((a, b) => a.billedAt.getTime() - b.billedAt.getTime()),
  };
}
