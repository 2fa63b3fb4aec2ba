/** Supplier bills (accounts payable): lines, the payments made and the postings still to write, in one document. */
import mongoose, { type Connection, type Types } from 'mongoose';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';
import { BILL_TRANSITIONS, type BillStatus } from '../domain/bill';
import type { BillMatchStatus, BillMismatch } from '../domain/bill-match';
import { ledgerPendingPlugin } from './ledger-pending';

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

/** A hand-entered bill's three-way match against its purchase order and receipts (domain/bill-match.ts). */
export interface BillMatchDoc {
  status: BillMatchStatus;
  reasons: BillMismatch[];
  /** The value matched: billed units up to those received and unbilled, at the order's cost. */
  receivedMinor: number;
  toleranceBps: number;
  checkedAt: Date;
  /** VARIANCE_APPROVED: who accepted the differences, and why. */
  approvedBy?: string | null;
  approvalReason?: string | null;
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
  /** For a receipt's bill: quantity x purchase order cost of what was received (cleared from GRNI). */
  receivedMinor?: number | null;
  /** Set for a hand-entered bill that names a purchase order: held (not approved, not paid) while MISMATCHED. */
  match?: BillMatchDoc | null;
  /** YYYY-MM-DD. */
  dueDate: string;
  status: BillStatus;
  /** Postings still to write (models/ledger-pending.ts): `approve`, `void`, `payment:<id>`. */
  ledgerPending: string[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
export type BillConnectionModel = Page<BillDoc>;
export type BillLineView = BillLineDoc & { currency: string };
export type BillPaymentView = BillPaymentDoc & { currency: string };
export type BillMatchView = BillMatchDoc & { currency: string };

const billLineSchema = new mongoose.Schema<BillLineDoc>(
  {
    description: String,
    productId: String,
    quantity: Number,
    unitCostMinor: Number,
    taxRateBps: Number,
    netMinor: Number,
    taxMinor: Number,
    totalMinor: Number,
  },
  { _id: false },
);
const billPaymentSchema = new mongoose.Schema<BillPaymentDoc>({
  amountMinor: Number,
  paidAt: Date,
  reference: String,
  idempotencyKey: String,
});

const billSchema = new mongoose.Schema<BillDoc>(
  {
    number: { type: String, required: true },
    supplierId: { type: String, required: true },
    supplierName: { type: String, required: true },
    currency: { type: String, required: true },
    lines: { type: [billLineSchema], required: true },
    netMinor: { type: Number, required: true },
    taxMinor: { type: Number, default: 0 },
    totalMinor: { type: Number, required: true },
    paidMinor: { type: Number, default: 0 },
    payments: { type: [billPaymentSchema], default: [] },
    sourceKey: { type: String, required: true },
    purchaseOrderId: String,
    receiptId: String,
    receivedMinor: Number,
    match: {
      type: new mongoose.Schema<BillMatchDoc>(
        {
          status: { type: String, enum: ['MATCHED', 'MISMATCHED', 'VARIANCE_APPROVED'], required: true },
          reasons: { type: [{ _id: false, line: Number, code: String, message: String }], default: [] },
          receivedMinor: { type: Number, required: true },
          toleranceBps: { type: Number, default: 0 },
          checkedAt: { type: Date, required: true },
          approvedBy: String,
          approvalReason: String,
        },
        { _id: false },
      ),
      default: null,
    },
    dueDate: { type: String, required: true },
    status: { type: String, enum: ['DRAFT', 'OPEN', 'PARTIALLY_PAID', 'PAID', 'VOID'], required: true },
  },
  { timestamps: true, versionKey: false },
);
billSchema.plugin(tenantScopePlugin);
billSchema.plugin(ledgerPendingPlugin);
billSchema.plugin(aggregatePlugin, { name: 'Bill', transitions: BILL_TRANSITIONS });
billSchema.index({ tenantId: 1, number: 1 }, { unique: true });
billSchema.index({ tenantId: 1, sourceKey: 1 }, { unique: true });
billSchema.index({ tenantId: 1, _id: -1 });
billSchema.index({ tenantId: 1, supplierId: 1, _id: -1 }); // a supplier's bills
billSchema.index({ tenantId: 1, purchaseOrderId: 1 }); // a purchase order's bills (three-way match)
// The sorts a user may choose (SupplierBillSort), over all bills or one status.
billSchema.index({ tenantId: 1, dueDate: 1, _id: 1 });
billSchema.index({ tenantId: 1, status: 1, dueDate: 1, _id: 1 });
billSchema.index({ tenantId: 1, status: 1, currency: 1, createdAt: 1 }); // open as of a date (apAging)

export const billModel = (connection: Connection) => connection.model<BillDoc>('Bill', billSchema, 'bills');
