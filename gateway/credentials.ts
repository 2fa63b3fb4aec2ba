/**
 * The gateway's one door into identity's database: the API keys and sessions it authenticates
 * with, and the audit events it appends. The identity subgraph owns that data; only this module
 * knows where its models live, so a change there touches this file alone.
 */
import type { Connection } from 'mongoose';
import mongoose from 'mongoose';
import { findOneByIdInTenant, runWithTenant } from '../lib/tenancy';
import { insert, updateWhere } from '../lib/write';
import { hashApiKey, identityModels, type ApiKeyDoc, type IdentityModels, type SessionDoc } from '../subgraphs/identity/models';

export type { IdentityModels };

/** A stored API key, as authentication reads it. */
export type ApiKeyCredential = Pick<ApiKeyDoc, '_id' | 'tenantId' | 'scopes' | 'revokedAt' | 'expiresAt' | 'lastUsedAt'>;

/** An authorization denial, recorded in the tenant's audit log. */
export interface DenialEntry {
  actor: string;
  message: string;
  ip: string | null;
  requestId: string;
}

/** What the gateway reads and writes of identity's data. */
export interface CredentialStore {
  /** identity's models, for the service's owner (scripts and tests create tenants and keys through them). */
  readonly models: IdentityModels;
  /** The stored form of a presented API key: lookups and caches key on it, never on the key itself. */
  apiKeyHash(presented: string): string;
  /** The key with this hash, whatever its tenant (the key is what tells the tenant), or null. */
  apiKeyByHash(hash: string): Promise<ApiKeyCredential | null>;
  /** Records that the key was used at `at`. */
  touchApiKey(key: ApiKeyCredential, at: Date): Promise<void>;
  /** Whether the session family `familyId` of the tenant is live (not signed out) and belongs to `userId`. */
  liveSession(tenantId: string, familyId: string, userId: string): Promise<boolean>;
  recordDenial(tenantId: string, entry: DenialEntry): Promise<void>;
}

export function credentialStore(connection: Connection): CredentialStore {
  const models = identityModels(connection);
  return {
    models,
    apiKeyHash: hashApiKey,
    apiKeyByHash: (hash) => models.ApiKeyLookup.findOne({ hash }).lean<ApiKeyCredential>(),
    touchApiKey: async (key, at) => {
      await runWithTenant(key.tenantId, () => updateWhere(models.ApiKey, { _id: key._id }, { $set: { lastUsedAt: at } }));
    },
    // The family's first session (its id is the family id) is marked by every revocation of the family.
    liveSession: (tenantId, familyId, userId) =>
      mongoose.isObjectIdOrHexString(tenantId) && mongoose.isObjectIdOrHexString(familyId)
        ? runWithTenant(tenantId, async () => {
            const head = await findOneByIdInTenant<Pick<SessionDoc, 'userId' | 'revokedAt'>>(models.Session, familyId, {
              userId: 1,
              revokedAt: 1,
            });
            return Boolean(head && head.userId === userId && !head.revokedAt);
          })
        : Promise.resolve(false),
    recordDenial: async (tenantId, entry) => {
      await runWithTenant(tenantId, () => insert(models.AuditEvent, { type: 'AUTHORIZATION_DENIED', ...entry, at: new Date() }));
    },
  };
}
