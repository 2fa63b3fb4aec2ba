/** Payroll runs: computing a month's payslips, and the lifecycle writes (posting emits `hr.payroll.posted`). */
import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { domainEvent, withEvents } from '../../../lib/events';
import { withDocumentLock } from '../../../lib/keyed-lock';
import { unlessTaken } from '../../../lib/mutation';
import { applyTransition, canTransition } from '../../../lib/state-machine';
import { currentTenantId } from '../../../lib/tenancy';
import { PAYROLL_RUN_TRANSITIONS, type PayrollRunStatus } from '../domain/lifecycles';
import { computePayslip, parsePeriod, payrollTotals } from '../domain/payroll';
import type { EmployeeDoc, HrModels, PayrollRunDoc, PayrollSettingsDoc, PayslipDoc } from '../models';

/** Who is paid for a period: active or on-leave employees with a compensation who started by the period's last day. */
export function isPaid(employee: Pick<EmployeeDoc, 'status' | 'startDate' | 'compensationMinor'>, periodEnd: string): boolean {
  return (
    (employee.status ?? 'ACTIVE') !== 'TERMINATED' &&
    employee.compensationMinor != null &&
    (!employee.startDate || employee.startDate <= periodEnd)
  );
}

/** The tenant's newest payroll settings version, or null before the first `configurePayroll`. */
export function latestPayrollSettings(models: HrModels): Promise<PayrollSettingsDoc | null> {
  return models.PayrollSettings.findOne({}).sort({ _id: -1 }).lean<PayrollSettingsDoc>().exec();
}

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
  const run = await unlessTaken(['input', 'period'], `A payroll run for ${period} already exists; cancel it first.`, () =>
    models.PayrollRun.create({
      period,
      periodKey: period,
      status: 'DRAFT',
      currency: settings.currency,
      payslips,
      ...payrollTotals(payslips),
      version: 0,
    }),
  );
  return run.toObject() as PayrollRunDoc;
}

export function approvePayrollRun(models: HrModels, id: string): Promise<PayrollRunDoc> {
  return applyTransition<PayrollRunStatus, PayrollRunDoc>(
    models.PayrollRun,
    'Payroll run',
    id,
    PAYROLL_RUN_TRANSITIONS,
    'APPROVED',
    {
      set: { approvedAt: new Date() },
    },
  );
}

export async function cancelPayrollRun(models: HrModels, id: string): Promise<PayrollRunDoc> {
  const run = mongoose.isObjectIdOrHexString(id)
    ? await models.PayrollRun.findById(id).select({ period: 1 }).lean<PayrollRunDoc>()
    : null;
  if (!run) throw new UserErrors([userError(['input', 'id'], `Payroll run ${id} not found.`, 'NOT_FOUND')]);
  // Frees the period: the unique key moves aside in the same write as the status.
  return applyTransition<PayrollRunStatus, PayrollRunDoc>(
    models.PayrollRun,
    'Payroll run',
    id,
    PAYROLL_RUN_TRANSITIONS,
    'CANCELLED',
    {
      set: { cancelledAt: new Date(), periodKey: `${run.period}:cancelled:${id}` },
    },
  );
}

/**
 * APPROVED -> POSTED and the `hr.payroll.posted` event in ONE conditional single-document write
 * (the event waits in the run's outbox until the relay publishes it). Totals are the payslips' sums.
 */
export async function postPayrollRun(models: HrModels, id: string, requestId?: string): Promise<PayrollRunDoc> {
  const missing = () => new UserErrors([userError(['input', 'id'], `Payroll run ${id} not found.`, 'NOT_FOUND')]);
  if (!mongoose.isObjectIdOrHexString(id)) throw missing();
  return withDocumentLock(models.PayrollRun, id, async () => {
    const run = await models.PayrollRun.findById(id).lean<PayrollRunDoc>();
    if (!run) throw missing();
    if (!canTransition(PAYROLL_RUN_TRANSITIONS, run.status, 'POSTED')) {
      throw new UserErrors([
        userError(['input', 'id'], `Payroll run is ${run.status} and cannot become POSTED.`, 'ILLEGAL_TRANSITION'),
      ]);
    }
    const totals = payrollTotals(run.payslips);
    const event = domainEvent('hr.payroll.posted', {
      tenantId: currentTenantId(),
      aggregateId: id,
      requestId,
      payload: { payrollRunId: id, period: run.period, currency: run.currency, ...totals },
    });
    const posted = await models.PayrollRun.findOneAndUpdate(
      { _id: id, status: run.status, version: run.version },
      withEvents({ $set: { status: 'POSTED', postedAt: new Date() }, $inc: { version: 1 } }, event),
      { new: true },
    ).lean<PayrollRunDoc>();
    if (!posted) throw new UserErrors([userError(['input', 'id'], 'Payroll run changed concurrently; retry.', 'CONFLICT')]);
    return posted;
  });
}
