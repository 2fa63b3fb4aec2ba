/**
 * Cost admission: whether one operation may run, decided the same way for every transport. An
 * operation is priced (gateway/cost.ts), refused when a connection asks for more than
 * `maxPageSize` items or it costs more than `maxCost`, and otherwise charged to its caller's budget
 * (gateway/throttle.ts), or refused with THROTTLED when the budget cannot pay.
 *
 * - Over HTTP (and for queries and mutations sent over the socket), `costPlugin` admits each
 *   operation once it is resolved, before the query plan runs, and settles it when the response is
 *   ready: what was not used is refunded, an actual cost above the requested one is charged
 *   (the overrun, possibly below zero), and `extensions.cost` reports the cost and the budget.
 * - Over the WebSocket, a subscription is admitted once, when it is accepted, priced as the query
 *   one delivery runs (gateway/subscriptions/subscribe.ts); its deliveries are not charged again.
 *
 * A refusal is the same GraphQL error on both: its `extensions.http` (status, Retry-After) is what
 * Apollo Server turns into the HTTP answer, and what the socket leaves out.
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getVariableValues } from 'graphql';
import { ANONYMOUS } from '../lib/authorization';
import type { GatewayLimits } from '../lib/env';
import { ErrorCode } from '../lib/errors';
import { COST_WEIGHTS, actualQueryCost, requestedQueryCost, type CostInput } from './cost';
import { checkInputSizes, type InputLimits } from './input-limits';
import { limitExceeded } from './limits';
import type { Budget, ThrottleStatus } from './throttle';

/** Who pays: the principal, and the client address that names an anonymous caller's budget. */
export interface Payer {
  principal: string;
  ip?: string;
}

export type Admission =
  /** `charged` is false when the operation was admitted without charging (a subscription's delivery). */
  { ok: true; cost: number; charged: boolean; input: CostInput } | { ok: false; cost: number; error: GraphQLError };

export interface CostExtension {
  /** Null when the operation was not priced (it failed before: parsing, validation, variables). */
  requestedQueryCost: number | null;
  /** Null when the operation did not run. */
  actualQueryCost: number | null;
  throttleStatus: ThrottleStatus;
}

export interface CostAdmission {
  /** Prices the operation, checks the limits, and charges the payer unless `charge` is false. */
  admit(input: CostInput, payer: Payer, options?: { charge?: boolean }): Promise<Admission>;
  /** After the response: refunds what a charged operation did not use; returns what `extensions.cost` reports. */
  settle(
    payer: Payer,
    admission: Admission | undefined,
    data: Record<string, unknown> | null | undefined,
  ): Promise<CostExtension>;
}

/** Callers without a credential (sign-in) get a budget per client address, not one shared by everyone. */
export function budgetKey({ principal, ip }: Payer): string {
  return principal === ANONYMOUS ? `${ANONYMOUS}:${ip ?? 'unknown'}` : principal;
}

export function createCostAdmission(
  limits: Pick<GatewayLimits, 'maxCost' | 'maxPageSize'> & InputLimits,
  bucket: Budget,
): CostAdmission {
  return {
    async admit(input, payer, { charge = true } = {}) {
      // Input sizes first: an oversized string or list is refused before it is priced or sent anywhere.
      const oversized = checkInputSizes(input, limits);
      if (oversized) return { ok: false, cost: 0, error: oversized };
      const { cost, largestPageSize } = requestedQueryCost(input, COST_WEIGHTS);
      const refuse = (error: GraphQLError): Admission => ({ ok: false, cost, error });
      if (largestPageSize > limits.maxPageSize) {
        return refuse(
          limitExceeded(
            'pageSize',
            limits.maxPageSize,
            `Page size ${largestPageSize} exceeds the maximum of ${limits.maxPageSize}.`,
          ),
        );
      }
      if (cost > limits.maxCost) {
        return refuse(
          new GraphQLError(`Query cost ${cost} exceeds the maximum of ${limits.maxCost}.`, {
            extensions: { code: ErrorCode.MAX_COST_EXCEEDED, max: limits.maxCost, http: { status: 400 } },
          }),
        );
      }
      if (!charge) return { ok: true, cost, charged: false, input };
      const taken = await bucket.take(budgetKey(payer), cost);
      if (!taken.ok) {
        return refuse(
          new GraphQLError(`Throttled: query cost ${cost} is over the available budget; retry later.`, {
            extensions: {
              code: ErrorCode.THROTTLED,
              retryAfterSeconds: taken.retryAfterSeconds,
              http: { status: 429, headers: new HeaderMap([['retry-after', String(taken.retryAfterSeconds)]]) },
            },
          }),
        );
      }
      return { ok: true, cost, charged: true, input };
    },

    async settle(payer, admission, data) {
      const key = budgetKey(payer);
      let actual: number | null = null;
      if (admission?.ok && admission.charged) {
        actual = actualQueryCost(admission.input, data, COST_WEIGHTS);
        // Unused points come back; a response that cost more than was priced (every list is
        // priced at its cap, so only a broken cap can) is charged its overrun, into debt if need
        // be, so the caller's next operations wait for it.
        if (actual <= admission.cost) await bucket.refund(key, admission.cost - actual);
        else await bucket.charge(key, actual - admission.cost);
      }
      return { requestedQueryCost: admission?.cost ?? null, actualQueryCost: actual, throttleStatus: await bucket.status(key) };
    },
  };
}

/**
 * The Apollo Server side: admits each operation once it is resolved (after parsing and
 * validation, before the query plan runs; a refusal is thrown, so nothing is fetched), and adds
 * `extensions.cost` to the response.
 */
export function costPlugin<TContext extends { principal: Payer; subscriptionDelivery?: boolean }>(
  admission: CostAdmission,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const payer = contextValue.principal;
      let admitted: Admission | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) return; // the gateway refuses these variables itself, before any fetch
          // A subscription event's delivery: the subscription's cost was charged once, when it was accepted.
          admitted = await admission.admit({ schema, document, operation, variables: coerced.coerced }, payer, {
            charge: !contextValue.subscriptionDelivery,
          });
          if (!admitted.ok) throw admitted.error;
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const cost = await admission.settle(payer, admitted, result.data as Record<string, unknown> | null | undefined);
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
