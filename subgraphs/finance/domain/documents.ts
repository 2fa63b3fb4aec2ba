/** Lifecycles of expenses and supplier bills, and what they post. */
import type { Transitions } from '../../../lib/state-machine';
import { ACCOUNTS, compact, line, type JournalLine } from './ledger';

export type ExpenseStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'POSTED';

/** An expense claim: submitted by an employee, approved or rejected, and the approved ones posted. */
export const EXPENSE_TRANSITIONS: Transitions<ExpenseStatus> = {
  DRAFT: ['SUBMITTED'],
  SUBMITTED: ['APPROVED', 'REJECTED'],
  APPROVED: ['POSTED'],
  REJECTED: [],
  POSTED: [],
};

export type BillStatus = 'DRAFT' | 'OPEN' | 'PARTIALLY_PAID' | 'PAID' | 'VOID';

/** A supplier bill (accounts payable): approving it (OPEN) posts; paying settles it. */
export const BILL_TRANSITIONS: Transitions<BillStatus> = {
  DRAFT: ['OPEN', 'VOID'],
  OPEN: ['PARTIALLY_PAID', 'PAID', 'VOID'],
  PARTIALLY_PAID: ['PAID'],
  PAID: [],
  VOID: [],
};

/** Posting an expense: the cost and the input tax against what is owed to the employee. */
export function expenseLines(e: { netMinor: number; taxMinor: number; totalMinor: number; submitterId: string; number: string; category: string }): JournalLine[] {
  return compact([
    line(ACCOUNTS.EXPENSES, 'DEBIT', e.netMinor, { memo: `${e.number} ${e.category}` }),
    line(ACCOUNTS.TAX, 'DEBIT', e.taxMinor, { taxKind: 'INPUT', memo: e.number }),
    line(ACCOUNTS.EMPLOYEE_PAYABLE, 'CREDIT', e.totalMinor, { partyId: e.submitterId, memo: e.number }),
  ]);
}

/** Approving a bill: goods received go to inventory, other bills to purchases; input tax; payable to the supplier. */
export function billLines(b: { netMinor: number; taxMinor: number; totalMinor: number; supplierId: string; number: string; purchaseOrderId?: string | null }): JournalLine[] {
  return compact([
    line(b.purchaseOrderId ? ACCOUNTS.INVENTORY : ACCOUNTS.PURCHASES, 'DEBIT', b.netMinor, { memo: b.number }),
    line(ACCOUNTS.TAX, 'DEBIT', b.taxMinor, { taxKind: 'INPUT', memo: b.number }),
    line(ACCOUNTS.AP, 'CREDIT', b.totalMinor, { partyId: b.supplierId, memo: b.number }),
  ]);
}

/** Payroll: gross salary and employer contributions as expense; net pay, deductions and contributions owed. */
export function payrollLines(p: { grossMinor: number; employeeDeductionsMinor: number; employerContributionsMinor: number; netMinor: number; period: string }): JournalLine[] {
  if (p.grossMinor !== p.netMinor + p.employeeDeductionsMinor) {
    throw new Error(`Payroll ${p.period}: gross ${p.grossMinor} is not net ${p.netMinor} + deductions ${p.employeeDeductionsMinor}.`);
  }
  const memo = `Payroll ${p.period}`;
  return compact([
    line(ACCOUNTS.PAYROLL_EXPENSE, 'DEBIT', p.grossMinor, { memo }),
    line(ACCOUNTS.PAYROLL_EMPLOYER_EXPENSE, 'DEBIT', p.employerContributionsMinor, { memo }),
    line(ACCOUNTS.PAYROLL_NET, 'CREDIT', p.netMinor, { memo }),
    line(ACCOUNTS.PAYROLL_DEDUCTIONS, 'CREDIT', p.employeeDeductionsMinor, { memo }),
    line(ACCOUNTS.PAYROLL_EMPLOYER, 'CREDIT', p.employerContributionsMinor, { memo }),
  ]);
}
