/**
 * Jest setup file: records the shape of every command this test file sends and every model's
 * declared indexes, for the index-coverage check the summary reporter runs at the end
 * (tests/helpers/index-coverage.js). Active when the global setup set QUERY_SHAPES_DIR.
 *
 * A test's own inspection of the database (a snapshot of every collection, a look at an outbox)
 * is not a query of the platform: wrap it in `unrecorded(...)` and it is left out.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { SUBGRAPHS } from '../../lib/env';
import { databaseObservers } from '../../lib/mongo/connection';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const coverage = require('./index-coverage.js');

const testReads = new AsyncLocalStorage<true>();
const PLATFORM_DATABASES = new Set<string>([...SUBGRAPHS, 'events']);

/** Runs a test's own reads of the database without recording them as queries of the platform. */
export function unrecorded<T>(read: () => Promise<T>): Promise<T> {
  return testReads.run(true, async () => await read()); // awaited inside: a mongoose query runs when awaited
}

const dir = process.env.QUERY_SHAPES_DIR;
if (dir) {
  const seen = new Set<string>();
  databaseObservers.add({
    commandStarted(event) {
      // Driver events are emitted in the async context of the operation that sent the command.
      if (testReads.getStore()) return;
      for (const { key, shape } of coverage.shapesOfCommand(event)) {
        if (seen.has(key)) continue;
        seen.add(key);
        coverage.record(dir, { type: 'shape', key, shape, count: 1 });
      }
    },
    indexesDeclared(databaseName, collection, indexes) {
      const database = coverage.databaseRole(databaseName);
      // The platform's databases only: a test's own models (in databases named otherwise) are not checked.
      if (!PLATFORM_DATABASES.has(database)) return;
      coverage.record(dir, { type: 'indexes', database, collection, indexes });
    },
  });
}
