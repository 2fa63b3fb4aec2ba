/** Every write of an expense claim: creating it, its lifecycle moves, and posting it. */
import mongoose from 'mongoose';
import { userError, type UserError } from '../../../lib/errors';
import { isEvent, type EventEnvelope } from '../../../lib/events';
import { parseMoneyInput } from '../../../lib/money';
import { assertNoUserErrors } from '../../../lib/mutation';
import { nextNumber } from '../../../lib/sequence';
import { requireText } from '../../../lib/validation';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import { insert, transition } from '../../../lib/write';
import { expenseLines, type ExpenseStatus } from '../domain/expense';
import { parsePercent, taxLine } from '../domain/tax';
import { expenseApproved } from '../events/publish';
import type { ExpenseDoc, FinanceModels } from '../models';
import { postPending, type Posting } from './ledger';

export interface NewExpense {
  submitterId: string;
  category: string;
  description?: string | null;
  amount: { amount: string; currency: string };
  taxRate?: string | null;
  amountIncludesTax?: boolean | null;
  expenseDate: string;
}

/** A DRAFT expense claim: its amount net of tax (or with tax carved out), the tax at its rate. */
export async function createExpense(models: FinanceModels, input: NewExpense): Promise<ExpenseDoc> {
  const errors: UserError[] = [
    ...requireText(input.category, ['input', 'category'], 100),
    ...requireText(input.submitterId, ['input', 'submitterId'], 100),
  ];
  const amount = parseMoneyInput(input.amount, ['input', 'amount']);
  if (amount.error) errors.push(amount.error);
  else if (amount.minor <= 0) errors.push(userError(['input', 'amount'], 'Amount must be positive.', 'INVALID'));
  const rate: { bps: number; error?: UserError } = input.taxRate ? parsePercent(input.taxRate, ['input', 'taxRate']) : { bps: 0 };
  if (rate.error) errors.push(rate.error);
  assertNoUserErrors(errors);
  const t = taxLine((amount as { minor: number }).minor, 1, 0, rate.bps, Boolean(input.amountIncludesTax));
  return insert<ExpenseDoc>(models.Expense, {
    number: await nextNumber(models.connection, 'expense', 'EXP'),
    submitterId: input.submitterId,
    category: input.category.trim(),
    description: input.description?.trim() ?? '',
    currency: input.amount.currency,
    netMinor: t.netMinor,
    taxRateBps: rate.bps,
    taxMinor: t.taxMinor,
    totalMinor: t.totalMinor,
    expenseDate: input.expenseDate,
    status: 'DRAFT',
  });
}

/** Moves an expense; POSTED writes its journal entry (its marker in the same write as the status). */
export async function transitionExpense(
  models: FinanceModels,
  id: string,
  to: ExpenseStatus,
  set: Record<string, unknown> = {},
): Promise<ExpenseDoc> {
  const posted = to === 'POSTED';
  const at = new Date();
  const expense = await transition<ExpenseStatus, ExpenseDoc>(models.Expense, id, to, {
    set: { ...set, ...(posted && { postedAt: at }), ...(to === 'APPROVED' && { approvedAt: at }) },
    also: () => (posted ? { $push: { ledgerPending: 'post' } } : {}),
    // Approved: owed to the employee; hr reimburses it with the next payroll run.
    events: (current) => (to === 'APPROVED' ? [expenseApproved(current, at)] : []),
  });
  return flushExpense(models, expense);
}

/**
 * A posted payroll run paid these expenses back (consumer of `hr.payroll.posted`): each is
 * REIMBURSED with the run's id, posted first if it was only APPROVED (the run's journal entry
 * debits what the expense's entry owes the employee). Once per expense however often it is delivered.
 */
export async function reimburseThroughPayroll(models: FinanceModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'hr.payroll.posted')) return;
  const { payrollRunId, reimbursedExpenses } = event.payload;
  const at = new Date(event.occurredAt);
  for (const { expenseId } of reimbursedExpenses ?? []) {
    const expense = mongoose.isObjectIdOrHexString(expenseId)
      ? await findOneByIdInTenant<ExpenseDoc>(models.Expense, expenseId, { _id: 1, status: 1 })
      : null;
    if (!expense || expense.status === 'REIMBURSED') continue;
    if (expense.status === 'APPROVED') await transitionExpense(models, expenseId, 'POSTED');
    await transition<ExpenseStatus, ExpenseDoc>(models.Expense, expenseId, 'REIMBURSED', {
      set: { payrollRunId, reimbursedAt: at },
    });
  }
}

/** SUBMITTED -> REJECTED, with the reason the submitter reads. */
export function rejectExpense(models: FinanceModels, id: string, reason: string): Promise<ExpenseDoc> {
  assertNoUserErrors(requireText(reason, ['input', 'reason'], 500));
  return transitionExpense(models, id, 'REJECTED', { rejectionReason: reason.trim() });
}

function expensePosting(e: ExpenseDoc, marker: string): Posting {
  if (marker !== 'post') throw new Error(`Unknown expense posting ${marker}.`);
  return {
    source: `expense:${e._id.toString()}:post`,
    date: e.postedAt ?? new Date(),
    currency: e.currency,
    memo: `Expense ${e.number}`,
    lines: expenseLines(e),
  };
}

/** Writes an expense's pending posting (models/ledger-pending.ts); the sweeper runs it for what a crash left. */
export const flushExpense = (models: FinanceModels, expense: ExpenseDoc) =>
  postPending(models, models.Expense, expense, expensePosting);
