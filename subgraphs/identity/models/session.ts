/**
 * Sessions: one per refresh token. Rotation claims the session (`rotatedAt`) and opens the next
 * one of the same family; a family is revoked when any of its sessions is (the family's first
 * session, whose id is the family id, is always among them), and so are its access tokens (`sid`).
 */
import { outboxPlugin } from '../../../lib/events/outbox';
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

export interface SessionDoc {
  _id: Types.ObjectId;
  tenantId: string;
  userId: string;
  familyId: string;
  tokenHash: string;
  expiresAt: Date;
  rotatedAt?: Date | null;
  revokedAt?: Date | null;
  ip?: string | null;
  version: number;
  createdAt: Date;
}

const sessionSchema = new mongoose.Schema<SessionDoc>(
  {
    userId: { type: String, required: true },
    familyId: { type: String, required: true },
    tokenHash: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    rotatedAt: Date,
    revokedAt: Date,
    ip: String,
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
sessionSchema.plugin(tenantScopePlugin);
sessionSchema.plugin(outboxPlugin);
sessionSchema.plugin(aggregatePlugin, { name: 'Session' });
sessionSchema.index({ tenantId: 1, familyId: 1, revokedAt: 1 });
sessionSchema.index({ tenantId: 1, userId: 1, revokedAt: 1 }); // a user's live sessions (revoked together)

export const sessionModel = (connection: Connection) => connection.model<SessionDoc>('Session', sessionSchema, 'sessions');
