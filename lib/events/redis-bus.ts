/**
 * The event bus on Redis Streams, for several machines: the same `EventBus` contract as the
 * MongoDB log (idempotent publish per event id, gap-free positions in one global order, so per
 * aggregate order holds; each group reads from its acknowledged position and gets unacknowledged
 * events again).
 *
 * Keys (one hash tag, so a Redis Cluster keeps them in one slot and the scripts stay atomic):
 * - `{p}:log`       the stream. Entry ids are `<seq>-0`: seq comes from `{p}:seq` (INCR), so a
 *                   position is the same gap-free integer as on the MongoDB log.
 * - `{p}:event:<id>` the event id's position: the dedup key (set in the same script as the XADD).
 * - `{p}:positions`  hash group -> acknowledged position (only moves forward).
 * - `{p}:tenant:<t>` sorted set of the tenant's positions (admin: a tenant's recent events and backlog).
 * - `{p}:tenants`    set of tenants seen (retention trims their indexes).
 * Publishing is one Lua script: dedup check, INCR, XADD, SET and ZADD happen atomically.
 */
import { Redis } from 'ioredis';
import { pickEnvelope, type EventEnvelope } from './envelope';
import type { Delivery, GroupStatus, InspectableEventBus, LoggedEvent, PublishResult } from './bus';

const PUBLISH = `
local existing = redis.call('GET', KEYS[2])
if existing then return {existing, 1} end
local seq = redis.call('INCR', KEYS[3])
redis.call('XADD', KEYS[1], seq .. '-0', 'e', ARGV[1], 't', ARGV[2])
redis.call('SET', KEYS[2], seq)
redis.call('ZADD', KEYS[4], seq, seq)
redis.call('SADD', KEYS[5], ARGV[3])
return {tostring(seq), 0}
`;

const ACK = `
local current = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
local position = tonumber(ARGV[2])
if position > current then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
return 1
`;

type StreamEntry = [id: string, fields: string[]];

export interface RedisBusOptions {
  /** Key prefix (a hash tag is added around it); lets several stacks share one Redis. Default `events`. */
  prefix?: string;
}

export class RedisStreamsBus implements InspectableEventBus {
  readonly kind = 'redis';
  private readonly key: (suffix: string) => string;

  /** Takes a connected ioredis client; `close()` quits it. */
  constructor(
    private readonly redis: Redis,
    options: RedisBusOptions = {},
  ) {
    const prefix = `{${options.prefix ?? 'events'}}`;
    this.key = (suffix) => `${prefix}:${suffix}`;
  }

  /** Connects to `url` (e.g. `redis://127.0.0.1:6379/0`) and checks that the server answers. */
  static async connect(url: string, options: RedisBusOptions = {}): Promise<RedisStreamsBus> {
    const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    try {
      await redis.connect();
      await redis.ping();
    } catch (err) {
      redis.disconnect();
      throw new Error(`Could not reach Redis at ${url.replace(/\/\/[^@/]*@/, '//***@')}: ${(err as Error).message}`);
    }
    return new RedisStreamsBus(redis, options);
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  async publish(event: EventEnvelope): Promise<PublishResult> {
    const envelope = pickEnvelope(event as unknown as Record<string, unknown>);
    const [position, duplicate] = (await this.redis.eval(
      PUBLISH,
      5,
      this.key('log'),
      this.key(`event:${envelope.id}`),
      this.key('seq'),
      this.key(`tenant:${envelope.tenantId}`),
      this.key('tenants'),
      JSON.stringify(envelope),
      String(Date.now()),
      envelope.tenantId,
    )) as [string, number];
    return { position: String(position), duplicate: duplicate === 1 };
  }

  async poll(group: string, options: { limit?: number } = {}): Promise<Delivery[]> {
    const at = await this.position(group);
    const entries = (await this.redis.xrange(this.key('log'), `${at + 1}`, '+', 'COUNT', options.limit ?? 100)) as StreamEntry[];
    return entries.map((entry) => {
      const { position, event } = this.decode(entry);
      return { position, event };
    });
  }

  async ack(group: string, positions: string[]): Promise<void> {
    if (!positions.length) return;
    const position = Math.max(...positions.map(Number));
    await this.redis.eval(ACK, 1, this.key('positions'), group, String(position));
  }

  async lag(group: string): Promise<{ position: number; pending: number }> {
    const position = await this.position(group);
    const last = Number((await this.redis.get(this.key('seq'))) ?? 0);
    return { position, pending: Math.max(0, last - position) };
  }

  async groups(tenantId?: string): Promise<GroupStatus[]> {
    const positions = await this.redis.hgetall(this.key('positions'));
    const last = Number((await this.redis.get(this.key('seq'))) ?? 0);
    const groups = Object.keys(positions).sort();
    return Promise.all(
      groups.map(async (group) => {
        const position = Number(positions[group]);
        let pending: number;
        let oldest: number | undefined;
        if (tenantId) {
          const index = this.key(`tenant:${tenantId}`);
          pending = await this.redis.zcount(index, `(${position}`, '+inf');
          const [first] = pending ? await this.redis.zrangebyscore(index, `(${position}`, '+inf', 'LIMIT', 0, 1) : [];
          oldest = first === undefined ? undefined : Number(first);
        } else {
          pending = Math.max(0, last - position);
          oldest = pending ? position + 1 : undefined;
        }
        const at = oldest === undefined ? undefined : await this.publishedAt(oldest);
        return { group, position: String(position), pending, ...(at ? { oldestPendingAt: at } : {}) };
      }),
    );
  }

  async recent(
    tenantId: string,
    options: { limit: number; before?: string; type?: string; aggregateId?: string },
  ): Promise<LoggedEvent[]> {
    const index = this.key(`tenant:${tenantId}`);
    const found: LoggedEvent[] = [];
    let max = options.before === undefined ? '+inf' : `(${Number(options.before)}`;
    const chunk = Math.min(1000, Math.max(50, options.limit * 2));
    // Newest first through the tenant's index; filters by type/aggregate apply as it goes.
    while (found.length < options.limit) {
      const positions = await this.redis.zrevrangebyscore(index, max, '-inf', 'LIMIT', 0, chunk);
      if (!positions.length) break;
      const pipeline = this.redis.pipeline();
      for (const p of positions) pipeline.xrange(this.key('log'), p, p);
      const results = (await pipeline.exec()) ?? [];
      for (const [err, entries] of results) {
        if (err) throw err;
        const [entry] = entries as StreamEntry[];
        if (!entry) continue; // trimmed from the stream
        const logged = this.decode(entry);
        if (options.type && logged.event.type !== options.type) continue;
        if (options.aggregateId && logged.event.aggregateId !== options.aggregateId) continue;
        found.push(logged);
        if (found.length >= options.limit) break;
      }
      max = `(${positions[positions.length - 1]}`;
    }
    return found;
  }

  /** ZCARD of the tenant's index; with a filter it reads the tenant's events (an admin query, not a hot path). */
  async count(tenantId: string, filter: { type?: string; aggregateId?: string } = {}): Promise<number> {
    if (!filter.type && !filter.aggregateId) return this.redis.zcard(this.key(`tenant:${tenantId}`));
    return (await this.recent(tenantId, { limit: Number.MAX_SAFE_INTEGER, ...filter })).length;
  }

  async trim(cutoff: Date): Promise<number> {
    const positions = Object.values(await this.redis.hgetall(this.key('positions'))).map(Number);
    const last = Number((await this.redis.get(this.key('seq'))) ?? 0);
    const upTo = Math.min(positions.length ? Math.min(...positions) : last, last - 1);
    if (upTo < 1) return 0;
    // Walk from the oldest entry while it is old enough; collect the ids for their dedup keys.
    let removable = 0;
    const ids: string[] = [];
    let from = '-';
    for (;;) {
      const entries = (await this.redis.xrange(this.key('log'), from, `${upTo}`, 'COUNT', 500)) as StreamEntry[];
      if (!entries.length) break;
      let stop = false;
      for (const entry of entries) {
        const logged = this.decode(entry);
        if (logged.publishedAt >= cutoff) {
          stop = true;
          break;
        }
        removable = Number(logged.position);
        ids.push(logged.event.id);
      }
      if (stop || entries.length < 500) break;
      from = `(${entries[entries.length - 1][0]}`;
    }
    if (!removable) return 0;
    const tenants = await this.redis.smembers(this.key('tenants'));
    const pipeline = this.redis.pipeline();
    pipeline.xtrim(this.key('log'), 'MINID', `${removable + 1}`);
    for (const tenant of tenants) pipeline.zremrangebyscore(this.key(`tenant:${tenant}`), '-inf', removable);
    for (let i = 0; i < ids.length; i += 500) pipeline.del(...ids.slice(i, i + 500).map((id) => this.key(`event:${id}`)));
    await pipeline.exec();
    return ids.length;
  }

  private async position(group: string): Promise<number> {
    return Number((await this.redis.hget(this.key('positions'), group)) ?? 0);
  }

  private async publishedAt(position: number): Promise<Date | undefined> {
    const [entry] = (await this.redis.xrange(this.key('log'), `${position}`, `${position}`)) as StreamEntry[];
    return entry ? this.decode(entry).publishedAt : undefined;
  }

  /** The last position published (0 when none): where a reader that wants only new events starts. */
  async lastPosition(): Promise<number> {
    return Number((await this.redis.get(this.key('seq'))) ?? 0);
  }

  /** Up to `limit` entries after `position`, in order, for a reader that keeps its own position (the gateway's tail). */
  async entriesAfter(position: number, limit: number): Promise<Array<{ position: number; doc: Record<string, unknown> }>> {
    const entries = (await this.redis.xrange(this.key('log'), `${position + 1}`, '+', 'COUNT', limit)) as StreamEntry[];
    return entries.map((entry) => {
      const { position: at, event } = this.decode(entry);
      return { position: Number(at), doc: event as unknown as Record<string, unknown> };
    });
  }

  private decode([id, fields]: StreamEntry): LoggedEvent {
    const values: Record<string, string> = {};
    for (let i = 0; i < fields.length; i += 2) values[fields[i]] = fields[i + 1];
    return {
      position: id.split('-')[0],
      event: pickEnvelope(JSON.parse(values.e) as Record<string, unknown>),
      publishedAt: new Date(Number(values.t)),
    };
  }
}
