import { notFound } from '../../../lib/errors';
import { toMoney } from '../../../lib/money';
import { docId, money } from '../../../lib/resolvers';
import type {
  EarningResolvers,
  PayrollRunResolvers,
  PayslipLineResolvers,
  PayslipResolvers,
} from '../__generated__/resolvers-types';

export const PayrollRun: PayrollRunResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.payrollRun.load(reference.id),
  id: docId,
  payslips: (run) => run.payslips.map((p) => ({ ...p, currency: run.currency })),
  gross: money('grossMinor'),
  employeeDeductions: money('employeeDeductionsMinor'),
  employerContributions: money('employerContributionsMinor'),
  reimbursements: (run) => toMoney(run.reimbursementsMinor ?? 0, run.currency),
  net: money('netMinor'),
};

export const Payslip: PayslipResolvers = {
  employee: async (slip, _, { loaders }) =>
    (await loaders.employee.load(slip.employeeId)) ?? Promise.reject(notFound('Employee', slip.employeeId)),
  earnings: (slip) =>
    (slip.earnings?.length
      ? slip.earnings
      : [{ kind: 'SALARY' as const, description: 'Salary', days: slip.workedDays ?? 0, amountMinor: slip.grossMinor }]
    ).map((e) => ({ ...e, currency: slip.currency })),
  final: (slip) => !!slip.final,
  gross: money('grossMinor'),
  deductions: (slip) => slip.deductions.map((l) => ({ ...l, currency: slip.currency })),
  contributions: (slip) => slip.contributions.map((l) => ({ ...l, currency: slip.currency })),
  employeeDeductions: money('employeeDeductionsMinor'),
  employerContributions: money('employerContributionsMinor'),
  reimbursements: (slip) => (slip.reimbursements ?? []).map((r) => ({ ...r, currency: slip.currency })),
  reimbursed: (slip) => toMoney(slip.reimbursementsMinor ?? 0, slip.currency),
  net: money('netMinor'),
};

export const PayslipLine: PayslipLineResolvers = {
  base: (line) => (line.baseMinor != null ? toMoney(line.baseMinor, line.currency) : null),
  amount: (line) => toMoney(line.amountMinor, line.currency),
};

export const Earning: EarningResolvers = {
  amount: (earning) => toMoney(earning.amountMinor, earning.currency),
};
