/**
 * Every write of expense claims reimbursed through payroll (domain/expense-claims.ts): the replica
 * of finance's approval (consumer of `finance.expense.approved`), a payroll run taking its
 * employees' open claims, and a cancelled run giving them back. Each is one conditional write on
 * one claim (lib/write.ts): a claim is in one run at most, whatever crashes or races.
 */
import mongoose, { type Types } from 'mongoose';
import { isEvent } from '../../../lib/events/catalog';
import type { EventEnvelope } from '../../../lib/events';
import { findOrCreate, update } from '../../../lib/write';
import { isTakeable, MAX_CLAIMS_PER_PAYSLIP, type ExpenseClaimStatus } from '../domain/expense-claims';
import type { Reimbursement } from '../domain/payroll';
import type { ExpenseClaimDoc, HrModels, PayrollRunDoc } from '../models';

/** Replicates an approved expense (consumer of `finance.expense.approved`); a redelivery finds the claim made. */
export async function recordApprovedExpense(models: HrModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'finance.expense.approved')) return;
  const p = event.payload;
  await findOrCreate<ExpenseClaimDoc>(models.ExpenseClaim, { expenseId: p.expenseId }, () => ({
    number: p.number,
    employeeId: p.employeeId,
    category: p.category,
    currency: p.amount.currency,
    amountMinor: p.amount.minor,
    expenseDate: p.expenseDate,
    approvedAt: new Date(p.approvedAt),
    status: 'PENDING',
  }));
}

/** Runs by id (status only), for deciding whether their claims are free again. */
async function runsById(models: HrModels, ids: string[]): Promise<Map<string, Pick<PayrollRunDoc, 'status'>>> {
  const valid = [...new Set(ids)].filter((id) => mongoose.isObjectIdOrHexString(id));
  if (!valid.length) return new Map();
  const runs = await models.PayrollRun.find({ _id: mongoose.trusted({ $in: valid }) })
    .select({ _id: 1, status: 1 })
    .lean<PayrollRunDoc[]>();
  return new Map(runs.map((r) => [r._id.toString(), r]));
}

/**
 * The open claims (up to the period's last day) of these employees, taken for the run `runId`
 * (not inserted yet): each claim by one write conditional on its version, so two runs never hold
 * the same claim. Claims in another currency than `currency` are REFUSED with the reason. Returns
 * each employee's reimbursements.
 */
export async function takeClaims(
  models: HrModels,
  runId: Types.ObjectId,
  employeeIds: Set<string>,
  currency: string,
  periodEnd: string,
): Promise<Map<string, Reimbursement[]>> {
  const open = (
    await models.ExpenseClaim.find({
      status: mongoose.trusted({ $in: ['PENDING', 'IN_RUN'] }),
      expenseDate: mongoose.trusted({ $lte: periodEnd }),
    })
      .sort({ expenseDate: 1, _id: 1 })
      .limit(10_000)
      .lean<ExpenseClaimDoc[]>()
  ).filter((c) => employeeIds.has(c.employeeId));
  const runs = await runsById(
    models,
    open.filter((c) => c.payrollRunId).map((c) => c.payrollRunId!),
  );
  const now = new Date();
  const taken = new Map<string, Reimbursement[]>();
  const id = runId.toString();
  // Claims of runs posted meanwhile whose marking a crash cut off: finished here.
  const settled = new Set(
    [...runs].filter(([, run]) => run.status === 'POSTED' || run.status === 'PAID').map(([postedId]) => postedId),
  );
  for (const postedId of settled) await settleClaims(models, postedId);
  for (const claim of open.filter((c) => !settled.has(c.payrollRunId ?? ''))) {
    if ((taken.get(claim.employeeId)?.length ?? 0) >= MAX_CLAIMS_PER_PAYSLIP) continue; // the next run pays the rest
    const written = await update<ExpenseClaimDoc>(models.ExpenseClaim, claim._id, (current) => {
      // Decided on the claim as it is now: a run read for another payrollRunId says nothing.
      const run = current.payrollRunId === claim.payrollRunId ? runs.get(current.payrollRunId ?? '') : undefined;
      if (!isTakeable(current, run, now.getTime())) return null;
      if (current.currency !== currency) {
        return {
          $set: {
            status: 'REFUSED' satisfies ExpenseClaimStatus,
            payrollRunId: null,
            refusalReason: `In ${current.currency}; payroll pays in ${currency} and does not convert: reimburse it outside payroll.`,
          },
        };
      }
      return { $set: { status: 'IN_RUN' satisfies ExpenseClaimStatus, payrollRunId: id, takenAt: now } };
    });
    if (written.status !== 'IN_RUN' || written.payrollRunId !== id) continue;
    const list = taken.get(written.employeeId) ?? [];
    list.push({
      claimId: written._id.toString(),
      expenseId: written.expenseId,
      number: written.number,
      amountMinor: written.amountMinor,
    });
    taken.set(written.employeeId, list);
  }
  return taken;
}

/** A run's claims, one conditional write each: REIMBURSED (`to`, the run was posted) or back to PENDING. */
async function moveRunClaims(models: HrModels, runId: string, to: 'PENDING' | 'REIMBURSED'): Promise<number> {
  const claims = await models.ExpenseClaim.find({ payrollRunId: runId })
    .select({ _id: 1 })
    .sort({ _id: 1 })
    .limit(10_000)
    .lean<ExpenseClaimDoc[]>();
  let released = 0;
  for (const c of claims) {
    let releasing = false;
    await update<ExpenseClaimDoc>(models.ExpenseClaim, c._id, (current) => {
      releasing = current.status === 'IN_RUN' && current.payrollRunId === runId;
      if (!releasing) return null; // another run holds it now
      return {
        $set:
          to === 'PENDING'
            ? { status: 'PENDING' satisfies ExpenseClaimStatus, payrollRunId: null, takenAt: null }
            : { status: to },
      };
    });
    if (releasing) released++;
  }
  return released;
}

/** Gives a run's claims back (PENDING): its creation failed, or it was cancelled. Rerunnable. */
export const releaseClaims = (models: HrModels, runId: string) => moveRunClaims(models, runId, 'PENDING');

/** A posted run's claims are REIMBURSED (they stay with the run). Rerunnable. */
export const settleClaims = (models: HrModels, runId: string) => moveRunClaims(models, runId, 'REIMBURSED');
