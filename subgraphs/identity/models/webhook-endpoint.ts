/** Webhook endpoints: where a tenant's partners are told about the tenant's events (docs/api/webhooks.md). */
import mongoose, { type Connection, type Types } from 'mongoose';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

export interface WebhookEndpointDoc {
  _id: Types.ObjectId;
  tenantId: string;
  url: string;
  /** Exact event types delivered to it (`sales.deal.won`). */
  eventTypes: string[];
  /** The signing secret, encrypted (domain/webhooks.ts `sealSecret`); shown to the admin once, when set. */
  secretSealed: string;
  /** Its first characters, to recognise it. */
  secretPrefix: string;
  enabled: boolean;
  disabledAt?: Date | null;
  /** Why: `MANUAL` (an admin) or `FAILING` (deliveries kept dying). */
  disabledReason?: 'MANUAL' | 'FAILING' | null;
  /** Deliveries dead-lettered in a row since the last success. */
  consecutiveDeadDeliveries: number;
  createdBy?: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}
export type WebhookEndpointConnectionModel = Page<WebhookEndpointDoc>;

const webhookEndpointSchema = new mongoose.Schema<WebhookEndpointDoc>(
  {
    url: { type: String, required: true },
    eventTypes: { type: [String], default: [] },
    secretSealed: { type: String, required: true },
    secretPrefix: { type: String, required: true },
    enabled: { type: Boolean, required: true, default: true },
    disabledAt: Date,
    disabledReason: String,
    consecutiveDeadDeliveries: { type: Number, default: 0 },
    createdBy: String,
  },
  { timestamps: true, versionKey: false },
);
webhookEndpointSchema.plugin(tenantScopePlugin);
webhookEndpointSchema.plugin(aggregatePlugin, { name: 'Webhook endpoint' });
webhookEndpointSchema.index({ tenantId: 1, _id: -1 });
// The endpoints an event goes to: the tenant's enabled ones subscribed to its type.
webhookEndpointSchema.index({ tenantId: 1, enabled: 1, eventTypes: 1 });

export const webhookEndpointModel = (connection: Connection) =>
  connection.model<WebhookEndpointDoc>('WebhookEndpoint', webhookEndpointSchema, 'webhook_endpoints');
