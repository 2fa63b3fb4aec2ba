import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';

/**
 * What is known about the request being served: every log line written while serving it
 * carries these fields (a pino mixin), whichever component's logger writes it.
 */
export interface RequestLogContext {
  requestId: string;
}

export const requestContext = new AsyncLocalStorage<RequestLogContext>();

/** Runs `fn` with `ctx` as the current request: its fields go on every log line written inside. */
export function runWithRequestContext<T>(ctx: RequestLogContext, fn: () => T): T {
  return requestContext.run(ctx, fn);
}

/** Where log lines go: stdout, or a test's capture (see captureLogs). */
let destination: { write(line: string): unknown } = pino.destination(1);

/** The root logger: structured JSON on stdout; components take a child logger. */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: () => {
      const ctx = requestContext.getStore();
      return ctx ? { requestId: ctx.requestId } : {};
    },
  },
  { write: (line: string) => destination.write(line) },
);

export type Logger = pino.Logger;

export function childLogger(component: string): Logger {
  return logger.child({ component });
}

/**
 * Tests: collect log lines (parsed) at `level` instead of writing them to stdout. Loggers created
 * before the call keep their level; create the services after it.
 */
export function captureLogs(level: pino.Level = 'debug'): { lines: Record<string, unknown>[]; stop(): void } {
  const previous = { destination, level: logger.level };
  const lines: Record<string, unknown>[] = [];
  destination = { write: (line: string) => lines.push(JSON.parse(line)) };
  logger.level = level;
  return {
    lines,
    stop: () => {
      destination = previous.destination;
      logger.level = previous.level;
    },
  };
}
