/** Every write of an expense claim: creating it, its lifecycle moves, and posting it. */
import { userError, type UserError } from '../../../lib/errors';
import { parseMoneyInput } from '../../../lib/money';
import { assertNoUserErrors } from '../../../lib/mutation';
import { nextNumber } from '../../../lib/sequence';
import { requireText } from '../../../lib/validation';
import { insert, transition } from '../../../lib/write';
import { expenseLines, type ExpenseStatus } from '../domain/expense';
import { parsePercent, taxLine } from '../domain/tax';
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
  const expense = await transition<ExpenseStatus, ExpenseDoc>(models.Expense, id, to, {
    set: { ...set, ...(posted && { postedAt: new Date() }) },
    also: () => (posted ? { $push: { ledgerPending: 'post' } } : {}),
  });
  return flushExpense(models, expense);
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
