/**
 * The graphql-ws server on the gateway's own `/graphql` path (@apollo/gateway executes queries
 * and mutations only), and the life of its connections.
 *
 * How an event reaches a subscriber:
 * 1. Every gateway instance tails the shared event log (gateway/event-tail.ts) on its own, so
 *    every instance sees every event (several gateways, one stream).
 * 2. `SUBSCRIPTION_FIELDS` (fields.ts) maps each Subscription field to its event types, the root
 *    Query field that looks the entity up, the payload field holding the entity id, and filter
 *    arguments.
 * 3. The fan-out (fanout.ts) hands an event to the subscriptions of its tenant whose filters match.
 * 4. The subscriber's selection runs as a query (delivery.ts) through the gateway's own Apollo
 *    Server with the subscriber's principal, so everything that applies over HTTP applies.
 *
 * A connection is authenticated in `connection_init` and re-checked while open
 * (connection-auth.ts); each subscribe message is validated, authorized and priced
 * (subscribe.ts); each subscription is a stream with a capped queue (stream.ts).
 *
 * Close codes (graphql-ws's own, plus two of ours):
 * 4400 bad message, 4401 subscribe before ack, 4403 forbidden (no valid credential in
 * connection_init, or the credential was revoked / expired while connected), 4408 no
 * connection_init in time, 4409 duplicate subscription id, 4429 a second connection_init,
 * 1013 "try again later": the connection's outbound queue went over its cap (a hopeless reader).
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
// `graphql-ws/use/ws` is an exports-map entry, which this project's node10 module resolution cannot see for types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { useServer } = require('graphql-ws/use/ws') as typeof import('graphql-ws/dist/use/ws');
import { WebSocketServer, type WebSocket } from 'ws';
import type { GatewayLimits } from '../../lib/env';
import { ErrorCode } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import { clientIp, type Authenticate } from '../auth';
import type { TrustedDocuments } from '../trusted-documents';
import type { CostAdmission } from '../cost-admission';
import type { EventLogTail } from '../event-tail';
import { createConnectionAuth, type SubscriberConnection } from './connection-auth';
import { createFanout } from './fanout';
import { checkSubscriptionFields, subscriptionRequirements } from './fields';
import { createSubscribeHandler, refusal } from './subscribe';
import type { Result, SubscriptionStream } from './stream';

export interface SubscriptionOptions {
  /** How often the gateway reads the event log, for subscriptions and response-cache invalidation alike (default 100 ms). */
  pollIntervalMs?: number;
  /** How often every connection's credential is checked again (default 5 s; also checked before each delivery). */
  credentialCheckMs?: number;
  /** Messages queued for one connection before it is closed with 1013 (default 1000). */
  maxQueuedPerConnection?: number;
  /** Wait for connection_init before closing with 4408 (default 3 s). */
  connectionInitWaitMs?: number;
  /** WebSocket ping interval; a peer that misses a pong is dropped (default 12 s). */
  keepAliveMs?: number;
  /** Largest WebSocket message accepted; a larger one closes the socket with 1009 (default 64 KiB). */
  maxPayloadBytes?: number;
  /** Open sockets per client address; more are closed with 4429 at once (default 50). */
  maxConnectionsPerAddress?: number;
  /** Connections per credential (tenant and principal); more are closed with 4429 (default 100). */
  maxConnectionsPerPrincipal?: number;
  /** Subscriptions one connection may hold at once; more are refused (default 50). */
  maxSubscriptionsPerConnection?: number;
  /** Proxies in front of the gateway that append to X-Forwarded-For (the client address; gateway/auth.ts). */
  trustedProxyHops?: number;
}

/** Close code for a connection over its address's or credential's cap. */
export const CLOSE_TOO_MANY = 4429;

export interface SubscriptionServerDeps {
  httpServer: HttpServer;
  apollo: ApolloServer<any>;
  /** The API schema the gateway serves (its Subscription type included). */
  apiSchema: GraphQLSchema;
  /** The supergraph SDL, for the `@requiresScopes` of each Subscription field and its type. */
  supergraphSdl: string;
  authenticate: Authenticate;
  limits: GatewayLimits;
  /** The gateway's one cost admission, shared with HTTP (gateway/cost-admission.ts). */
  costAdmission: CostAdmission;
  /** Trusted documents, shared with HTTP (gateway/trusted-documents.ts); absent: off. */
  trusted?: TrustedDocuments;
  production: boolean;
  /** The gateway's reader of the shared event log (gateway/event-tail.ts). */
  eventTail: EventLogTail;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  log: Logger;
  options?: SubscriptionOptions;
}

export interface SubscriptionServer {
  /** Subscriptions currently open on this instance. */
  readonly activeSubscriptions: number;
  stop(): Promise<void>;
}

/** An error as the socket sends it: as over HTTP, where Apollo Server leaves out `extensions.http` too. */
function withoutHttp(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('http' in formatted.extensions)) return formatted;
  const { http: _http, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

export async function startSubscriptionServer(deps: SubscriptionServerDeps): Promise<SubscriptionServer> {
  const { apiSchema, log } = deps;
  const options = deps.options ?? {};
  const fields = checkSubscriptionFields(apiSchema);
  const eventTypes = new Set([...fields.values()].flatMap((f) => f.eventTypes));
  const auth = createConnectionAuth(deps.authenticate, options.credentialCheckMs ?? 5_000);
  const fanout = createFanout({
    apollo: deps.apollo,
    stillValid: auth.stillValid,
    maxQueuedPerConnection: options.maxQueuedPerConnection ?? 1000,
    log,
  });
  const prepare = createSubscribeHandler({
    apiSchema,
    limits: deps.limits,
    production: deps.production,
    fields,
    requirements: subscriptionRequirements(deps.supergraphSdl),
    costAdmission: deps.costAdmission,
    trusted: deps.trusted,
    apollo: deps.apollo,
    stillValid: auth.stillValid,
    fanout,
  });
  const connections = new Map<WsContext<any, any>, SubscriberConnection>();

  const wss = new WebSocketServer({
    server: deps.httpServer,
    path: '/graphql',
    maxPayload: options.maxPayloadBytes ?? 64 * 1024,
  });
  const hops = options.trustedProxyHops ?? 0;
  const perAddress = new Map<string, number>();
  const maxPerAddress = options.maxConnectionsPerAddress ?? 50;
  // Registered before graphql-ws's own handler: a socket over its address's cap is closed before any message is read.
  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    const ip = clientIp(request, hops) ?? 'unknown';
    const open = (perAddress.get(ip) ?? 0) + 1;
    perAddress.set(ip, open);
    socket.once('close', () => {
      const left = (perAddress.get(ip) ?? 1) - 1;
      if (left > 0) perAddress.set(ip, left);
      else perAddress.delete(ip);
    });
    if (open > maxPerAddress) socket.close(CLOSE_TOO_MANY, `Too many connections from this address (at most ${maxPerAddress}).`);
  });
  const maxPerPrincipal = options.maxConnectionsPerPrincipal ?? 100;
  const maxSubscriptions = options.maxSubscriptionsPerConnection ?? 50;
  const pending = new WeakMap<object, number>();
  const server = useServer<Record<string, unknown>, { socket: WebSocket; request: IncomingMessage }>(
    {
      connectionInitWaitTimeout: options.connectionInitWaitMs ?? 3_000,
      async onConnect(ctx) {
        const conn = await auth.connect(ctx.connectionParams, ctx.extra.socket, clientIp(ctx.extra.request, hops));
        if (!conn) return false; // 4403 Forbidden
        const same = [...connections.values()].filter(
          (c) => c.principal.tenantId === conn.principal.tenantId && c.principal.principal === conn.principal.principal,
        ).length;
        if (same >= maxPerPrincipal) {
          ctx.extra.socket.close(CLOSE_TOO_MANY, `Too many connections for this credential (at most ${maxPerPrincipal}).`);
          return false;
        }
        connections.set(ctx, conn);
        return true;
      },
      onClose(ctx) {
        const conn = connections.get(ctx);
        if (!conn) return;
        conn.closed = true;
        for (const sub of [...conn.subs]) sub.end();
        connections.delete(ctx);
      },
      async onSubscribe(ctx, _id, payload) {
        const conn = connections.get(ctx);
        if (!conn) return [refusal('Not connected.', ErrorCode.UNAUTHENTICATED)];
        // Subscriptions being prepared (admission awaits the budget) hold their slot already, so a
        // burst of subscribe messages cannot all pass the check before the first one joins.
        const preparing = pending.get(conn) ?? 0;
        if (conn.subs.size + preparing >= maxSubscriptions) {
          return [
            refusal(`At most ${maxSubscriptions} subscriptions per connection.`, ErrorCode.OPERATION_LIMIT_EXCEEDED, {
              limit: 'subscriptions',
              max: maxSubscriptions,
            }),
          ];
        }
        pending.set(conn, preparing + 1);
        try {
          return await prepare(conn, payload);
        } finally {
          pending.set(conn, (pending.get(conn) ?? 1) - 1);
        }
      },
      execute: (args) => (args.contextValue as { run: () => Promise<Result> }).run() as never,
      subscribe: (args) => (args.contextValue as { sub: SubscriptionStream }).sub as never,
      onNext: (_ctx, _id, _payload, _args, result) => result as Result,
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => withoutHttp(deps.formatError(e.toJSON(), e))),
    },
    wss,
    options.keepAliveMs ?? 12_000,
  );

  const unsubscribe = deps.eventTail.subscribe((events) => {
    const wanted = events.filter((e) => eventTypes.has(e.type));
    return wanted.length ? fanout.deliver(wanted) : undefined;
  });
  const stopRechecks = auth.recheck(() => connections.values());

  return {
    get activeSubscriptions() {
      return fanout.active;
    },
    stop: async () => {
      stopRechecks();
      unsubscribe();
      await fanout.settled();
      for (const client of wss.clients) client.close(1001, 'Going away');
      await new Promise((resolve) => setTimeout(resolve, 20));
      for (const client of wss.clients) client.terminate();
      await server.dispose();
    },
  };
}
