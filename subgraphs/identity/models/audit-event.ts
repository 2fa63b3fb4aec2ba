/** The audit log: security events of a tenant, appended and never changed. */
import mongoose, { type Connection, type Types } from 'mongoose';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

export type AuditEventType =
  | 'LOGIN_SUCCEEDED'
  | 'LOGIN_FAILED'
  | 'LOGIN_THROTTLED'
  | 'REFRESH_TOKEN_REUSED'
  | 'LOGGED_OUT'
  | 'USER_CREATED'
  | 'USER_UPDATED'
  | 'USER_DISABLED'
  | 'USER_ENABLED'
  | 'PASSWORD_CHANGED'
  | 'API_KEY_CREATED'
  | 'API_KEY_REVOKED'
  | 'AUTHORIZATION_DENIED'
  | 'PERIOD_CLOSED'
  | 'PERIOD_REOPENED'
  | 'YEAR_CLOSED'
  | 'WEBHOOK_ENDPOINT_CREATED'
  | 'WEBHOOK_ENDPOINT_UPDATED'
  | 'WEBHOOK_ENDPOINT_DISABLED'
  | 'WEBHOOK_ENDPOINT_ENABLED';

export interface AuditEventDoc {
  _id: Types.ObjectId;
  tenantId: string;
  type: AuditEventType;
  actor: string;
  message: string;
  ip?: string | null;
  requestId?: string | null;
  at: Date;
}
export type AuditEventConnectionModel = Page<AuditEventDoc>;

const auditEventSchema = new mongoose.Schema<AuditEventDoc>(
  {
    type: { type: String, required: true },
    actor: { type: String, required: true },
    message: { type: String, required: true },
    ip: String,
    requestId: String,
    at: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false },
);
auditEventSchema.plugin(tenantScopePlugin);
auditEventSchema.plugin(aggregatePlugin, { name: 'Audit event' });
auditEventSchema.index({ tenantId: 1, _id: -1 });
auditEventSchema.index({ tenantId: 1, type: 1, _id: -1 });

export const auditEventModel = (connection: Connection) =>
  connection.model<AuditEventDoc>('AuditEvent', auditEventSchema, 'audit_events');
