/**
 * Prometheus metrics, one registry per service instance (tests and `npm start` run several
 * services in one process). Label values are bounded: operation and command names outside a
 * plain-identifier shape, or beyond a cap of distinct values, collapse to one value.
 */
import type { ServerResponse } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Logger } from './logger';

/** Seconds; from a fast cached lookup to the gateway's subgraph timeout. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const MAX_OPERATION_NAMES = 200;
export const MAX_COMMAND_NAMES = 50;

/** Remembers up to `max` distinct plain names; anything else is reported as `overflow`. */
export class BoundedLabel {
  private readonly seen = new Set<string>();
  constructor(
    private readonly max: number,
    private readonly overflow = 'other',
  ) {}

  of(name: string | null | undefined, missing: string): string {
    if (!name) return missing;
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,99}$/.test(name)) return this.overflow;
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.max) return this.overflow;
    this.seen.add(name);
    return name;
  }
}

/** What a service reads, at scrape time, about the event consumer groups it runs. */
export interface EventMetricsSource {
  /** Each group's backlog: events after its acknowledged position, and the oldest one's publication time. */
  groups(): Promise<Array<{ group: string; pending: number; oldestPendingAt?: Date }>>;
  /** Dead letters of those groups by status (failed, parked, replay_requested, replayed). */
  deadLetters(): Promise<Array<{ group: string; status: string; count: number }>>;
}

export type FetchOutcome = 'success' | 'http_error' | 'timeout' | 'unavailable';

export interface ServiceMetrics {
  readonly registry: Registry;
  /** Counts and times every GraphQL operation (and logs it at debug level with `log`). */
  graphqlPlugin<TContext extends BaseContext>(log?: Logger): ApolloServerPlugin<TContext>;
  /** Times a gateway-to-subgraph fetch. */
  timeSubgraphFetch(subgraph: string, fetch: () => Promise<Response>): Promise<Response>;
  /** One driver command that finished (command monitoring). */
  observeMongoCommand(command: string, durationMs: number, ok: boolean): void;
  /** Reports the event lag and dead letters of `source`'s groups on every scrape. */
  observeEvents(source: EventMetricsSource): void;
  /** Answers `GET /metrics`. */
  serve(res: ServerResponse): Promise<void>;
}

export function createServiceMetrics(service: string, options: { defaultMetrics?: boolean } = {}): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });

  const operations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations served, by operation name, type and outcome (success or error).',
    labelNames: ['operation', 'type', 'outcome'],
    registers: [registry],
  });
  const operationDuration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its response.',
    labelNames: ['operation', 'type', 'outcome'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const fetchDuration = new Histogram({
    name: 'gateway_subgraph_fetch_duration_seconds',
    help: 'Gateway-to-subgraph HTTP fetches, by subgraph and outcome.',
    labelNames: ['subgraph', 'outcome'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const fetchErrors = new Counter({
    name: 'gateway_subgraph_fetch_errors_total',
    help: 'Gateway-to-subgraph fetches that failed: timeout, unavailable (network) or http_error (non-2xx).',
    labelNames: ['subgraph', 'reason'],
    registers: [registry],
  });
  const commandDuration = new Histogram({
    name: 'mongodb_command_duration_seconds',
    help: 'MongoDB driver command durations (command monitoring), by command name and outcome.',
    labelNames: ['command', 'outcome'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });

  let eventSource: EventMetricsSource | undefined;
  const groupsAtScrape = () => eventSource?.groups() ?? Promise.resolve([]);
  new Gauge({
    name: 'event_consumer_lag_events',
    help: 'Events in the bus after the consumer group acknowledged position (all tenants).',
    labelNames: ['group'],
    registers: [registry],
    async collect() {
      const groups = await groupsAtScrape();
      this.reset();
      for (const g of groups) this.set({ group: g.group }, g.pending);
    },
  });
  new Gauge({
    name: 'event_consumer_oldest_pending_age_seconds',
    help: 'Age of the oldest event the consumer group has not acknowledged yet (0 when caught up).',
    labelNames: ['group'],
    registers: [registry],
    async collect() {
      const groups = await groupsAtScrape();
      this.reset();
      const now = Date.now();
      for (const g of groups)
        this.set({ group: g.group }, g.oldestPendingAt ? Math.max(0, (now - g.oldestPendingAt.getTime()) / 1000) : 0);
    },
  });
  new Gauge({
    name: 'event_dead_letters',
    help: 'Dead letters of the consumer group by status (failed and parked ones wait for an admin).',
    labelNames: ['group', 'status'],
    registers: [registry],
    async collect() {
      const counts = (await eventSource?.deadLetters()) ?? [];
      this.reset();
      for (const c of counts) this.set({ group: c.group, status: c.status }, c.count);
    },
  });

  const operationNames = new BoundedLabel(MAX_OPERATION_NAMES);
  const commandNames = new BoundedLabel(MAX_COMMAND_NAMES);

  return {
    registry,
    graphqlPlugin: <TContext extends BaseContext>(log?: Logger): ApolloServerPlugin<TContext> => ({
      async requestDidStart() {
        const started = process.hrtime.bigint();
        return {
          async willSendResponse({ operation, operationName, response, errors }) {
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            const failed =
              (errors?.length ?? 0) > 0 ||
              (response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0);
            const labels = {
              // No resolved operation: the document did not parse or validate, or named no operation.
              operation: operation ? operationNames.of(operationName, 'anonymous') : 'unknown',
              type: operation?.operation ?? 'unknown',
              outcome: failed ? 'error' : 'success',
            };
            operations.inc(labels);
            operationDuration.observe(labels, seconds);
            log?.debug({ ...labels, durationMs: Math.round(seconds * 1e4) / 10 }, 'operation served');
          },
        };
      },
    }),
    timeSubgraphFetch: async (subgraph, fetch) => {
      const end = fetchDuration.startTimer({ subgraph });
      try {
        const response = await fetch();
        const outcome: FetchOutcome = response.ok ? 'success' : 'http_error';
        end({ outcome });
        if (!response.ok) fetchErrors.inc({ subgraph, reason: outcome });
        return response;
      } catch (err) {
        const name = (err as Error | undefined)?.name;
        const outcome: FetchOutcome = name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'unavailable';
        end({ outcome });
        fetchErrors.inc({ subgraph, reason: outcome });
        throw err;
      }
    },
    observeMongoCommand: (command, durationMs, ok) =>
      commandDuration.observe(
        { command: commandNames.of(command, 'unknown'), outcome: ok ? 'success' : 'error' },
        durationMs / 1000,
      ),
    observeEvents: (source) => {
      eventSource = source;
    },
    serve: async (res) => {
      const text = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType, 'content-length': Buffer.byteLength(text) });
      res.end(text);
    },
  };
}
