/** API keys: partner credentials, stored hashed, with their scopes; found by hash before the tenant is known. */
import { outboxPlugin } from '../../../lib/events/outbox';
import mongoose, { type Connection, type Types } from 'mongoose';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

export interface ApiKeyDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  /** The first characters of the key, safe to show in lists. */
  prefix: string;
  /** SHA-256 of the whole key; the key itself is never stored. */
  hash: string;
  scopes: string[];
  createdBy?: string | null;
  createdAt: Date;
  expiresAt?: Date | null;
  revokedAt?: Date | null;
  lastUsedAt?: Date | null;
  version: number;
}
export type ApiKeyConnectionModel = Page<ApiKeyDoc>;

const apiKeySchema = new mongoose.Schema<ApiKeyDoc>(
  {
    name: { type: String, required: true },
    prefix: { type: String, required: true },
    hash: { type: String, required: true },
    scopes: { type: [String], default: [] },
    createdBy: String,
    expiresAt: Date,
    revokedAt: Date,
    lastUsedAt: Date,
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
apiKeySchema.plugin(tenantScopePlugin);
apiKeySchema.plugin(outboxPlugin);
apiKeySchema.plugin(aggregatePlugin, { name: 'API key' });
apiKeySchema.index({ hash: 1 }, { unique: true }); // looked up before the tenant is known
apiKeySchema.index({ tenantId: 1, _id: -1 });

/**
 * Unscoped, read-only view of api_keys for the one lookup that finds the tenant: a key by its hash.
 * `autoCreate: false` also keeps syncModels from syncing (and so dropping) the owner's indexes.
 */
const apiKeyLookupSchema = new mongoose.Schema<ApiKeyDoc>(
  {
    name: String,
    prefix: String,
    hash: String,
    scopes: [String],
    tenantId: String,
    expiresAt: Date,
    revokedAt: Date,
    lastUsedAt: Date,
  },
  { versionKey: false, autoCreate: false },
);

export const apiKeyModel = (connection: Connection) => connection.model<ApiKeyDoc>('ApiKey', apiKeySchema, 'api_keys');
/** Unscoped: an API key by its hash, before the tenant is known (gateway authentication). Reads only. */
export const apiKeyLookupModel = (connection: Connection) =>
  connection.model<ApiKeyDoc>('ApiKeyLookup', apiKeyLookupSchema, 'api_keys');
