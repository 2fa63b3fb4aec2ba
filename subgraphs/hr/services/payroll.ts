/**
 * Every write of payroll: settings versions, computing a month's run, and its lifecycle (posting
 * stores `hr.payroll.posted` in the same write). "One non-cancelled run per period" is a unique
 * key (`periodKey`), which cancelling moves aside in the same write as the status.
 */
import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { isCurrency } from '../../../lib/money';
import { assertNoUserErrors } from '../../../lib/mutation';
import type { Actor } from '../../../lib/signed-context';
import { insert, transition } from '../../../lib/write';
import {
  cancelledPeriodKey,
  checkRates,
  computePayslip,
  isPaid,
  parsePeriod,
  payrollTotals,
  type PayrollRate,
  type PayrollRunStatus,
} from '../domain/payroll';
import { payrollPosted } from '../events/publish';
import type { EmployeeDoc, HrModels, PayrollRunDoc, PayrollSettingsDoc, PayslipDoc } from '../models';

/** The tenant's newest payroll settings version, or null before the first `configurePayroll`. */
export function latestPayrollSettings(models: HrModels): Promise<PayrollSettingsDoc | null> {
  return models.PayrollSettings.findOne({}).sort({ _id: -1 }).lean<PayrollSettingsDoc>().exec();
}

/** A new settings version each time: the newest applies (no read-modify-write, history kept). */
export function configurePayroll(
  models: HrModels,
  input: { currency: string; deductions: PayrollRate[]; contributions: PayrollRate[] },
): Promise<PayrollSettingsDoc> {
  assertNoUserErrors([
    ...(isCurrency(input.currency) ? [] : [userError(['input', 'currency'], `Unknown currency "${input.currency}".`, 'INVALID')]),
    ...checkRates(input.deductions, 'deductions'),
    ...checkRates(input.contributions, 'contributions'),
  ]);
  const rates = (list: PayrollRate[]) => list.map((r) => ({ name: r.name.trim(), rateBps: r.rateBps }));
  return insert<PayrollSettingsDoc>(models.PayrollSettings, {
    currency: input.currency,
    deductions: rates(input.deductions),
    contributions: rates(input.contributions),
  });
}

/** A DRAFT run for a month: one payslip per paid employee, computed with the newest settings. */
export async function createPayrollRun(models: HrModels, period: string): Promise<PayrollRunDoc> {
  const range = parsePeriod(period);
  if (!range) throw new UserErrors([userError(['input', 'period'], `Period "${period}" must be a month, YYYY-MM.`, 'INVALID')]);
  const settings = await latestPayrollSettings(models);
  if (!settings)
    throw new UserErrors([userError(['input', 'period'], 'Configure payroll (configurePayroll) before running it.', 'REQUIRED')]);
  // One projected read of the tenant's payable fields (a run is per tenant and bounded by headcount).
  const employees = await models.Employee.find({ status: mongoose.trusted({ $ne: 'TERMINATED' }) })
    .select({ _id: 1, status: 1, startDate: 1, compensationMinor: 1, compensationCurrency: 1 })
    .sort({ _id: 1 })
    .lean<EmployeeDoc[]>();
  const paid = employees.filter((e) => isPaid(e, range.end));
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
  const payslips: PayslipDoc[] = paid.map((e) => ({
    employeeId: e._id.toString(),
    ...computePayslip(e.compensationMinor!, settings.deductions, settings.contributions),
  }));
  return insert<PayrollRunDoc>(
    models.PayrollRun,
    { period, periodKey: period, status: 'DRAFT', currency: settings.currency, payslips, ...payrollTotals(payslips) },
    { taken: { field: ['input', 'period'], message: `A payroll run for ${period} already exists; cancel it first.` } },
  );
}

/** DRAFT -> APPROVED. */
export const approvePayrollRun = (models: HrModels, id: string) =>
  transition<PayrollRunStatus, PayrollRunDoc>(models.PayrollRun, id, 'APPROVED', { set: { approvedAt: new Date() } });

/** DRAFT -> CANCELLED; frees the period: the unique key moves aside in the same write as the status. */
export const cancelPayrollRun = (models: HrModels, id: string) =>
  transition<PayrollRunStatus, PayrollRunDoc>(models.PayrollRun, id, 'CANCELLED', {
    set: (run) => ({ cancelledAt: new Date(), periodKey: cancelledPeriodKey(run.period, run._id.toString()) }),
  });

/**
 * APPROVED -> POSTED and `hr.payroll.posted` in ONE conditional single-document write (the event
 * waits in the run's outbox until the relay publishes it). Totals are the payslips' sums.
 */
export const postPayrollRun = (models: HrModels, id: string, actor: Actor) =>
  transition<PayrollRunStatus, PayrollRunDoc>(models.PayrollRun, id, 'POSTED', {
    set: { postedAt: new Date() },
    events: (run) => [payrollPosted(run, actor.requestId)],
  });
