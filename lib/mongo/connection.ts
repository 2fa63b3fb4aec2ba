import mongoose, { type Connection } from 'mongoose';
import { mongoCommandTracer } from '../tracing';
import { serverCapabilities, type ServerCapabilities } from './capabilities';

// Filters are built from typed GraphQL input only; these make any slip fail loudly, not silently.
mongoose.set('sanitizeFilter', true);
mongoose.set('strictQuery', 'throw');
mongoose.set('autoIndex', false); // indexes are built explicitly by syncModels() at start-up
mongoose.set('autoCreate', false); // so are collections: no createCollection per model on every connection

export interface Database {
  connection: Connection;
  /** What the server can do, detected once at connect; lib/write.ts acts on it. */
  capabilities: ServerCapabilities;
  /** Database commands sent since start-up (driver command monitoring); tests use it to prove batching. */
  commandCount(): number;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Receives every finished driver command (request work and housekeeping alike): metrics. */
  observeCommand?(command: string, durationMs: number, ok: boolean): void;
}

/**
 * Watches every database this process opens: each command sent and each model's declared indexes.
 * The test suite's index-coverage check registers one; nothing in production does.
 */
export interface DatabaseObserver {
  commandStarted?(event: { databaseName: string; commandName: string; command: Record<string, unknown> }): void;
  indexesDeclared?(
    databaseName: string,
    collection: string,
    indexes: Array<{ key: Record<string, 1 | -1>; unique: boolean }>,
  ): void;
}
export const databaseObservers = new Set<DatabaseObserver>();

/** Opens a dedicated connection to one database on the chosen server. */
export async function openDatabase(serverUri: string, dbName: string, options: DatabaseOptions = {}): Promise<Database> {
  const connection = mongoose.createConnection(serverUri, {
    dbName,
    monitorCommands: true,
    maxPoolSize: 20,
    serverSelectionTimeoutMS: 10_000,
  });
  let commands = 0;
  connection.getClient().on('commandStarted', (event) => {
    if (!IGNORED_COMMANDS.has(event.commandName)) commands += 1;
  });
  const { observeCommand } = options;
  if (observeCommand) {
    connection.getClient().on('commandSucceeded', (event) => observeCommand(event.commandName, event.duration, true));
    connection.getClient().on('commandFailed', (event) => observeCommand(event.commandName, event.duration, false));
  }
  for (const observer of databaseObservers) {
    if (observer.commandStarted) connection.getClient().on('commandStarted', (event) => observer.commandStarted!(event));
  }
  const tracer = mongoCommandTracer(); // undefined unless tracing is on
  if (tracer) {
    connection.getClient().on('commandStarted', (event) => {
      if (!IGNORED_COMMANDS.has(event.commandName)) tracer.started(event);
    });
    connection.getClient().on('commandSucceeded', (event) => tracer.ended(event, true));
    connection.getClient().on('commandFailed', (event) => tracer.ended(event, false));
  }
  await connection.asPromise();
  const capabilities = await serverCapabilities(connection);
  return {
    connection,
    capabilities,
    commandCount: () => commands,
    close: () => connection.close(),
  };
}

/** Driver housekeeping that is not work done for a request. */
const IGNORED_COMMANDS = new Set(['hello', 'isMaster', 'ismaster', 'ping', 'endSessions', 'saslStart', 'saslContinue']);

/** Creates every collection and index the models declare; idempotent. */
export async function syncModels(connection: Connection): Promise<void> {
  const existing = new Set((await connection.db!.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name));
  for (const model of Object.values(connection.models)) {
    if (model.schema.get('autoCreate') === false) continue; // a view over another model's collection
    if (!existing.has(model.collection.collectionName)) {
      await model.createCollection().catch((err: { codeName?: string }) => {
        if (err.codeName !== 'NamespaceExists') throw err; // another process created it meanwhile
      });
    }
    await model.syncIndexes();
    for (const observer of databaseObservers) {
      observer.indexesDeclared?.(
        connection.name,
        model.collection.collectionName,
        model.schema
          .indexes()
          .map(([key, options]) => ({ key: key as Record<string, 1 | -1>, unique: Boolean(options?.unique) })),
      );
    }
  }
}

/** The database name of one subgraph, under an optional prefix shared by a stack. */
export function databaseName(prefix: string, subgraph: string): string {
  return prefix ? `${prefix}_${subgraph}` : subgraph;
}
