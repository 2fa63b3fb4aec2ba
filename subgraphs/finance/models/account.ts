/** The tenant's chart of accounts, seeded from DEFAULT_CHART on first read. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';
import type { AccountType } from '../domain/ledger';

export interface AccountDoc {
  _id: Types.ObjectId;
  tenantId: string;
  code: string;
  name: string;
  type: AccountType;
  version: number;
}

const accountSchema = new mongoose.Schema<AccountDoc>(
  {
    code: { type: String, required: true },
    name: { type: String, required: true },
    type: { type: String, enum: ['ASSET', 'LIABILITY', 'EQUITY', 'INCOME', 'EXPENSE'], required: true },
  },
  { versionKey: false },
);
accountSchema.plugin(tenantScopePlugin);
accountSchema.plugin(aggregatePlugin, { name: 'Account' });
accountSchema.index({ tenantId: 1, code: 1 }, { unique: true });

export const accountModel = (connection: Connection) => connection.model<AccountDoc>('Account', accountSchema, 'accounts');
