/**
 * What every subgraph service shares: its own database connection, an Apollo subgraph server,
 * the gateway-signature check, tenant scoping, health endpoints and clean shutdown.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { enforceListCaps } from './list-caps';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { Connection, Model } from 'mongoose';
import type { DocumentNode } from 'graphql';
import { databaseName, openDatabase, syncModels, type Database } from './mongo/connection';
import { MAX_SIGNED_CONTEXT_AGE_MS, ReplayGuard, verifyContext, type RequestPrincipal } from './signed-context';
import { runWithTenant } from './tenancy';
import { enforceAuthorization } from './authorization';
import { executeApollo, headerMap, httpService, readBody, sendGraphQLError, sendJson } from './http';
import { maskError, ErrorCode } from './errors';
import { childLogger, runWithRequestContext } from './logger';
import { createServiceMetrics, type EventMetricsSource } from './metrics';
import { withServerSpan } from './tracing';
import type { SubgraphName } from './env';
import {
  EventConsumer,
  MongoEventBus,
  OutboxRelay,
  consumerModels,
  deadLetterModel,
  eventLogModels,
  type EventHandler,
  type InspectableEventBus,
} from './events';
import { RedisStreamsBus } from './events/redis-bus';
import { EventRetention } from './events/retention';
import { Job, type JobDefinition } from './jobs';
import { UPLOAD_GRANT_HEADER, attachmentModel, ensureFileIndexes, serveFiles, type AttachmentOwners } from './attachments';

export interface SubgraphConfig {
  /** Server connection string (no database name). */
  mongoUri: string;
  dbPrefix?: string;
  signingSecrets: string[];
  signedContextMaxAgeMs?: number;
  nodeEnv?: string;
  /** HS256 secrets for user access tokens: the first signs (identity), all verify. */
  jwtSecrets?: string[];
  accessTokenTtlSeconds?: number;
  /** Event relay and consumers of this subgraph (docs/events.md). */
  events?: SubgraphEventOptions;
}

export interface SubgraphEventOptions {
  /** Off: no relay publishes this subgraph's outboxes and no consumer runs (tests that drive them by hand). */
  disabled?: boolean;
  /** How often consumers poll when idle (default 200 ms); relays publish announced writes at once and sweep every 30 s. */
  pollIntervalMs?: number;
  /** Attempts before an event becomes a dead letter (default 5). */
  maxAttempts?: number;
  /** Which bus: the MongoDB log in the `events` database (default, no extra server) or Redis Streams. */
  bus?: 'mongo' | 'redis';
  /** Redis connection string when `bus` is `redis`. */
  redisUrl?: string;
  /** Events and processed ids older than this many days are trimmed, hourly (default 30; 0 keeps everything). */
  retentionDays?: number;
}

/** What a request's resolvers may read of the event infrastructure (admin queries). */
export interface SubgraphEventsAccess {
  bus: InspectableEventBus;
  /** The shared `events` database: the MongoDB log (when it is the bus) and every group's dead letters. */
  connection: Connection;
}

/** One consumer group of a subgraph: the events it reacts to and its idempotent handler. */
export interface ConsumerDefinition {
  /** `<subgraph>.<purpose>`, e.g. `finance.invoice-drafter`. */
  group: string;
  /** The event types it handles; `['*']`: every type (e.g. identity's webhooks, whose subscriptions are data). */
  types: string[];
  handle: EventHandler;
  maxAttempts?: number;
}

export interface SubgraphEvents<TModels> {
  /** Models whose documents carry an outbox (`outboxPlugin`); a relay publishes their events. */
  producers?(models: TModels): Array<Model<any>>;
  /** Consumer groups that react to other domains' events, writing only this subgraph's models. */
  consumers?(models: TModels): ConsumerDefinition[];
}

/**
 * A subgraph, declared: its name, SDL and resolvers, its models and per-request loaders, the
 * events it produces and consumes, and its time-based jobs. `createSubgraphService` runs it.
 */
export interface SubgraphDefinition<TModels, TLoaders> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<any>;
  models(connection: Connection): TModels;
  loaders(models: TModels): TLoaders;
  events?: SubgraphEvents<TModels>;
  /** Sweepers and time-based work; started with the service unless its events are disabled. */
  jobs?(models: TModels, config: SubgraphConfig): JobDefinition[];
  /**
   * The record types of this subgraph that carry file attachments (lib/attachments.ts), each with
   * how to tell that one exists in the current tenant; the service then serves `/files`.
   */
  attachments?(models: TModels): AttachmentOwners;
}

export interface SubgraphContext<TModels, TLoaders> extends RequestPrincipal {
  models: TModels;
  loaders: TLoaders;
  events: SubgraphEventsAccess;
}

export interface SubgraphService<TModels = unknown> {
  name: SubgraphName;
  database: Database;
  models: TModels;
  /** The shared event bus, this subgraph's relay and its consumers (started with the service). */
  events: { bus: InspectableEventBus; database: Database; relay?: OutboxRelay; consumers: EventConsumer[] };
  /** The definition's jobs by name (running unless events are disabled); `runOnce` drives a round by hand. */
  jobs: Record<string, Job>;
  /** Starts listening; resolves to the GraphQL endpoint URL. */
  listen(port?: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

export async function createSubgraphService<TModels, TLoaders>(
  definition: SubgraphDefinition<TModels, TLoaders>,
  config: SubgraphConfig,
): Promise<SubgraphService<TModels>> {
  const log = childLogger(`subgraph:${definition.name}`);
  const metrics = createServiceMetrics(definition.name);
  const database = await openDatabase(config.mongoUri, databaseName(config.dbPrefix ?? '', definition.name), {
    observeCommand: metrics.observeMongoCommand,
  });
  const models = definition.models(database.connection);
  consumerModels(database.connection); // processed ids live in the consumer's own database
  const attachmentOwners = definition.attachments?.(models);
  if (attachmentOwners) attachmentModel(database.connection);
  await syncModels(database.connection);
  if (attachmentOwners) await ensureFileIndexes(database.connection.db!);
  const events = await startEvents(definition, models, database, config);
  const jobs = Object.fromEntries((definition.jobs?.(models, config) ?? []).map((d) => [d.name, new Job(d)]));
  if (!config.events?.disabled) for (const job of Object.values(jobs)) job.start();
  metrics.observeEvents(
    eventMetricsSource(
      events.bus,
      events.database.connection,
      events.consumers.map((c) => c.group),
    ),
  );

  const schema = buildSubgraphSchema({ typeDefs: definition.typeDefs, resolvers: definition.resolvers });
  enforceListCaps(schema); // inside authorization: a refused caller learns nothing about a list's size
  enforceAuthorization(schema);
  const apollo = new ApolloServer<SubgraphContext<TModels, TLoaders>>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // the process owner stops services in order
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), metrics.graphqlPlugin(log)],
    formatError: (formatted, error) => {
      const masked = maskError(formatted, error);
      if (masked.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) log.error({ err: error }, 'resolver failed');
      return masked;
    },
  });
  await apollo.start();
  const maxAge = Math.min(config.signedContextMaxAgeMs ?? MAX_SIGNED_CONTEXT_AGE_MS, MAX_SIGNED_CONTEXT_AGE_MS);
  const replays = new ReplayGuard(maxAge);

  const http = httpService(log, async (req, res, path) => {
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/metrics') return metrics.serve(res);
    if (path === '/readyz') {
      const ok = await database.connection
        .db!.admin()
        .ping()
        .then(
          () => true,
          () => false,
        );
      return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'database unreachable' });
    }
    if (attachmentOwners && (path === '/files' || path.startsWith('/files/'))) {
      // The bytes are streamed, not buffered: the signature covers the upload grant instead of the body.
      const signedBody = req.method === 'PUT' ? String(req.headers[UPLOAD_GRANT_HEADER] ?? '') : `${req.method} ${path}`;
      const verified = verifyContext(headerMap(req), config.signingSecrets, maxAge, {
        subgraph: definition.name,
        body: signedBody,
        replays,
      });
      if (!verified.ok || !verified.context.tenantId) {
        return sendJson(res, 401, { error: `Subgraph refused the request: ${verified.ok ? 'no tenant' : verified.reason}.` });
      }
      const principal = verified.context;
      return runWithRequestContext({ requestId: principal.requestId }, () =>
        runWithTenant(principal.tenantId, () =>
          serveFiles(req, res, path, {
            subgraph: definition.name,
            connection: database.connection,
            owners: attachmentOwners,
            principal,
            secrets: config.signingSecrets,
          }),
        ),
      );
    }
    if (path !== '/graphql' && path !== '/') return sendJson(res, 404, { error: 'not found' });
    // The signature covers this subgraph and the exact body, so the body is read before anything else.
    const bodyText = req.method === 'POST' ? await readBody(req) : '';
    const verified = verifyContext(headerMap(req), config.signingSecrets, maxAge, {
      subgraph: definition.name,
      body: bodyText,
      replays,
    });
    if (!verified.ok) {
      return sendGraphQLError(res, 401, ErrorCode.UNAUTHENTICATED, `Subgraph refused the request: ${verified.reason}.`);
    }
    const principal = verified.context;
    const execute = () =>
      executeApollo(
        apollo,
        req,
        res,
        async () => ({
          ...principal,
          models,
          loaders: definition.loaders(models),
          events: { bus: events.bus, connection: events.database.connection },
        }),
        undefined,
        bodyText,
      );
    // The gateway's request id goes on every log line written while serving this request.
    await runWithRequestContext({ requestId: principal.requestId }, () =>
      withServerSpan(`${definition.name} ${req.method} ${path}`, req.headers, { 'graphql.subgraph': definition.name }, () =>
        // An anonymous caller has no tenant: every tenant-scoped read or write then fails closed.
        principal.tenantId ? runWithTenant(principal.tenantId, execute) : execute(),
      ),
    );
  });

  return {
    name: definition.name,
    database,
    models,
    listen: http.listen,
    events: { bus: events.bus, database: events.database, relay: events.relay, consumers: events.consumers },
    jobs,
    stop: async () => {
      await http.close();
      await apollo.stop();
      await Promise.all(Object.values(jobs).map((job) => job.stop()));
      await events.stop();
      await database.close();
    },
  };
}

/** Lag and dead letters of this service's own consumer groups (each group is reported by the service that runs it). */
export function eventMetricsSource(bus: InspectableEventBus, eventsConnection: Connection, groups: string[]): EventMetricsSource {
  return {
    groups: async () => {
      if (!groups.length) return [];
      const known = new Map((await bus.groups()).map((g) => [g.group, g]));
      return Promise.all(groups.map(async (group) => known.get(group) ?? { group, pending: (await bus.lag(group)).pending }));
    },
    deadLetters: async () => {
      if (!groups.length) return [];
      // Infrastructure records, not tenant data: counted over every tenant ($group with $sum runs on FerretDB too).
      const rows = await deadLetterModel(eventsConnection).aggregate<{ _id: { group: string; status: string }; count: number }>([
        { $match: { group: { $in: groups } } },
        { $group: { _id: { group: '$group', status: '$status' }, count: { $sum: 1 } } },
      ]);
      return rows.map((r) => ({ group: r._id.group, status: r._id.status, count: r.count }));
    },
  };
}

/**
 * Opens the shared event bus (the `events` database) and, unless disabled, starts the relay that
 * publishes this subgraph's outboxes and its consumer groups.
 */
async function startEvents<TModels>(
  definition: SubgraphDefinition<TModels, unknown>,
  models: TModels,
  database: Database,
  config: SubgraphConfig,
) {
  // A connection of its own: the bus's polling is not work done for a request (commandCount).
  const eventsDb = await openDatabase(config.mongoUri, databaseName(config.dbPrefix ?? '', 'events'));
  eventLogModels(eventsDb.connection);
  deadLetterModel(eventsDb.connection); // every group's dead letters, in one place for the admin queries
  await syncModels(eventsDb.connection);
  const options = config.events ?? {};
  let bus: InspectableEventBus;
  if (options.bus === 'redis') {
    if (!options.redisUrl) throw new Error('The redis event bus needs REDIS_URL.');
    bus = await RedisStreamsBus.connect(options.redisUrl).catch(async (err) => {
      await eventsDb.close();
      throw err;
    });
  } else {
    bus = new MongoEventBus(eventsDb.connection);
  }
  const producers = definition.events?.producers?.(models) ?? [];
  if (definition.attachments) producers.push(attachmentModel(database.connection)); // `<subgraph>.attachment.added`
  const pollIntervalMs = options.pollIntervalMs ?? 200;
  const relay = producers.length ? new OutboxRelay({ bus, models: producers }) : undefined;
  const consumers = (definition.events?.consumers?.(models) ?? []).map(
    (c) =>
      new EventConsumer({
        bus,
        connection: database.connection,
        deadLetterConnection: eventsDb.connection,
        group: c.group,
        types: c.types.includes('*') ? undefined : c.types,
        handle: c.handle,
        maxAttempts: c.maxAttempts ?? options.maxAttempts,
        pollIntervalMs,
      }),
  );
  const retentionDays = options.retentionDays ?? 30;
  const retention =
    retentionDays > 0 ? new EventRetention({ bus, consumerConnections: [database.connection], retentionDays }) : undefined;
  if (!options.disabled) {
    relay?.start();
    for (const consumer of consumers) consumer.start();
    retention?.start();
  }
  return {
    bus,
    database: eventsDb,
    relay,
    consumers,
    stop: async () => {
      await retention?.stop();
      await relay?.stop();
      await Promise.all(consumers.map((c) => c.stop()));
      if (bus instanceof RedisStreamsBus) await bus.close();
      await eventsDb.close();
    },
  };
}
