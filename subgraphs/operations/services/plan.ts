/** Reads of resource planning: the plan per employee and week (public holidays of each employee's calendar taken off capacity), and who is over-allocated. */
import mongoose from 'mongoose';
import { badInput } from '../../../lib/errors';
import { weeksOverlapping, addDays } from '../../../lib/dates';
import { checkSpan, holidaysOf, MAX_PLAN_WEEKS, planCells } from '../domain/resources';
import type { OperationsModels, ResourcePlanModel, StaffMemberDoc, TimesheetDoc } from '../models';
import { holidayCalendar } from './staff';

export const MAX_PLAN_EMPLOYEES = 200;

export async function resourcePlan(
  models: OperationsModels,
  span: { from: string; to: string },
  departmentId?: string | null,
  limit = MAX_PLAN_EMPLOYEES,
): Promise<ResourcePlanModel> {
  const problems = checkSpan(span, MAX_PLAN_WEEKS * 7);
  if (problems.length) throw badInput(problems.map((p) => p.message).join(' '));
  const weeks = weeksOverlapping(span.from, span.to);
  if (weeks.length > MAX_PLAN_WEEKS) throw badInput(`A plan covers at most ${MAX_PLAN_WEEKS} weeks.`);
  const staff = await models.StaffMember.find({
    ...(departmentId ? { departmentId } : {}),
    hrVersion: mongoose.trusted({ $gte: 0 }),
  })
    .sort({ _id: 1 })
    .limit(limit)
    .lean<StaffMemberDoc[]>();
  const sheets = staff.length
    ? await models.Timesheet.find({
        employeeId: mongoose.trusted({ $in: staff.map((s) => s.employeeId) }),
        weekStart: mongoose.trusted({ $gte: weeks[0], $lte: weeks[weeks.length - 1] }),
      })
        .select({ employeeId: 1, entries: 1 })
        .lean<Array<Pick<TimesheetDoc, 'employeeId' | 'entries'>>>()
    : [];
  const last = addDays(weeks[weeks.length - 1], 6);
  const calendar = staff.length ? await holidayCalendar(models, weeks[0], last) : [];
  return {
    weeks,
    rows: staff.map((s) => ({
      employeeId: s.employeeId,
      cells: planCells(weeks, {
        weeklyMinutes: s.weeklyMinutes,
        timeOff: s.timeOff,
        holidays: holidaysOf(calendar, s.country),
        allocations: s.allocations.filter((a) => a.to >= weeks[0] && a.from <= last),
        booked: sheets.filter((t) => t.employeeId === s.employeeId).flatMap((t) => t.entries),
      }),
    })),
  };
}

/** Employees with at least one over-allocated week, with only those weeks. */
export async function overallocatedEmployees(models: OperationsModels, span: { from: string; to: string }) {
  const plan = await resourcePlan(models, span, null, 1000);
  return plan.rows.map((row) => ({ ...row, cells: row.cells.filter((c) => c.overallocated) })).filter((row) => row.cells.length);
}
