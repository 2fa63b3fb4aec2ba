/**
 * An optional, tenant-safe cache of whole query responses in the gateway, invalidated by writes.
 *
 * Why: the benchmark profile shows the gateway idle most of the time and the subgraphs' database
 * as the bottleneck (docs/benchmarks.md); a repeated read that costs no database command at all
 * is the largest win available, and the only safe one is one that forgets on every write.
 *
 * - Key: the tenant, the principal and its scopes, the operation text, its name and its variables.
 *   Two tenants, or two callers with different scopes, never share an entry.
 * - Only queries whose response has data and no errors are stored; mutations never are.
 * - Invalidation is per tenant, by generation: every entry remembers the tenant's generation when
 *   its request STARTED, and is served only while the generation is unchanged. The generation
 *   moves (1) when a mutation of that tenant starts and again when it ends in this gateway process
 *   (read-your-writes: a read that raced the mutation can never be stored as fresh), and (2) for
 *   every domain event of that tenant on the event bus (the asynchronous side effects of
 *   consumers, and writes through other gateway processes), tailed from the event log.
 * - A TTL bounds everything else (writes that publish no event in another gateway process, and
 *   fields computed from the clock such as `overdue`).
 */
import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { RequestPrincipal } from '../lib/signed-context';
import type { EventLogTail } from './event-tail';

export interface ResponseCacheOptions {
  /** How long an entry may be served at most, whatever happens (ms). */
  ttlMs: number;
  /** Entries kept (least recently stored dropped first); default 10 000. */
  maxEntries?: number;
}

interface Entry {
  tenantId: string;
  generation: number;
  expires: number;
  data: Record<string, unknown>;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly generations = new Map<string, number>();
  readonly stats = { hits: 0, misses: 0, stores: 0, invalidations: 0 };

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  generation(tenantId: string): number {
    return this.generations.get(tenantId) ?? 0;
  }

  /** Everything cached for this tenant so far is stale. */
  invalidate(tenantId: string): void {
    this.generations.set(tenantId, this.generation(tenantId) + 1);
    this.stats.invalidations += 1;
  }

  get(key: string): Record<string, unknown> | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.generation === this.generation(entry.tenantId) && entry.expires > this.now()) {
      this.stats.hits += 1;
      return entry.data;
    }
    if (entry) this.entries.delete(key);
    this.stats.misses += 1;
    return undefined;
  }

  /** Stores `data` read by a request that started at `generation`; ignored if the tenant has moved on since. */
  set(key: string, tenantId: string, generation: number, data: Record<string, unknown>): void {
    if (generation !== this.generation(tenantId)) return;
    this.entries.delete(key); // re-insert at the end: Map order is the eviction order
    this.entries.set(key, { tenantId, generation, expires: this.now() + this.ttlMs, data });
    this.stats.stores += 1;
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}

export function cacheKey(
  principal: Pick<RequestPrincipal, 'tenantId' | 'principal' | 'scopes'>,
  query: string,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        principal.tenantId,
        principal.principal,
        [...principal.scopes].sort(),
        operationName ?? null,
        query,
        variables ?? {},
      ]),
    )
    .digest('base64url');
}

/** Serves and stores query responses (see the module comment); `x-cache: HIT|MISS` on cacheable ones. */
export function responseCachePlugin<TContext extends { principal: RequestPrincipal }>(
  cache: ResponseCache,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const principal = contextValue.principal;
      const tenantId = principal?.tenantId;
      if (!tenantId) return; // anonymous callers (sign-in) or no principal at all: nothing of a tenant to cache
      const generation = cache.generation(tenantId);
      let key: string | undefined;
      let mutation = false;
      let hit = false;
      return {
        async didResolveOperation({ operation, request }) {
          if (operation?.operation === 'mutation') {
            mutation = true;
            cache.invalidate(tenantId);
          } else if (operation?.operation === 'query' && request.query) {
            key = cacheKey(principal, request.query, request.operationName, request.variables);
          }
        },
        async responseForOperation() {
          const data = key ? cache.get(key) : undefined;
          if (!data) return null;
          hit = true;
          // A new result object each time: later plugins add their own extensions to it.
          return {
            http: { status: undefined, headers: new HeaderMap([['x-cache', 'HIT']]) },
            body: { kind: 'single', singleResult: { data } },
          };
        },
        async willSendResponse({ response }) {
          if (mutation) cache.invalidate(tenantId);
          if (!key || hit || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          response.http.headers.set('x-cache', 'MISS');
          if (data && !errors?.length) cache.set(key, tenantId, generation, data as Record<string, unknown>);
        },
      };
    },
  };
}

/**
 * The cache and its plugin for createGateway: every event the gateway's log tail reads invalidates
 * its tenant. The tail must not be started yet, so that no event of the cache's lifetime is missed.
 */
export function startResponseCache(options: ResponseCacheOptions, tail: EventLogTail) {
  const cache = new ResponseCache(options.ttlMs, options.maxEntries);
  const unsubscribe = tail.subscribe((events) => {
    for (const event of events) cache.invalidate(event.tenantId);
  });
  return { cache, plugin: responseCachePlugin(cache), stop: unsubscribe };
}
