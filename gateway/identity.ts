/**
 * The gateway's own data: tenants and partner API keys, in the `identity` database.
 * These are the only unscoped reads in the platform: the key itself is what names the tenant.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import mongoose, { type Connection, type Types } from 'mongoose';
import { ALL_SCOPES } from '../lib/scopes';

export interface TenantDoc {
  _id: Types.ObjectId;
  /** Short, unique, human handle, e.g. "acme". */
  slug: string;
  name: string;
  /** The tenant's reporting currency. */
  currency: string;
  createdAt: Date;
}

export interface ApiKeyDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  /** The first characters of the key, safe to show in lists. */
  prefix: string;
  /** SHA-256 of the whole key; the key itself is never stored. */
  hash: string;
  scopes: string[];
  createdAt: Date;
  expiresAt?: Date | null;
  revokedAt?: Date | null;
  lastUsedAt?: Date | null;
}

const tenantSchema = new mongoose.Schema<TenantDoc>(
  { slug: { type: String, required: true }, name: { type: String, required: true }, currency: { type: String, required: true } },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
tenantSchema.index({ slug: 1 }, { unique: true });

const apiKeySchema = new mongoose.Schema<ApiKeyDoc>(
  {
    tenantId: { type: String, required: true },
    name: { type: String, required: true },
    prefix: { type: String, required: true },
    hash: { type: String, required: true },
    scopes: { type: [String], default: [] },
    expiresAt: Date,
    revokedAt: Date,
    lastUsedAt: Date,
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
apiKeySchema.index({ hash: 1 }, { unique: true });
apiKeySchema.index({ tenantId: 1, createdAt: -1 });

export function identityModels(connection: Connection) {
  return {
    Tenant: connection.model<TenantDoc>('Tenant', tenantSchema, 'tenants'),
    ApiKey: connection.model<ApiKeyDoc>('ApiKey', apiKeySchema, 'api_keys'),
  };
}
export type IdentityModels = ReturnType<typeof identityModels>;

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** A new random API key: 192 bits of entropy, so a fast hash is enough to store it safely. */
export const generateApiKey = () => `crm_${randomBytes(24).toString('base64url')}`;

/** The demo key of a tenant: derived, so `npm start` prints the same key after every restart. */
export const demoApiKey = (seed: string, slug: string) =>
  `crm_demo_${slug}_${createHmac('sha256', seed).update(`demo-key:${slug}`).digest('base64url').slice(0, 24)}`;

/** Stores a key (hashed) for a tenant and returns its record. */
export async function createApiKey(
  models: IdentityModels,
  tenantId: string,
  name: string,
  key: string = generateApiKey(),
  scopes: string[] = ALL_SCOPES,
): Promise<{ key: string; record: ApiKeyDoc }> {
  const record = await models.ApiKey.create({ tenantId, name, prefix: key.slice(0, 12), hash: hashApiKey(key), scopes });
  return { key, record: record.toObject() as ApiKeyDoc };
}
