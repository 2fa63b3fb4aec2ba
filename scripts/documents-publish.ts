/**
 * `npm run documents:publish -- --app <name> --version <v> [--manifest <file>]`
 *
 * Publishes an app release's trusted documents: the operations codegen's client preset extracted
 * from its code (`persisted-documents.json`, hash -> document; default: the example client's,
 * examples/__generated__/persisted-documents.json). A gateway with `TRUSTED_DOCUMENTS=enforce`
 * then runs, for that app, only these (gateway/trusted-documents.ts). The manifest is checked
 * whole before anything is written (every hash must be its document's SHA-256, every document
 * must parse); publishing the same version again changes nothing.
 *
 * It writes to identity's database: MONGODB_URI, else the same database choice and `.data/`
 * folder as `npm start` (stop `npm start` first when both would use the same `.data/` folder).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../lib/env';
import { databaseName, openDatabase, syncModels } from '../lib/mongo/connection';
import { startDatabase } from '../lib/mongo/server';
import { publishDocuments, type PublishInput } from '../gateway/trusted-documents';
import { trustedDocumentModel } from '../subgraphs/identity/models';

export const EXAMPLE_MANIFEST = join(__dirname, '..', 'examples', '__generated__', 'persisted-documents.json');
/** The app name the example client sends (examples/typed-client.ts). */
export const EXAMPLE_APP = 'example-client';

export function parsePublishArgs(argv: string[]): PublishInput {
  const { values } = parseArgs({
    args: argv,
    options: { app: { type: 'string' }, version: { type: 'string' }, manifest: { type: 'string', default: EXAMPLE_MANIFEST } },
  });
  if (!values.app || !values.version)
    throw new Error('Usage: npm run documents:publish -- --app <name> --version <v> [--manifest <file>]');
  const documents = JSON.parse(readFileSync(values.manifest!, 'utf8')) as Record<string, string>;
  return { app: values.app, version: values.version, documents };
}

async function main(): Promise<void> {
  const input = parsePublishArgs(process.argv.slice(2));
  const config = loadConfig();
  const server = await startDatabase({ log: () => undefined, dataDir: join(process.cwd(), '.data') });
  const database = await openDatabase(server.uri, databaseName(config.dbPrefix, 'identity'));
  try {
    const model = trustedDocumentModel(database.connection);
    await syncModels(database.connection);
    const result = await publishDocuments(model, input);
    console.log(
      `Published ${result.documents} documents for ${result.app} ${result.version} (${result.added} new to the app, ${result.documents - result.added} already published).`,
    );
  } finally {
    await database.close();
    await server.stop();
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
