/**
 * Failed-login counters per fixed window; `key` names an account (tenant + email) or an address
 * and its window. Not tenant-scoped: counted before the tenant is known (and for unknown ones).
 */
import mongoose, { type Connection, type Types } from 'mongoose';
import { aggregatePlugin } from '../../../lib/write';

export interface LoginFailureDoc {
  _id: Types.ObjectId;
  key: string;
  count: number;
  expiresAt: Date;
}

const loginFailureSchema = new mongoose.Schema<LoginFailureDoc>(
  { key: { type: String, required: true }, count: { type: Number, required: true }, expiresAt: { type: Date, required: true } },
  { versionKey: false },
);
loginFailureSchema.plugin(aggregatePlugin, { name: 'Login failure window' });
loginFailureSchema.index({ key: 1 }, { unique: true });
// Expired windows are deleted by the throttle itself (portable: no TTL index needed).
loginFailureSchema.index({ expiresAt: 1 });

export const loginFailureModel = (connection: Connection) =>
  connection.model<LoginFailureDoc>('LoginFailure', loginFailureSchema, 'login_failures');
