/** What a posted payroll run (hr) writes to the ledger. */
import { ACCOUNTS, compact, line, type JournalLine } from './ledger';

/** Payroll: gross salary and employer contributions as expense; net pay, deductions and contributions owed. */
export function payrollLines(p: {
  grossMinor: number;
  employeeDeductionsMinor: number;
  employerContributionsMinor: number;
  netMinor: number;
  /** Expense claims paid back with the run: what was owed to employees becomes net pay. */
  reimbursementsMinor?: number;
  period: string;
}): JournalLine[] {
  const reimbursed = p.reimbursementsMinor ?? 0;
  if (p.grossMinor + reimbursed !== p.netMinor + p.employeeDeductionsMinor) {
    throw new Error(
      `Payroll ${p.period}: gross ${p.grossMinor} + reimbursements ${reimbursed} is not net ${p.netMinor} + deductions ${p.employeeDeductionsMinor}.`,
    );
  }
  const memo = `Payroll ${p.period}`;
  return compact([
    line(ACCOUNTS.PAYROLL_EXPENSE, 'DEBIT', p.grossMinor, { memo }),
    line(ACCOUNTS.PAYROLL_EMPLOYER_EXPENSE, 'DEBIT', p.employerContributionsMinor, { memo }),
    line(ACCOUNTS.EMPLOYEE_PAYABLE, 'DEBIT', reimbursed, { memo: `${memo}: expenses reimbursed` }),
    line(ACCOUNTS.PAYROLL_NET, 'CREDIT', p.netMinor, { memo }),
    line(ACCOUNTS.PAYROLL_DEDUCTIONS, 'CREDIT', p.employeeDeductionsMinor, { memo }),
    line(ACCOUNTS.PAYROLL_EMPLOYER, 'CREDIT', p.employerContributionsMinor, { memo }),
  ]);
}

/** Paying a posted run's net pay: the net salaries payable cleared against the bank. */
export function payrollPaidLines(p: { netMinor: number; period: string }): JournalLine[] {
  const memo = `Payroll ${p.period} paid`;
  return compact([
    line(ACCOUNTS.PAYROLL_NET, 'DEBIT', p.netMinor, { memo }),
    line(ACCOUNTS.CASH, 'CREDIT', p.netMinor, { memo }),
  ]);
}
