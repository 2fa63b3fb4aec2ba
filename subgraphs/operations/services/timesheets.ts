/**
 * Every write of time: entries logged into the employee's sheet of that project and week (found
 * or created under its unique key), corrected or removed while the sheet is OPEN or REJECTED,
 * and the sheet's lifecycle. Approval is by the project's manager and final: it fixes each
 * billable entry's rate and, for a TIME_AND_MATERIALS project, stores `operations.billing.ready`
 * in the same single-document write, so each entry is billed exactly once.
 */
import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { assertNoUserErrors } from '../../../lib/mutation';
import type { Actor } from '../../../lib/signed-context';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import { requireText } from '../../../lib/validation';
import { transition, update } from '../../../lib/write';
import { rateFor } from '../domain/project';
import {
  billingLines,
  dayOverflow,
  EDITABLE_TIMESHEET,
  linesTotal,
  MAX_ENTRIES_PER_TIMESHEET,
  validateEntry,
  weekOf,
  type TimesheetStatus,
} from '../domain/timesheet';
import { billingReady, timesheetSubmitted } from '../events/publish';
import type { OperationsModels, ProjectDoc, TimeEntryDoc, TimesheetDoc } from '../models';
import { mustFindProject, mustFindStaff, mustFindTask } from './references';

const notEditable = (sheet: TimesheetDoc) =>
  new UserErrors([
    userError(['input', 'id'], `Timesheet is ${sheet.status}; its entries can no longer change.`, 'ILLEGAL_TRANSITION'),
  ]);

function checkDays(entries: Array<Pick<TimeEntryDoc, 'date' | 'minutes'>>) {
  const day = dayOverflow(entries);
  if (day) throw new UserErrors([userError(['input', 'minutes'], `More than 24 hours logged on ${day}.`, 'INVALID')]);
}

async function checkTask(models: OperationsModels, taskId: string | null | undefined, projectId: string) {
  if (!taskId) return;
  const task = await mustFindTask(models, taskId, ['input', 'taskId']);
  if (task.projectId !== projectId) {
    throw new UserErrors([userError(['input', 'taskId'], `Task ${taskId} is not part of this project.`, 'INVALID')]);
  }
  if (task.status === 'CANCELLED') throw new UserErrors([userError(['input', 'taskId'], 'The task is cancelled.', 'INVALID')]);
}

export interface LogTimeInput {
  employeeId: string;
  projectId: string;
  taskId?: string | null;
  date: string;
  minutes: number;
  billable?: boolean | null;
  note?: string | null;
}

export async function logTime(
  models: OperationsModels,
  input: LogTimeInput,
): Promise<{ sheet: TimesheetDoc; entry: TimeEntryDoc }> {
  assertNoUserErrors([...validateEntry(input), ...requireText(input.note, ['input', 'note'], 1000)]);
  const project = await mustFindProject(models, input.projectId, ['input', 'projectId']);
  if (project.status !== 'ACTIVE') {
    throw new UserErrors([
      userError(['input', 'projectId'], `Project is ${project.status}; time is logged on ACTIVE projects.`, 'ILLEGAL_TRANSITION'),
    ]);
  }
  await mustFindStaff(models, input.employeeId, ['input', 'employeeId']);
  await checkTask(models, input.taskId, input.projectId);
  const entry: TimeEntryDoc = {
    _id: new mongoose.Types.ObjectId(),
    date: input.date,
    taskId: input.taskId ?? null,
    minutes: input.minutes,
    billable: input.billable ?? true,
    note: input.note?.trim() || null,
    createdAt: new Date(),
  };
  const sheet = await update<TimesheetDoc>(
    models.Timesheet,
    { employeeId: input.employeeId, projectId: input.projectId, weekStart: weekOf(input.date) },
    (current) => {
      if (current.entries.some((e) => e._id.equals(entry._id))) return null; // written by an earlier attempt
      if (!EDITABLE_TIMESHEET.includes(current.status)) throw notEditable(current);
      if (current.entries.length >= MAX_ENTRIES_PER_TIMESHEET) {
        throw new UserErrors([
          userError(['input'], `A timesheet holds at most ${MAX_ENTRIES_PER_TIMESHEET} entries.`, 'INVALID'),
        ]);
      }
      checkDays([...current.entries, entry]);
      return { $push: { entries: entry } };
    },
    { create: () => ({ status: 'OPEN' as const, entries: [], currency: project.currency }), field: ['input', 'projectId'] },
  );
  return { sheet, entry: sheet.entries.find((e) => e._id.equals(entry._id))! };
}

async function sheetOfEntry(models: OperationsModels, entryId: string): Promise<TimesheetDoc> {
  const sheet = mongoose.isObjectIdOrHexString(entryId)
    ? await models.Timesheet.findOne({ 'entries._id': new mongoose.Types.ObjectId(entryId) })
        .select({ _id: 1, projectId: 1 })
        .lean<TimesheetDoc>()
    : null;
  if (!sheet) throw new UserErrors([userError(['input', 'id'], `Time entry ${entryId} not found.`, 'NOT_FOUND')]);
  return sheet;
}

export interface UpdateTimeEntryInput {
  id: string;
  taskId?: string | null;
  date?: string | null;
  minutes?: number | null;
  billable?: boolean | null;
  note?: string | null;
}

export async function updateTimeEntry(
  models: OperationsModels,
  input: UpdateTimeEntryInput,
): Promise<{ sheet: TimesheetDoc; entry: TimeEntryDoc }> {
  assertNoUserErrors([...validateEntry(input), ...requireText(input.note, ['input', 'note'], 1000)]);
  const found = await sheetOfEntry(models, input.id);
  if (input.taskId !== undefined) await checkTask(models, input.taskId, found.projectId);
  const sheet = await update<TimesheetDoc>(models.Timesheet, found._id, (current) => {
    if (!EDITABLE_TIMESHEET.includes(current.status)) throw notEditable(current);
    const entries = current.entries.map((e) => {
      if (e._id.toString() !== input.id) return e;
      if (input.date && weekOf(input.date) !== current.weekStart) {
        throw new UserErrors([
          userError(['input', 'date'], `The date must stay in the week of ${current.weekStart}.`, 'INVALID'),
        ]);
      }
      return {
        ...e,
        ...(input.date && { date: input.date }),
        ...(input.minutes != null && { minutes: input.minutes }),
        ...(input.billable != null && { billable: input.billable }),
        ...(input.taskId !== undefined && { taskId: input.taskId ?? null }),
        ...(input.note !== undefined && { note: input.note?.trim() || null }),
      };
    });
    checkDays(entries);
    return { $set: { entries } };
  });
  return { sheet, entry: sheet.entries.find((e) => e._id.toString() === input.id)! };
}

export async function deleteTimeEntry(models: OperationsModels, id: string): Promise<TimesheetDoc> {
  const found = await sheetOfEntry(models, id);
  return update<TimesheetDoc>(models.Timesheet, found._id, (current) => {
    if (!EDITABLE_TIMESHEET.includes(current.status)) throw notEditable(current);
    return { $set: { entries: current.entries.filter((e) => e._id.toString() !== id) } };
  });
}

/** OPEN or REJECTED -> SUBMITTED, with `operations.timesheet.submitted`. */
export const submitTimesheet = (models: OperationsModels, id: string, actor?: Actor) =>
  transition<TimesheetStatus, TimesheetDoc>(models.Timesheet, id, 'SUBMITTED', {
    refuse: (current) =>
      current.entries.length ? null : userError(['input', 'id'], 'An empty timesheet cannot be submitted.', 'INVALID'),
    set: { submittedAt: new Date(), rejectionReason: null },
    events: (current) => [timesheetSubmitted({ ...current, status: 'SUBMITTED' }, actor?.requestId)],
  });

async function decisionContext(models: OperationsModels, id: string, approverId: string) {
  const sheet = mongoose.isObjectIdOrHexString(id) ? await findOneByIdInTenant<TimesheetDoc>(models.Timesheet, id) : null;
  if (!sheet) throw new UserErrors([userError(['input', 'id'], `Timesheet ${id} not found.`, 'NOT_FOUND')]);
  const project = await mustFindProject(models, sheet.projectId, ['input', 'id']);
  if (!project.managerId || project.managerId !== approverId) {
    throw new UserErrors([
      userError(
        ['input', 'approverId'],
        `Employee ${approverId} is not the project's manager; only the manager decides.`,
        'INVALID',
      ),
    ]);
  }
  return { sheet, project };
}

/**
 * SUBMITTED -> APPROVED. The rates are decided on the employee's role and the project's rates as
 * they are now, fixed on the entries, and the billing event stored by the same write.
 */
export async function approveTimesheet(
  models: OperationsModels,
  input: { id: string; approverId: string },
  actor: Actor,
): Promise<TimesheetDoc> {
  const { sheet, project } = await decisionContext(models, input.id, input.approverId);
  const staff = await models.StaffMember.findOne({ employeeId: sheet.employeeId }).lean<{
    name: string;
    title?: string | null;
  }>();
  const billed = project.contractType === 'TIME_AND_MATERIALS';
  // A retainer whose contract bills overage fixes the rates too; its period bills them (services/retainers.ts).
  const priced = billed || (project.contractType === 'RETAINER' && Boolean(project.retainer?.billOverage));
  const rate = priced ? rateFor(project, staff?.title) : null;
  return transition<TimesheetStatus, TimesheetDoc>(models.Timesheet, input.id, 'APPROVED', {
    refuse: (current) =>
      priced && rate === null && current.entries.some((e) => e.billable)
        ? userError(['input', 'id'], "The project has no rate for this employee's role and no default rate.", 'INVALID')
        : null,
    set: (current) => {
      const entries = current.entries.map((e) => ({ ...e, rateMinor: priced && e.billable ? rate : null }));
      const lines = billingLines({ ...current, entries }, staff?.name || current.employeeId, project.currency);
      return {
        entries,
        billedMinor: billed ? linesTotal(lines) : null,
        decidedById: input.approverId,
        decidedByPrincipal: actor.principal,
        decidedAt: new Date(),
      };
    },
    events: (current) => {
      if (!billed) return [];
      const entries = current.entries.map((e) => ({ ...e, rateMinor: e.billable ? rate : null }));
      const lines = billingLines({ ...current, entries }, staff?.name || current.employeeId, project.currency);
      return lines.length
        ? [billingReady(`timesheet:${current._id.toString()}`, projectFor(project), lines, actor.requestId)]
        : [];
    },
  });
}

const projectFor = (p: ProjectDoc) => ({ _id: p._id, name: p.name, customerId: p.customerId, currency: p.currency });

/** SUBMITTED -> REJECTED with the manager's reason; the employee corrects and resubmits. */
export async function rejectTimesheet(
  models: OperationsModels,
  input: { id: string; approverId: string; reason: string },
  actor: Actor,
): Promise<TimesheetDoc> {
  assertNoUserErrors(requireText(input.reason, ['input', 'reason'], 1000));
  await decisionContext(models, input.id, input.approverId);
  return transition<TimesheetStatus, TimesheetDoc>(models.Timesheet, input.id, 'REJECTED', {
    set: {
      rejectionReason: input.reason.trim(),
      decidedById: input.approverId,
      decidedByPrincipal: actor.principal,
      decidedAt: new Date(),
    },
  });
}
