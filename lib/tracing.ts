/**
 * OpenTelemetry tracing: gateway -> subgraph -> MongoDB spans, exported over OTLP/HTTP (JSON)
 * when OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set. Otherwise the
 * SDK is never loaded and every hook here returns after one boolean check.
 *
 * @apollo/gateway already creates its spans (gateway.request, gateway.plan, gateway.fetch...)
 * through @opentelemetry/api once a provider is registered. This module adds the W3C
 * `traceparent` on gateway-to-subgraph requests, a server span per subgraph request, and a client
 * span per MongoDB command (from the driver's command monitoring, so no import-order hooks).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { context, propagation, trace, SpanKind, SpanStatusCode, type Attributes, type Span } from '@opentelemetry/api';

let enabled = false;

/** True once startTracing registered a tracer provider. */
export function tracingEnabled(): boolean {
  return enabled;
}

export interface Tracing {
  /** Exports what is buffered. */
  forceFlush(): Promise<void>;
  /** Flushes and unregisters: tracing is off again afterwards. */
  shutdown(): Promise<void>;
}

/** The OTLP/HTTP traces URL the environment asks for, or undefined (tracing off). */
export function otlpTracesUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.OTEL_TRACES_EXPORTER === 'none') return undefined;
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT) return `${withoutTrailingSlashes(env.OTEL_EXPORTER_OTLP_ENDPOINT)}/v1/traces`;
  return undefined;
}

/**
 * Starts exporting spans when the environment configures an OTLP endpoint; resolves to
 * undefined (and loads nothing) when it does not. `OTEL_SERVICE_NAME` overrides `serviceName`.
 */
export async function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): Promise<Tracing | undefined> {
  const url = otlpTracesUrl(env);
  if (!url || enabled) return undefined;
  const { NodeTracerProvider, BatchSpanProcessor } = await import('@opentelemetry/sdk-trace-node');
  const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
  const { resourceFromAttributes } = await import('@opentelemetry/resources');
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url }), { scheduledDelayMillis: 1000 })],
  });
  provider.register(); // global tracer provider, AsyncLocalStorage context manager, W3C trace-context propagator
  enabled = true;
  return {
    forceFlush: () => provider.forceFlush(),
    shutdown: async () => {
      enabled = false;
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

/** Adds `traceparent` (and `tracestate`) for the current span to an outgoing request's headers. */
export function injectTraceContext(headers: { set(name: string, value: string): void } | undefined): void {
  if (!enabled || !headers) return;
  propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
}

/**
 * Runs `fn` inside a server span that continues the caller's trace (W3C `traceparent`), when
 * tracing is on; just runs `fn` otherwise.
 */
export async function withServerSpan<T>(
  name: string,
  headers: IncomingHttpHeaders,
  attributes: Attributes,
  fn: () => Promise<T>,
): Promise<T> {
  if (!enabled) return fn();
  const parent = propagation.extract(context.active(), headers, {
    keys: (carrier) => Object.keys(carrier),
    get: (carrier, key) => carrier[key],
  });
  const span = trace.getTracer('crm-erp-platform').startSpan(name, { kind: SpanKind.SERVER, attributes }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), fn);
  } catch (err) {
    span.recordException(err as Error);
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw err;
  } finally {
    span.end();
  }
}

/** The driver's command monitoring events, as far as tracing reads them. */
interface CommandEvent {
  requestId: number;
  connectionId?: string | number;
  commandName: string;
}

export interface MongoCommandTracer {
  started(event: CommandEvent & { command: Record<string, unknown>; databaseName: string }): void;
  ended(event: CommandEvent, ok: boolean): void;
}

/**
 * One CLIENT span per MongoDB command, child of the span active when the driver sent it.
 * Undefined when tracing is off (the caller then registers no listeners).
 */
export function mongoCommandTracer(): MongoCommandTracer | undefined {
  if (!enabled) return undefined;
  const tracer = trace.getTracer('mongodb-command-monitoring');
  const open = new Map<string, Span>();
  const key = (event: CommandEvent) => `${event.connectionId}:${event.requestId}`;
  return {
    started: (event) => {
      const collection = event.command[event.commandName];
      const span = tracer.startSpan(`mongodb.${event.commandName}`, {
        kind: SpanKind.CLIENT,
        attributes: {
          'db.system': 'mongodb',
          'db.name': event.databaseName,
          'db.operation': event.commandName,
          ...(typeof collection === 'string' ? { 'db.mongodb.collection': collection } : {}),
        },
      });
      open.set(key(event), span);
    },
    ended: (event, ok) => {
      const span = open.get(key(event));
      if (!span) return;
      open.delete(key(event));
      if (!ok) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
  };
}

/** `url` without its trailing slashes (a loop: `/\/+$/` backtracks quadratically on a long run of slashes). */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end -= 1;
  return url.slice(0, end);
}
