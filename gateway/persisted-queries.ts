/**
 * Automatic persisted queries (APQ), as Apollo Client's and urql's persisted-query links speak
 * them: a hash-only request the gateway has not seen is answered `PERSISTED_QUERY_NOT_FOUND`
 * (HTTP 200), the client sends it again with the query, and later hash-only requests are served
 * from the cache. Apollo Server runs the protocol; this module chooses where documents are kept.
 *
 * Only query TEXT is cached, keyed by its SHA-256: a document registered by one tenant may be
 * sent by hash by another, and it runs with the sender's credential and tenant, never the
 * registrant's. One replica uses Apollo Server's bounded in-memory LRU; with `REDIS_URL` every
 * replica shares one cache in Redis, each entry expiring after `ttlSeconds` (so it stays bounded).
 */
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { Redis } from 'ioredis';

export const APQ_TTL_SECONDS = 24 * 3600;
/** Longest document kept; longer ones are run but not cached (the body limit bounds them anyway). */
const MAX_DOCUMENT_BYTES = 64 * 1024;

export class RedisDocumentCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'gateway:apq:',
  ) {}

  /** Redis down: a miss, so the client sends the query in full and is served all the same. */
  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.prefix + key).catch(() => null)) ?? undefined;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    if (Buffer.byteLength(value) > MAX_DOCUMENT_BYTES) return;
    await this.redis.set(this.prefix + key, value, 'EX', options?.ttl ?? APQ_TTL_SECONDS).catch(() => undefined);
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(this.prefix + key)) > 0;
  }
}
