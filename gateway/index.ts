/**
 * The gateway: authenticates the caller, plans each operation over the static supergraph with
 * @apollo/gateway, and forwards a signed context (tenant, principal, scopes) to the subgraphs.
 */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../lib/errors';
import { executeApollo, headerMap, httpService, sendJson } from '../lib/http';
import { childLogger, requestContext } from '../lib/logger';
import { createServiceMetrics, type ServiceMetrics } from '../lib/metrics';
import { injectTraceContext, withServerSpan } from '../lib/tracing';
import { databaseName, openDatabase, type Database } from '../lib/mongo/connection';
import { signContext } from '../lib/signed-context';
import { SUPERGRAPH_PATH } from '../lib/schema';
import { DEFAULT_GATEWAY_LIMITS, type GatewayLimits, type SubgraphName } from '../lib/env';
import { clientIp, createAuthenticator, safeRequestId } from './auth';
import { credentialStore, type IdentityModels } from './credentials';
import { createErrorFormatter } from './format-error';
import { createDashboard, publishDashboardDocuments, type DashboardOptions } from './dashboard';
import { createExplorer, type ExplorerOptions } from './explorer';
import { operationLimitsRule } from './limits';
import type { GatewayContext } from './context';
import { anonymousGuard, denialAudit } from './security-plugins';
import { Redis } from 'ioredis';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { APQ_TTL_SECONDS, RedisDocumentCache } from './persisted-queries';
import {
  TrustedDocumentCache,
  TrustedDocumentStore,
  createTrustedDocuments,
  trustedDocumentsPlugin,
  type TrustedDocumentsMode,
} from './trusted-documents';
import { FallbackBudget, LeakyBucket, RedisBucket } from './throttle';
import { costPlugin, createCostAdmission } from './cost-admission';
import { startSubscriptionServer, type SubscriptionOptions, type SubscriptionServer } from './subscriptions';
import { startResponseCache, type ResponseCacheOptions } from './response-cache';
import { EventLogTail, mongoTailSource, redisTailSource } from './event-tail';
import { RedisStreamsBus } from '../lib/events/redis-bus';
import { serveFileRoutes } from './files';
import { relayNodePlugin } from './relay-node';

export interface GatewayConfig {
  mongoUri: string;
  dbPrefix?: string;
  signingSecrets: string[];
  subgraphUrls: Record<SubgraphName, string>;
  nodeEnv?: string;
  supergraphSdl?: string;
  jwtSecrets: string[];
  /** How long API-key and session lookups are cached (revocation delay); default 5 s. */
  authCacheTtlMs?: number;
  /** Proxies in front of the gateway that append to X-Forwarded-For (0: the header is ignored). */
  trustedProxyHops?: number;
  /** Operation limits, cost budget, body size and subgraph timeout; unset ones take DEFAULT_GATEWAY_LIMITS. */
  limits?: Partial<GatewayLimits>;
  /**
   * `/metrics` and detailed readiness are not for anonymous callers on the public port: they are
   * served there only with `Authorization: Bearer <metricsToken>`, and on the admin listener
   * (`listenAdmin`, loopback by default) to anyone who can reach it.
   */
  metricsToken?: string;
  /** The GraphiQL explorer on `GET /graphql` for browsers (gateway/explorer.ts); off when absent. */
  explorer?: ExplorerOptions;
  /** The business-health dashboard on `GET /dashboard` (gateway/dashboard.ts); off when absent. */
  dashboard?: DashboardOptions;
  /** graphql-ws subscriptions on /graphql (gateway/subscriptions/): polling, credential checks, queue cap. */
  subscriptions?: SubscriptionOptions;
  /**
   * Redis shared by every gateway replica (REDIS_URL): with it, cost budgets (and so the
   * anonymous per-address budgets) are one per principal across replicas, not one per replica.
   */
  redisUrl?: string;
  /** The event bus the subgraphs publish to (`EVENT_BUS`, `REDIS_URL`): what subscriptions, cache invalidation and revocations read. */
  events?: { bus?: 'mongo' | 'redis'; redisUrl?: string };
  /** Trusted documents (`TRUSTED_DOCUMENTS`): only operations an app published run (gateway/trusted-documents.ts); default off. */
  trustedDocuments?: TrustedDocumentsMode;
  /** A tenant-safe cache of query responses, invalidated by writes and domain events (gateway/response-cache.ts); off when absent or ttlMs is 0. */
  responseCache?: ResponseCacheOptions;
}

export type { GatewayContext } from './context';

export interface GatewayService {
  database: Database;
  identity: IdentityModels;
  /** The graphql-ws server (started by `listen`). */
  subscriptions(): SubscriptionServer | undefined;
  listen(port?: number, host?: string): Promise<string>;
  /** The admin listener: `/metrics`, detailed `/readyz`, `/healthz`; resolves to its base URL. */
  listenAdmin(port?: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;

/**
 * Sends each subgraph fetch with the gateway's signed context, and gives up after `timeoutMs`:
 * a slow or dead subgraph costs the caller its fields (null plus a coded error), never a hung request.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    private readonly secret: string,
    private readonly timeoutMs: number,
    metrics: ServiceMetrics,
  ) {
    const fetcher = ((input, init) =>
      metrics.timeSubgraphFetch(name, () =>
        fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
      )) as RemoteGraphQLDataSource['fetcher'];
    super({ url, fetcher });
  }

  /**
   * Identical subgraph queries in flight at the same time are sent once and answered to every
   * caller (each gets its own copy: the gateway merges into what it receives). "Identical" is the
   * same tenant, principal and scopes, operation and variables, so no caller ever gets what it
   * could not have fetched itself. Mutations are always sent. The subgraph sees the first caller's
   * request id.
   */
  private readonly inFlight = new Map<string, { response: Promise<SubgraphResponse>; waiters: number }>();

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const principal = 'principal' in options.context ? (options.context as GatewayContext).principal : undefined;
    const { query, variables } = options.request;
    if (!principal?.tenantId || !query || !/^\s*(query\b|\{)/.test(query)) return this.send(options);
    const key = JSON.stringify([principal.tenantId, principal.principal, [...principal.scopes].sort(), query, variables]);
    let shared = this.inFlight.get(key);
    if (!shared) {
      shared = { response: this.send(options).finally(() => this.inFlight.delete(key)), waiters: 0 };
      this.inFlight.set(key, shared);
    }
    shared.waiters += 1;
    const response = await shared.response;
    // Every caller joined before the answer came (the entry is gone by then): the last to resume
    // takes the answer itself, the others a copy.
    return --shared.waiters === 0 ? response : structuredClone(response);
  }

  /**
   * Sends once more, freshly signed, when the subgraph refused the context as expired: on a loaded
   * machine a request can wait past the signature's window before the subgraph reads it. The
   * subgraph refused it before running anything, so a second send cannot apply anything twice.
   */
  private async send(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      if (!refusedAsExpired(error)) throw error;
      return super.process(options);
    }
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const principal = 'principal' in context ? (context as GatewayContext).principal : undefined;
    if (!principal) return; // health probes: the subgraph will refuse them
    // The body exactly as RemoteGraphQLDataSource.sendRequest serialises it (the request without `http`).
    const { http: _http, ...sent } = request;
    const signed = signContext(principal, this.secret, { subgraph: this.name, body: JSON.stringify(sent) });
    for (const [name, value] of Object.entries(signed)) request.http?.headers.set(name, value);
    request.http?.headers.set('x-request-id', principal.requestId);
    injectTraceContext(request.http?.headers); // W3C traceparent of the gateway.fetch span, when tracing is on
  }

  override didEncounterError(error: Error): never {
    if (error instanceof GraphQLError) throw error; // an HTTP error status: errorFromResponse already coded it
    const timedOut = error.name === 'TimeoutError' || error.name === 'AbortError';
    throw new GraphQLError(
      timedOut
        ? `The ${this.name} service did not answer within ${this.timeoutMs} ms.`
        : `The ${this.name} service is unavailable.`,
      {
        originalError: error,
        extensions: { code: timedOut ? ErrorCode.SUBGRAPH_TIMEOUT : ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: this.name },
      },
    );
  }
}

/** A subgraph's 401 for a signed context that aged past its window in transit (lib/subgraph.ts). */
function refusedAsExpired(error: unknown): boolean {
  const response =
    error instanceof GraphQLError ? (error.extensions.response as { status?: number; body?: unknown } | undefined) : undefined;
  return response?.status === 401 && JSON.stringify(response.body ?? '').includes('expired gateway context');
}

/**
 * @apollo/gateway refuses supergraphs that link security features it does not enforce
 * (`@requiresScopes`, `@authenticated`), rightly: ignoring them silently would be unsafe. Here
 * the subgraphs enforce those directives themselves (lib/authorization.ts) on every field and
 * entity, so the gateway is told to treat the links as informational. The supergraph file stays
 * standard, and Apollo Router would enforce the same directives as well.
 */
export function supergraphForGateway(sdl: string): string {
  return sdl.replace(
    /(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:requiresScopes|authenticated)\/v[\d.]+"), for: SECURITY\)/g,
    '$1)',
  );
}

export async function createGateway(config: GatewayConfig): Promise<GatewayService> {
  const log = childLogger('gateway');
  const metrics = createServiceMetrics('gateway');
  const database = await openDatabase(config.mongoUri, databaseName(config.dbPrefix ?? '', 'identity'), {
    observeCommand: metrics.observeMongoCommand,
  });
  // The identity subgraph owns this database; the gateway reads keys and sessions and appends audit events.
  const credentials = credentialStore(database.connection);
  const authenticate = createAuthenticator(credentials, {
    jwtSecrets: config.jwtSecrets,
    cacheTtlMs: config.authCacheTtlMs ?? 5_000,
    trustProxy: (config.trustedProxyHops ?? 0) > 0,
  });
  const production = config.nodeEnv === 'production';

  const limits: GatewayLimits = { ...DEFAULT_GATEWAY_LIMITS, ...config.limits };
  /** The id of the HTTP request being served, for errors formatted and lines logged anywhere below it. */
  const requests = requestContext;

  const supergraphSdl = config.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8');
  // One budget per principal and one admission decision, for HTTP and WebSocket alike.
  const localBucket = new LeakyBucket(limits.costBucketSize, limits.costRestoreRate);
  const sharedRedisUrl = config.redisUrl ?? config.events?.redisUrl;
  const redis = sharedRedisUrl ? new Redis(sharedRedisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false }) : undefined;
  let redisDown = false; // logged once per outage, not once per reconnect attempt
  redis?.on('error', (err) => {
    if (!redisDown) log.warn({ err }, 'redis unreachable: cost budgets are per replica until it is back');
    redisDown = true;
  });
  redis?.on('ready', () => (redisDown = false));
  const costAdmission = createCostAdmission(
    limits,
    redis
      ? new FallbackBudget(new RedisBucket(redis, limits.costBucketSize, limits.costRestoreRate), localBucket, log)
      : localBucket,
  );
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphForGateway(supergraphSdl),
    buildService: ({ name, url }) =>
      new SignedDataSource(
        name,
        config.subgraphUrls[name as SubgraphName] ?? url!,
        config.signingSecrets[0],
        limits.subgraphTimeoutMs,
        metrics,
      ),
  });

  /** The principal's request id on every GraphQL response (the HTTP layer sets one before authentication). */
  const requestIdHeader: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('x-request-id', contextValue.principal.requestId);
        },
      };
    },
  };

  const formatError = createErrorFormatter({
    production,
    requestId: () => requests.getStore()?.requestId,
    onInternal: (err, requestId) => log.error({ err, requestId }, 'operation failed'),
  });
  // One reader of the shared event log for the whole gateway: subscriptions and cache invalidation.
  const eventsDb = await openDatabase(config.mongoUri, databaseName(config.dbPrefix ?? '', 'events'));
  // The bus the subgraphs publish to: the MongoDB log, or Redis Streams (EVENT_BUS=redis).
  const streams = config.events?.bus === 'redis' ? await RedisStreamsBus.connect(redisUrlOf(config)) : undefined;
  const eventTail = new EventLogTail(
    streams ? redisTailSource(streams) : mongoTailSource(eventsDb.connection),
    config.subscriptions?.pollIntervalMs ?? 100,
    childLogger('gateway:event-tail'),
  );
  const responseCache = config.responseCache?.ttlMs ? startResponseCache(config.responseCache, eventTail) : undefined;
  eventTail.subscribe((events) => events.forEach(authenticate.revoked));

  const trusted = createTrustedDocuments(
    config.trustedDocuments ?? 'off',
    new TrustedDocumentStore(credentials.models.TrustedDocument),
    childLogger('gateway:trusted-documents'),
  );

  const apollo = new ApolloServer<GatewayContext>({
    gateway: gateway as never,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // the process owner stops services in order
    // Apollo Server's defaults, stated because the tests rely on them: CSRF prevention on, no array batching.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    // APQ by the protocol (gateway/persisted-queries.ts): a bounded LRU, or Redis for every replica;
    // a hash it does not hold may be a published trusted document (gateway/trusted-documents.ts).
    persistedQueries: {
      cache: new TrustedDocumentCache(redis ? new RedisDocumentCache(redis) : new InMemoryLRUCache<string>(), trusted.store),
      ttl: APQ_TTL_SECONDS,
    },
    validationRules: [operationLimitsRule(limits)],
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      costPlugin<GatewayContext>(costAdmission),
      requestIdHeader,
      metrics.graphqlPlugin<GatewayContext>(log),
      anonymousGuard,
      trustedDocumentsPlugin(trusted),
      denialAudit(credentials, log),
      // Before the response cache: it stores what this plugin settled.
      relayNodePlugin<GatewayContext>(supergraphSdl),
      ...(responseCache ? [responseCache.plugin] : []),
    ],
    formatError,
  });
  await apollo.start();

  const explorer = config.explorer?.enabled ? createExplorer(config.explorer, log) : undefined;
  // Built (or read from dist/explorer) now, so the first page view does not wait for it.
  explorer?.bundle().catch((err) => log.error({ err }, 'the explorer bundle is unavailable'));
  const dashboard = config.dashboard?.enabled ? createDashboard(log) : undefined;
  dashboard?.bundle().catch((err) => log.error({ err }, 'the dashboard bundle is unavailable'));
  if (dashboard) await publishDashboardDocuments(credentials.models.TrustedDocument);

  const subgraphReadyUrls = Object.values(config.subgraphUrls).map((url) => url.replace(/\/graphql$/, '/readyz'));

  const http = httpService(log, async (req, res, path) => {
    // One id per request, on every response; the authenticator adopts it as the principal's requestId.
    const request = { requestId: safeRequestId(headerMap(req).get('x-request-id')) ?? randomUUID() };
    req.headers['x-request-id'] = request.requestId;
    res.setHeader('x-request-id', request.requestId);
    await requests.run(request, () => serve(req, res, path, request));
  });

  /** Readiness: the database and every subgraph, by name (the detail only for operators). */
  async function readiness(): Promise<{ ready: boolean; checks: Record<string, boolean> }> {
    const results = await Promise.all([
      database.connection
        .db!.admin()
        .ping()
        .then(
          () => true,
          () => false,
        ),
      ...subgraphReadyUrls.map((url) =>
        fetch(url, { signal: AbortSignal.timeout(2000) }).then(
          (r) => r.ok,
          () => false,
        ),
      ),
    ]);
    const names = ['database', ...Object.keys(config.subgraphUrls)];
    return { ready: results.every(Boolean), checks: Object.fromEntries(names.map((n, i) => [n, results[i]])) };
  }

  /** What operators see: metrics and readiness by check. */
  async function serveAdmin(res: ServerResponse, path: string): Promise<boolean> {
    if (path === '/healthz') sendJson(res, 200, { status: 'ok' });
    else if (path === '/metrics') await metrics.serve(res);
    else if (path === '/readyz') {
      const { ready, checks } = await readiness();
      sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks });
    } else return false;
    return true;
  }

  const operator = (req: IncomingMessage) =>
    Boolean(config.metricsToken) && sameToken(req.headers.authorization ?? '', `Bearer ${config.metricsToken}`);

  async function serve(req: IncomingMessage, res: ServerResponse, path: string, request: { requestId: string }) {
    if (operator(req) && (await serveAdmin(res, path))) return;
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/metrics') return sendJson(res, 404, { error: 'not found' }); // the admin listener, or the bearer token
    if (path === '/readyz') {
      const { ready } = await readiness(); // status only on the public port
      return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready' });
    }
    if (explorer && (await explorer.handle(req, res, path))) return;
    if (dashboard && (await dashboard.handle(req, res, path))) return;
    if (path.startsWith('/uploads/') || path.startsWith('/files/')) {
      const served = await serveFileRoutes(req, res, path, {
        secrets: config.signingSecrets,
        subgraphUrls: config.subgraphUrls,
        authenticate: (r) => authenticate(headerMap(r), clientIp(r, config.trustedProxyHops ?? 0)),
        requestId: request.requestId,
      });
      if (served) return;
    }
    if (path !== '/graphql') return sendJson(res, 404, { error: 'not found' });
    await withServerSpan(`gateway ${req.method} ${path}`, req.headers, { 'request.id': request.requestId }, () =>
      executeApollo(
        apollo,
        req,
        res,
        async () => {
          const context = { principal: await authenticate(headerMap(req), clientIp(req, config.trustedProxyHops ?? 0)) };
          request.requestId = context.principal.requestId;
          return context;
        },
        limits.maxBodyBytes,
      ),
    );
  }

  // The WebSocket upgrade on /graphql is graphql-ws (subscriptions); every other request stays HTTP.
  let subscriptions: SubscriptionServer | undefined;
  try {
    subscriptions = await startSubscriptionServer({
      httpServer: http.server,
      apollo,
      apiSchema: gateway.schema!,
      supergraphSdl,
      authenticate,
      limits,
      costAdmission,
      trusted,
      production,
      eventTail,
      formatError,
      log: childLogger('gateway:subscriptions'),
      options: { trustedProxyHops: config.trustedProxyHops, ...config.subscriptions },
    });
    await eventTail.start();
  } catch (err) {
    await subscriptions?.stop();
    await apollo.stop();
    await eventsDb.close();
    await database.close();
    throw err;
  }

  const admin = httpService(log, async (_req, res, path) => {
    if (!(await serveAdmin(res, path))) sendJson(res, 404, { error: 'not found' });
  });
  let adminUrl: Promise<string> | undefined;

  return {
    database,
    identity: credentials.models,
    subscriptions: () => subscriptions,
    listen: http.listen,
    listenAdmin: (port = 0, host = '127.0.0.1') =>
      (adminUrl ??= admin.listen(port, host).then((url) => url.replace(/\/graphql$/, ''))),
    stop: async () => {
      if (adminUrl) await admin.close();
      await subscriptions?.stop();
      await eventTail.stop();
      responseCache?.stop();
      redis?.disconnect();
      await streams?.close();
      await eventsDb.close();
      await http.close();
      await apollo.stop();
      await database.close();
    },
  };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function redisUrlOf(config: GatewayConfig): string {
  const url = config.events?.redisUrl ?? config.redisUrl;
  if (!url) throw new Error('EVENT_BUS=redis needs REDIS_URL.');
  return url;
}
