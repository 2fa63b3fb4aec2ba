import { loadAttachments } from '../../../lib/attachments';
import { docId, money, ref } from '../../../lib/resolvers';
import type { ExpenseResolvers } from '../__generated__/resolvers-types';
import { formatPercent } from '../domain/tax';
import type { ExpenseDoc } from '../models';

export const Expense: ExpenseResolvers = {
  attachments: (parent, _args, ctx) => loadAttachments(ctx, ctx.models.Expense.db, 'EXPENSE', parent._id.toString()),
  id: docId,
  submitter: (e) => ref(e.submitterId),
  amount: money<ExpenseDoc>('netMinor'),
  taxRatePercent: (e) => formatPercent(e.taxRateBps),
  tax: money<ExpenseDoc>('taxMinor'),
  total: money<ExpenseDoc>('totalMinor'),
};
