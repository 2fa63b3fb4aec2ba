import { randomBytes } from 'node:crypto';
import type { Connection } from 'mongoose';

/** The server the global setup started (or MONGODB_URI). */
export function testMongoUri(): string {
  const uri = process.env.TEST_MONGODB_URI;
  if (!uri) throw new Error('TEST_MONGODB_URI is not set: run the tests through jest (npm test).');
  return uri;
}

/** A database-name prefix no other test file uses. */
export function uniquePrefix(): string {
  return `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

export const TEST_SECRET = 'test-signing-secret';
export const TEST_JWT_SECRET = 'test-jwt-secret';

/**
 * The filters of the `find` commands sent on `connection`'s database (of `collection`, when
 * given) while `work` runs: tests that prove a read is an exact `_id` lookup, the one filter
 * FerretDB 1.x serves from its primary key.
 */
export async function findFilters(
  connection: Connection,
  work: () => Promise<unknown>,
  collection?: string,
): Promise<Array<Record<string, unknown>>> {
  const filters: Array<Record<string, unknown>> = [];
  const listener = (e: { commandName: string; databaseName: string; command: Record<string, any> }) => {
    if (e.commandName !== 'find' || e.databaseName !== connection.name) return;
    if (collection === undefined || e.command.find === collection) filters.push(e.command.filter);
  };
  connection.getClient().on('commandStarted', listener);
  try {
    await work();
  } finally {
    connection.getClient().off('commandStarted', listener);
  }
  return filters;
}
