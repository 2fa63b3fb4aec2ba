import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { sequenceModel } from '../../../lib/sequence';
import { outboxPlugin } from '../../../lib/events';
import type { Connection as Page } from '../../../lib/pagination';
import type { InvoiceStatus, PricedLine } from '../domain/invoice';
import type { AccountType, JournalLine } from '../domain/ledger';
import type { BillStatus, ExpenseStatus } from '../domain/documents';

/**
 * Postings not yet written to the ledger: the document records them in the same write as the
 * status change that causes them (e.g. `issue`), the journal entry is written (idempotently, by its
 * unique `source`), and the marker is removed. A crash in between leaves the marker, and
 * `flushPostings` / the sweeper finishes the job. So a posted document always ends up posted once.
 */
const ledgerPending = { type: [String], default: [] };

export type InvoiceLineDoc = PricedLine;

export interface AppliedPaymentDoc {
  paymentId: string;
  amountMinor: number;
  appliedAt: Date;
}

export interface CreditNoteDoc {
  _id: Types.ObjectId;
  number: string;
  amountMinor: number;
  netMinor: number;
  taxMinor: number;
  reason: string;
  createdAt: Date;
}

/** An invoice embeds its lines, the payments applied to it and its credit notes: one document changes atomically. */
export interface InvoiceDoc {
  _id: Types.ObjectId;
  tenantId: string;
  number: string;
  customerId: string;
  status: InvoiceStatus;
  currency: string;
  pricesIncludeTax: boolean;
  lines: InvoiceLineDoc[];
  subtotalMinor: number;
  discountMinor: number;
  taxMinor: number;
  totalMinor: number;
  paidMinor: number;
  creditedMinor: number;
  /** Payments applied, by payment id: the idempotency record of allocations. */
  applied: AppliedPaymentDoc[];
  credits: CreditNoteDoc[];
  /** `manual:<id>`, `deal:<dealId>` or `order:<orderId>`: unique per tenant, so an event creates one invoice. */
  sourceKey: string;
  dealId?: string | null;
  orderId?: string | null;
  /** YYYY-MM-DD. */
  dueDate: string;
  issuedAt?: Date | null;
  paidAt?: Date | null;
  voidedAt?: Date | null;
  ledgerPending: string[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export type PaymentAllocationStatus = 'PENDING' | 'APPLIED' | 'REFUSED';
export interface PaymentAllocationDoc {
  invoiceId: string;
  amountMinor: number;
  status: PaymentAllocationStatus;
}

export interface PaymentDoc {
  _id: Types.ObjectId;
  tenantId: string;
  number: string;
  customerId: string;
  currency: string;
  amountMinor: number;
  allocations: PaymentAllocationDoc[];
  receivedAt: Date;
  reference?: string | null;
  /** Given by the caller, or generated: unique per tenant. */
  idempotencyKey: string;
  status: 'PENDING' | 'COMPLETED';
  completedAt?: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface AccountDoc {
  _id: Types.ObjectId;
  tenantId: string;
  code: string;
  name: string;
  type: AccountType;
}

export type JournalLineDoc = JournalLine;

/** A posted journal entry: balanced, immutable; corrected only by a reversing entry. */
export interface JournalEntryDoc {
  _id: Types.ObjectId;
  tenantId: string;
  number: string;
  /** What posted it, e.g. `invoice:<id>:issue`: unique per tenant, the idempotency arbiter. */
  source: string;
  date: Date;
  currency: string;
  memo: string;
  lines: JournalLineDoc[];
  totalMinor: number;
  /** Set on a reversing entry: the entry it reverses. */
  reverses?: string | null;
  createdAt: Date;
}

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
  ledgerPending: string[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface BillLineDoc {
  description: string;
  productId?: string | null;
  quantity: number;
  unitCostMinor: number;
  taxRateBps: number;
  netMinor: number;
  taxMinor: number;
  totalMinor: number;
}

export interface BillPaymentDoc {
  _id: Types.ObjectId;
  amountMinor: number;
  paidAt: Date;
  reference?: string | null;
  idempotencyKey?: string | null;
}

export interface BillDoc {
  _id: Types.ObjectId;
  tenantId: string;
  number: string;
  supplierId: string;
  supplierName: string;
  currency: string;
  lines: BillLineDoc[];
  netMinor: number;
  taxMinor: number;
  totalMinor: number;
  paidMinor: number;
  payments: BillPaymentDoc[];
  /** `manual:<id>` or `receipt:<receiptId>`: unique per tenant. */
  sourceKey: string;
  purchaseOrderId?: string | null;
  receiptId?: string | null;
  dueDate: string;
  status: BillStatus;
  ledgerPending: string[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface TaxRateDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  rateBps: number;
  inclusive: boolean;
  createdAt: Date;
}

export type InvoiceConnectionModel = Page<InvoiceDoc>;
export type PaymentConnectionModel = Page<PaymentDoc>;
export type JournalEntryConnectionModel = Page<JournalEntryDoc>;
export type ExpenseConnectionModel = Page<ExpenseDoc>;
export type BillConnectionModel = Page<BillDoc>;
export type InvoiceLineView = InvoiceLineDoc & { currency: string };
export type CreditNoteView = CreditNoteDoc & { currency: string };
export type AllocationView = PaymentAllocationDoc & { currency: string };
export type JournalLineView = JournalLineDoc & { currency: string };
export type BillLineView = BillLineDoc & { currency: string };
export type BillPaymentView = BillPaymentDoc & { currency: string };
export interface CustomerRef {
  id: string;
}
export interface EmployeeRef {
  id: string;
}
export interface DealRef {
  id: string;
}

const invoiceLineSchema = new mongoose.Schema<InvoiceLineDoc>(
  {
    description: { type: String, required: true },
    productId: String,
    quantity: { type: Number, required: true, min: 1 },
    unitPriceMinor: { type: Number, required: true, min: 0 },
    discountBps: { type: Number, default: 0 },
    taxRateBps: { type: Number, default: 0 },
    discountMinor: { type: Number, default: 0 },
    netMinor: { type: Number, required: true },
    taxMinor: { type: Number, default: 0 },
    totalMinor: { type: Number, required: true },
  },
  { _id: false },
);

const invoiceSchema = new mongoose.Schema<InvoiceDoc>(
  {
    number: { type: String, required: true },
    customerId: { type: String, required: true },
    status: { type: String, enum: ['DRAFT', 'OPEN', 'PARTIALLY_PAID', 'PAID', 'VOID'], required: true },
    currency: { type: String, required: true },
    pricesIncludeTax: { type: Boolean, default: false },
    lines: { type: [invoiceLineSchema], required: true },
    subtotalMinor: { type: Number, required: true },
    discountMinor: { type: Number, default: 0 },
    taxMinor: { type: Number, default: 0 },
    totalMinor: { type: Number, required: true },
    paidMinor: { type: Number, default: 0 },
    creditedMinor: { type: Number, default: 0 },
    applied: {
      type: [new mongoose.Schema({ paymentId: String, amountMinor: Number, appliedAt: Date }, { _id: false })],
      default: [],
    },
    credits: {
      type: [new mongoose.Schema({ number: String, amountMinor: Number, netMinor: Number, taxMinor: Number, reason: String, createdAt: Date })],
      default: [],
    },
    sourceKey: { type: String, required: true },
    dealId: String,
    orderId: String,
    dueDate: { type: String, required: true },
    issuedAt: Date,
    paidAt: Date,
    voidedAt: Date,
    ledgerPending,
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
invoiceSchema.plugin(tenantScopePlugin);
invoiceSchema.plugin(outboxPlugin);
invoiceSchema.index({ tenantId: 1, number: 1 }, { unique: true });
invoiceSchema.index({ tenantId: 1, sourceKey: 1 }, { unique: true });
invoiceSchema.index({ tenantId: 1, dealId: 1 });
invoiceSchema.index({ tenantId: 1, orderId: 1 });
invoiceSchema.index({ tenantId: 1, _id: -1 });
invoiceSchema.index({ tenantId: 1, status: 1, _id: -1 });
invoiceSchema.index({ tenantId: 1, customerId: 1, status: 1, _id: -1 });
invoiceSchema.index({ tenantId: 1, 'ledgerPending.0': 1 });

const paymentSchema = new mongoose.Schema<PaymentDoc>(
  {
    number: { type: String, required: true },
    customerId: { type: String, required: true },
    currency: { type: String, required: true },
    amountMinor: { type: Number, required: true, min: 1 },
    allocations: {
      type: [new mongoose.Schema({ invoiceId: String, amountMinor: Number, status: String }, { _id: false })],
      default: [],
    },
    receivedAt: { type: Date, required: true },
    reference: String,
    idempotencyKey: { type: String, required: true },
    status: { type: String, enum: ['PENDING', 'COMPLETED'], required: true },
    completedAt: Date,
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
paymentSchema.plugin(tenantScopePlugin);
paymentSchema.plugin(outboxPlugin);
paymentSchema.index({ tenantId: 1, idempotencyKey: 1 }, { unique: true });
paymentSchema.index({ tenantId: 1, _id: -1 });
paymentSchema.index({ tenantId: 1, customerId: 1, _id: -1 });
paymentSchema.index({ tenantId: 1, status: 1 });

const accountSchema = new mongoose.Schema<AccountDoc>(
  {
    code: { type: String, required: true },
    name: { type: String, required: true },
    type: { type: String, enum: ['ASSET', 'LIABILITY', 'EQUITY', 'INCOME', 'EXPENSE'], required: true },
  },
  { versionKey: false },
);
accountSchema.plugin(tenantScopePlugin);
accountSchema.index({ tenantId: 1, code: 1 }, { unique: true });

const journalLineSchema = new mongoose.Schema<JournalLineDoc>(
  {
    accountCode: { type: String, required: true },
    debitMinor: { type: Number, required: true, min: 0 },
    creditMinor: { type: Number, required: true, min: 0 },
    partyId: String,
    taxKind: String,
    memo: String,
  },
  { _id: false },
);
const journalEntrySchema = new mongoose.Schema<JournalEntryDoc>(
  {
    number: { type: String, required: true },
    source: { type: String, required: true },
    date: { type: Date, required: true },
    currency: { type: String, required: true },
    memo: { type: String, default: '' },
    lines: { type: [journalLineSchema], required: true },
    totalMinor: { type: Number, required: true },
    reverses: String,
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
journalEntrySchema.plugin(tenantScopePlugin);
journalEntrySchema.index({ tenantId: 1, source: 1 }, { unique: true });
journalEntrySchema.index({ tenantId: 1, _id: -1 });
journalEntrySchema.index({ tenantId: 1, date: 1 });
// Posted entries are immutable: no update path exists, and the model refuses one if code tried.
for (const op of ['updateOne', 'updateMany', 'findOneAndUpdate', 'replaceOne', 'findOneAndReplace', 'deleteOne', 'deleteMany', 'findOneAndDelete'] as const) {
  journalEntrySchema.pre(op, () => {
    throw new Error('Journal entries are immutable once posted; post a reversing entry instead.');
  });
}

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
    status: { type: String, enum: ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'POSTED'], required: true },
    rejectionReason: String,
    postedAt: Date,
    ledgerPending,
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
expenseSchema.plugin(tenantScopePlugin);
expenseSchema.index({ tenantId: 1, number: 1 }, { unique: true });
expenseSchema.index({ tenantId: 1, _id: -1 });
expenseSchema.index({ tenantId: 1, status: 1, _id: -1 });
expenseSchema.index({ tenantId: 1, 'ledgerPending.0': 1 });

const billSchema = new mongoose.Schema<BillDoc>(
  {
    number: { type: String, required: true },
    supplierId: { type: String, required: true },
    supplierName: { type: String, required: true },
    currency: { type: String, required: true },
    lines: {
      type: [
        new mongoose.Schema(
          { description: String, productId: String, quantity: Number, unitCostMinor: Number, taxRateBps: Number, netMinor: Number, taxMinor: Number, totalMinor: Number },
          { _id: false },
        ),
      ],
      required: true,
    },
    netMinor: { type: Number, required: true },
    taxMinor: { type: Number, default: 0 },
    totalMinor: { type: Number, required: true },
    paidMinor: { type: Number, default: 0 },
    payments: {
      type: [new mongoose.Schema({ amountMinor: Number, paidAt: Date, reference: String, idempotencyKey: String })],
      default: [],
    },
    sourceKey: { type: String, required: true },
    purchaseOrderId: String,
    receiptId: String,
    dueDate: { type: String, required: true },
    status: { type: String, enum: ['DRAFT', 'OPEN', 'PARTIALLY_PAID', 'PAID', 'VOID'], required: true },
    ledgerPending,
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
billSchema.plugin(tenantScopePlugin);
billSchema.index({ tenantId: 1, number: 1 }, { unique: true });
billSchema.index({ tenantId: 1, sourceKey: 1 }, { unique: true });
billSchema.index({ tenantId: 1, _id: -1 });
billSchema.index({ tenantId: 1, 'ledgerPending.0': 1 });

const taxRateSchema = new mongoose.Schema<TaxRateDoc>(
  {
    name: { type: String, required: true },
    rateBps: { type: Number, required: true, min: 0, max: 10000 },
    inclusive: { type: Boolean, default: false },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
taxRateSchema.plugin(tenantScopePlugin);
taxRateSchema.index({ tenantId: 1, name: 1 }, { unique: true });

export function financeModels(connection: Connection) {
  return {
    connection,
    Invoice: connection.model<InvoiceDoc>('Invoice', invoiceSchema, 'invoices'),
    Payment: connection.model<PaymentDoc>('Payment', paymentSchema, 'payments'),
    Account: connection.model<AccountDoc>('Account', accountSchema, 'accounts'),
    JournalEntry: connection.model<JournalEntryDoc>('JournalEntry', journalEntrySchema, 'journal_entries'),
    Expense: connection.model<ExpenseDoc>('Expense', expenseSchema, 'expenses'),
    Bill: connection.model<BillDoc>('Bill', billSchema, 'bills'),
    TaxRate: connection.model<TaxRateDoc>('TaxRate', taxRateSchema, 'tax_rates'),
    Sequence: sequenceModel(connection),
  };
}
export type FinanceModels = ReturnType<typeof financeModels>;
