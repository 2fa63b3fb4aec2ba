/**
 * User links: which sign-in (identity's user) is which employee. At most one employee per user
 * and one user per employee, both unique keys. Unlinking keeps the document (its outbox carries
 * the news) and moves `employeeKey` aside, as cancelled payroll runs move their period key.
 */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

export interface UserLinkDoc {
  _id: Types.ObjectId;
  tenantId: string;
  /** identity's User id. */
  userId: string;
  /** The linked employee, or null once unlinked. */
  employeeId: string | null;
  /** `employeeId` while linked (unique per tenant), `none:<userId>` after unlinking. */
  employeeKey: string;
  /** How the link was made: `linkUserToEmployee` or the matching email at user creation. */
  linkedBy: 'ADMIN' | 'EMAIL_MATCH' | null;
  version: number;
  updatedAt: Date;
}

export const unlinkedKey = (userId: string) => `none:${userId}`;

const userLinkSchema = new mongoose.Schema<UserLinkDoc>(
  {
    userId: { type: String, required: true },
    employeeId: { type: String, default: null },
    employeeKey: { type: String, required: true },
    linkedBy: { type: String, default: null },
  },
  { timestamps: true, versionKey: false },
);
userLinkSchema.plugin(tenantScopePlugin);
userLinkSchema.plugin(outboxPlugin);
userLinkSchema.plugin(aggregatePlugin, { name: 'User link' });
userLinkSchema.index({ tenantId: 1, userId: 1 }, { unique: true });
userLinkSchema.index({ tenantId: 1, employeeKey: 1 }, { unique: true });

export const userLinkModel = (connection: Connection) => connection.model<UserLinkDoc>('UserLink', userLinkSchema, 'user_links');
