/**
 * What hr publishes: each event built from the document it is about, in the shapes of
 * lib/events/catalog.ts. The services store them in the same write as the change.
 */
import { domainEvent } from '../../../lib/events/catalog';
import { currentTenantId } from '../../../lib/tenancy';
import { payrollTotals } from '../domain/payroll';
import type {
  EmployeeDoc,
  HolidayDoc,
  PayrollRunDoc,
  ReviewCycleDoc,
  ReviewDoc,
  TimeOffRequestDoc,
  UserLinkDoc,
} from '../models';

/** The run's totals as the posted event carries them (reimbursements only when there are any). */
function postedTotals(run: PayrollRunDoc) {
  const { reimbursementsMinor, ...totals } = payrollTotals(run.payslips);
  const reimbursedExpenses = run.payslips.flatMap((p) =>
    (p.reimbursements ?? []).map((r) => ({ expenseId: r.expenseId, employeeId: p.employeeId, amountMinor: r.amountMinor })),
  );
  return reimbursementsMinor ? { ...totals, reimbursementsMinor, reimbursedExpenses } : totals;
}

/** A run was posted: its totals, the exact sums of its payslips (finance books them). */
export function payrollPosted(run: PayrollRunDoc, requestId?: string) {
  const payrollRunId = run._id.toString();
  return domainEvent('hr.payroll.posted', {
    tenantId: currentTenantId(),
    aggregateId: payrollRunId,
    requestId,
    payload: { payrollRunId, period: run.period, currency: run.currency, ...postedTotals(run) },
  });
}

/** A posted run was paid out: the net pay (finance clears the net salaries payable against the bank). */
export function payrollPaid(run: PayrollRunDoc & { paidAt: Date }, requestId?: string) {
  const payrollRunId = run._id.toString();
  return domainEvent('hr.payroll.paid', {
    tenantId: currentTenantId(),
    aggregateId: payrollRunId,
    requestId,
    payload: {
      payrollRunId,
      period: run.period,
      currency: run.currency,
      netMinor: payrollTotals(run.payslips).netMinor,
      paidAt: run.paidAt.toISOString(),
    },
  });
}

/** A user's link to an employee changed (employeeId null: unlinked); `sequence` orders changes of one user. */
export function userLinked(link: UserLinkDoc, previousEmployeeId: string | null, requestId?: string) {
  return domainEvent('hr.user.linked', {
    tenantId: currentTenantId(),
    aggregateId: link.userId,
    requestId,
    payload: { userId: link.userId, employeeId: link.employeeId, previousEmployeeId, sequence: (link.version ?? 0) + 1 },
  });
}

/** A review stage was submitted: the self-review, the manager review, or a peer's feedback. */
export function reviewSubmitted(review: ReviewDoc, stage: 'SELF' | 'MANAGER' | 'PEER', reviewerId: string, requestId?: string) {
  const reviewId = review._id.toString();
  return domainEvent('hr.review.submitted', {
    tenantId: currentTenantId(),
    aggregateId: reviewId,
    requestId,
    payload: { reviewId, cycleId: review.cycleId, employeeId: review.employeeId, stage, reviewerId },
  });
}

/** A cycle's final ratings were shared with the employees. */
export function cycleFinalized(cycle: ReviewCycleDoc, reviews: number, requestId?: string) {
  const cycleId = cycle._id.toString();
  return domainEvent('hr.cycle.finalized', {
    tenantId: currentTenantId(),
    aggregateId: cycleId,
    requestId,
    payload: { cycleId, name: cycle.name, reviews },
  });
}

/** A review deadline is near and the reviewer has not submitted: `ownerId` is who should act (customers' automation makes it a task). */
export function reviewDue(
  review: ReviewDoc,
  cycle: Pick<ReviewCycleDoc, 'name'>,
  stage: 'SELF' | 'MANAGER',
  reviewerId: string,
  dueDate: string,
) {
  const reviewId = review._id.toString();
  return domainEvent('hr.review.due', {
    tenantId: currentTenantId(),
    aggregateId: reviewId,
    payload: {
      reviewId,
      cycleId: review.cycleId,
      cycleName: cycle.name,
      employeeId: review.employeeId,
      stage,
      ownerId: reviewerId,
      dueDate,
    },
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
      country: employee.country ?? null,
      version,
    },
  });
}

/** A holiday added, corrected or restored: what it is now, at `version` (the document's after the write). */
export function holidayUpserted(holiday: Pick<HolidayDoc, '_id' | 'date' | 'name' | 'country'>, version: number) {
  const holidayId = holiday._id.toString();
  return domainEvent('hr.holiday.upserted', {
    tenantId: currentTenantId(),
    aggregateId: holidayId,
    payload: { holidayId, date: holiday.date, name: holiday.name, country: holiday.country ?? '', version },
  });
}

/** A holiday taken off the calendar (archived), at `version`. */
export function holidayRemoved(holiday: Pick<HolidayDoc, '_id' | 'date' | 'country'>, version: number) {
  const holidayId = holiday._id.toString();
  return domainEvent('hr.holiday.removed', {
    tenantId: currentTenantId(),
    aggregateId: holidayId,
    payload: { holidayId, date: holiday.date, country: holiday.country ?? '', version },
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
