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
import { workingDays } from './time-off';

export type PayrollRunStatus = 'DRAFT' | 'APPROVED' | 'POSTED' | 'PAID' | 'CANCELLED';
/**
 * A run is computed as DRAFT, approved, posted to the ledger, then paid out (the net pay payable
 * cleared); only a DRAFT can be cancelled.
 */
export const PAYROLL_RUN_TRANSITIONS: Transitions<PayrollRunStatus> = {
  DRAFT: ['APPROVED', 'CANCELLED'],
  APPROVED: ['POSTED'],
  POSTED: ['PAID'],
  PAID: [],
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
  /** What the rate applied to (a tax bracket's slice of gross); absent for a flat rate on gross. */
  baseMinor?: number | null;
}

/** One slice of a progressive tax table: `rateBps` applies to the part of a period's gross from `fromMinor` up to the next bracket. */
export interface TaxBracket {
  fromMinor: number;
  rateBps: number;
}

export type EarningKind = 'SALARY' | 'TIME_OFF_PAYOUT';
/** One part of gross: the (prorated) salary or the payout of unused time off. */
export interface Earning {
  kind: EarningKind;
  description: string;
  /** Working days paid (salary) or unused days paid out (payout). */
  days: number;
  amountMinor: number;
}

export interface PayslipAmounts {
  earnings?: Earning[];
  /** Working days of the period (Mon-Fri less the employee's holidays) and how many of them were employed. */
  periodWorkingDays?: number | null;
  workedDays?: number | null;
  /** The leaver's last payslip (the final pay). */
  final?: boolean | null;
  /** Approved expense claims reimbursed with this payslip (not taxed, added to net). */
  reimbursements?: Reimbursement[];
  reimbursementsMinor?: number | null;
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

export function computePayslip(
  annualMinor: number,
  deductions: PayrollRate[],
  contributions: PayrollRate[],
  taxBrackets: TaxBracket[] = [],
): PayslipAmounts {
  return payslipFromGross(monthlyGross(annualMinor), deductions, contributions, taxBrackets);
}

/**
 * Progressive tax on a period's gross: one line per bracket that gross reaches, each its slice x
 * rate rounded half up (so every line is exact and the lines add up to the tax).
 */
export function bracketTax(grossMinor: number, brackets: TaxBracket[], name = 'Income tax'): PayslipLine[] {
  const sorted = [...brackets].sort((a, b) => a.fromMinor - b.fromMinor);
  return sorted.flatMap((bracket, i) => {
    const upTo = sorted[i + 1]?.fromMinor ?? Infinity;
    const baseMinor = Math.max(0, Math.min(grossMinor, upTo) - bracket.fromMinor);
    if (baseMinor === 0 || bracket.rateBps === 0) return [];
    return [
      {
        name: `${name} ${bracketLabel(bracket.fromMinor, upTo)}`,
        rateBps: bracket.rateBps,
        baseMinor,
        amountMinor: rateAmount(baseMinor, bracket.rateBps),
      },
    ];
  });
}

const bracketLabel = (from: number, upTo: number) =>
  upTo === Infinity ? `from ${(from / 100).toFixed(2)}` : `${(from / 100).toFixed(2)}-${(upTo / 100).toFixed(2)}`;

/** Deductions (tax brackets, then flat rates), contributions and net of a payslip whose gross is known. */
export function payslipFromGross(
  grossMinor: number,
  deductions: PayrollRate[],
  contributions: PayrollRate[],
  taxBrackets: TaxBracket[] = [],
  reimbursements: Reimbursement[] = [],
): PayslipAmounts {
  const line = (rate: PayrollRate): PayslipLine => ({ ...rate, amountMinor: rateAmount(grossMinor, rate.rateBps) });
  const deductionLines = [...bracketTax(grossMinor, taxBrackets), ...deductions.map(line)];
  const contributionLines = contributions.map(line);
  const employeeDeductionsMinor = sum(deductionLines.map((l) => l.amountMinor));
  const reimbursementsMinor = sum(reimbursements.map((r) => r.amountMinor));
  return {
    grossMinor,
    deductions: deductionLines,
    contributions: contributionLines,
    employeeDeductionsMinor,
    employerContributionsMinor: sum(contributionLines.map((l) => l.amountMinor)),
    reimbursements,
    reimbursementsMinor,
    netMinor: grossMinor - employeeDeductionsMinor + reimbursementsMinor,
  };
}

/** An approved expense claim (finance) paid back with a payslip. */
export interface Reimbursement {
  /** hr's ExpenseClaim (the replica) and finance's Expense it stands for. */
  claimId: string;
  expenseId: string;
  number: string;
  amountMinor: number;
}

/** What one employee's payslip for a period is computed from. */
export interface PayslipBasis {
  annualMinor: number;
  period: { start: string; end: string };
  startDate?: string | null;
  terminationDate?: string | null;
  /** The holidays that apply to the employee (tenant-wide and their country's), ISO dates. */
  holidays: ReadonlySet<string>;
  /** Unused time off paid out with the final pay, and the policy's working days per year (the day rate's divisor). */
  payout?: { days: number; daysPerYear: number } | null;
  reimbursements?: Reimbursement[];
}

/** The rates of the settings version in force for the period. */
export interface PayrollRates {
  deductions: PayrollRate[];
  contributions: PayrollRate[];
  taxBrackets: TaxBracket[];
}

/**
 * One employee's payslip for a period, exact in minor units:
 *   salary = round_half_up(annual x workedDays / (12 x periodWorkingDays)), where workedDays are
 *            the period's working days within employment (start date .. termination date); a
 *            full period is exactly annual / 12;
 *   payout = round_half_up(annual x unusedDays / daysPerYear) on the final payslip;
 *   gross  = salary + payout; tax brackets and flat deductions on gross; net = gross - deductions
 *            + reimbursed expenses.
 */
export function computeProratedPayslip(basis: PayslipBasis, rates: PayrollRates): PayslipAmounts {
  const { start, end } = basis.period;
  const periodWorkingDays = workingDays({ startDate: start, endDate: end }, basis.holidays);
  const from = basis.startDate && basis.startDate > start ? basis.startDate : start;
  const to = basis.terminationDate && basis.terminationDate < end ? basis.terminationDate : end;
  const workedDays = from <= to ? workingDays({ startDate: from, endDate: to }, basis.holidays) : 0;
  const salaryMinor =
    periodWorkingDays === 0 || workedDays === periodWorkingDays
      ? monthlyGross(basis.annualMinor)
      : divideHalfUp(basis.annualMinor * workedDays, 12 * periodWorkingDays);
  const earnings: Earning[] = [
    {
      kind: 'SALARY',
      description: workedDays === periodWorkingDays ? 'Salary' : `Salary, ${workedDays} of ${periodWorkingDays} working days`,
      days: workedDays,
      amountMinor: salaryMinor,
    },
  ];
  const final = !!basis.terminationDate && basis.terminationDate <= end;
  if (final && basis.payout && basis.payout.days > 0) {
    earnings.push({
      kind: 'TIME_OFF_PAYOUT',
      description: `Unused time off, ${basis.payout.days} days`,
      days: basis.payout.days,
      amountMinor: divideHalfUp(basis.annualMinor * basis.payout.days, basis.payout.daysPerYear),
    });
  }
  const grossMinor = sum(earnings.map((e) => e.amountMinor));
  return {
    earnings,
    periodWorkingDays,
    workedDays,
    final,
    ...payslipFromGross(grossMinor, rates.deductions, rates.contributions, rates.taxBrackets, basis.reimbursements ?? []),
  };
}

/** A progressive table as configured: starts at 0, strictly rising thresholds, whole basis points. */
export function checkTaxBrackets(brackets: TaxBracket[], flatDeductionsBps: number): UserError[] {
  if (!brackets.length) return [];
  const errors: UserError[] = [];
  brackets.forEach((b, i) => {
    if (!Number.isSafeInteger(b.fromMinor) || b.fromMinor < 0)
      errors.push(userError(['input', 'taxBrackets', String(i), 'from'], 'A threshold is a non-negative amount.', 'INVALID'));
    else if (i === 0 && b.fromMinor !== 0)
      errors.push(userError(['input', 'taxBrackets', '0', 'from'], 'The first bracket starts at 0.', 'INVALID'));
    else if (i > 0 && b.fromMinor <= brackets[i - 1].fromMinor)
      errors.push(
        userError(['input', 'taxBrackets', String(i), 'from'], 'Thresholds rise strictly, bracket by bracket.', 'INVALID'),
      );
    if (!validRateBps(b.rateBps))
      errors.push(
        userError(['input', 'taxBrackets', String(i), 'rateBps'], 'A rate is whole basis points from 0 to 10000.', 'INVALID'),
      );
  });
  if (!errors.length && Math.max(...brackets.map((b) => b.rateBps)) + flatDeductionsBps > 10_000) {
    errors.push(userError(['input', 'taxBrackets'], 'The top tax rate and the deductions add up to more than 100 %.', 'INVALID'));
  }
  return errors;
}

/** The period (`YYYY-MM`) a date falls in. */
export const periodOf = (date: string) => date.slice(0, 7);

export interface PayrollTotals {
  grossMinor: number;
  employeeDeductionsMinor: number;
  employerContributionsMinor: number;
  /** Expense claims paid back with the run (net = gross - deductions + reimbursements). */
  reimbursementsMinor?: number | null;
  netMinor: number;
}

/** The run's totals: exact sums of its payslips. */
export function payrollTotals(payslips: PayrollTotals[]): PayrollTotals & { reimbursementsMinor: number } {
  return {
    grossMinor: sum(payslips.map((p) => p.grossMinor)),
    employeeDeductionsMinor: sum(payslips.map((p) => p.employeeDeductionsMinor)),
    employerContributionsMinor: sum(payslips.map((p) => p.employerContributionsMinor)),
    reimbursementsMinor: sum(payslips.map((p) => p.reimbursementsMinor ?? 0)),
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

/**
 * Who is paid for a period: employees with a compensation employed during it: started by its last
 * day and not terminated before its first (a leaver is paid up to the termination date in the
 * period it falls in, then leaves later runs). A termination recorded without a date pays nothing.
 */
export function isPaid(
  employee: {
    status?: EmployeeStatus | null;
    startDate?: string | null;
    terminationDate?: string | null;
    compensationMinor?: number | null;
  },
  periodEnd: string,
  periodStart = `${periodEnd.slice(0, 7)}-01`,
): boolean {
  const terminated = (employee.status ?? 'ACTIVE') === 'TERMINATED';
  return (
    employee.compensationMinor != null &&
    (!employee.startDate || employee.startDate <= periodEnd) &&
    (!terminated || (!!employee.terminationDate && employee.terminationDate >= periodStart))
  );
}

/** A run's period key: the period while the run counts, moved aside when it is cancelled (freeing the period). */
export const cancelledPeriodKey = (period: string, runId: string) => `${period}:cancelled:${runId}`;
