/**
 * Identity data: tenants, users, sessions, partner API keys, login throttling and the audit log.
 * Tenant-owned collections use the tenant-scope plugin like every other subgraph. Three reads
 * happen before a tenant is known and are deliberately unscoped, through read-only lookup
 * models: a tenant by slug (login), an API key by hash (the gateway), and the throttle counters.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import mongoose, { type Connection, type Types } from 'mongoose';
import type { Connection as Page } from '../../../lib/pagination';
import { ALL_SCOPES, type Role } from '../../../lib/scopes';
import { runWithTenant, tenantScopePlugin } from '../../../lib/tenancy';

export interface TenantDoc {
  _id: Types.ObjectId;
  /** Short, unique, human handle, e.g. "acme"; users name it at login. */
  slug: string;
  name: string;
  /** The tenant's reporting currency. */
  currency: string;
  createdAt: Date;
}

export interface UserDoc {
  _id: Types.ObjectId;
  tenantId: string;
  email: string;
  emailKey: string;
  name: string;
  passwordHash: string;
  roles: Role[];
  disabledAt?: Date | null;
  createdAt: Date;
}

/** One refresh token. Rotation creates the next session of the same family; logout revokes the family. */
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
  createdBy?: string | null;
  createdAt: Date;
  expiresAt?: Date | null;
  revokedAt?: Date | null;
  lastUsedAt?: Date | null;
}

export type AuditEventType =
  | 'LOGIN_SUCCEEDED'
  | 'LOGIN_FAILED'
  | 'LOGIN_THROTTLED'
  | 'REFRESH_TOKEN_REUSED'
  | 'LOGGED_OUT'
  | 'USER_CREATED'
  | 'API_KEY_CREATED'
  | 'API_KEY_REVOKED'
  | 'AUTHORIZATION_DENIED';

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

/** Failed-login counters per fixed window; `key` names an account (tenant + email) or an address. */
export interface LoginFailureDoc {
  _id: Types.ObjectId;
  key: string;
  count: number;
  expiresAt: Date;
}

export interface ViewerModel {
  tenantId: string;
  principal: string;
  scopes: string[];
}
export type UserConnectionModel = Page<UserDoc>;
export type ApiKeyConnectionModel = Page<ApiKeyDoc>;
export type AuditEventConnectionModel = Page<AuditEventDoc>;

const timestamps = { timestamps: { createdAt: true, updatedAt: false }, versionKey: false } as const;

const tenantSchema = new mongoose.Schema<TenantDoc>(
  { slug: { type: String, required: true }, name: { type: String, required: true }, currency: { type: String, required: true } },
  timestamps,
);
tenantSchema.index({ slug: 1 }, { unique: true });

const userSchema = new mongoose.Schema<UserDoc>(
  {
    email: { type: String, required: true },
    emailKey: { type: String, required: true },
    name: { type: String, required: true },
    passwordHash: { type: String, required: true },
    roles: { type: [String], required: true },
    disabledAt: Date,
  },
  timestamps,
);
userSchema.plugin(tenantScopePlugin);
userSchema.index({ tenantId: 1, emailKey: 1 }, { unique: true });
userSchema.index({ tenantId: 1, _id: -1 });

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
  timestamps,
);
sessionSchema.plugin(tenantScopePlugin);
sessionSchema.index({ tenantId: 1, familyId: 1 });

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
  timestamps,
);
apiKeySchema.plugin(tenantScopePlugin);
apiKeySchema.index({ hash: 1 }, { unique: true }); // looked up before the tenant is known
apiKeySchema.index({ tenantId: 1, _id: -1 });

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
auditEventSchema.index({ tenantId: 1, _id: -1 });
auditEventSchema.index({ tenantId: 1, type: 1, _id: -1 });

const loginFailureSchema = new mongoose.Schema<LoginFailureDoc>(
  { key: { type: String, required: true }, count: { type: Number, required: true }, expiresAt: { type: Date, required: true } },
  { versionKey: false },
);
loginFailureSchema.index({ key: 1 }, { unique: true });
// Expired windows are deleted by the throttle itself: FerretDB 1.x has no TTL indexes.
loginFailureSchema.index({ expiresAt: 1 });

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

export function identityModels(connection: Connection) {
  return {
    connection,
    Tenant: connection.model<TenantDoc>('Tenant', tenantSchema, 'tenants'),
    User: connection.model<UserDoc>('User', userSchema, 'users'),
    Session: connection.model<SessionDoc>('Session', sessionSchema, 'sessions'),
    ApiKey: connection.model<ApiKeyDoc>('ApiKey', apiKeySchema, 'api_keys'),
    AuditEvent: connection.model<AuditEventDoc>('AuditEvent', auditEventSchema, 'audit_events'),
    LoginFailure: connection.model<LoginFailureDoc>('LoginFailure', loginFailureSchema, 'login_failures'),
    /** Unscoped: an API key by its hash, before the tenant is known (gateway authentication). */
    ApiKeyLookup: connection.model<ApiKeyDoc>('ApiKeyLookup', apiKeyLookupSchema, 'api_keys'),
  };
}
export type IdentityModels = ReturnType<typeof identityModels>;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const hashApiKey = hashToken;

/** A new random API key: 192 bits of entropy, so a fast hash is enough to store it safely. */
export const generateApiKey = () => `crm_${randomBytes(24).toString('base64url')}`;

/** The demo key of a tenant: derived, so `npm start` prints the same key after every restart. */
export const demoApiKey = (seed: string, slug: string) =>
  `crm_demo_${slug}_${createHmac('sha256', seed).update(`demo-key:${slug}`).digest('base64url').slice(0, 24)}`;

/** Stores a key (hashed) for the current tenant and returns its record; the key is not kept. */
export async function createApiKey(
  models: IdentityModels,
  tenantId: string,
  name: string,
  key: string = generateApiKey(),
  scopes: string[] = ALL_SCOPES,
  extra: Partial<Pick<ApiKeyDoc, 'createdBy' | 'expiresAt'>> = {},
): Promise<{ key: string; record: ApiKeyDoc }> {
  const record = await runWithTenant(tenantId, () =>
    models.ApiKey.create({ name, prefix: key.slice(0, 12), hash: hashApiKey(key), scopes, ...extra }),
  );
  return { key, record: record.toObject() as ApiKeyDoc };
}
