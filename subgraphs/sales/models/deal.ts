/** Deals: a stage of a pipeline, an amount, its stage history and what closed it. */
import { archivable } from '../../../lib/archive';
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { outboxPlugin } from '../../../lib/events/outbox';
import type { Connection as Page } from '../../../lib/pagination';
import { aggregatePlugin } from '../../../lib/write';
import { DEAL_TRANSITIONS, type DealStatus } from '../domain/deal';

export interface DealLineDoc {
  productId?: string | null;
  description: string;
  quantity: number;
  unitPriceMinor: number;
  totalMinor: number;
}
export interface StageChangeDoc {
  from: string | null;
  to: string;
  at: Date;
  by: string;
}
export interface DealDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  customerId: string;
  contactId?: string | null;
  ownerId?: string | null;
  pipelineId: string;
  stage: string;
  status: DealStatus;
  currency: string;
  amountMinor: number;
  /** YYYY-MM-DD. */
  expectedCloseDate: string;
  lines: DealLineDoc[];
  stageHistory: StageChangeDoc[];
  stageChangedAt: Date;
  /** Latest interaction logged on the deal (from `customers.interaction.logged`). */
  lastActivityAt?: Date | null;
  lostReason?: string | null;
  closedAt?: Date | null;
  leadId?: string | null;
  version: number;
  /** When it was archived (lib/archive.ts), once closed; null while listed. */
  archivedAt?: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
export type DealConnectionModel = Page<DealDoc>;
export type DealLineView = DealLineDoc & { currency: string };

const dealLineSchema = new mongoose.Schema<DealLineDoc>(
  {
    productId: String,
    description: { type: String, required: true },
    quantity: { type: Number, required: true, min: 1 },
    unitPriceMinor: { type: Number, required: true, min: 0 },
    totalMinor: { type: Number, required: true },
  },
  { _id: false },
);
const stageChangeSchema = new mongoose.Schema<StageChangeDoc>(
  {
    from: String,
    to: { type: String, required: true },
    at: { type: Date, required: true },
    by: { type: String, required: true },
  },
  { _id: false },
);
const dealSchema = new mongoose.Schema<DealDoc>(
  {
    name: { type: String, required: true },
    customerId: { type: String, required: true },
    contactId: String,
    ownerId: String,
    pipelineId: { type: String, required: true },
    stage: { type: String, required: true },
    status: { type: String, enum: ['OPEN', 'WON', 'LOST'], required: true },
    currency: { type: String, required: true },
    amountMinor: { type: Number, required: true, min: 0 },
    expectedCloseDate: { type: String, required: true },
    lines: { type: [dealLineSchema], default: [] },
    stageHistory: { type: [stageChangeSchema], default: [] },
    stageChangedAt: { type: Date, required: true },
    lastActivityAt: Date,
    lostReason: String,
    closedAt: Date,
    leadId: String,
  },
  { timestamps: true, versionKey: false },
);
dealSchema.plugin(tenantScopePlugin);
dealSchema.plugin(nodeIdPlugin, { type: 'Deal' });
dealSchema.plugin(outboxPlugin);
dealSchema.plugin(aggregatePlugin, { name: 'Deal', transitions: DEAL_TRANSITIONS });
dealSchema.plugin(archivable);
dealSchema.index({ tenantId: 1, _id: -1 });
// The default list (deals not archived, lib/archive.ts) and its counts, unfiltered and by each filter.
dealSchema.index({ tenantId: 1, archivedAt: 1, _id: -1 });
for (const field of ['customerId', 'ownerId', 'pipelineId', 'stage'])
  dealSchema.index({ tenantId: 1, [field]: 1, archivedAt: 1, _id: -1 });
dealSchema.index({ tenantId: 1, customerId: 1, status: 1, archivedAt: 1, _id: -1 });
dealSchema.index({ tenantId: 1, status: 1, _id: -1 });
dealSchema.index({ tenantId: 1, customerId: 1, _id: -1 });
dealSchema.index({ tenantId: 1, customerId: 1, status: 1, _id: -1 }); // Customer.deals(status)
dealSchema.index({ tenantId: 1, stage: 1, _id: -1 }); // the deals of one stage (pipeline board)
dealSchema.index({ tenantId: 1, pipelineId: 1, _id: -1 });
// The pipeline board: its totals (open deals of a pipeline) and each column's page, for everyone's
// deals or one owner's.
dealSchema.index({ tenantId: 1, pipelineId: 1, status: 1, stage: 1, expectedCloseDate: 1, _id: 1 });
dealSchema.index({ tenantId: 1, ownerId: 1, pipelineId: 1, status: 1, stage: 1, expectedCloseDate: 1, _id: 1 });
dealSchema.index({ tenantId: 1, status: 1, stageChangedAt: 1 }); // stalled deals
dealSchema.index({ tenantId: 1, status: 1, closedAt: 1 }); // won in a period (forecast)
dealSchema.index({ tenantId: 1, ownerId: 1, status: 1 });
dealSchema.index({ tenantId: 1, status: 1, expectedCloseDate: 1, _id: 1 });
// The sorts a user may choose (DealSort), over all deals or one status.
dealSchema.index({ tenantId: 1, amountMinor: 1, _id: 1 });
dealSchema.index({ tenantId: 1, status: 1, amountMinor: 1, _id: 1 });
dealSchema.index({ tenantId: 1, expectedCloseDate: 1, _id: 1 });

export const dealModel = (connection: Connection) => connection.model<DealDoc>('Deal', dealSchema, 'deals');
