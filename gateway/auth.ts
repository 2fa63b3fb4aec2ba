/**
 * Who is calling: a partner API key (`x-api-key`), a signed-in user (`Authorization: Bearer <jwt>`),
 * or nobody (anonymous, allowed only for the public sign-in mutations; see PUBLIC_ROOT_FIELDS).
 * Lookups are cached for `cacheTtlMs`, so a busy caller costs no database read per request; a
 * revoked key or signed-out session is dropped from the cache when identity's revocation event
 * arrives (`revoked`, fed by the gateway's event-log tail), and within `cacheTtlMs` at the latest.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ANONYMOUS } from '../lib/authorization';
import { unauthenticated } from '../lib/errors';
import { isEvent } from '../lib/events/catalog';
import type { EventEnvelope } from '../lib/events/envelope';
import { verifyJwt } from '../lib/jwt';
import type { RequestPrincipal } from '../lib/signed-context';
import type { ApiKeyCredential, CredentialStore } from './credentials';

/** Root fields a caller without credentials may use. Everything else needs a credential. */
export const PUBLIC_ROOT_FIELDS = new Set(['login', 'refreshToken', 'logout']);

const CACHE_MAX = 10_000;
const LAST_USED_RESOLUTION_MS = 60_000;

type HeaderReader = { get(name: string): string | undefined | null };

export interface AuthenticatorOptions {
  jwtSecrets: string[];
  cacheTtlMs: number;
  trustProxy: boolean;
}

/**
 * A small TTL cache of lookups; misses are cached too, so guessing keys costs the database nothing
 * extra. Concurrent requests for a key that is not cached share ONE lookup: when a busy key's entry
 * expires, every request in flight would otherwise read the database at the same moment (the
 * benchmark showed these stalls in p99 every `ttlMs`).
 */
function ttlCache<T>(ttlMs: number) {
  const entries = new Map<string, { value: T; until: number }>();
  const loading = new Map<string, Promise<T>>();
  const lookup = async (key: string, load: () => Promise<T>): Promise<T> => {
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && hit.until > now) return hit.value;
    const pending = loading.get(key);
    if (pending) return pending;
    const loaded = load().then(
      (value) => {
        if (loading.get(key) !== loaded) return value; // forgotten meanwhile: not cached
        loading.delete(key);
        if (entries.size >= CACHE_MAX) entries.delete(entries.keys().next().value!);
        if (ttlMs > 0) entries.set(key, { value, until: now + ttlMs });
        return value;
      },
      (err) => {
        if (loading.get(key) === loaded) loading.delete(key);
        throw err;
      },
    );
    loading.set(key, loaded);
    return loaded;
  };
  /** Forgets a key, and a lookup in flight for it (it may have read the state before the change). */
  const forget = (key: string) => {
    entries.delete(key);
    loading.delete(key);
  };
  return Object.assign(lookup, { forget });
}

/**
 * The client's address. Behind `trustedHops` proxies, each appending the address it received the
 * request from to `X-Forwarded-For`, the client is the entry that many places from the right (the
 * socket's peer being the last proxy): whatever a client writes into the header itself stays to
 * the left and is never taken. With no trusted proxy the header is ignored.
 */
export function clientIp(req: IncomingMessage, trustedHops: number): string | undefined {
  const peer = req.socket.remoteAddress || undefined;
  if (trustedHops <= 0) return peer;
  const chain = [
    ...String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    ...(peer ? [peer] : []),
  ];
  return chain[Math.max(0, chain.length - 1 - trustedHops)] ?? peer;
}

export function createAuthenticator(store: CredentialStore, options: AuthenticatorOptions) {
  const keys = ttlCache<ApiKeyCredential | null>(options.cacheTtlMs);
  const sessions = ttlCache<boolean>(options.cacheTtlMs);
  /** The hash each cached key was looked up by, so a revocation (which names the key's id) finds it. */
  const hashesById = new Map<string, string>();
  const sessionKey = (tenantId: string, familyId: string, userId: string) => `${tenantId}:${familyId}:${userId}`;

  async function apiKeyPrincipal(presented: string): Promise<Omit<RequestPrincipal, 'requestId'>> {
    const hash = store.apiKeyHash(presented);
    const key = await keys(hash, () => store.apiKeyByHash(hash));
    if (key) {
      if (hashesById.size >= CACHE_MAX) hashesById.delete(hashesById.keys().next().value!);
      hashesById.set(key._id.toString(), hash);
    }
    const now = new Date();
    if (!key || key.revokedAt || (key.expiresAt && key.expiresAt <= now))
      throw unauthenticated('Invalid, expired or revoked API key.');
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      key.lastUsedAt = now;
      void store.touchApiKey(key, now).catch(() => undefined);
    }
    return { tenantId: key.tenantId, principal: `apikey:${key._id.toString()}`, scopes: key.scopes };
  }

  async function userPrincipal(token: string): Promise<Omit<RequestPrincipal, 'requestId'>> {
    const claims = await verifyJwt(token, options.jwtSecrets);
    if (!claims) throw unauthenticated('Invalid or expired access token: sign in again or use your refresh token.');
    // Only a live session of the same tenant and user makes a token good: a validly signed token
    // for an invented, another user's or a signed-out session is refused.
    const live = await sessions(sessionKey(claims.tid, claims.sid, claims.sub), () =>
      store.liveSession(claims.tid, claims.sid, claims.sub),
    );
    if (!live) throw unauthenticated('This session was signed out or does not exist.');
    return { tenantId: claims.tid, principal: `user:${claims.sub}`, scopes: claims.scopes };
  }

  /**
   * Identity's revocation events (a key revoked, a session signed out or stolen): the credential
   * is dropped from the cache, so this replica refuses it on its next request instead of after
   * the cache's TTL.
   */
  function revoked(event: EventEnvelope): void {
    if (isEvent(event, 'identity.apiKey.revoked')) {
      const hash = hashesById.get(event.payload.apiKeyId);
      if (hash) keys.forget(hash);
    } else if (isEvent(event, 'identity.session.revoked')) {
      sessions.forget(sessionKey(event.tenantId, event.payload.familyId, event.payload.userId));
    }
  }

  return Object.assign(authenticate, { revoked });

  async function authenticate(headers: HeaderReader, ip?: string): Promise<RequestPrincipal> {
    const requestId = safeRequestId(headers.get('x-request-id')) ?? randomUUID();
    const apiKey = headers.get('x-api-key')?.trim();
    const bearer = /^Bearer\s+(\S+)$/i.exec(headers.get('authorization')?.trim() ?? '')?.[1];
    if (headers.get('authorization') && !bearer) throw unauthenticated('Authorization must be "Bearer <access token>".');
    const who = apiKey
      ? await apiKeyPrincipal(apiKey)
      : bearer
        ? await userPrincipal(bearer)
        : { tenantId: '', principal: ANONYMOUS, scopes: [] };
    return { ...who, requestId, ip };
  }
}
export type Authenticate = ReturnType<typeof createAuthenticator>;

/** A caller-supplied request id is kept only when it is short and plain. */
export function safeRequestId(value: string | null | undefined): string | null {
  return value && /^[\w.:-]{1,64}$/.test(value) ? value : null;
}
