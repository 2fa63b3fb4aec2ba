/**
 * Per-principal cost budget (a leaky bucket, as Shopify's Admin API) and the Apollo Server plugin
 * that prices every operation, refuses it when over a limit or the budget, and reports
 * `extensions.cost` on the response.
 *
 * The buckets live in this process's memory. Several gateway instances behind a load balancer
 * would each keep their own, so a caller could spend up to N budgets; a shared store (Redis with
 * an atomic script) is needed for one budget across instances.
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getVariableValues } from 'graphql';
import { ErrorCode } from '../lib/errors';
import type { GatewayLimits } from '../lib/env';
import { COST_WEIGHTS, actualQueryCost, requestedQueryCost, type CostInput } from './cost';
import { limitExceeded } from './limits';

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

export interface CostExtension {
  requestedQueryCost: number | null;
  /** Null when the operation did not run. */
  actualQueryCost: number | null;
  throttleStatus: ThrottleStatus;
}

/**
 * Prices each operation once it is resolved (after parsing and validation, before the query plan
 * runs): refuses page sizes over `maxPageSize` and costs over `maxCost`, then takes the cost from
 * the principal's bucket or refuses with THROTTLED (HTTP 429, Retry-After). When the response is
 * ready, refunds what was not used and adds `extensions.cost`.
 */
export function costPlugin<TContext extends { principal: { principal: string; ip?: string }; subscriptionDelivery?: boolean }>(
  limits: Pick<GatewayLimits, 'maxCost' | 'maxPageSize'>,
  bucket: LeakyBucket,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      // Callers without a credential (sign-in) get a budget per client address, not one shared by everyone.
      const { principal: who, ip } = contextValue.principal;
      const principal = who === 'anonymous' ? `anonymous:${ip ?? 'unknown'}` : who;
      let input: CostInput | undefined;
      let requested: number | null = null;
      let charged = false;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) return; // the gateway refuses these variables itself, before any fetch
          input = { schema, document, operation, variables: coerced.coerced };
          const { cost, largestPageSize } = requestedQueryCost(input, COST_WEIGHTS);
          requested = cost;
          if (largestPageSize > limits.maxPageSize) {
            throw limitExceeded(
              'pageSize',
              limits.maxPageSize,
              `Page size ${largestPageSize} exceeds the maximum of ${limits.maxPageSize}.`,
            );
          }
          if (cost > limits.maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the maximum of ${limits.maxCost}.`, {
              extensions: { code: ErrorCode.MAX_COST_EXCEEDED, max: limits.maxCost, http: { status: 400 } },
            });
          }
          // A subscription event's delivery: the subscription's cost was charged once, when it was accepted.
          if (contextValue.subscriptionDelivery) return;
          const taken = bucket.take(principal, cost);
          if (!taken.ok) {
            const retryAfter = String(taken.retryAfterSeconds);
            throw new GraphQLError(`Throttled: query cost ${cost} is over the available budget; retry later.`, {
              extensions: {
                code: ErrorCode.THROTTLED,
                retryAfterSeconds: taken.retryAfterSeconds,
                http: { status: 429, headers: new HeaderMap([['retry-after', retryAfter]]) },
              },
            });
          }
          charged = true;
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          let actual: number | null = null;
          if (charged && input) {
            actual = actualQueryCost(input, result.data as Record<string, unknown> | null | undefined, COST_WEIGHTS);
            bucket.refund(principal, requested! - actual);
          }
          const cost: CostExtension = {
            requestedQueryCost: requested,
            actualQueryCost: actual,
            throttleStatus: bucket.status(principal),
          };
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
