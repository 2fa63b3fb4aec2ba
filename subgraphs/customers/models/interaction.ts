/** Interactions: the entries of a customer's timeline (calls, emails, meetings, notes, platform entries). */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';
import type { InteractionDirection, InteractionKind } from '../domain/interaction';

export interface InteractionDoc {
  /** Carries `occurredAt` (to the second) in its timestamp part: sorting by _id is newest first. */
  _id: Types.ObjectId;
  tenantId: string;
  customerId: string;
  kind: InteractionKind;
  occurredAt: Date;
  direction: InteractionDirection;
  subject: string;
  body?: string | null;
  outcome?: string | null;
  contactIds: string[];
  employeeIds: string[];
  dealId?: string | null;
  orderId?: string | null;
  ticketId?: string | null;
  /** Unique per tenant: the interaction's own id, or `event:<id>` for one written by a consumer (insert once). */
  idempotencyKey: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
export type InteractionConnectionModel = Page<InteractionDoc>;

const interactionSchema = new mongoose.Schema<InteractionDoc>(
  {
    customerId: { type: String, required: true },
    kind: { type: String, enum: ['CALL', 'EMAIL', 'MEETING', 'NOTE', 'SYSTEM'], required: true },
    occurredAt: { type: Date, required: true },
    direction: { type: String, enum: ['INBOUND', 'OUTBOUND', 'INTERNAL'], required: true },
    subject: { type: String, required: true },
    body: String,
    outcome: String,
    contactIds: { type: [String], default: [] },
    employeeIds: { type: [String], default: [] },
    dealId: String,
    orderId: String,
    ticketId: String,
    idempotencyKey: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);
interactionSchema.plugin(tenantScopePlugin);
interactionSchema.plugin(outboxPlugin);
interactionSchema.plugin(aggregatePlugin, { name: 'Interaction' });
interactionSchema.index({ tenantId: 1, customerId: 1, _id: -1 });
interactionSchema.index({ tenantId: 1, idempotencyKey: 1 }, { unique: true });

export const interactionModel = (connection: Connection) =>
  connection.model<InteractionDoc>('Interaction', interactionSchema, 'interactions');
