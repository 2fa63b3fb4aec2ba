import { randomUUID } from 'node:crypto';
import { unauthenticated } from '../lib/errors';
import type { RequestPrincipal } from '../lib/signed-context';
import { hashApiKey, type ApiKeyDoc, type IdentityModels } from './identity';

const CACHE_TTL_MS = 30_000;
const CACHE_MAX = 10_000;
const LAST_USED_RESOLUTION_MS = 60_000;

type HeaderReader = { get(name: string): string | undefined | null };

/**
 * Resolves the caller of a request: today a partner API key (`x-api-key`).
 * Key lookups are cached briefly so a busy partner costs no database read per request;
 * a revoked key stops working within CACHE_TTL_MS.
 */
export function createAuthenticator(models: IdentityModels) {
  const cache = new Map<string, { key: ApiKeyDoc | null; until: number }>();

  async function lookup(hash: string): Promise<ApiKeyDoc | null> {
    const now = Date.now();
    const hit = cache.get(hash);
    if (hit && hit.until > now) return hit.key;
    const key = await models.ApiKey.findOne({ hash }).lean<ApiKeyDoc>();
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(hash, { key, until: now + CACHE_TTL_MS });
    return key;
  }

  return async function authenticate(headers: HeaderReader): Promise<RequestPrincipal> {
    const presented = headers.get('x-api-key')?.trim();
    if (!presented) throw unauthenticated();
    const key = await lookup(hashApiKey(presented));
    const now = new Date();
    if (!key || key.revokedAt || (key.expiresAt && key.expiresAt <= now)) {
      throw unauthenticated('Invalid, expired or revoked API key.');
    }
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      key.lastUsedAt = now;
      void models.ApiKey.updateOne({ _id: key._id }, { $set: { lastUsedAt: now } }).catch(() => undefined);
    }
    return {
      tenantId: key.tenantId,
      principal: `apikey:${key._id.toString()}`,
      scopes: key.scopes,
      requestId: safeRequestId(headers.get('x-request-id')) ?? randomUUID(),
    };
  };
}
export type Authenticate = ReturnType<typeof createAuthenticator>;

/** A caller-supplied request id is kept only when it is short and plain. */
function safeRequestId(value: string | null | undefined): string | null {
  return value && /^[\w.:-]{1,64}$/.test(value) ? value : null;
}
