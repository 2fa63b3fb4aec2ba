/**
 * Every write of payroll: settings versions, computing a month's run, and its lifecycle (posting
 * stores `hr.payroll.posted` in the same write). "One non-cancelled run per period" is a unique
 * key (`periodKey`), which cancelling moves aside in the same write as the status.
 */
import mongoose from 'mongoose';
import { userError, UserErrors, type UserError } from '../../../lib/errors';
import { isCurrency, parseMoneyInput, sum } from '../../../lib/money';
import { assertNoUserErrors } from '../../../lib/mutation';
import type { Actor } from '../../../lib/signed-context';
import { insert, transition } from '../../../lib/write';
import { holidaysFor } from '../domain/calendar';
import {
  cancelledPeriodKey,
  checkRates,
  checkTaxBrackets,
  computeProratedPayslip,
  isPaid,
  parsePeriod,
  payrollTotals,
  type PayrollRate,
  type PayrollRunStatus,
  type PayslipBasis,
  type TaxBracket,
} from '../domain/payroll';
import { computeBalances, isIsoDate } from '../domain/time-off';
import { payrollPaid, payrollPosted } from '../events/publish';
import {
  EARLIEST,
  type EmployeeDoc,
  type HolidayDoc,
  type HrModels,
  type PayrollRunDoc,
  type PayrollSettingsDoc,
  type PayslipDoc,
  type TimeOffLedgerDoc,
  type TimeOffTypeDoc,
} from '../models';
import { releaseClaims, settleClaims, takeClaims } from './expense-claims';
import { mustExist } from './references';
import { newNodeId } from '../../../lib/node-id';

/** The tenant's payroll settings in force on `date` (default: the newest version), or null before the first `configurePayroll`. */
export function latestPayrollSettings(models: HrModels, date?: string | null): Promise<PayrollSettingsDoc | null> {
  const query = date
    ? models.PayrollSettings.findOne({ effectiveFrom: mongoose.trusted({ $lte: date }) })
    : models.PayrollSettings.findOne({});
  return query
    .sort(date ? { effectiveFrom: -1, _id: -1 } : { _id: -1 })
    .lean<PayrollSettingsDoc>()
    .exec();
}

/** Every settings version, newest effective date first (a short list). */
export function payrollSettingsHistory(models: HrModels): Promise<PayrollSettingsDoc[]> {
  return models.PayrollSettings.find({}).sort({ effectiveFrom: -1, _id: -1 }).limit(200).lean<PayrollSettingsDoc[]>().exec();
}

export interface PayrollSettingsInput {
  currency: string;
  effectiveFrom?: string | null;
  deductions: PayrollRate[];
  contributions: PayrollRate[];
  taxBrackets?: Array<{ from: { amount: string; currency: string }; rateBps: number }> | null;
  timeOffPayout?: { typeIds: string[]; daysPerYear: number } | null;
}

/** A new settings version each time, dated: the one in force on a period's first day applies (no read-modify-write, history kept). */
export async function configurePayroll(models: HrModels, input: PayrollSettingsInput): Promise<PayrollSettingsDoc> {
  const brackets: TaxBracket[] = [];
  const bracketErrors: UserError[] = [];
  (input.taxBrackets ?? []).forEach((b, i) => {
    const parsed = parseMoneyInput(b.from, ['input', 'taxBrackets', String(i), 'from']);
    if (parsed.error) bracketErrors.push(parsed.error);
    else if (b.from.currency !== input.currency)
      bracketErrors.push(
        userError(
          ['input', 'taxBrackets', String(i), 'from'],
          `Thresholds are in the payroll currency ${input.currency}.`,
          'CURRENCY_MISMATCH',
        ),
      );
    else brackets.push({ fromMinor: parsed.minor, rateBps: b.rateBps });
  });
  const payout = input.timeOffPayout;
  assertNoUserErrors([
    ...(isCurrency(input.currency) ? [] : [userError(['input', 'currency'], `Unknown currency "${input.currency}".`, 'INVALID')]),
    ...(input.effectiveFrom == null || isIsoDate(input.effectiveFrom)
      ? []
      : [userError(['input', 'effectiveFrom'], 'Use a date YYYY-MM-DD.', 'INVALID')]),
    ...checkRates(input.deductions, 'deductions'),
    ...checkRates(input.contributions, 'contributions'),
    ...bracketErrors,
    ...(bracketErrors.length
      ? []
      : checkTaxBrackets(
          brackets,
          input.deductions.reduce((a, r) => a + r.rateBps, 0),
        )),
    ...(payout && !(Number.isInteger(payout.daysPerYear) && payout.daysPerYear >= 1 && payout.daysPerYear <= 366)
      ? [userError(['input', 'timeOffPayout', 'daysPerYear'], 'Days per year are whole days from 1 to 366.', 'INVALID')]
      : []),
  ]);
  for (const [i, typeId] of (payout?.typeIds ?? []).entries()) {
    await mustExist(models.TimeOffType, typeId, ['input', 'timeOffPayout', 'typeIds', String(i)], 'Time-off type');
  }
  const rates = (list: PayrollRate[]) => list.map((r) => ({ name: r.name.trim(), rateBps: r.rateBps }));
  return insert<PayrollSettingsDoc>(models.PayrollSettings, {
    effectiveFrom: input.effectiveFrom ?? EARLIEST,
    currency: input.currency,
    deductions: rates(input.deductions),
    contributions: rates(input.contributions),
    taxBrackets: brackets,
    timeOffPayout: payout ? { typeIds: [...new Set(payout.typeIds)], daysPerYear: payout.daysPerYear } : null,
  });
}

/** Holidays of the tenant's calendar in a date range (all countries; one indexed range read), archived ones left out. */
export async function holidaysBetween(models: HrModels, startDate: string, endDate: string): Promise<HolidayDoc[]> {
  const found = await models.Holiday.find({ date: mongoose.trusted({ $gte: startDate, $lte: endDate }) })
    .select({ outbox: 0 })
    .sort({ date: 1 })
    .limit(5000)
    .lean<HolidayDoc[]>()
    .exec();
  return found.filter((h) => !h.removedAt);
}

/** Unused days of the payout types in the leaver's final year: allowance less approved, never below 0. */
async function unusedDays(models: HrModels, employeeId: string, year: number, typeIds: string[]): Promise<number> {
  if (!typeIds.length) return 0;
  const [types, ledger] = await Promise.all([
    models.TimeOffType.find({ _id: mongoose.trusted({ $in: typeIds }) }).lean<TimeOffTypeDoc[]>(),
    models.TimeOffLedger.findOne({ employeeId }).lean<TimeOffLedgerDoc>(),
  ]);
  const balances = computeBalances(
    types.map((t) => ({ typeId: t._id.toString(), yearlyAllowanceDays: t.yearlyAllowanceDays })),
    year,
    ledger?.approved ?? [],
    [],
  );
  return sum(balances.map((b) => Math.max(0, b.remainingDays)));
}

/**
 * A DRAFT run for a month: one payslip per employee employed in it, computed with the settings in
 * force on its first day. Joiners and leavers are prorated by working days (the holiday calendar
 * applies per employee's country); a leaver's payslip in the period of their last day is the final
 * pay, with unused time off paid out per the settings' policy; later runs leave them out.
 */
export async function createPayrollRun(models: HrModels, period: string): Promise<PayrollRunDoc> {
  const range = parsePeriod(period);
  if (!range) throw new UserErrors([userError(['input', 'period'], `Period "${period}" must be a month, YYYY-MM.`, 'INVALID')]);
  const settings = await latestPayrollSettings(models, range.start);
  if (!settings)
    throw new UserErrors([
      userError(
        ['input', 'period'],
        `Configure payroll (configurePayroll) in force on ${range.start} before running it.`,
        'REQUIRED',
      ),
    ]);
  // One projected read of the tenant's payable fields (a run is per tenant and bounded by headcount):
  // everyone not terminated, and leavers whose last day is in this period or later.
  const employees = await models.Employee.find({
    $or: [{ status: mongoose.trusted({ $ne: 'TERMINATED' }) }, { terminationDate: mongoose.trusted({ $gte: range.start }) }],
  })
    .select({ _id: 1, status: 1, startDate: 1, terminationDate: 1, country: 1, compensationMinor: 1, compensationCurrency: 1 })
    .sort({ _id: 1 })
    .lean<EmployeeDoc[]>();
  const paid = employees.filter((e) => isPaid(e, range.end, range.start));
  const foreign = paid.filter((e) => e.compensationCurrency !== settings.currency);
  if (foreign.length) {
    throw new UserErrors([
      userError(
        ['input', 'period'],
        `Compensation of employee(s) ${foreign.map((e) => e._id.toString()).join(', ')} is not in the payroll currency ${settings.currency}.`,
        'CURRENCY_MISMATCH',
      ),
    ]);
  }
  const holidays = await holidaysBetween(models, range.start, range.end);
  const rates = {
    deductions: settings.deductions,
    contributions: settings.contributions,
    taxBrackets: settings.taxBrackets ?? [],
  };
  const bases: Array<{ employeeId: string; basis: PayslipBasis }> = [];
  for (const e of paid) {
    const employeeId = e._id.toString();
    const leaving = !!e.terminationDate && e.terminationDate <= range.end;
    const policy = settings.timeOffPayout;
    const payout =
      leaving && policy
        ? {
            days: await unusedDays(models, employeeId, Number(e.terminationDate!.slice(0, 4)), policy.typeIds),
            daysPerYear: policy.daysPerYear,
          }
        : null;
    const basis: PayslipBasis = {
      annualMinor: e.compensationMinor!,
      period: range,
      startDate: e.startDate,
      terminationDate: e.terminationDate,
      holidays: holidaysFor(holidays, e.country),
      payout,
    };
    const slip = computeProratedPayslip(basis, rates);
    // Nobody gets an empty payslip: a joiner whose first working day is next month is paid from then.
    if (slip.grossMinor > 0 || slip.final) bases.push({ employeeId, basis });
  }
  // The run's id is chosen first: its employees' approved expense claims are taken for it (one
  // conditional write per claim), then the run is inserted with them. A claim taken by a run that
  // never got inserted (a crash in between) is free again for the next run (domain/expense-claims.ts).
  const runId = newNodeId('PayrollRun');
  const claims = await takeClaims(models, runId, new Set(bases.map((b) => b.employeeId)), settings.currency, range.end);
  const payslips: PayslipDoc[] = bases.map(({ employeeId, basis }) => ({
    employeeId,
    ...computeProratedPayslip({ ...basis, reimbursements: claims.get(employeeId) ?? [] }, rates),
  }));
  try {
    return await insert<PayrollRunDoc>(
      models.PayrollRun,
      {
        _id: runId,
        period,
        periodKey: period,
        status: 'DRAFT',
        currency: settings.currency,
        settingsId: settings._id.toString(),
        payslips,
        ...payrollTotals(payslips),
      },
      { taken: { field: ['input', 'period'], message: `A payroll run for ${period} already exists; cancel it first.` } },
    );
  } catch (err) {
    if (claims.size) await releaseClaims(models, runId.toString());
    throw err;
  }
}

/** Non-cancelled runs of `period` or later (a leaver's last day may not fall in a period already run). */
export async function runsFrom(models: HrModels, period: string): Promise<PayrollRunDoc[]> {
  const runs = await models.PayrollRun.find({ period: mongoose.trusted({ $gte: period }) })
    .select({ _id: 1, period: 1, status: 1 })
    .sort({ period: 1, _id: 1 })
    .limit(50)
    .lean<PayrollRunDoc[]>();
  return runs.filter((r) => r.status !== 'CANCELLED');
}

/** DRAFT -> APPROVED. */
export const approvePayrollRun = (models: HrModels, id: string) =>
  transition<PayrollRunStatus, PayrollRunDoc>(models.PayrollRun, id, 'APPROVED', { set: { approvedAt: new Date() } });

/** DRAFT -> CANCELLED; frees the period: the unique key moves aside in the same write as the status. */
export async function cancelPayrollRun(models: HrModels, id: string): Promise<PayrollRunDoc> {
  const run = await transition<PayrollRunStatus, PayrollRunDoc>(models.PayrollRun, id, 'CANCELLED', {
    set: (run) => ({ cancelledAt: new Date(), periodKey: cancelledPeriodKey(run.period, run._id.toString()) }),
  });
  // Its expense claims go back for the next run (a crash before this leaves them to the next run anyway).
  await releaseClaims(models, run._id.toString());
  return run;
}

/**
 * POSTED -> PAID: the net pay went out. `hr.payroll.paid` in the same write; finance clears the net
 * salaries payable against the bank.
 */
export const markPayrollPaid = (models: HrModels, input: { id: string; paidAt?: Date | null }, actor: Actor) => {
  const paidAt = input.paidAt ?? new Date();
  if (paidAt.getTime() > Date.now() + 60_000) {
    throw new UserErrors([userError(['input', 'paidAt'], 'A payment date cannot be in the future.', 'INVALID')]);
  }
  return transition<PayrollRunStatus, PayrollRunDoc>(models.PayrollRun, input.id, 'PAID', {
    set: { paidAt },
    events: (run) => [payrollPaid({ ...run, paidAt }, actor.requestId)],
  });
};

/**
 * APPROVED -> POSTED and `hr.payroll.posted` in ONE conditional single-document write (the event
 * waits in the run's outbox until the relay publishes it). Totals are the payslips' sums.
 */
export async function postPayrollRun(models: HrModels, id: string, actor: Actor): Promise<PayrollRunDoc> {
  const run = await transition<PayrollRunStatus, PayrollRunDoc>(models.PayrollRun, id, 'POSTED', {
    set: { postedAt: new Date() },
    events: (run) => [payrollPosted(run, actor.requestId)],
  });
  // Its expense claims are reimbursed (finance marks the expenses from the event). A crash before
  // this is harmless: the claims read REIMBURSED from the run, and the next run creation marks them.
  if (run.reimbursementsMinor) await settleClaims(models, run._id.toString());
  return run;
}
