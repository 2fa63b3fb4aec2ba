/** Expense claims of employees. */
import mongoose, { type Connection, type Types } from 'mongoose';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { outboxPlugin } from '../../../lib/events/outbox';
import { aggregatePlugin } from '../../../lib/write';
import { EXPENSE_TRANSITIONS, type ExpenseStatus } from '../domain/expense';
import { ledgerPendingPlugin } from './ledger-pending';

export interface ExpenseDoc {
  _id: Types.ObjectId;
  tenantId: string;
  number: string;
  submitterId: string;
  category: string;
  description: string;
  currency: string;
  netMinor: number;
  taxRateBps: number;
  taxMinor: number;
  totalMinor: number;
  expenseDate: string;
  status: ExpenseStatus;
  rejectionReason?: string | null;
  postedAt?: Date | null;
  approvedAt?: Date | null;
  /** The hr payroll run that paid it back, and when that run was posted. */
  payrollRunId?: string | null;
  reimbursedAt?: Date | null;
  /** Postings still to write (models/ledger-pending.ts): `post`. */
  ledgerPending: string[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
export type ExpenseConnectionModel = Page<ExpenseDoc>;

const expenseSchema = new mongoose.Schema<ExpenseDoc>(
  {
    number: { type: String, required: true },
    submitterId: { type: String, required: true },
    category: { type: String, required: true },
    description: { type: String, default: '' },
    currency: { type: String, required: true },
    netMinor: { type: Number, required: true },
    taxRateBps: { type: Number, default: 0 },
    taxMinor: { type: Number, default: 0 },
    totalMinor: { type: Number, required: true },
    expenseDate: { type: String, required: true },
    status: { type: String, enum: ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'POSTED', 'REIMBURSED'], required: true },
    rejectionReason: String,
    postedAt: Date,
    approvedAt: Date,
    payrollRunId: String,
    reimbursedAt: Date,
  },
  { timestamps: true, versionKey: false },
);
expenseSchema.plugin(tenantScopePlugin);
expenseSchema.plugin(ledgerPendingPlugin);
expenseSchema.plugin(outboxPlugin);
expenseSchema.plugin(aggregatePlugin, { name: 'Expense', transitions: EXPENSE_TRANSITIONS });
expenseSchema.index({ tenantId: 1, number: 1 }, { unique: true });
expenseSchema.index({ tenantId: 1, _id: -1 });
expenseSchema.index({ tenantId: 1, status: 1, _id: -1 });
expenseSchema.index({ tenantId: 1, submitterId: 1, _id: -1 }); // an employee's expenses

export const expenseModel = (connection: Connection) => connection.model<ExpenseDoc>('Expense', expenseSchema, 'expenses');
