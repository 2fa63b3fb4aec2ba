/** Leads: prospects before they become a customer, a contact and a deal. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { outboxPlugin } from '../../../lib/events/outbox';
import type { Connection as Page } from '../../../lib/pagination';
import { aggregatePlugin } from '../../../lib/write';
import { LEAD_TRANSITIONS, type LeadSource, type LeadStatus } from '../domain/lead';

export interface LeadDoc {
  _id: Types.ObjectId;
  tenantId: string;
  companyName: string;
  contactName?: string | null;
  email?: string | null;
  source: LeadSource;
  currency: string;
  estimatedValueMinor: number;
  ownerId?: string | null;
  status: LeadStatus;
  /** Set by conversion: ids minted by sales, adopted by customers from `sales.lead.converted`. */
  customerId?: string | null;
  contactId?: string | null;
  dealId?: string | null;
  convertedAt?: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
export type LeadConnectionModel = Page<LeadDoc>;
const leadSchema = new mongoose.Schema<LeadDoc>(
  {
    companyName: { type: String, required: true },
    contactName: String,
    email: String,
    source: { type: String, required: true },
    currency: { type: String, required: true },
    estimatedValueMinor: { type: Number, required: true, min: 0 },
    ownerId: String,
    status: { type: String, enum: ['NEW', 'QUALIFIED', 'DISQUALIFIED', 'CONVERTED'], required: true },
    customerId: String,
    contactId: String,
    dealId: String,
    convertedAt: Date,
  },
  { timestamps: true, versionKey: false },
);
leadSchema.plugin(tenantScopePlugin);
leadSchema.plugin(outboxPlugin);
leadSchema.plugin(aggregatePlugin, { name: 'Lead', transitions: LEAD_TRANSITIONS });
leadSchema.index({ tenantId: 1, _id: -1 });
leadSchema.index({ tenantId: 1, status: 1, _id: -1 });
leadSchema.index({ tenantId: 1, status: 1, source: 1, _id: -1 });
leadSchema.index({ tenantId: 1, source: 1, _id: -1 });
leadSchema.index({ tenantId: 1, ownerId: 1, _id: -1 });

export const leadModel = (connection: Connection) => connection.model<LeadDoc>('Lead', leadSchema, 'leads');
