import { ResponseCache, cacheKey } from '../../gateway/response-cache';

const principal = (tenantId: string, scopes = ['customers:read'], who = 'apikey:1') => ({ tenantId, principal: who, scopes });

describe('the gateway response cache', () => {
  it('serves what was stored until the tenant is invalidated, and only that tenant', () => {
    const cache = new ResponseCache(60_000);
    cache.set('a1', 'A', cache.generation('A'), { x: 1 });
    cache.set('b1', 'B', cache.generation('B'), { x: 2 });
    expect(cache.get('a1')).toEqual({ x: 1 });
    cache.invalidate('A');
    expect(cache.get('a1')).toBeUndefined();
    expect(cache.get('b1')).toEqual({ x: 2 });
  });

  it('never stores a response read before an invalidation that happened while it was read', () => {
    const cache = new ResponseCache(60_000);
    const startedAt = cache.generation('A');
    cache.invalidate('A'); // a mutation started meanwhile
    cache.set('a1', 'A', startedAt, { stale: true });
    expect(cache.get('a1')).toBeUndefined();
  });

  it('expires entries after the TTL and keeps at most maxEntries', () => {
    let now = 0;
    const cache = new ResponseCache(1000, 2, () => now);
    cache.set('k1', 'A', 0, { n: 1 });
    cache.set('k2', 'A', 0, { n: 2 });
    cache.set('k3', 'A', 0, { n: 3 });
    expect(cache.size).toBe(2);
    expect(cache.get('k1')).toBeUndefined();
    expect(cache.get('k3')).toEqual({ n: 3 });
    now = 1000;
    expect(cache.get('k3')).toBeUndefined();
  });

  it('keys on tenant, principal, scopes, operation and variables', () => {
    const base = cacheKey(principal('A'), '{ a }', null, { id: 1 });
    expect(cacheKey(principal('A'), '{ a }', null, { id: 1 })).toBe(base);
    expect(cacheKey(principal('B'), '{ a }', null, { id: 1 })).not.toBe(base);
    expect(cacheKey(principal('A', ['customers:read', 'hr:read']), '{ a }', null, { id: 1 })).not.toBe(base);
    expect(cacheKey(principal('A', undefined, 'user:2'), '{ a }', null, { id: 1 })).not.toBe(base);
    expect(cacheKey(principal('A'), '{ a }', null, { id: 2 })).not.toBe(base);
    expect(cacheKey(principal('A'), '{ b }', null, { id: 1 })).not.toBe(base);
  });
});
