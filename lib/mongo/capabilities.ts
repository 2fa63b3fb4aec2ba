/**
 * What the connected server can do, detected once per client at connect (`buildInfo`), never
 * assumed from configuration. Only lib's write path (lib/write.ts) acts on it, so no domain code
 * depends on which MongoDB-wire server runs.
 */
import type { Connection } from 'mongoose';

export interface ServerCapabilities {
  /**
   * A conditional single-document update (`{_id, version}` matched and written) is applied
   * atomically, so two concurrent ones cannot both win. True on MongoDB and mongo-java-server;
   * false on FerretDB 1.x, whose SQLite handler reads and then writes without isolation.
   */
  atomicConditionalUpdates: boolean;
  /** What answered, for logs and the start-up line: e.g. `MongoDB 7.0.14`, `FerretDB v1.24.2`. */
  server: string;
}

type BuildInfo = { version?: string; ferretdbVersion?: string; gitVersion?: string };

/** Pure: the capabilities a `buildInfo` answer implies (unit-tested with each server's answer). */
export function capabilitiesFromBuildInfo(info: BuildInfo): ServerCapabilities {
  if (info.ferretdbVersion) {
    const major = Number(/^v?(\d+)/.exec(info.ferretdbVersion)?.[1] ?? 0);
    return { atomicConditionalUpdates: major >= 2, server: `FerretDB ${info.ferretdbVersion}` };
  }
  // mongod reports its git commit; mongo-java-server reports a version and nothing else.
  const name = info.gitVersion ? 'MongoDB' : 'MongoDB-wire server';
  return { atomicConditionalUpdates: true, server: `${name} ${info.version ?? '(unknown version)'}` };
}

const detected = new WeakMap<object, Promise<ServerCapabilities>>();

/** The capabilities of the server behind `connection`, asked once per driver client and cached. */
export function serverCapabilities(connection: Connection): Promise<ServerCapabilities> {
  const client = connection.getClient();
  let known = detected.get(client);
  if (!known) {
    known = connection
      .asPromise()
      .then((c) => c.db!.admin().command({ buildInfo: 1 }))
      .then((info) => capabilitiesFromBuildInfo(info as BuildInfo));
    // A failed probe (server not up yet) is asked again next time rather than cached.
    known.catch(() => detected.delete(client));
    detected.set(client, known);
  }
  return known;
}
