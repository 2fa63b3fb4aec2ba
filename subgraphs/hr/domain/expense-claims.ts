/**
 * Approved expense claims reimbursed through payroll (finance owns the expense; hr holds a replica).
 *
 * A claim is PENDING until a payroll run takes it (IN_RUN, `payrollRunId` set): the run of the first
 * period on or after its expense date that is created after the approval. A claim is in one run
 * at most: taking it is a conditional write on the claim. Cancelling the run gives it back
 * (PENDING); a run that never came to exist (a crash between taking and inserting) or was
 * cancelled without giving it back leaves a stale claim the next run may take. A claim in another
 * currency than the run's is REFUSED (payroll does not convert; finance reimburses it otherwise).
 * Posting the run marks its claims REIMBURSED (the run's journal entry settles them); until that
 * write is done (or if a crash skipped it) users already read REIMBURSED from the run's status, and
 * the next run creation finishes the marking.
 */
import type { Transitions } from '../../../lib/state-machine';

export type ExpenseClaimStatus = 'PENDING' | 'IN_RUN' | 'REIMBURSED' | 'REFUSED';
export const EXPENSE_CLAIM_TRANSITIONS: Transitions<ExpenseClaimStatus> = {
  PENDING: ['IN_RUN', 'REFUSED'],
  // Back when its run is cancelled; from one run to another when the first is gone (stale);
  // REIMBURSED once its run is posted.
  IN_RUN: ['PENDING', 'IN_RUN', 'REIMBURSED', 'REFUSED'],
  REIMBURSED: [],
  REFUSED: [],
};

/** Claims one payslip reimburses at most (the API's cap of `Payslip.reimbursements`); more wait for the next run. */
export const MAX_CLAIMS_PER_PAYSLIP = 100;

/** How long a taken claim whose run does not exist is left alone (the run may be being inserted). */
export const STALE_TAKE_MS = 60_000;

/** The status users read: a claim in a posted or paid run is reimbursed; in a cancelled or missing run, pending again. */
export function claimStatus(
  claim: { status: ExpenseClaimStatus; takenAt?: Date | null },
  run: { status: string } | null | undefined,
  now = Date.now(),
): 'PENDING' | 'IN_RUN' | 'REIMBURSED' | 'REFUSED' {
  if (claim.status !== 'IN_RUN') return claim.status;
  if (!run) return isStaleTake(claim, null, now) ? 'PENDING' : 'IN_RUN';
  if (run.status === 'CANCELLED') return 'PENDING';
  return run.status === 'POSTED' || run.status === 'PAID' ? 'REIMBURSED' : 'IN_RUN';
}

/** Whether a run may take this claim: PENDING, or IN_RUN of a run cancelled (or missing for a while). */
export function isTakeable(
  claim: { status: ExpenseClaimStatus; takenAt?: Date | null },
  run: { status: string } | null | undefined,
  now = Date.now(),
): boolean {
  if (claim.status === 'PENDING') return true;
  if (claim.status !== 'IN_RUN') return false;
  return isStaleTake(claim, run, now);
}

function isStaleTake(claim: { takenAt?: Date | null }, run: { status: string } | null | undefined, now: number): boolean {
  if (run) return run.status === 'CANCELLED';
  return !claim.takenAt || now - new Date(claim.takenAt).getTime() > STALE_TAKE_MS;
}
