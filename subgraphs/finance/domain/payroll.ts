/** What a posted payroll run (hr) writes to the ledger. */
import { ACCOUNTS, compact, line, type JournalLine } from './ledger';

/** Payroll: gross salary and employer contributions as expense; net pay, deductions and contributions owed. */
export function payrollLines(p: {
  grossMinor: number;
  employeeDeductionsMinor: number;
  employerContributionsMinor: number;
  netMinor: number;
  period: string;
}): JournalLine[] {
  if (p.grossMinor !== p.netMinor + p.employeeDeductionsMinor) {
    throw new Error(
      `Payroll ${p.period}: gross ${p.grossMinor} is not net ${p.netMinor} + deductions ${p.employeeDeductionsMinor}.`,
    );
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
