import pino from 'pino';

/** The root logger: structured JSON on stdout; components take a child logger. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
});

export type Logger = pino.Logger;

export function childLogger(component: string): Logger {
  return logger.child({ component });
}
