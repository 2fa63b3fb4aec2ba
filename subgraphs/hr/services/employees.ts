/** Every write of an employee: hire, change (reporting line, department, employment, pay), status moves. */
import mongoose from 'mongoose';
import { requireScopes } from '../../../lib/authorization';
import { assertNoUserErrors } from '../../../lib/mutation';
import type { RequestPrincipal } from '../../../lib/signed-context';
import { requireText } from '../../../lib/validation';
import { insert, transition, update } from '../../../lib/write';
import {
  checkWeeklyHours,
  parseCompensation,
  parseCostRate,
  validateEmployee,
  type EmployeeStatus,
  type EmploymentType,
} from '../domain/employee';
import { employeeUpserted } from '../events/publish';
import type { EmployeeDoc, HrModels } from '../models';
import { checkManager, mustExist } from './references';

const today = () => new Date().toISOString().slice(0, 10);

type MoneyInput = { amount: string; currency: string };

/** What an employee's record holds besides name and email; every one optional. */
interface EmploymentFields {
  title?: string | null;
  departmentId?: string | null;
  managerId?: string | null;
  employmentType?: EmploymentType | null;
  startDate?: string | null;
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
  assertNoUserErrors([...validateEmployee(input), ...salary.errors, ...cost.errors, ...checkWeeklyHours(input.weeklyHours)]);
  if (input.departmentId) await mustExist(models.Department, input.departmentId, ['input', 'departmentId'], 'Department');
  if (input.managerId) await checkManager(models, null, input.managerId);
  const email = input.email.trim();
  const fields = {
    _id: new mongoose.Types.ObjectId(),
    name: input.name.trim(),
    email,
    emailKey: email.toLowerCase(),
    title: input.title?.trim() || null,
    departmentId: input.departmentId ?? null,
    managerId: input.managerId ?? null,
    employmentType: input.employmentType ?? 'FULL_TIME',
    status: 'ACTIVE',
    startDate: input.startDate ?? today(),
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
  if (salary.minor !== null)
    Object.assign(set, { compensationMinor: salary.minor, compensationCurrency: input.compensation!.currency });
  if (input.weeklyHours != null) set.weeklyHours = input.weeklyHours;
  if (cost.minor !== null) Object.assign(set, { costRateMinor: cost.minor, costRateCurrency: input.costRate!.currency });
  return update<EmployeeDoc>(models.Employee, input.id, (current) =>
    Object.keys(set).length ? { $set: set, events: [employeeUpserted(after(current, set), current.version + 1)] } : null,
  );
}

/** ACTIVE <-> ON_LEAVE -> TERMINATED, refused when the lifecycle does not allow it. */
export const changeEmployeeStatus = (models: HrModels, input: { id: string; status: EmployeeStatus }) =>
  transition<EmployeeStatus, EmployeeDoc>(models.Employee, input.id, input.status, {
    events: (current) => [employeeUpserted(after(current, { status: input.status }), current.version + 1)],
  });
