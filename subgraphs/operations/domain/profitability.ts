/**
 * A project's profitability from its documents: revenue is what it billed to finance (approved
 * timesheets' billable time, completed milestones, retainer periods) less what finance later voided
 * or credited of those invoices (net of tax, as billed), cost is every minute logged times the
 * employee's hourly cost rate (replicated from hr), margin their difference; budget use and the
 * estimate at completion (cost so far scaled by progress) follow.
 */
import { amountForMinutes } from './project';

export interface Billing {
  source: string;
  amountMinor: number;
  billedAt: Date;
  /** Finance voided the invoice: none of it is revenue. */
  voided?: boolean;
  /** Net of the credit notes finance issued against the invoice. */
  creditedMinor?: number;
  /** The finance invoice, once finance reported on it (void or credit note). */
  invoiceId?: string | null;
}

/** What of a billing is revenue: nothing once voided, else the amount less credit notes (never below 0). */
export const revenueOf = (b: Billing) => (b.voided ? 0 : Math.max(0, b.amountMinor - (b.creditedMinor ?? 0)));

/** The billings with what finance reported of their invoices (per source). */
export function withAdjustments(
  billing: Billing[],
  adjustments: Array<{ source: string; invoiceId: string; voidedAt?: Date | null; credits: Array<{ netMinor: number }> }>,
): Billing[] {
  const bySource = new Map(adjustments.map((a) => [a.source, a]));
  return billing.map((b) => {
    const a = bySource.get(b.source);
    if (!a) return b;
    return {
      ...b,
      invoiceId: a.invoiceId,
      voided: Boolean(a.voidedAt),
      creditedMinor: a.credits.reduce((s, c) => s + c.netMinor, 0),
    };
  });
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
  const revenueMinor = input.billing.reduce((s, b) => s + revenueOf(b), 0);
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
