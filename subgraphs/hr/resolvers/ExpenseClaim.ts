import { toMoney } from '../../../lib/money';
import { docId } from '../../../lib/resolvers';
import type { ExpenseClaimResolvers, PayslipReimbursementResolvers } from '../__generated__/resolvers-types';
import { claimStatus } from '../domain/expense-claims';
import type { HrContext } from '../context';
import type { ExpenseClaimDoc } from '../models';

const runOf = (claim: ExpenseClaimDoc, { loaders }: HrContext) =>
  claim.payrollRunId ? loaders.payrollRun.load(claim.payrollRunId) : Promise.resolve(null);

export const ExpenseClaim: ExpenseClaimResolvers = {
  id: docId,
  employee: (claim, _, { loaders }) => loaders.employee.load(claim.employeeId),
  amount: (claim) => toMoney(claim.amountMinor, claim.currency),
  // What the claim is as its run says: reimbursed once the run is posted, pending again if it was cancelled.
  status: async (claim, _, ctx) => claimStatus(claim, await runOf(claim, ctx)),
  payrollRun: async (claim, _, ctx) => {
    const run = await runOf(claim, ctx);
    return run && claimStatus(claim, run) !== 'PENDING' ? run : null;
  },
  refusalReason: (claim) => claim.refusalReason ?? null,
};

export const PayslipReimbursement: PayslipReimbursementResolvers = {
  claim: (r, _, { loaders }) => (r.claimId ? loaders.expenseClaim.load(r.claimId) : null),
  amount: (r) => toMoney(r.amountMinor, r.currency),
};
