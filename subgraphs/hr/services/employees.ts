/** Every write of an employee: hire, change (reporting line, department, employment, pay), status moves. */
import mongoose from 'mongoose';
import { requireScopes } from '../../../lib/authorization';
import { userError, UserErrors } from '../../../lib/errors';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import { assertNoUserErrors } from '../../../lib/mutation';
import type { Actor, RequestPrincipal } from '../../../lib/signed-context';
import { setArchived } from '../../../lib/archive';
import { requireText } from '../../../lib/validation';
import { insert, transition, update } from '../../../lib/write';
import { checkCountry, normalizeCountry } from '../domain/calendar';
import {
  checkWeeklyHours,
  parseCompensation,
  parseCostRate,
  validateEmployee,
  type EmployeeStatus,
  type EmploymentType,
} from '../domain/employee';
import { employeeUpserted } from '../events/publish';
import { periodOf } from '../domain/payroll';
import { isIsoDate } from '../domain/time-off';
import type { EmployeeDoc, HrModels } from '../models';
import { runsFrom } from './payroll';
import { checkManager, mustExist } from './references';
import { newNodeId } from '../../../lib/node-id';

const today = () => new Date().toISOString().slice(0, 10);

type MoneyInput = { amount: string; currency: string };

/** What an employee's record holds besides name and email; every one optional. */
interface EmploymentFields {
  title?: string | null;
  departmentId?: string | null;
  managerId?: string | null;
  employmentType?: EmploymentType | null;
  startDate?: string | null;
  country?: string | null;
  compensation?: MoneyInput | null;
  weeklyHours?: number | null;
  /** Hourly cost of the employee's time (sensitive, like compensation). */
  costRate?: MoneyInput | null;
}

export interface NewEmployee extends EmploymentFields {
  name: string;
  email: string;
}

/** Who writes: compensation is sensitive to change as it is to read (`hr:sensitive`). */
export type EmployeeWriter = Pick<RequestPrincipal, 'principal' | 'scopes'>;

function checkCompensationScope(writer: EmployeeWriter, input: EmploymentFields, what: string): void {
  if (input.compensation !== undefined) requireScopes(writer, ['hr:sensitive'], `${what}.compensation`);
  if (input.costRate !== undefined) requireScopes(writer, ['hr:sensitive'], `${what}.costRate`);
}

/** The document as it is after `set` is applied (what the event announces). */
const after = (current: EmployeeDoc, set: Record<string, unknown>) => ({ ...current, ...set }) as EmployeeDoc;

export async function createEmployee(models: HrModels, input: NewEmployee, writer: EmployeeWriter): Promise<EmployeeDoc> {
  checkCompensationScope(writer, input, 'CreateEmployeeInput');
  const salary = parseCompensation(input.compensation);
  const cost = parseCostRate(input.costRate);
  assertNoUserErrors([
    ...validateEmployee(input),
    ...salary.errors,
    ...cost.errors,
    ...checkWeeklyHours(input.weeklyHours),
    ...checkCountry(input.country, ['input', 'country']),
  ]);
  if (input.departmentId) await mustExist(models.Department, input.departmentId, ['input', 'departmentId'], 'Department');
  if (input.managerId) await checkManager(models, null, input.managerId);
  const email = input.email.trim();
  const fields = {
    _id: newNodeId('Employee'),
    name: input.name.trim(),
    email,
    emailKey: email.toLowerCase(),
    title: input.title?.trim() || null,
    departmentId: input.departmentId ?? null,
    managerId: input.managerId ?? null,
    employmentType: input.employmentType ?? 'FULL_TIME',
    status: 'ACTIVE',
    startDate: input.startDate ?? today(),
    country: normalizeCountry(input.country),
    compensationMinor: salary.minor,
    compensationCurrency: salary.minor === null ? null : input.compensation!.currency,
    weeklyHours: input.weeklyHours ?? null,
    costRateMinor: cost.minor,
    costRateCurrency: cost.minor === null ? null : input.costRate!.currency,
  };
  return insert<EmployeeDoc>(models.Employee, fields, {
    taken: { field: ['input', 'email'], message: `${email} is already an employee's email.` },
    events: [employeeUpserted(fields as unknown as EmployeeDoc, 0)],
  });
}

export interface EmployeeChange extends EmploymentFields {
  id: string;
}

export async function updateEmployee(models: HrModels, input: EmployeeChange, writer: EmployeeWriter): Promise<EmployeeDoc> {
  checkCompensationScope(writer, input, 'UpdateEmployeeInput');
  const salary = parseCompensation(input.compensation);
  const cost = parseCostRate(input.costRate);
  assertNoUserErrors([
    ...requireText(input.title, ['input', 'title']),
    ...salary.errors,
    ...cost.errors,
    ...checkWeeklyHours(input.weeklyHours),
    ...checkCountry(input.country, ['input', 'country']),
  ]);
  await mustExist(models.Employee, input.id, ['input', 'id'], 'Employee');
  const set: Record<string, unknown> = {};
  if (input.title !== undefined) set.title = input.title?.trim() || null;
  if (input.departmentId !== undefined) {
    if (input.departmentId) await mustExist(models.Department, input.departmentId, ['input', 'departmentId'], 'Department');
    set.departmentId = input.departmentId ?? null;
  }
  if (input.managerId !== undefined) {
    if (input.managerId) await checkManager(models, input.id, input.managerId);
    set.managerId = input.managerId ?? null;
  }
  if (input.employmentType) set.employmentType = input.employmentType;
  if (input.startDate) set.startDate = input.startDate;
  if (input.country !== undefined) set.country = normalizeCountry(input.country);
  if (salary.minor !== null)
    Object.assign(set, { compensationMinor: salary.minor, compensationCurrency: input.compensation!.currency });
  if (input.weeklyHours != null) set.weeklyHours = input.weeklyHours;
  if (cost.minor !== null) Object.assign(set, { costRateMinor: cost.minor, costRateCurrency: input.costRate!.currency });
  return update<EmployeeDoc>(models.Employee, input.id, (current) =>
    Object.keys(set).length ? { $set: set, events: [employeeUpserted(after(current, set), current.version + 1)] } : null,
  );
}

/**
 * Ends an employment on `date` (the last day worked) with a reason. The payroll run of the month of
 * that date pays the remaining salary (prorated by working days) and the final pay (unused time off
 * per the payroll policy); later runs leave the employee out. Refused when payroll has already been
 * run for that month or a later one (cancel the DRAFT, or the pay already computed would be wrong).
 * Calling it again for a terminated employee corrects the date or reason under the same rule.
 */
export async function terminateEmployee(
  models: HrModels,
  input: { id: string; date: string; reason: string },
): Promise<EmployeeDoc> {
  assertNoUserErrors([
    ...(isIsoDate(input.date) ? [] : [userError(['input', 'date'], 'Use a date YYYY-MM-DD.', 'INVALID')]),
    ...requireText(input.reason, ['input', 'reason'], 500),
    ...(input.reason?.trim() ? [] : [userError(['input', 'reason'], 'Give the reason for the termination.', 'REQUIRED')]),
  ]);
  const employee = mongoose.isObjectIdOrHexString(input.id)
    ? await findOneByIdInTenant<EmployeeDoc>(models.Employee, input.id, { startDate: 1, terminationDate: 1, status: 1 })
    : null;
  if (!employee) throw new UserErrors([userError(['input', 'id'], `Employee ${input.id} not found.`, 'NOT_FOUND')]);
  if (employee.startDate && input.date < employee.startDate) {
    throw new UserErrors([
      userError(['input', 'date'], `The last day is before the start date ${employee.startDate}.`, 'INVALID'),
    ]);
  }
  const earliest = [input.date, employee.terminationDate].filter((d): d is string => !!d).sort()[0];
  const run = (await runsFrom(models, periodOf(earliest)))[0];
  if (run) {
    throw new UserErrors([
      userError(
        ['input', 'date'],
        `Payroll for ${run.period} is already ${run.status}: a last day in ${periodOf(earliest)} would change pay already computed. Cancel the DRAFT run first, or choose a later date.`,
        'ILLEGAL_TRANSITION',
      ),
    ]);
  }
  const set = { terminationDate: input.date, terminationReason: input.reason.trim() };
  if (employee.status === 'TERMINATED' && employee.terminationDate) {
    return update<EmployeeDoc>(models.Employee, input.id, () => ({ $set: set }));
  }
  return transition<EmployeeStatus, EmployeeDoc>(models.Employee, input.id, 'TERMINATED', { set });
}

/** ACTIVE <-> ON_LEAVE -> TERMINATED, refused when the lifecycle does not allow it. */
export const changeEmployeeStatus = (models: HrModels, input: { id: string; status: EmployeeStatus }) =>
  transition<EmployeeStatus, EmployeeDoc>(models.Employee, input.id, input.status, {
    events: (current) => [employeeUpserted(after(current, { status: input.status }), current.version + 1)],
  });

/**
 * Archives (or restores) a former employee (lib/archive.ts): they leave `employees` and pickers;
 * their payroll, time off and reviews stay and they still resolve by id. Only a TERMINATED
 * employee may be archived: anyone still employed is paid and planned for.
 */
export const setEmployeeArchived = (
  models: HrModels,
  input: { id: string; expectedVersion?: number | null },
  archive: boolean,
  actor?: Actor,
) =>
  setArchived<EmployeeDoc>(models.Employee, input.id, archive, {
    entity: 'hr.employee',
    label: (e) => e.name,
    expectedVersion: input.expectedVersion,
    requestId: actor?.requestId,
    refuse: (employee) =>
      employee.status === 'TERMINATED'
        ? null
        : userError(
            ['input', 'id'],
            `Employee is ${employee.status}: only a terminated employee can be archived.`,
            'ILLEGAL_TRANSITION',
          ),
  });
