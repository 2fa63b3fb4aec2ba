/** Webhook deliveries: one per (endpoint, event), with its attempts; sent by the `identity.webhooks` job. */
import mongoose, { type Connection, type Types } from 'mongoose';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';
import type { WebhookDeliveryStatus } from '../domain/webhooks';

export interface WebhookDeliveryDoc {
  _id: Types.ObjectId;
  tenantId: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  /** The exact JSON body sent (and signed) on every attempt. */
  body: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  /** When the next attempt is due (PENDING); also a claimed attempt's lease. */
  nextAttemptAt?: Date | null;
  /** Retries stop RETRY_WINDOW_MS after this (the first attempt, or the last redelivery). */
  windowStartedAt: Date;
  lastAttemptAt?: Date | null;
  /** HTTP status of the last attempt; null when it got no response. */
  lastResponseCode?: number | null;
  lastError?: string | null;
  deliveredAt?: Date | null;
  deadAt?: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}
export type WebhookDeliveryConnectionModel = Page<WebhookDeliveryDoc>;

const webhookDeliverySchema = new mongoose.Schema<WebhookDeliveryDoc>(
  {
    endpointId: { type: String, required: true },
    eventId: { type: String, required: true },
    eventType: { type: String, required: true },
    body: { type: String, required: true },
    status: { type: String, required: true, enum: ['PENDING', 'DELIVERED', 'DEAD'] },
    attempts: { type: Number, required: true, default: 0 },
    nextAttemptAt: Date,
    windowStartedAt: { type: Date, required: true },
    lastAttemptAt: Date,
    lastResponseCode: Number,
    lastError: String,
    deliveredAt: Date,
    deadAt: Date,
  },
  { timestamps: true, versionKey: false },
);
webhookDeliverySchema.plugin(tenantScopePlugin);
webhookDeliverySchema.plugin(aggregatePlugin, { name: 'Webhook delivery' });
// One delivery per endpoint and event, however often the event is delivered to the consumer.
webhookDeliverySchema.index({ tenantId: 1, endpointId: 1, eventId: 1 }, { unique: true });
webhookDeliverySchema.index({ tenantId: 1, endpointId: 1, _id: -1 }); // an endpoint's deliveries, newest first
webhookDeliverySchema.index({ tenantId: 1, _id: -1 });
webhookDeliverySchema.index({ nextAttemptAt: 1, status: 1 }); // the sender's sweep across tenants: due PENDING ones

export const webhookDeliveryModel = (connection: Connection) =>
  connection.model<WebhookDeliveryDoc>('WebhookDelivery', webhookDeliverySchema, 'webhook_deliveries');
