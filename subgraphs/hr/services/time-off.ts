/**
 * Every write of time off: types, requests and their lifecycle, and the approval against the
 * employee's ledger.
 *
 * Who approves: the requester's CURRENT manager. A signed-in user acts as the employee linked to
 * their sign-in (services/user-links.ts); an API key has no person behind it, so it names the
 * approving employee (`approverId`). The decision stores both the approver employee and the
 * calling principal for audit.
 *
 * Race safety, in any number of processes: approvals of one employee go through their single
 * time-off ledger document (approved ranges + a version, found or created under its unique key).
 * The overlap and allowance checks and the append are one versioned write, so of concurrent
 * approvals of overlapping requests exactly one is recorded; the others are decided again on the
 * ledger that holds it and fail with OVERLAPPING. The request's own status moves after the ledger
 * write; if that move fails (the request was decided meanwhile), the ledger entry is taken back.
 * A crash between the two leaves an entry whose request is still SUBMITTED: approving it again is
 * idempotent (the ledger already holds it) and completes the move.
 */
import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { assertNoUserErrors } from '../../../lib/mutation';
import { requireScopes } from '../../../lib/authorization';
import type { Actor, RequestPrincipal } from '../../../lib/signed-context';
import { canTransition } from '../../../lib/state-machine';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import { requireText } from '../../../lib/validation';
import { insert, transition, update } from '../../../lib/write';
import { holidaysFor } from '../domain/calendar';
import {
  approvalRefusal,
  checkAllowanceDays,
  TIME_OFF_TRANSITIONS,
  validateTimeOffRange,
  workingDays,
  type ApprovedTimeOff,
  type TimeOffStatus,
} from '../domain/time-off';
import { timeOffApproved } from '../events/publish';
import type { EmployeeDoc, HrModels, TimeOffLedgerDoc, TimeOffRequestDoc, TimeOffTypeDoc } from '../models';
import { holidaysBetween } from './payroll';
import { mustExist } from './references';
import { callerEmployeeId, userIdOf } from './user-links';

export async function createTimeOffType(
  models: HrModels,
  input: { name: string; yearlyAllowanceDays: number },
): Promise<TimeOffTypeDoc> {
  assertNoUserErrors([...requireText(input.name, ['input', 'name']), ...checkAllowanceDays(input.yearlyAllowanceDays)]);
  const name = input.name.trim();
  return insert<TimeOffTypeDoc>(
    models.TimeOffType,
    { name, nameKey: name.toLowerCase(), yearlyAllowanceDays: input.yearlyAllowanceDays },
    { taken: { field: ['input', 'name'], message: `Time-off type ${name} already exists.` } },
  );
}

export async function createTimeOffRequest(
  models: HrModels,
  input: { employeeId: string; typeId: string; startDate: string; endDate: string; note?: string | null },
): Promise<TimeOffRequestDoc> {
  assertNoUserErrors([...validateTimeOffRange(input), ...requireText(input.note, ['input', 'note'], 1000)]);
  const employee = mongoose.isObjectIdOrHexString(input.employeeId)
    ? await findOneByIdInTenant<EmployeeDoc>(models.Employee, input.employeeId, { country: 1 })
    : null;
  if (!employee)
    throw new UserErrors([userError(['input', 'employeeId'], `Employee ${input.employeeId} not found.`, 'NOT_FOUND')]);
  await mustExist(models.TimeOffType, input.typeId, ['input', 'typeId'], 'Time-off type');
  // The holiday calendar (tenant-wide and the employee's country) is not counted as time off.
  const holidays = holidaysFor(await holidaysBetween(models, input.startDate, input.endDate), employee.country);
  const days = workingDays(input, holidays);
  if (days === 0) {
    throw new UserErrors([
      userError(['input', 'endDate'], 'The range holds no working day (all weekend or holidays).', 'INVALID'),
    ]);
  }
  return insert<TimeOffRequestDoc>(models.TimeOffRequest, {
    employeeId: input.employeeId,
    typeId: input.typeId,
    startDate: input.startDate,
    endDate: input.endDate,
    year: Number(input.startDate.slice(0, 4)),
    days,
    status: 'DRAFT',
    note: input.note?.trim() || null,
  });
}

/** DRAFT -> SUBMITTED. */
export const submitTimeOffRequest = (models: HrModels, id: string) =>
  transition<TimeOffStatus, TimeOffRequestDoc>(models.TimeOffRequest, id, 'SUBMITTED');

const requestNotFound = (id: string) =>
  new UserErrors([userError(['input', 'id'], `Time-off request ${id} not found.`, 'NOT_FOUND')]);

/**
 * Who decides: a signed-in user acts as their linked employee (an `approverId` given must be that
 * employee); an API key names the approving employee.
 */
async function approverOf(
  models: HrModels,
  approverId: string | null | undefined,
  actor: Actor & Pick<RequestPrincipal, 'scopes'>,
): Promise<string> {
  const linked = await callerEmployeeId(models, actor.principal);
  if (userIdOf(actor.principal)) {
    if (!linked) {
      throw new UserErrors([
        userError(['input', 'approverId'], 'Your sign-in is not linked to an employee (linkUserToEmployee).', 'INVALID'),
      ]);
    }
    if (approverId && approverId !== linked) {
      throw new UserErrors([
        userError(['input', 'approverId'], 'A signed-in user decides only as their own employee.', 'INVALID'),
      ]);
    }
    return linked;
  }
  // Without a person behind the credential, deciding for a manager is an hr:write power.
  requireScopes(actor, ['hr:write'], 'DecideTimeOffRequestInput.approverId');
  if (!approverId)
    throw new UserErrors([userError(['input', 'approverId'], 'Name the approving manager (approverId).', 'REQUIRED')]);
  return approverId;
}

/** SUBMITTED -> APPROVED or REJECTED, by the requester's current manager. */
export async function decideTimeOffRequest(
  models: HrModels,
  given: { id: string; approverId?: string | null },
  decision: 'APPROVED' | 'REJECTED',
  actor: Actor & Pick<RequestPrincipal, 'scopes'>,
): Promise<TimeOffRequestDoc> {
  // The request first: another tenant's (or no) request is NOT_FOUND whatever else is missing.
  if (!mongoose.isObjectIdOrHexString(given.id)) throw requestNotFound(given.id);
  const request = await findOneByIdInTenant<TimeOffRequestDoc>(models.TimeOffRequest, given.id);
  if (!request) throw requestNotFound(given.id);
  const input = { id: given.id, approverId: await approverOf(models, given.approverId, actor) };
  await mustExist(models.Employee, input.approverId, ['input', 'approverId'], 'Employee');
  if (!canTransition(TIME_OFF_TRANSITIONS, request.status, decision)) {
    throw new UserErrors([
      userError(['input', 'id'], `Time-off request is ${request.status} and cannot become ${decision}.`, 'ILLEGAL_TRANSITION'),
    ]);
  }
  const employee = await findOneByIdInTenant<Pick<EmployeeDoc, 'managerId'>>(models.Employee, request.employeeId, {
    managerId: 1,
  });
  if (!employee?.managerId || employee.managerId !== input.approverId) {
    throw new UserErrors([
      userError(
        ['input', 'approverId'],
        `Employee ${input.approverId} is not the requester's manager; only the manager decides.`,
        'INVALID',
      ),
    ]);
  }
  const decided = () =>
    transition<TimeOffStatus, TimeOffRequestDoc>(models.TimeOffRequest, input.id, decision, {
      set: { decidedById: input.approverId, decidedByPrincipal: actor.principal, decidedAt: new Date() },
      events: (current) => [decision === 'APPROVED' && timeOffApproved(current, actor.requestId)],
    });
  if (decision === 'REJECTED') return decided();

  const type = await findOneByIdInTenant<TimeOffTypeDoc>(models.TimeOffType, request.typeId);
  if (!type) throw new UserErrors([userError(['input', 'id'], `Time-off type ${request.typeId} no longer exists.`, 'NOT_FOUND')]);
  const entry: ApprovedTimeOff = {
    requestId: input.id,
    typeId: request.typeId,
    startDate: request.startDate,
    endDate: request.endDate,
    year: request.year,
    days: request.days,
  };
  const ledger = { employeeId: request.employeeId };
  const holds = (current: TimeOffLedgerDoc) => current.approved.some((e) => e.requestId === entry.requestId);
  await update<TimeOffLedgerDoc>(
    models.TimeOffLedger,
    ledger,
    (current) => {
      if (holds(current)) return null; // recorded by an earlier attempt
      const refusal = approvalRefusal(entry, current.approved, type);
      if (refusal) throw new UserErrors([refusal]);
      return { $push: { approved: entry } };
    },
    { create: () => ({ approved: [] }) },
  );
  try {
    return await decided();
  } catch (err) {
    // The request was decided meanwhile: take the entry back out of the ledger.
    await update<TimeOffLedgerDoc>(models.TimeOffLedger, ledger, (current) =>
      holds(current) ? { $set: { approved: current.approved.filter((e) => e.requestId !== entry.requestId) } } : null,
    );
    throw err;
  }
}
