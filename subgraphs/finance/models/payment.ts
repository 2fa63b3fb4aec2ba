/** Customer payments: the amount received and how it is allocated to invoices. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { aggregatePlugin } from '../../../lib/write';
import { sweepFailurePlugin } from './ledger-pending';
import { PAYMENT_TRANSITIONS, type AllocationStatus, type PaymentStatus } from '../domain/payment';

export type PaymentAllocationStatus = AllocationStatus;
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
  status: PaymentStatus;
  completedAt?: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
export type PaymentConnectionModel = Page<PaymentDoc>;
export type AllocationView = PaymentAllocationDoc & { currency: string };

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
  },
  { timestamps: true, versionKey: false },
);
paymentSchema.plugin(tenantScopePlugin);
paymentSchema.plugin(nodeIdPlugin, { type: 'Payment' });
paymentSchema.plugin(outboxPlugin);
paymentSchema.plugin(sweepFailurePlugin);
paymentSchema.plugin(aggregatePlugin, { name: 'Payment', transitions: PAYMENT_TRANSITIONS });
paymentSchema.index({ tenantId: 1, idempotencyKey: 1 }, { unique: true });
paymentSchema.index({ tenantId: 1, _id: -1 });
paymentSchema.index({ tenantId: 1, customerId: 1, _id: -1 });
paymentSchema.index({ tenantId: 1, status: 1 });
paymentSchema.index({ status: 1, updatedAt: 1 }); // across tenants: PENDING payments a crash left (the sweeper)

export const paymentModel = (connection: Connection) => connection.model<PaymentDoc>('Payment', paymentSchema, 'payments');
