import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { sequenceModel } from '../../../lib/sequence';
import type { Connection as Page } from '../../../lib/pagination';
import type { InvoiceStatus } from '../domain/invoice';

export interface InvoiceLineDoc {
  description: string;
  quantity: number;
  unitPriceMinor: number;
  totalMinor: number;
}

export interface PaymentDoc {
  _id: Types.ObjectId;
  amountMinor: number;
  receivedAt: Date;
  reference?: string | null;
  idempotencyKey?: string | null;
}

/** An invoice embeds its lines and payments: one document changes atomically. */
export interface InvoiceDoc {
  _id: Types.ObjectId;
  tenantId: string;
  number: string;
  customerId: string;
  status: InvoiceStatus;
  currency: string;
  lines: InvoiceLineDoc[];
  totalMinor: number;
  paidMinor: number;
  payments: PaymentDoc[];
  /** YYYY-MM-DD. */
  dueDate: string;
  issuedAt?: Date | null;
  paidAt?: Date | null;
  voidedAt?: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export type InvoiceConnectionModel = Page<InvoiceDoc>;
export type InvoiceLineView = InvoiceLineDoc & { currency: string };
export type PaymentView = PaymentDoc & { currency: string };
export interface CustomerRef {
  id: string;
}

const lineSchema = new mongoose.Schema<InvoiceLineDoc>(
  {
    description: { type: String, required: true },
    quantity: { type: Number, required: true, min: 1 },
    unitPriceMinor: { type: Number, required: true, min: 0 },
    totalMinor: { type: Number, required: true },
  },
  { _id: false },
);

const paymentSchema = new mongoose.Schema<PaymentDoc>({
  amountMinor: { type: Number, required: true, min: 1 },
  receivedAt: { type: Date, required: true },
  reference: String,
  idempotencyKey: String,
});

const invoiceSchema = new mongoose.Schema<InvoiceDoc>(
  {
    number: { type: String, required: true },
    customerId: { type: String, required: true },
    status: { type: String, enum: ['DRAFT', 'OPEN', 'PAID', 'VOID'], required: true },
    currency: { type: String, required: true },
    lines: { type: [lineSchema], required: true },
    totalMinor: { type: Number, required: true },
    paidMinor: { type: Number, default: 0 },
    payments: { type: [paymentSchema], default: [] },
    dueDate: { type: String, required: true },
    issuedAt: Date,
    paidAt: Date,
    voidedAt: Date,
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
invoiceSchema.plugin(tenantScopePlugin);
invoiceSchema.index({ tenantId: 1, number: 1 }, { unique: true });
invoiceSchema.index({ tenantId: 1, _id: -1 });
invoiceSchema.index({ tenantId: 1, status: 1, _id: -1 });
invoiceSchema.index({ tenantId: 1, customerId: 1, status: 1, _id: -1 });

export function financeModels(connection: Connection) {
  return {
    connection,
    Invoice: connection.model<InvoiceDoc>('Invoice', invoiceSchema, 'invoices'),
    Sequence: sequenceModel(connection),
  };
}
export type FinanceModels = ReturnType<typeof financeModels>;
