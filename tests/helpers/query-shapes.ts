/**
 * Jest setup file: records the shape of every command this test file sends and every model's
 * declared indexes, for the index-coverage check the summary reporter runs at the end
 * (tests/helpers/index-coverage.js). Active when the global setup set QUERY_SHAPES_DIR.
 */
import { databaseObservers } from '../../lib/mongo/connection';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const coverage = require('./index-coverage.js');

const dir = process.env.QUERY_SHAPES_DIR;
if (dir) {
  const seen = new Set<string>();
  databaseObservers.add({
    commandStarted(event) {
      for (const { key, shape } of coverage.shapesOfCommand(event)) {
        if (seen.has(key)) continue;
        seen.add(key);
        coverage.record(dir, { type: 'shape', key, shape, count: 1 });
      }
    },
    indexesDeclared(databaseName, collection, indexes) {
      coverage.record(dir, { type: 'indexes', database: coverage.databaseRole(databaseName), collection, indexes });
    },
  });
}
