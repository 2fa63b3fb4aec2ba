/**
 * Every write of the user <-> employee link: by an admin (`linkUserToEmployee`, `unlinkUser`) or
 * by the matching email when identity creates a user (`identity.user.created`). Each change stores
 * `hr.user.linked` in the same write, so other domains (customers' `myTasks`) learn the link.
 *
 * Who the caller is, for hr: a `user:<id>` principal is the employee linked to that user; API keys
 * have no person behind them.
 */
import mongoose from 'mongoose';
import type { EventEnvelope } from '../../../lib/events';
import { isEvent } from '../../../lib/events/catalog';
import { userError, UserErrors } from '../../../lib/errors';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import { update } from '../../../lib/write';
import { userLinked } from '../events/publish';
import { unlinkedKey, type EmployeeDoc, type HrModels, type UserLinkDoc } from '../models';

/** The user id of a `user:<id>` principal, null for API keys and anonymous callers. */
export function userIdOf(principal: string): string | null {
  const match = /^user:(.+)$/.exec(principal);
  return match ? match[1] : null;
}

/** The employee id linked to the calling user, or null (an API key, or a user not linked). */
export async function callerEmployeeId(models: HrModels, principal: string): Promise<string | null> {
  const userId = userIdOf(principal);
  if (!userId) return null;
  const link = await models.UserLink.findOne({ userId }).select({ employeeId: 1 }).lean<UserLinkDoc>();
  return link?.employeeId ?? null;
}

const takenBy = (employeeId: string) => ({
  field: ['input', 'employeeId'],
  message: `Employee ${employeeId} is already linked to another user; unlink that user first.`,
});

/** Links a user to an employee (replacing the user's previous link); the employee may have only one user. */
export async function linkUserToEmployee(
  models: HrModels,
  input: { userId: string; employeeId: string },
  linkedBy: 'ADMIN' | 'EMAIL_MATCH' = 'ADMIN',
  requestId?: string,
): Promise<UserLinkDoc> {
  const userId = input.userId.trim();
  if (!mongoose.isObjectIdOrHexString(userId)) {
    throw new UserErrors([userError(['input', 'userId'], `User ${input.userId} is not a user id.`, 'INVALID')]);
  }
  const employee = mongoose.isObjectIdOrHexString(input.employeeId)
    ? await findOneByIdInTenant<EmployeeDoc>(models.Employee, input.employeeId, { status: 1 })
    : null;
  if (!employee)
    throw new UserErrors([userError(['input', 'employeeId'], `Employee ${input.employeeId} not found.`, 'NOT_FOUND')]);
  if (employee.status === 'TERMINATED') {
    throw new UserErrors([userError(['input', 'employeeId'], 'A terminated employee cannot be linked to a sign-in.', 'INVALID')]);
  }
  return update<UserLinkDoc>(
    models.UserLink,
    { userId },
    (current) =>
      current.employeeId === input.employeeId
        ? null
        : {
            $set: { employeeId: input.employeeId, employeeKey: input.employeeId, linkedBy },
            events: [userLinked({ ...current, employeeId: input.employeeId }, current.employeeId, requestId)],
          },
    { create: () => ({ employeeId: null, employeeKey: unlinkedKey(userId), linkedBy: null }), taken: takenBy(input.employeeId) },
  );
}

/** Removes a user's link (their sign-in no longer acts as any employee). */
export async function unlinkUser(models: HrModels, userId: string, requestId?: string): Promise<UserLinkDoc> {
  const link = await models.UserLink.findOne({ userId }).select({ _id: 1 }).lean<UserLinkDoc>();
  if (!link) throw new UserErrors([userError(['input', 'userId'], `User ${userId} is not linked.`, 'NOT_FOUND')]);
  return update<UserLinkDoc>(models.UserLink, link._id, (current) =>
    current.employeeId
      ? {
          $set: { employeeId: null, employeeKey: unlinkedKey(userId), linkedBy: null },
          events: [userLinked({ ...current, employeeId: null }, current.employeeId, requestId)],
        }
      : null,
  );
}

/**
 * Consumer of `identity.user.created`: a new user whose email is an employee's work email is
 * linked to that employee, unless either is linked already (then nothing happens). Idempotent.
 */
export async function linkByEmail(models: HrModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'identity.user.created')) return;
  const { userId, email } = event.payload;
  const employee = await models.Employee.findOne({ emailKey: email.trim().toLowerCase() })
    .select({ _id: 1, status: 1 })
    .lean<EmployeeDoc>();
  if (!employee || employee.status === 'TERMINATED') return;
  const existing = await models.UserLink.findOne({ userId }).select({ employeeId: 1 }).lean<UserLinkDoc>();
  if (existing?.employeeId) return;
  try {
    await linkUserToEmployee(models, { userId, employeeId: employee._id.toString() }, 'EMAIL_MATCH', event.requestId);
  } catch (err) {
    if (err instanceof UserErrors) return; // the employee is linked to someone else: an admin decides
    throw err;
  }
}
