import { loadAttachments } from '../../../lib/attachments';
import { toMoney } from '../../../lib/money';
import { docId } from '../../../lib/resolvers';
import type { EmployeeResolvers } from '../__generated__/resolvers-types';
import { computeBalances } from '../domain/time-off';
import { DEFAULT_WEEKLY_HOURS } from '../events/publish';
import { employeePerformanceFields } from './Performance';

export const Employee: EmployeeResolvers = {
  attachments: (parent, _args, ctx) => loadAttachments(ctx, ctx.models.Employee.db, 'EMPLOYEE', parent._id.toString()),
  __resolveReference: (reference, { loaders }) => loaders.employee.load(reference.id),
  id: docId,
  department: (employee, _, { loaders }) => (employee.departmentId ? loaders.department.load(employee.departmentId) : null),
  manager: (employee, _, { loaders }) => (employee.managerId ? loaders.employee.load(employee.managerId) : null),
  reports: (employee, _, { loaders }) => loaders.reports.load(employee._id.toString()),
  userId: async (employee, _, { loaders }) => (await loaders.userLinkOfEmployee.load(employee._id.toString()))?.userId ?? null,
  ...employeePerformanceFields,
  employmentType: (employee) => employee.employmentType ?? 'FULL_TIME',
  status: (employee) => employee.status ?? 'ACTIVE',
  compensation: (employee) =>
    employee.compensationMinor != null && employee.compensationCurrency
      ? toMoney(employee.compensationMinor, employee.compensationCurrency)
      : null,
  weeklyHours: (employee) => employee.weeklyHours ?? DEFAULT_WEEKLY_HOURS,
  costRate: (employee) =>
    employee.costRateMinor != null && employee.costRateCurrency
      ? toMoney(employee.costRateMinor, employee.costRateCurrency)
      : null,
  timeOffBalances: async (employee, { year }, { loaders }) => {
    const id = employee._id.toString();
    const [types, ledger, pending] = await Promise.all([
      loaders.allTimeOffTypes.load('all'),
      loaders.timeOffLedger.load(id),
      loaders.pendingTimeOff.load(id),
    ]);
    return computeBalances(
      types.map((t) => ({ typeId: t._id.toString(), yearlyAllowanceDays: t.yearlyAllowanceDays })),
      year,
      ledger?.approved ?? [],
      pending,
    );
  },
};
