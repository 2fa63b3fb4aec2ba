/**
 * Payslip arithmetic, exact in integer minor units.
 *
 * Rounding rule (the only one used): every division is rounded HALF UP to a whole minor unit,
 * computed with integers only (no floats):
 *   monthly gross      = round_half_up(annualMinor / 12)            = floor((annual + 6) / 12)
 *   each rate's amount = round_half_up(grossMinor * rateBps / 10000) = floor((gross * bps + 5000) / 10000)
 * Each rate is rounded separately, then summed. net = gross - sum(employee deductions); employer
 * contributions are paid on top of gross (not taken from the employee). Twelve monthly grosses may
 * differ from the annual salary by at most 6 minor units a year (e.g. 100000.05 / 12).
 */
import { userError, type UserError } from '../../../lib/errors';
import { sum } from '../../../lib/money';
import type { Transitions } from '../../../lib/state-machine';
import { requireText } from '../../../lib/validation';
import type { EmployeeStatus } from './employee';

export type PayrollRunStatus = 'DRAFT' | 'APPROVED' | 'POSTED' | 'CANCELLED';
/** A run is computed as DRAFT, approved, then posted to the ledger (final); only a DRAFT can be cancelled. */
export const PAYROLL_RUN_TRANSITIONS: Transitions<PayrollRunStatus> = {
  DRAFT: ['APPROVED', 'CANCELLED'],
  APPROVED: ['POSTED'],
  POSTED: [],
  CANCELLED: [],
};

export interface PayrollRate {
  name: string;
  /** Basis points: 1 bp = 0.01 %, so 10000 = 100 %. */
  rateBps: number;
}

export interface PayslipLine {
  name: string;
  rateBps: number;
  amountMinor: number;
}

export interface PayslipAmounts {
  grossMinor: number;
  deductions: PayslipLine[];
  contributions: PayslipLine[];
  employeeDeductionsMinor: number;
  employerContributionsMinor: number;
  netMinor: number;
}

/** Non-negative integer division rounded half up. */
export function divideHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || numerator < 0) throw new RangeError('numerator must be a non-negative safe integer');
  return Math.floor((numerator + Math.floor(denominator / 2)) / denominator);
}

export function monthlyGross(annualMinor: number): number {
  return divideHalfUp(annualMinor, 12);
}

export function rateAmount(grossMinor: number, rateBps: number): number {
  return divideHalfUp(grossMinor * rateBps, 10_000);
}

export function computePayslip(annualMinor: number, deductions: PayrollRate[], contributions: PayrollRate[]): PayslipAmounts {
  const grossMinor = monthlyGross(annualMinor);
  const line = (rate: PayrollRate): PayslipLine => ({ ...rate, amountMinor: rateAmount(grossMinor, rate.rateBps) });
  const deductionLines = deductions.map(line);
  const contributionLines = contributions.map(line);
  const employeeDeductionsMinor = sum(deductionLines.map((l) => l.amountMinor));
  return {
    grossMinor,
    deductions: deductionLines,
    contributions: contributionLines,
    employeeDeductionsMinor,
    employerContributionsMinor: sum(contributionLines.map((l) => l.amountMinor)),
    netMinor: grossMinor - employeeDeductionsMinor,
  };
}

export interface PayrollTotals {
  grossMinor: number;
  employeeDeductionsMinor: number;
  employerContributionsMinor: number;
  netMinor: number;
}

/** The run's totals: exact sums of its payslips. */
export function payrollTotals(payslips: PayrollTotals[]): PayrollTotals {
  return {
    grossMinor: sum(payslips.map((p) => p.grossMinor)),
    employeeDeductionsMinor: sum(payslips.map((p) => p.employeeDeductionsMinor)),
    employerContributionsMinor: sum(payslips.map((p) => p.employerContributionsMinor)),
    netMinor: sum(payslips.map((p) => p.netMinor)),
  };
}

/** A payroll period is a calendar month, `YYYY-MM`. Returns its first and last day, or null when malformed. */
export function parsePeriod(period: string): { start: string; end: string } | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { start: `${period}-01`, end: `${period}-${String(last).padStart(2, '0')}` };
}

/** Rates must be whole basis points between 0 and 10000, and deductions may not exceed 100 % together. */
export function validRateBps(rateBps: number): boolean {
  return Number.isInteger(rateBps) && rateBps >= 0 && rateBps <= 10_000;
}

/** A payroll rate list as configured: named, whole basis points, together at most 100 %. */
export function checkRates(rates: PayrollRate[], field: string): UserError[] {
  const errors = rates.flatMap((rate, i) => [
    ...requireText(rate.name, ['input', field, String(i), 'name']),
    ...(validRateBps(rate.rateBps)
      ? []
      : [userError(['input', field, String(i), 'rateBps'], 'A rate is whole basis points from 0 to 10000.', 'INVALID')]),
  ]);
  if (!errors.length && rates.reduce((a, r) => a + r.rateBps, 0) > 10_000) {
    errors.push(userError(['input', field], 'Rates add up to more than 100 %.', 'INVALID'));
  }
  return errors;
}

/** Who is paid for a period: active or on-leave employees with a compensation who started by the period's last day. */
export function isPaid(
  employee: { status?: EmployeeStatus | null; startDate?: string | null; compensationMinor?: number | null },
  periodEnd: string,
): boolean {
  return (
    (employee.status ?? 'ACTIVE') !== 'TERMINATED' &&
    employee.compensationMinor != null &&
    (!employee.startDate || employee.startDate <= periodEnd)
  );
}

/** A run's period key: the period while the run counts, moved aside when it is cancelled (freeing the period). */
export const cancelledPeriodKey = (period: string, runId: string) => `${period}:cancelled:${runId}`;
