/** Users: people who sign in to the web or mobile app, with their roles; emails unique per tenant. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import type { Connection as Page } from '../../../lib/pagination';
import type { Role } from '../../../lib/scopes';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { aggregatePlugin } from '../../../lib/write';

export interface UserDoc {
  _id: Types.ObjectId;
  tenantId: string;
  email: string;
  emailKey: string;
  name: string;
  passwordHash: string;
  roles: Role[];
  disabledAt?: Date | null;
  version: number;
  createdAt: Date;
}
export type UserConnectionModel = Page<UserDoc>;

const userSchema = new mongoose.Schema<UserDoc>(
  {
    email: { type: String, required: true },
    emailKey: { type: String, required: true },
    name: { type: String, required: true },
    passwordHash: { type: String, required: true },
    roles: { type: [String], required: true },
    disabledAt: Date,
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
userSchema.plugin(tenantScopePlugin);
userSchema.plugin(nodeIdPlugin, { type: 'User' });
// `identity.user.created` waits here for the relay (hr links the user to the employee with the same email).
userSchema.plugin(outboxPlugin);
userSchema.plugin(aggregatePlugin, { name: 'User' });
userSchema.index({ tenantId: 1, emailKey: 1 }, { unique: true });
userSchema.index({ tenantId: 1, _id: -1 });
userSchema.index({ tenantId: 1, roles: 1, disabledAt: 1, _id: 1 }); // the tenant's enabled admins but one (one must remain)

export const userModel = (connection: Connection) => connection.model<UserDoc>('User', userSchema, 'users');
