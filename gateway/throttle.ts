/**
 * Per-principal cost budget: a leaky bucket, as Shopify's Admin API has. What is charged to it,
 * and when, is decided in gateway/cost-admission.ts.
 *
 * `LeakyBucket` keeps the buckets in this process's memory: right for one gateway. Several
 * gateway instances behind a load balancer would each keep their own, so a caller could spend N
 * budgets; with `REDIS_URL` set they share `RedisBucket`, one bucket per key in Redis, taken and
 * refunded by one atomic script on Redis's own clock.
 */
import type { Redis } from 'ioredis';

/** A budget store: in memory (synchronous) or shared (Redis). */
export interface Budget {
  readonly capacity: number;
  readonly restoreRate: number;
  take(key: string, cost: number): TakeResult | Promise<TakeResult>;
  refund(key: string, points: number): void | Promise<void>;
  /** Charges points whether or not they are there (an actual cost above the admitted one): the bucket may go below zero. */
  charge(key: string, points: number): void | Promise<void>;
  status(key: string): ThrottleStatus | Promise<ThrottleStatus>;
}
export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Buckets that fill back at `restoreRate` points per second up to `capacity`. */
export class LeakyBucket implements Budget {
  private readonly levels = new Map<string, { available: number; at: number }>();

  constructor(
    readonly capacity: number,
    readonly restoreRate: number,
    private readonly now: () => number = Date.now,
    /** Past this many tracked keys, full buckets (the same as untracked ones) are dropped. */
    private readonly maxKeys = 10_000,
  ) {}

  available(key: string): number {
    const level = this.levels.get(key);
    if (!level) return this.capacity;
    const restored = ((this.now() - level.at) / 1000) * this.restoreRate;
    return Math.min(this.capacity, level.available + restored);
  }

  /** Takes `cost` points when that many are available; otherwise says when they will be. */
  take(key: string, cost: number): TakeResult {
    const available = this.available(key);
    if (cost > available) {
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - available) / this.restoreRate)) };
    }
    this.set(key, available - cost);
    return { ok: true };
  }

  /** Gives back points taken for work that did not happen. */
  refund(key: string, points: number): void {
    if (points > 0) this.set(key, Math.min(this.capacity, this.available(key) + points));
  }

  charge(key: string, points: number): void {
    if (points > 0) this.set(key, this.available(key) - points);
  }

  status(key: string): ThrottleStatus {
    return {
      maximumAvailable: this.capacity,
      currentlyAvailable: Math.floor(Math.max(0, this.available(key))),
      restoreRate: this.restoreRate,
    };
  }

  private set(key: string, available: number): void {
    if (this.levels.size >= this.maxKeys && !this.levels.has(key)) {
      for (const tracked of this.levels.keys()) if (this.available(tracked) >= this.capacity) this.levels.delete(tracked);
    }
    this.levels.set(key, { available, at: this.now() });
  }
}

/**
 * One atomic step on a bucket stored as a hash {a: available, t: ms}: `cost` > 0 takes (only when
 * that many points are there, unless `force`: then it may go below zero), < 0 refunds, 0 reads. The clock is Redis's, so replicas whose
 * clocks differ still agree. A bucket that would be full again expires.
 */
const BUCKET_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local force = ARGV[4] == '1'
local stored = redis.call('HMGET', KEYS[1], 'a', 't')
local available = capacity
if stored[1] then
  available = math.min(capacity, tonumber(stored[1]) + (now - tonumber(stored[2])) / 1000 * rate)
end
if cost > 0 and cost > available and not force then return {0, tostring(available)} end
if cost ~= 0 then
  available = math.min(capacity, available - cost)
  redis.call('HSET', KEYS[1], 'a', tostring(available), 't', tostring(now))
  redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - available) / rate * 1000) + 1000)
end
return {1, tostring(available)}
`;

/** The same buckets, shared by every gateway on one Redis. */
export class RedisBucket implements Budget {
  constructor(
    private readonly redis: Redis,
    readonly capacity: number,
    readonly restoreRate: number,
    private readonly prefix = 'gateway:budget:',
  ) {}

  private async step(key: string, cost: number, force = false): Promise<{ ok: boolean; available: number }> {
    const [ok, available] = (await this.redis.eval(
      BUCKET_SCRIPT,
      1,
      this.prefix + key,
      String(this.capacity),
      String(this.restoreRate),
      String(cost),
      force ? '1' : '0',
    )) as [number, string];
    return { ok: ok === 1, available: Number(available) };
  }

  async take(key: string, cost: number): Promise<TakeResult> {
    const { ok, available } = await this.step(key, cost);
    return ok ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - available) / this.restoreRate)) };
  }

  async refund(key: string, points: number): Promise<void> {
    if (points > 0) await this.step(key, -points);
  }

  async charge(key: string, points: number): Promise<void> {
    if (points > 0) await this.step(key, points, true);
  }

  async status(key: string): Promise<ThrottleStatus> {
    const { available } = await this.step(key, 0);
    return {
      maximumAvailable: this.capacity,
      currentlyAvailable: Math.floor(Math.max(0, available)),
      restoreRate: this.restoreRate,
    };
  }
}

/**
 * A shared budget that degrades to this replica's own when its store fails: a Redis outage costs
 * the cross-replica guarantee for its duration (logged once per outage), never the API itself.
 */
export class FallbackBudget implements Budget {
  private failing = false;

  constructor(
    private readonly shared: Budget,
    private readonly local: Budget,
    private readonly log: { warn(obj: object, msg: string): void },
  ) {}

  get capacity() {
    return this.shared.capacity;
  }

  get restoreRate() {
    return this.shared.restoreRate;
  }

  private async either<T>(use: (budget: Budget) => T | Promise<T>): Promise<T> {
    try {
      const result = await use(this.shared);
      this.failing = false;
      return result;
    } catch (err) {
      if (!this.failing) this.log.warn({ err }, "shared cost budget unavailable; using this replica's own until it is back");
      this.failing = true;
      return use(this.local);
    }
  }

  take(key: string, cost: number) {
    return this.either((b) => b.take(key, cost));
  }

  refund(key: string, points: number) {
    return this.either((b) => b.refund(key, points));
  }

  charge(key: string, points: number) {
    return this.either((b) => b.charge(key, points));
  }

  status(key: string) {
    return this.either((b) => b.status(key));
  }
}
