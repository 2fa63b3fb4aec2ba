/**
 * Which employee each signed-in user is (a read model of hr's `hr.user.linked`), so that `myTasks`
 * finds the caller's tasks without asking hr. `sequence` keeps only the newest change of a user.
 */
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

export interface UserLinkDoc {
  _id: Types.ObjectId;
  tenantId: string;
  userId: string;
  employeeId: string | null;
  sequence: number;
  version: number;
}

const userLinkSchema = new mongoose.Schema<UserLinkDoc>(
  {
    userId: { type: String, required: true },
    employeeId: { type: String, default: null },
    sequence: { type: Number, required: true, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
userLinkSchema.plugin(tenantScopePlugin);
userLinkSchema.plugin(aggregatePlugin, { name: 'User link' });
userLinkSchema.index({ tenantId: 1, userId: 1 }, { unique: true });

export const userLinkModel = (connection: Connection) => connection.model<UserLinkDoc>('UserLink', userLinkSchema, 'user_links');
