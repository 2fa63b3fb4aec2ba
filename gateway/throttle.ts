/**
 * Per-principal cost budget: a leaky bucket, as Shopify's Admin API has. What is charged to it,
 * and when, is decided in gateway/cost-admission.ts.
 *
 * The buckets live in this process's memory. Several gateway instances behind a load balancer
 * would each keep their own, so a caller could spend up to N budgets; a shared store (Redis with
 * an atomic script) is needed for one budget across instances.
 */
export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Buckets that fill back at `restoreRate` points per second up to `capacity`. */
export class LeakyBucket {
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

  status(key: string): ThrottleStatus {
    return {
      maximumAvailable: this.capacity,
      currentlyAvailable: Math.floor(this.available(key)),
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
