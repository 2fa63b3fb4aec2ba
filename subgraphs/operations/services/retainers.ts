/**
 * Billing of RETAINER projects: each period (calendar month) bills once it has ended, its fee and,
 * when the contract says so, the overage of approved billable time beyond the included hours. The
 * period's record, the next due date and `operations.billing.ready` (source
 * `retainer:<projectId>:<YYYY-MM>`) are ONE versioned write on the project: a crash before it
 * leaves the period due for the next round, a crash after it leaves the event in the outbox, and
 * two sweepers racing on a period store it once (the loser finds it billed). Finance drafts one
 * invoice per source, so a redelivered event bills nothing more.
 */
import mongoose from 'mongoose';
import { mondayOf } from '../../../lib/dates';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import { update } from '../../../lib/write';
import {
  nextUnbilledPeriod,
  periodDueAt,
  periodSpan,
  retainerCharge,
  retainerDueAt,
  retainerSource,
  RETAINER_BILLING_STATUSES,
  type RetainerPeriod,
} from '../domain/retainer';
import { billingReady } from '../events/publish';
import type { OperationsModels, ProjectDoc, TimesheetDoc } from '../models';

/** When the project's next retainer period is due (null: not a billing retainer, or nothing left to bill). */
export const dueAtFor = (
  project: Pick<ProjectDoc, 'contractType' | 'status' | 'retainer' | 'startDate' | 'endDate' | 'closedOn' | 'retainerPeriods'>,
) => (project.contractType === 'RETAINER' && RETAINER_BILLING_STATUSES.includes(project.status) ? retainerDueAt(project) : null);

/** Approved time of the project dated in the period (the sheets of the weeks that touch it). */
async function approvedEntries(models: OperationsModels, projectId: string, period: string) {
  const { from, to } = periodSpan(period);
  const sheets = await models.Timesheet.find({
    projectId,
    status: 'APPROVED',
    weekStart: mongoose.trusted({ $gte: mondayOf(from), $lte: to }),
  })
    .select({ entries: 1 })
    .lean<Array<Pick<TimesheetDoc, 'entries'>>>();
  return sheets.flatMap((s) => s.entries);
}

/** Bills the project's next period if it is due at `now`; true when this call billed it. */
export async function billRetainerPeriod(models: OperationsModels, projectId: string, now: Date): Promise<boolean> {
  const project = await findOneByIdInTenant<ProjectDoc>(models.Project, projectId);
  if (!project) return false;
  const due = dueAtFor(project);
  const period = due ? nextUnbilledPeriod(project) : null;
  if (!period || !project.retainer || periodDueAt(period) > now) {
    if (String(due) !== String(project.retainerDueAt ?? null)) await fixDueAt(models, projectId);
    return false;
  }
  const entries = await approvedEntries(models, projectId, period);
  let billed = false;
  await update<ProjectDoc>(models.Project, project._id, (current) => {
    billed = false; // decided again after a lost race: only the attempt that writes counts
    // Another sweeper (or an earlier attempt of this one) billed it, or the terms changed meanwhile.
    if (!current.retainer || nextUnbilledPeriod(current) !== period || !dueAtFor(current)) return null;
    const { lines, ...charge } = retainerCharge(current.retainer, period, entries, current.currency);
    const source = retainerSource(projectId, period);
    const record: RetainerPeriod = { ...charge, source, billedAt: now };
    const after = { ...current, retainerPeriods: [...current.retainerPeriods, record] };
    billed = true;
    return {
      $push: { retainerPeriods: record },
      $set: { retainerDueAt: dueAtFor(after) },
      events: [billingReady(source, current, lines)],
    };
  });
  return billed;
}

async function fixDueAt(models: OperationsModels, projectId: string) {
  await update<ProjectDoc>(models.Project, projectId, (current) => {
    const due = dueAtFor(current);
    return String(due) === String(current.retainerDueAt ?? null) ? null : { $set: { retainerDueAt: due } };
  });
}

/** Every period of the project due at `now`, oldest first (a project that was paused catches up), at most 24 a round. */
export async function billDueRetainerPeriods(models: OperationsModels, projectId: string, now: Date): Promise<number> {
  let count = 0;
  while (count < 24 && (await billRetainerPeriod(models, projectId, now))) count++;
  return count;
}
