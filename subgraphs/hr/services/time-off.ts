/**
 * Deciding time-off requests.
 *
 * Who approves: the caller's credential (hr:write; a `user:<id>` or an API key) authorizes the
 * call, and the input names the approving employee (`approverId`), which must be the requester's
 * CURRENT manager. Users are not linked to employees (identity and hr are separate domains and an
 * API key has no person behind it), so the approver is explicit; the decision stores both the
 * approver employee and the calling principal for audit.
 *
 * Race safety: approvals of one employee go through their single time-off ledger document
 * (approved ranges + a version). The overlap and allowance checks and the append are one
 * versioned write (`updateVersioned`: in-process lock + `version` condition), so of two
 * concurrent approvals of overlapping requests exactly one is recorded; the other sees it and
 * fails with OVERLAPPING. The request's own status moves after the ledger write; if that move
 * fails (the request was decided meanwhile), the ledger entry is taken back. A crash between the
 * two leaves an entry whose request is still SUBMITTED: approving it again is idempotent (the
 * ledger already holds it) and completes the move.
 */
import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { isDuplicateKeyError } from '../../../lib/mutation';
import { applyTransition, canTransition } from '../../../lib/state-machine';
import { updateVersioned } from '../../../lib/versioned-update';
import { TIME_OFF_TRANSITIONS, type TimeOffStatus } from '../domain/lifecycles';
import { findOverlap, withinAllowance } from '../domain/time-off';
import type { ApprovedTimeOff, HrModels, TimeOffLedgerDoc, TimeOffRequestDoc, TimeOffTypeDoc } from '../models';

async function ledgerOf(models: HrModels, employeeId: string): Promise<TimeOffLedgerDoc> {
  const existing = await models.TimeOffLedger.findOne({ employeeId }).lean<TimeOffLedgerDoc>();
  if (existing) return existing;
  try {
    return (await models.TimeOffLedger.create({ employeeId, approved: [], version: 0 })).toObject() as TimeOffLedgerDoc;
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err; // created concurrently: the unique index let one win
    return (await models.TimeOffLedger.findOne({ employeeId }).lean<TimeOffLedgerDoc>())!;
  }
}

export async function decideTimeOffRequest(
  models: HrModels,
  input: { id: string; approverId: string },
  decision: 'APPROVED' | 'REJECTED',
  principal: string,
): Promise<TimeOffRequestDoc> {
  const request = await models.TimeOffRequest.findById(input.id)
    .lean<TimeOffRequestDoc>()
    .catch(() => null);
  if (!request) throw new UserErrors([userError(['input', 'id'], `Time-off request ${input.id} not found.`, 'NOT_FOUND')]);
  const approver = mongoose.isObjectIdOrHexString(input.approverId)
    ? await models.Employee.findById(input.approverId).select({ _id: 1 }).lean()
    : null;
  if (!approver)
    throw new UserErrors([userError(['input', 'approverId'], `Employee ${input.approverId} not found.`, 'NOT_FOUND')]);
  if (!canTransition(TIME_OFF_TRANSITIONS, request.status, decision)) {
    throw new UserErrors([
      userError(['input', 'id'], `Time-off request is ${request.status} and cannot become ${decision}.`, 'ILLEGAL_TRANSITION'),
    ]);
  }
  const employee = await models.Employee.findById(request.employeeId)
    .select({ managerId: 1 })
    .lean<{ managerId?: string | null }>();
  if (!employee?.managerId || employee.managerId !== input.approverId) {
    throw new UserErrors([
      userError(
        ['input', 'approverId'],
        `Employee ${input.approverId} is not the requester's manager; only the manager decides.`,
        'INVALID',
      ),
    ]);
  }
  const set = { decidedById: input.approverId, decidedByPrincipal: principal, decidedAt: new Date() };
  if (decision === 'REJECTED') {
    return applyTransition<TimeOffStatus, TimeOffRequestDoc>(
      models.TimeOffRequest,
      'Time-off request',
      input.id,
      TIME_OFF_TRANSITIONS,
      'REJECTED',
      { set },
    );
  }

  const type = await models.TimeOffType.findById(request.typeId).lean<TimeOffTypeDoc>();
  if (!type) throw new UserErrors([userError(['input', 'id'], `Time-off type ${request.typeId} no longer exists.`, 'NOT_FOUND')]);
  const entry: ApprovedTimeOff = {
    requestId: input.id,
    typeId: request.typeId,
    startDate: request.startDate,
    endDate: request.endDate,
    year: request.year,
    days: request.days,
  };
  const ledger = await ledgerOf(models, request.employeeId);
  await updateVersioned<TimeOffLedgerDoc>(
    models.TimeOffLedger,
    'Time-off ledger',
    ledger._id.toString(),
    ['input', 'id'],
    (current) => {
      if (current.approved.some((e) => e.requestId === entry.requestId)) return null; // recorded by an earlier attempt
      const clash = findOverlap(entry, current.approved);
      if (clash) {
        throw new UserErrors([
          userError(
            ['input', 'id'],
            `Overlaps approved time off ${clash.startDate}..${clash.endDate} (request ${clash.requestId}).`,
            'OVERLAPPING',
          ),
        ]);
      }
      const taken = current.approved
        .filter((e) => e.typeId === entry.typeId && e.year === entry.year)
        .reduce((a, e) => a + e.days, 0);
      if (!withinAllowance(type.yearlyAllowanceDays, taken, entry.days)) {
        throw new UserErrors([
          userError(
            ['input', 'id'],
            `${entry.days} days exceed the ${type.name} allowance: ${type.yearlyAllowanceDays - taken} of ${type.yearlyAllowanceDays} left in ${entry.year}.`,
            'INSUFFICIENT_BALANCE',
          ),
        ]);
      }
      return { $push: { approved: entry } };
    },
  );
  try {
    return await applyTransition<TimeOffStatus, TimeOffRequestDoc>(
      models.TimeOffRequest,
      'Time-off request',
      input.id,
      TIME_OFF_TRANSITIONS,
      'APPROVED',
      { set },
    );
  } catch (err) {
    // The request was decided meanwhile: take the entry back out of the ledger.
    await updateVersioned<TimeOffLedgerDoc>(
      models.TimeOffLedger,
      'Time-off ledger',
      ledger._id.toString(),
      ['input', 'id'],
      (current) =>
        current.approved.some((e) => e.requestId === entry.requestId)
          ? { $set: { approved: current.approved.filter((e) => e.requestId !== entry.requestId) } }
          : null,
    );
    throw err;
  }
}
