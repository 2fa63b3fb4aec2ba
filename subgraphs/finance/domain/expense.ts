/** Expense claims: their lifecycle and what posting one writes to the ledger. */
import type { Transitions } from '../../../lib/state-machine';
import { ACCOUNTS, compact, line, type JournalLine } from './ledger';

export type ExpenseStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'POSTED' | 'REIMBURSED';

/**
 * An expense claim: submitted by an employee, approved or rejected, the approved ones posted (owed
 * to the employee) and REIMBURSED once a posted payroll run pays them back (`hr.payroll.posted`).
 */
export const EXPENSE_TRANSITIONS: Transitions<ExpenseStatus> = {
  DRAFT: ['SUBMITTED'],
  SUBMITTED: ['APPROVED', 'REJECTED'],
  APPROVED: ['POSTED'],
  REJECTED: [],
  POSTED: ['REIMBURSED'],
  REIMBURSED: [],
};

/** Posting an expense: the cost and the input tax against what is owed to the employee. */
export function expenseLines(e: {
  netMinor: number;
  taxMinor: number;
  totalMinor: number;
  submitterId: string;
  number: string;
  category: string;
}): JournalLine[] {
  return compact([
    line(ACCOUNTS.EXPENSES, 'DEBIT', e.netMinor, { memo: `${e.number} ${e.category}` }),
    line(ACCOUNTS.TAX, 'DEBIT', e.taxMinor, { taxKind: 'INPUT', memo: e.number }),
    line(ACCOUNTS.EMPLOYEE_PAYABLE, 'CREDIT', e.totalMinor, { partyId: e.submitterId, memo: e.number }),
  ]);
}
