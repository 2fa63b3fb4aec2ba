/**
 * What finance later did to an invoice operations billed (consumer of `finance.invoice.statusChanged`
 * to VOID and `finance.creditNote.issued` for `operations:` sources): one document per billing
 * source, so a project's revenue is its billing less what was voided or credited. Each credit note
 * is kept once (by its id) and a void once, so redelivered events change nothing.
 */
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

export interface CreditAdjustment {
  creditNoteId: string;
  number: string;
  /** The credit note's share of the invoice's net total (revenue it takes back). */
  netMinor: number;
  at: Date;
}

export interface BillingAdjustmentDoc {
  _id: Types.ObjectId;
  tenantId: string;
  /** The billing source, as in `operations.billing.ready` (`timesheet:<id>`, `milestone:<id>`, `retainer:<projectId>:<YYYY-MM>`). */
  source: string;
  projectId: string;
  invoiceId: string;
  invoiceNumber: string;
  /** When finance voided the invoice (everything billed on it no longer counts). */
  voidedAt?: Date | null;
  credits: CreditAdjustment[];
  version: number;
}

const creditSchema = new mongoose.Schema<CreditAdjustment>(
  {
    creditNoteId: { type: String, required: true },
    number: { type: String, required: true },
    netMinor: { type: Number, required: true },
    at: { type: Date, required: true },
  },
  { _id: false },
);

const billingAdjustmentSchema = new mongoose.Schema<BillingAdjustmentDoc>(
  {
    source: { type: String, required: true },
    projectId: { type: String, required: true },
    invoiceId: { type: String, required: true },
    invoiceNumber: { type: String, default: '' },
    voidedAt: { type: Date, default: null },
    credits: { type: [creditSchema], default: [] },
  },
  { timestamps: true, versionKey: false },
);
billingAdjustmentSchema.plugin(tenantScopePlugin);
billingAdjustmentSchema.plugin(aggregatePlugin, { name: 'Billing adjustment' });
billingAdjustmentSchema.index({ tenantId: 1, source: 1 }, { unique: true });
billingAdjustmentSchema.index({ tenantId: 1, projectId: 1, _id: 1 });

export const billingAdjustmentModel = (connection: Connection) =>
  connection.model<BillingAdjustmentDoc>('BillingAdjustment', billingAdjustmentSchema, 'billing_adjustments');
