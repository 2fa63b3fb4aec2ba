import { userError, UserErrors, type UserError } from '../../../lib/errors';
import { assertNoUserErrors, runMutation, unlessTaken } from '../../../lib/mutation';
import { isCurrency, parseMoneyInput } from '../../../lib/money';
import { applyTransition } from '../../../lib/state-machine';
import { updateVersioned } from '../../../lib/versioned-update';
import { requireText } from '../../../lib/validation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import type { HrContext } from '../context';
import { validateEmployee, validateTimeOffRange } from '../domain/employee';
import { EMPLOYEE_STATUS_TRANSITIONS, TIME_OFF_TRANSITIONS, type EmployeeStatus, type TimeOffStatus } from '../domain/lifecycles';
import { wouldCycle } from '../domain/org';
import { validRateBps } from '../domain/payroll';
import { workingDays } from '../domain/time-off';
import type { DepartmentDoc, EmployeeDoc, PayrollSettingsDoc, TimeOffRequestDoc, TimeOffTypeDoc } from '../models';
import { approvePayrollRun, cancelPayrollRun, createPayrollRun, postPayrollRun } from '../services/payroll';
import { decideTimeOffRequest } from '../services/time-off';

const today = () => new Date().toISOString().slice(0, 10);

/** NOT_FOUND userError on `field` unless the referenced record exists for this tenant. */
async function mustExist(
  loader: { load(id: string): Promise<unknown> },
  id: string,
  field: string[],
  what: string,
): Promise<void> {
  if (!(await loader.load(id))) throw new UserErrors([userError(field, `${what} ${id} not found.`, 'NOT_FOUND')]);
}

async function checkManager({ loaders, models }: HrContext, employeeId: string | null, managerId: string): Promise<void> {
  await mustExist(loaders.employee, managerId, ['input', 'managerId'], 'Employee');
  if (employeeId && (await wouldCycle(models.Employee, 'managerId', employeeId, managerId))) {
    throw new UserErrors([
      userError(['input', 'managerId'], 'An employee cannot report to themselves or to one of their reports.', 'INVALID'),
    ]);
  }
}

function rateErrors(rates: Array<{ name: string; rateBps: number }>, field: string): UserError[] {
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

export const Mutation: MutationResolvers = {
  createDepartment: (_, { input }, context) =>
    runMutation(async () => {
      const { models, loaders } = context;
      assertNoUserErrors(requireText(input.name, ['input', 'name']));
      if (input.parentId) await mustExist(loaders.department, input.parentId, ['input', 'parentId'], 'Department');
      if (input.managerId) await mustExist(loaders.employee, input.managerId, ['input', 'managerId'], 'Employee');
      const name = input.name.trim();
      const department = await unlessTaken(['input', 'name'], `Department ${name} already exists.`, () =>
        models.Department.create({
          name,
          nameKey: name.toLowerCase(),
          parentId: input.parentId ?? null,
          managerId: input.managerId ?? null,
          version: 0,
        }),
      );
      return { department: department.toObject() as DepartmentDoc };
    }),

  updateDepartment: (_, { input }, { models, loaders }) =>
    runMutation(async () => {
      assertNoUserErrors(requireText(input.name, ['input', 'name']));
      const set: Record<string, unknown> = {};
      if (input.name != null) Object.assign(set, { name: input.name.trim(), nameKey: input.name.trim().toLowerCase() });
      if (input.parentId !== undefined) {
        if (input.parentId) {
          await mustExist(loaders.department, input.parentId, ['input', 'parentId'], 'Department');
          if (await wouldCycle(models.Department, 'parentId', input.id, input.parentId)) {
            throw new UserErrors([
              userError(['input', 'parentId'], 'A department cannot sit under itself or its sub-departments.', 'INVALID'),
            ]);
          }
        }
        set.parentId = input.parentId ?? null;
      }
      if (input.managerId !== undefined) {
        if (input.managerId) await mustExist(loaders.employee, input.managerId, ['input', 'managerId'], 'Employee');
        set.managerId = input.managerId ?? null;
      }
      const department = await unlessTaken(['input', 'name'], `Department ${input.name?.trim()} already exists.`, () =>
        updateVersioned<DepartmentDoc & { version: number }>(models.Department, 'Department', input.id, ['input', 'id'], () =>
          Object.keys(set).length ? { $set: set } : null,
        ),
      );
      return { department };
    }),

  createEmployee: (_, { input }, context) =>
    runMutation(async () => {
      const { models, loaders } = context;
      const salary = input.compensation ? parseMoneyInput(input.compensation, ['input', 'compensation']) : null;
      assertNoUserErrors([
        ...validateEmployee(input),
        ...(salary?.error ? [salary.error] : []),
        ...(salary && !salary.error && salary.minor < 0
          ? [userError(['input', 'compensation', 'amount'], 'Compensation cannot be negative.', 'INVALID')]
          : []),
      ]);
      if (input.departmentId) await mustExist(loaders.department, input.departmentId, ['input', 'departmentId'], 'Department');
      if (input.managerId) await checkManager(context, null, input.managerId);
      const email = input.email.trim();
      const employee = await unlessTaken(['input', 'email'], `${email} is already an employee's email.`, () =>
        models.Employee.create({
          name: input.name.trim(),
          email,
          emailKey: email.toLowerCase(),
          title: input.title?.trim() || null,
          departmentId: input.departmentId ?? null,
          managerId: input.managerId ?? null,
          employmentType: input.employmentType ?? 'FULL_TIME',
          status: 'ACTIVE',
          startDate: input.startDate ?? today(),
          compensationMinor: salary && !salary.error ? salary.minor : null,
          compensationCurrency: input.compensation?.currency ?? null,
          version: 0,
        }),
      );
      return { employee: employee.toObject() as EmployeeDoc };
    }),

  updateEmployee: (_, { input }, context) =>
    runMutation(async () => {
      const { models, loaders } = context;
      const salary = input.compensation ? parseMoneyInput(input.compensation, ['input', 'compensation']) : null;
      assertNoUserErrors([
        ...requireText(input.title, ['input', 'title']),
        ...(salary?.error ? [salary.error] : []),
        ...(salary && !salary.error && salary.minor < 0
          ? [userError(['input', 'compensation', 'amount'], 'Compensation cannot be negative.', 'INVALID')]
          : []),
      ]);
      await mustExist(loaders.employee, input.id, ['input', 'id'], 'Employee');
      const set: Record<string, unknown> = {};
      if (input.title !== undefined) set.title = input.title?.trim() || null;
      if (input.departmentId !== undefined) {
        if (input.departmentId) await mustExist(loaders.department, input.departmentId, ['input', 'departmentId'], 'Department');
        set.departmentId = input.departmentId ?? null;
      }
      if (input.managerId !== undefined) {
        if (input.managerId) await checkManager(context, input.id, input.managerId);
        set.managerId = input.managerId ?? null;
      }
      if (input.employmentType) set.employmentType = input.employmentType;
      if (input.startDate) set.startDate = input.startDate;
      if (salary && !salary.error)
        Object.assign(set, { compensationMinor: salary.minor, compensationCurrency: input.compensation!.currency });
      const employee = await updateVersioned<EmployeeDoc>(models.Employee, 'Employee', input.id, ['input', 'id'], () =>
        Object.keys(set).length ? { $set: set } : null,
      );
      return { employee };
    }),

  changeEmployeeStatus: (_, { input }, { models }) =>
    runMutation(async () => ({
      employee: await applyTransition<EmployeeStatus, EmployeeDoc>(
        models.Employee,
        'Employee',
        input.id,
        EMPLOYEE_STATUS_TRANSITIONS,
        input.status,
      ),
    })),

  createTimeOffType: (_, { input }, { models }) =>
    runMutation(async () => {
      assertNoUserErrors([
        ...requireText(input.name, ['input', 'name']),
        ...(Number.isInteger(input.yearlyAllowanceDays) && input.yearlyAllowanceDays >= 0 && input.yearlyAllowanceDays <= 366
          ? []
          : [userError(['input', 'yearlyAllowanceDays'], 'Allowance is whole days from 0 to 366.', 'INVALID')]),
      ]);
      const name = input.name.trim();
      const type = await unlessTaken(['input', 'name'], `Time-off type ${name} already exists.`, () =>
        models.TimeOffType.create({ name, nameKey: name.toLowerCase(), yearlyAllowanceDays: input.yearlyAllowanceDays }),
      );
      return { timeOffType: type.toObject() as TimeOffTypeDoc };
    }),

  createTimeOffRequest: (_, { input }, { models, loaders }) =>
    runMutation(async () => {
      assertNoUserErrors([...validateTimeOffRange(input), ...requireText(input.note, ['input', 'note'], 1000)]);
      await mustExist(loaders.employee, input.employeeId, ['input', 'employeeId'], 'Employee');
      await mustExist(loaders.timeOffType, input.typeId, ['input', 'typeId'], 'Time-off type');
      const request = await models.TimeOffRequest.create({
        employeeId: input.employeeId,
        typeId: input.typeId,
        startDate: input.startDate,
        endDate: input.endDate,
        year: Number(input.startDate.slice(0, 4)),
        days: workingDays(input),
        status: 'DRAFT',
        note: input.note?.trim() || null,
        version: 0,
      });
      return { timeOffRequest: request.toObject() as TimeOffRequestDoc };
    }),

  submitTimeOffRequest: (_, { input }, { models }) =>
    runMutation(async () => ({
      timeOffRequest: await applyTransition<TimeOffStatus, TimeOffRequestDoc>(
        models.TimeOffRequest,
        'Time-off request',
        input.id,
        TIME_OFF_TRANSITIONS,
        'SUBMITTED',
      ),
    })),

  approveTimeOffRequest: (_, { input }, { models, principal }) =>
    runMutation(async () => ({ timeOffRequest: await decideTimeOffRequest(models, input, 'APPROVED', principal) })),

  rejectTimeOffRequest: (_, { input }, { models, principal }) =>
    runMutation(async () => ({ timeOffRequest: await decideTimeOffRequest(models, input, 'REJECTED', principal) })),

  configurePayroll: (_, { input }, { models }) =>
    runMutation(async () => {
      assertNoUserErrors([
        ...(isCurrency(input.currency)
          ? []
          : [userError(['input', 'currency'], `Unknown currency "${input.currency}".`, 'INVALID')]),
        ...rateErrors(input.deductions, 'deductions'),
        ...rateErrors(input.contributions, 'contributions'),
      ]);
      const values = {
        currency: input.currency,
        deductions: input.deductions.map((r) => ({ name: r.name.trim(), rateBps: r.rateBps })),
        contributions: input.contributions.map((r) => ({ name: r.name.trim(), rateBps: r.rateBps })),
      };
      // A new version each time: the newest applies (no read-modify-write, history kept).
      const settings = (await models.PayrollSettings.create(values)).toObject() as PayrollSettingsDoc;
      return { payrollSettings: settings };
    }),

  createPayrollRun: (_, { input }, { models }) =>
    runMutation(async () => ({ payrollRun: await createPayrollRun(models, input.period) })),
  approvePayrollRun: (_, { input }, { models }) =>
    runMutation(async () => ({ payrollRun: await approvePayrollRun(models, input.id) })),
  postPayrollRun: (_, { input }, { models, requestId }) =>
    runMutation(async () => ({ payrollRun: await postPayrollRun(models, input.id, requestId) })),
  cancelPayrollRun: (_, { input }, { models }) =>
    runMutation(async () => ({ payrollRun: await cancelPayrollRun(models, input.id) })),
};
