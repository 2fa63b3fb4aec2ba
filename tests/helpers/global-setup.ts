import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDatabase } from '../../lib/mongo/server';

export default async function globalSetup(): Promise<void> {
  const db = await startDatabase({ log: (msg) => console.log(`[test db] ${msg}`) });
  console.log(`[test db] ${db.description}`);
  process.env.TEST_MONGODB_URI = db.uri;
  process.env.TEST_DATABASE_KIND = db.kind;
  // Every worker records its query shapes here; the summary reporter checks them against the indexes.
  process.env.QUERY_SHAPES_DIR ??= mkdtempSync(join(tmpdir(), 'query-shapes-'));
  (globalThis as { __TEST_DB__?: typeof db }).__TEST_DB__ = db;
}
