/** Invoices: lines, the payments applied, credit notes and the postings still to write, in one document. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { aggregatePlugin } from '../../../lib/write';
import { INVOICE_TRANSITIONS, type InvoiceStatus, type PricedLine } from '../domain/invoice';
import { ledgerPendingPlugin } from './ledger-pending';

export type InvoiceLineDoc = PricedLine;

export interface AppliedPaymentDoc {
  paymentId: string;
  amountMinor: number;
  appliedAt: Date;
  /**
   * For a payment recorded on this invoice (`recordPayment`), which is applied here before its
   * payment document exists: the payment's idempotency key and bank reference, so that a retry
   * finds it and the payment document can be written from here after a crash.
   */
  idempotencyKey?: string | null;
  reference?: string | null;
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
  /** An order shipped in parts: the shipment this invoice bills (`sales.order.shipped`). */
  shipmentId?: string | null;
  /** YYYY-MM-DD. */
  dueDate: string;
  issuedAt?: Date | null;
  paidAt?: Date | null;
  voidedAt?: Date | null;
  /** The dunning level reached (0: no reminder yet; domain/dunning.ts), when, and the day to look again. */
  dunningLevel?: number;
  dunnedAt?: Date | null;
  /** YYYY-MM-DD; absent: look as soon as the invoice is overdue (the dunning job's filter). */
  dunningCheckOn?: string | null;
  /**
   * Postings still to write (models/ledger-pending.ts): `issue`, `void`, `credit:<id>`, and
   * `payment:<id>` for a payment recorded on this invoice whose payment document and receipt
   * posting are not written yet.
   */
  ledgerPending: string[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
export type InvoiceConnectionModel = Page<InvoiceDoc>;
export type InvoiceLineView = InvoiceLineDoc & { currency: string };
export type CreditNoteView = CreditNoteDoc & { currency: string };

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
const appliedPaymentSchema = new mongoose.Schema<AppliedPaymentDoc>(
  { paymentId: String, amountMinor: Number, appliedAt: Date, idempotencyKey: String, reference: String },
  { _id: false },
);
const creditNoteSchema = new mongoose.Schema<CreditNoteDoc>({
  number: String,
  amountMinor: Number,
  netMinor: Number,
  taxMinor: Number,
  reason: String,
  createdAt: Date,
});

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
    applied: { type: [appliedPaymentSchema], default: [] },
    credits: { type: [creditNoteSchema], default: [] },
    sourceKey: { type: String, required: true },
    dealId: String,
    orderId: String,
    shipmentId: String,
    dueDate: { type: String, required: true },
    issuedAt: Date,
    paidAt: Date,
    voidedAt: Date,
    dunningLevel: { type: Number, default: 0 },
    dunnedAt: Date,
    dunningCheckOn: String,
  },
  { timestamps: true, versionKey: false },
);
invoiceSchema.plugin(tenantScopePlugin);
invoiceSchema.plugin(nodeIdPlugin, { type: 'Invoice' });
invoiceSchema.plugin(outboxPlugin);
invoiceSchema.plugin(ledgerPendingPlugin);
invoiceSchema.plugin(aggregatePlugin, { name: 'Invoice', transitions: INVOICE_TRANSITIONS });
invoiceSchema.index({ tenantId: 1, number: 1 }, { unique: true });
invoiceSchema.index({ tenantId: 1, sourceKey: 1 }, { unique: true });
invoiceSchema.index({ tenantId: 1, dealId: 1 });
invoiceSchema.index({ tenantId: 1, orderId: 1, status: 1 }); // an order's invoice, and its billed ones (margin)
invoiceSchema.index({ tenantId: 1, _id: -1 });
invoiceSchema.index({ tenantId: 1, status: 1, _id: -1 });
invoiceSchema.index({ tenantId: 1, status: 1, currency: 1, issuedAt: 1 }); // invoiced in a period (reports)
invoiceSchema.index({ tenantId: 1, customerId: 1, status: 1, _id: -1 });
// The sorts a user may choose (InvoiceSort), over all invoices or one status.
invoiceSchema.index({ tenantId: 1, dueDate: 1, _id: 1 });
invoiceSchema.index({ tenantId: 1, status: 1, dueDate: 1, _id: 1 });
invoiceSchema.index({ tenantId: 1, totalMinor: 1, _id: 1 });
// The dunning job's cross-tenant round: unpaid invoices past their due date whose check day has come.
invoiceSchema.index({ status: 1, dueDate: 1, dunningCheckOn: 1 });
invoiceSchema.index({ tenantId: 1, status: 1, totalMinor: 1, _id: 1 });

export const invoiceModel = (connection: Connection) => connection.model<InvoiceDoc>('Invoice', invoiceSchema, 'invoices');
