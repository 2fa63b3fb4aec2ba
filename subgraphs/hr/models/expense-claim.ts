/**
 * Expense claims to reimburse through payroll: finance's approved expenses, replicated from
 * `finance.expense.approved` (one per finance expense, a unique key). A claim is taken by at most
 * one payroll run at a time (`payrollRunId`, written conditionally on the claim's version).
 */
import mongoose, { type Connection, type Types } from 'mongoose';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';
import { EXPENSE_CLAIM_TRANSITIONS, type ExpenseClaimStatus } from '../domain/expense-claims';

export interface ExpenseClaimDoc {
  _id: Types.ObjectId;
  tenantId: string;
  /** finance's Expense id. */
  expenseId: string;
  number: string;
  employeeId: string;
  category: string;
  currency: string;
  amountMinor: number;
  expenseDate: string;
  approvedAt: Date;
  status: ExpenseClaimStatus;
  /** The run that took it (IN_RUN), or null. */
  payrollRunId?: string | null;
  takenAt?: Date | null;
  refusalReason?: string | null;
  version: number;
  createdAt: Date;
}
export type ExpenseClaimConnectionModel = Page<ExpenseClaimDoc>;

const expenseClaimSchema = new mongoose.Schema<ExpenseClaimDoc>(
  {
    expenseId: { type: String, required: true },
    number: { type: String, required: true },
    employeeId: { type: String, required: true },
    category: { type: String, default: '' },
    currency: { type: String, required: true },
    amountMinor: { type: Number, required: true },
    expenseDate: { type: String, required: true },
    approvedAt: { type: Date, required: true },
    status: { type: String, required: true, default: 'PENDING' },
    payrollRunId: { type: String, default: null },
    takenAt: Date,
    refusalReason: String,
  },
  { timestamps: true, versionKey: false },
);
expenseClaimSchema.plugin(tenantScopePlugin);
expenseClaimSchema.plugin(aggregatePlugin, { name: 'Expense claim', transitions: EXPENSE_CLAIM_TRANSITIONS });
expenseClaimSchema.index({ tenantId: 1, expenseId: 1 }, { unique: true });
// What a run may take: open claims (PENDING, or IN_RUN of a run that may be gone) by date.
expenseClaimSchema.index({ tenantId: 1, status: 1, expenseDate: 1, _id: 1 });
// A run's claims (released when it is cancelled).
expenseClaimSchema.index({ tenantId: 1, payrollRunId: 1, _id: 1 });
// The list, newest first, and an employee's.
expenseClaimSchema.index({ tenantId: 1, _id: -1 });
expenseClaimSchema.index({ tenantId: 1, employeeId: 1, _id: -1 });

export const expenseClaimModel = (connection: Connection) =>
  connection.model<ExpenseClaimDoc>('ExpenseClaim', expenseClaimSchema, 'expense_claims');
