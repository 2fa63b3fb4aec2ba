/**
 * Which database runs (lib/mongo/server.ts): MONGO_SERVER forces one, a server that cannot start
 * is reported with everything tried, mongo-java-server's H2 file keeps `npm start`'s data, and a
 * FerretDB that dies while in use says why and comes back on the same port with its data.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { startDatabase } from '../../lib/mongo/server';

const env = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv => {
  const { MONGODB_URI: _uri, MONGO_SERVER: _server, ...rest } = process.env;
  return { ...rest, ...extra };
};

async function waitFor(condition: () => boolean, lines: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting; the server said:\n${lines.join('\n')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('which database runs', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'db-choice-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('MONGODB_URI wins over MONGO_SERVER and starts nothing', async () => {
    const db = await startDatabase({ env: env({ MONGODB_URI: 'mongodb://db.example:27017/', MONGO_SERVER: 'ferretdb' }) });
    expect(db).toMatchObject({ kind: 'MONGODB_URI', uri: 'mongodb://db.example:27017/' });
  });

  it('refuses an unknown MONGO_SERVER, naming the ones it knows', async () => {
    await expect(startDatabase({ env: env({ MONGO_SERVER: 'postgres' }) })).rejects.toThrow(
      'MONGO_SERVER=postgres is not one of memory-server, java-server, ferretdb.',
    );
  });

  it('a forced server that cannot start fails with what was tried, and tries nothing else', async () => {
    // No java on PATH and an empty cache: mongo-java-server cannot be fetched; FerretDB is not tried.
    const attempt = startDatabase({ env: env({ MONGO_SERVER: 'java-server', PATH: '/nonexistent', XDG_CACHE_HOME: tempDir() }) });
    await expect(attempt).rejects.toThrow(
      /No MongoDB-wire server could be started \(MONGO_SERVER=java-server\)\. Tried:\n {2}- MONGODB_URI: not set\n {2}- mongo-java-server 1\.47\.0: no java on PATH\nSet MONGODB_URI/,
    );
  });

  it("mongo-java-server keeps npm start's data in its H2 file across restarts", async () => {
    const dataDir = tempDir();
    const roundTrip = async (write: boolean) => {
      const db = await startDatabase({ env: env({ MONGO_SERVER: 'java-server' }), dataDir });
      expect(db.kind).toBe('java-server');
      expect(db.description).toContain(join(dataDir, 'java-server.mv'));
      const connection = await mongoose.createConnection(db.uri, { dbName: 'kept' }).asPromise();
      try {
        if (write) await connection.db!.collection('notes').insertOne({ text: 'still here' });
        return await connection
          .db!.collection('notes')
          .find({}, { projection: { _id: 0 } })
          .toArray();
      } finally {
        await connection.close();
        await db.stop();
      }
    };
    expect(await roundTrip(true)).toEqual([{ text: 'still here' }]);
    expect(await roundTrip(false)).toEqual([{ text: 'still here' }]);
  });

  it('a FerretDB that dies while in use is started again on the same port, with its data, and says so', async () => {
    const lines: string[] = [];
    const db = await startDatabase({ env: env({ MONGO_SERVER: 'ferretdb' }), log: (line) => lines.push(line) });
    const connection = await mongoose.createConnection(db.uri, { dbName: 'survives' }).asPromise();
    try {
      await connection.db!.collection('notes').insertOne({ text: 'committed before the crash' });
      const port = new URL(db.uri).port;
      expect(spawnSync('pkill', ['-KILL', '-f', `listen-addr=127.0.0.1:${port}`]).status).toBe(0);
      await waitFor(() => lines.some((line) => line.startsWith(`FerretDB restarted at ${db.uri}`)), lines);
      // (A first run also says it built the binary.)
      expect(lines.find((line) => line.includes('stopped unexpectedly'))).toMatch(
        new RegExp(
          `^FerretDB at ${db.uri} stopped unexpectedly \\(exit code null\\): .*its whole output: .*ferretdb-${port}\\.stderr\\.log\\)$`,
        ),
      );
      // The same client carries on once the server is back: nothing committed is lost.
      const notes = await connection
        .db!.collection('notes')
        .find({}, { projection: { _id: 0 } })
        .toArray();
      expect(notes).toEqual([{ text: 'committed before the crash' }]);
    } finally {
      await connection.close();
      await db.stop();
    }
  });

  it('a FerretDB whose files cannot be opened after a crash comes back on an empty folder, and says what was lost', async () => {
    const lines: string[] = [];
    const db = await startDatabase({ env: env({ MONGO_SERVER: 'ferretdb' }), log: (line) => lines.push(line) });
    const connection = await mongoose.createConnection(db.uri, { dbName: 'damaged' }).asPromise();
    try {
      await connection.db!.collection('notes').insertOne({ text: 'in a file the crash damaged' });
      // The database file is left unreadable, as a crash mid-write can leave it: SQLite refuses it.
      const dataDir = /SQLite files in (\S+)\)/.exec(db.description)![1];
      const file = join(dataDir, 'damaged.sqlite');
      writeFileSync(file, Buffer.alloc(8192, 'damaged '));
      for (const side of ['-wal', '-shm']) rmSync(file + side, { force: true });
      const port = new URL(db.uri).port;
      expect(spawnSync('pkill', ['-KILL', '-f', `listen-addr=127.0.0.1:${port}`]).status).toBe(0);
      await waitFor(() => lines.some((line) => line.includes('on an empty data folder')), lines);
      expect(lines).toContainEqual(
        expect.stringMatching(/^FerretDB could not be restarted on its files: FerretDB exited with code 1: /),
      );
      expect(lines).toContainEqual(
        `FerretDB restarted at ${db.uri} (restart 1 of at most 5) on an empty data folder: what the crashed server held is gone`,
      );
      // Clients carry on against the new, empty server.
      await connection.db!.collection('notes').insertOne({ text: 'after the restart' });
      const notes = await connection
        .db!.collection('notes')
        .find({}, { projection: { _id: 0 } })
        .toArray();
      expect(notes).toEqual([{ text: 'after the restart' }]);
    } finally {
      await connection.close();
      await db.stop();
    }
  });
});
