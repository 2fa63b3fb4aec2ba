/**
 * What hr consumes: identity's new users, linked to the employee with the same work email
 * (services/user-links.ts), and finance's approved expenses, replicated as claims the next payroll
 * run reimburses (services/expense-claims.ts). Idempotent: a redelivery finds the link or claim made.
 */
import type { ConsumerDefinition } from '../../../lib/subgraph';
import type { HrModels } from '../models';
import { recordApprovedExpense } from '../services/expense-claims';
import { linkByEmail } from '../services/user-links';

export function hrConsumers(models: HrModels): ConsumerDefinition[] {
  return [
    { group: 'hr.user-linker', types: ['identity.user.created'], handle: (event) => linkByEmail(models, event) },
    { group: 'hr.expense-claims', types: ['finance.expense.approved'], handle: (event) => recordApprovedExpense(models, event) },
  ];
}
