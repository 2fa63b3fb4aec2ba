import { listed } from '../../../lib/archive';
import mongoose from 'mongoose';
import { badInput, forbidden } from '../../../lib/errors';
import { paginate, paginateSorted, type SortSpec } from '../../../lib/pagination';
import type { EmployeeSort, PayrollRunSort, QueryResolvers, TimeOffRequestSort } from '../__generated__/resolvers-types';
import { buildOrgChart, MAX_ORG_DEPTH } from '../domain/org';
import { normalizeCountry } from '../domain/calendar';
import { isIsoDate } from '../domain/time-off';
import type { TimeOffRequestDoc, UserLinkDoc } from '../models';
import { relationTo } from '../services/performance';
import { callerEmployeeId } from '../services/user-links';
import { holidaysBetween, latestPayrollSettings, payrollSettingsHistory } from '../services/payroll';

/** Only the filter fields given, as exact matches (sanitizeFilter keeps them literal). */
function definedOnly(filter: Record<string, unknown> | null | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter ?? {}).filter(([, v]) => v !== null && v !== undefined));
}

const EMPLOYEE_SORTS: Record<EmployeeSort, SortSpec> = {
  CREATED_DESC: { field: '_id', direction: -1 },
  NAME_ASC: { field: 'name', direction: 1 },
  START_DATE_ASC: { field: 'startDate', direction: 1 },
};
const TIME_OFF_SORTS: Record<TimeOffRequestSort, SortSpec> = {
  CREATED_DESC: { field: '_id', direction: -1 },
  START_DATE_ASC: { field: 'startDate', direction: 1 },
};
const PAYROLL_SORTS: Record<PayrollRunSort, SortSpec> = {
  PERIOD_DESC: { field: 'period', direction: -1 },
  PERIOD_ASC: { field: 'period', direction: 1 },
};

export const Query: QueryResolvers = {
  myEmployee: async (_, __, { models, loaders, principal }) => {
    const id = await callerEmployeeId(models, principal);
    return id ? loaders.employee.load(id) : null;
  },
  myTeamTimeOffRequests: async (_, { status }, { models, loaders, principal }) => {
    const id = await callerEmployeeId(models, principal);
    if (!id) return [];
    const reports = await loaders.reports.load(id);
    if (!reports.length) return [];
    return models.TimeOffRequest.find({
      employeeId: mongoose.trusted({ $in: reports.map((r) => r._id.toString()) }),
      status: status ?? 'SUBMITTED',
    })
      .sort({ _id: 1 })
      .limit(500)
      .lean<TimeOffRequestDoc[]>();
  },
  reviewCycle: (_, { id }, { loaders }) => loaders.reviewCycle.load(id),
  expenseClaims: (_, { first, after, filter }, { models }) =>
    paginate(models.ExpenseClaim, definedOnly(filter), { first, after }),
  review: async (_, { id }, ctx) => {
    const review = await ctx.loaders.review.load(id);
    if (review && (await relationTo(ctx.models, ctx, review.employeeId)) === 'NONE') {
      throw forbidden('Only the employee, their managers and HR see a review.');
    }
    return review;
  },
  userLink: (_, { userId }, { models }) => models.UserLink.findOne({ userId }).lean<UserLinkDoc>().exec(),
  employee: (_, { id }, { loaders }) => loaders.employee.load(id),
  employees: (_, { first, after, filter, sort, includeArchived }, { models }) =>
    paginateSorted(
      models.Employee,
      { ...definedOnly(filter), ...listed(includeArchived) },
      { first, after },
      EMPLOYEE_SORTS[sort ?? 'CREATED_DESC'],
    ),
  department: (_, { id }, { loaders }) => loaders.department.load(id),
  departments: (_, { first, after, filter }, { models }) => paginate(models.Department, definedOnly(filter), { first, after }),
  orgChart: (_, { rootId, maxDepth }, { models }) => {
    const depth = maxDepth ?? 5;
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_ORG_DEPTH) {
      throw badInput(`"maxDepth" must be between 1 and ${MAX_ORG_DEPTH}; got ${depth}.`);
    }
    return buildOrgChart(models, rootId, depth);
  },
  timeOffType: (_, { id }, { loaders }) => loaders.timeOffType.load(id),
  timeOffTypes: (_, { first, after }, { models }) => paginate(models.TimeOffType, {}, { first, after }),
  timeOffRequest: (_, { id }, { loaders }) => loaders.timeOffRequest.load(id),
  timeOffRequests: (_, { first, after, filter, sort }, { models }) =>
    paginateSorted(models.TimeOffRequest, definedOnly(filter), { first, after }, TIME_OFF_SORTS[sort ?? 'CREATED_DESC']),
  payrollSettings: (_, { asOf }, { models }) => latestPayrollSettings(models, asOf),
  payrollSettingsHistory: (_, __, { models }) => payrollSettingsHistory(models),
  holidays: async (_, { from, to, country }, { models }) => {
    if (!isIsoDate(from) || !isIsoDate(to) || to < from)
      throw badInput('"from" and "to" are dates YYYY-MM-DD, "to" not before "from".');
    if (Date.parse(to) - Date.parse(from) > 2 * 366 * 86_400_000) throw badInput('At most two years of holidays at a time.');
    const code = normalizeCountry(country);
    return (await holidaysBetween(models, from, to)).filter((h) => !h.country || h.country === code);
  },
  payrollRun: (_, { id }, { loaders }) => loaders.payrollRun.load(id),
  payrollRuns: (_, { first, after, filter, sort }, { models }) =>
    paginateSorted(models.PayrollRun, definedOnly(filter), { first, after }, PAYROLL_SORTS[sort ?? 'PERIOD_DESC']),
};
