/**
 * What hr publishes: each event built from the document it is about, in the shapes of
 * lib/events/catalog.ts. The services store them in the same write as the change.
 */
import { domainEvent } from '../../../lib/events/catalog';
import { currentTenantId } from '../../../lib/tenancy';
import { payrollTotals } from '../domain/payroll';
import type { EmployeeDoc, PayrollRunDoc, TimeOffRequestDoc } from '../models';

/** A run was posted: its totals, the exact sums of its payslips (finance books them). */
export function payrollPosted(run: PayrollRunDoc, requestId?: string) {
  const payrollRunId = run._id.toString();
  return domainEvent('hr.payroll.posted', {
    tenantId: currentTenantId(),
    aggregateId: payrollRunId,
    requestId,
    payload: { payrollRunId, period: run.period, currency: run.currency, ...payrollTotals(run.payslips) },
  });
}

/** An employee as other domains replicate it; `version` is the document's version after the write. */
export function employeeUpserted(employee: EmployeeDoc, version: number, requestId?: string) {
  const employeeId = employee._id.toString();
  return domainEvent('hr.employee.upserted', {
    tenantId: currentTenantId(),
    aggregateId: employeeId,
    requestId,
    payload: {
      employeeId,
      name: employee.name,
      title: employee.title ?? null,
      departmentId: employee.departmentId ?? null,
      status: employee.status,
      weeklyHours: employee.weeklyHours ?? DEFAULT_WEEKLY_HOURS,
      costRate:
        employee.costRateMinor != null && employee.costRateCurrency
          ? { minor: employee.costRateMinor, currency: employee.costRateCurrency }
          : null,
      version,
    },
  });
}

/** Contracted hours of an employee hr was never told otherwise about. */
export const DEFAULT_WEEKLY_HOURS = 40;

export const timeOffApproved = (request: TimeOffRequestDoc, requestId?: string) =>
  domainEvent('hr.timeOff.approved', {
    tenantId: currentTenantId(),
    aggregateId: request._id.toString(),
    requestId,
    payload: {
      requestId: request._id.toString(),
      employeeId: request.employeeId,
      startDate: request.startDate,
      endDate: request.endDate,
      days: request.days,
    },
  });
