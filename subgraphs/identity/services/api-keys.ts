/** Partner API keys: minted with some of the creator's scopes (shown once, stored hashed), revoked once. */
import { apiKeyRevoked } from '../events/publish';
import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { assertNoUserErrors } from '../../../lib/mutation';
import { ALL_SCOPES } from '../../../lib/scopes';
import { findOneByIdInTenant, runWithTenant } from '../../../lib/tenancy';
import { insert, updateWhere } from '../../../lib/write';
import { apiKeyPrefix, generateApiKey, hashApiKey, validateNewApiKey } from '../domain/credentials';
import type { ApiKeyDoc, IdentityModels } from '../models';
import { audit, byCaller, type Caller } from './audit';

/** Stores a key (hashed) for a tenant and returns its record; the key is not kept. */
export async function createApiKey(
  models: IdentityModels,
  tenantId: string,
  name: string,
  key: string = generateApiKey(),
  scopes: string[] = ALL_SCOPES,
  extra: Partial<Pick<ApiKeyDoc, 'createdBy' | 'expiresAt'>> = {},
): Promise<{ key: string; record: ApiKeyDoc }> {
  const record = await runWithTenant(tenantId, () =>
    insert<ApiKeyDoc>(models.ApiKey, { name, prefix: apiKeyPrefix(key), hash: hashApiKey(key), scopes, ...extra }),
  );
  return { key, record };
}

/** A key the caller mints for their tenant, with scopes they hold themselves. */
export async function mintApiKey(
  models: IdentityModels,
  input: { name: string; scopes: string[]; expiresAt?: Date | null },
  caller: Caller & { tenantId: string; scopes: string[] },
): Promise<{ key: string; apiKey: ApiKeyDoc }> {
  assertNoUserErrors(validateNewApiKey(input, caller.scopes));
  const { key, record } = await createApiKey(models, caller.tenantId, input.name.trim(), undefined, [...new Set(input.scopes)], {
    createdBy: caller.principal,
    expiresAt: input.expiresAt ?? null,
  });
  await audit(models, byCaller(caller, 'API_KEY_CREATED', `Created API key ${record.prefix}… (${record.scopes.join(' ')}).`));
  return { key, apiKey: record };
}

/** Revokes a key: one conditional write, so only the call that revoked it records it in the audit log. */
export async function revokeApiKey(models: IdentityModels, id: string, caller: Caller): Promise<ApiKeyDoc> {
  const notFound = () => new UserErrors([userError(['input', 'id'], `API key ${id} not found.`, 'NOT_FOUND')]);
  if (!mongoose.isObjectIdOrHexString(id)) throw notFound();
  const revoked = await updateWhere<ApiKeyDoc>(
    models.ApiKey,
    { _id: id, revokedAt: null },
    { $set: { revokedAt: new Date() }, $inc: { version: 1 }, events: [apiKeyRevoked(id)] },
  );
  if (revoked) {
    await audit(models, byCaller(caller, 'API_KEY_REVOKED', `Revoked API key ${revoked.prefix}….`));
    return revoked;
  }
  const existing = await findOneByIdInTenant<ApiKeyDoc>(models.ApiKey, id);
  if (!existing) throw notFound();
  return existing; // revoked before
}
