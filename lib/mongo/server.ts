/**
 * Decides which MongoDB-wire server the platform talks to (docs/database.md).
 * Used by `npm start`, the benchmarks and the test setup alike, in this order:
 *   1. MONGODB_URI, when set;
 *   2. mongodb-memory-server, when it can get a `mongod` binary;
 *   3. mongo-java-server 1.47 (Java + Maven Central): the fast fallback; its H2 backend keeps the
 *      data in a file when a data folder is given (npm start), its memory backend serves tests;
 *   4. FerretDB v1.24.2 on its embedded SQLite backend, built once from the Go module proxy: the
 *      compatibility target (`npm run test:compat`).
 * `MONGO_SERVER=memory-server|java-server|ferretdb` forces one of 2-4 (MONGODB_URI still wins).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  cpSync,
  chmodSync,
  renameSync,
  openSync,
  closeSync,
  readSync,
  statSync,
} from 'node:fs';
import { createServer, connect } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export type DatabaseKind = 'MONGODB_URI' | 'mongodb-memory-server' | 'java-server' | 'ferretdb';

/** The values `MONGO_SERVER` accepts, each naming one server this module can start. */
export const STARTABLE_SERVERS = ['memory-server', 'java-server', 'ferretdb'] as const;
export type StartableServer = (typeof STARTABLE_SERVERS)[number];

export interface DatabaseServer {
  kind: DatabaseKind;
  /** Connection string without a database name. */
  uri: string;
  /** A one-line human description of what runs. */
  description: string;
  stop(): Promise<void>;
}

export const FERRETDB_VERSION = 'v1.24.2';
const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';
export const JAVA_SERVER_VERSION = '1.47.0';
const JAVA_SERVER_SOURCES = join(__dirname, 'java-server');

type Log = (msg: string) => void;

export interface StartDatabaseOptions {
  log?: Log;
  env?: NodeJS.ProcessEnv;
  /**
   * Keep the data under this folder across runs (npm start): `java-server.mv` (H2) or
   * `ferretdb/` (SQLite) inside it. Without it the data lives in memory or a temporary folder.
   */
  dataDir?: string;
}

export async function startDatabase(options: StartDatabaseOptions = {}): Promise<DatabaseServer> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => undefined);
  const tried: string[] = [];

  if (env.MONGODB_URI) {
    return {
      kind: 'MONGODB_URI',
      uri: env.MONGODB_URI,
      description: `MongoDB from MONGODB_URI (${redact(env.MONGODB_URI)})`,
      stop: async () => undefined,
    };
  }
  tried.push('MONGODB_URI: not set');

  const forced = env.MONGO_SERVER?.trim();
  if (forced && !(STARTABLE_SERVERS as readonly string[]).includes(forced)) {
    throw new Error(`MONGO_SERVER=${forced} is not one of ${STARTABLE_SERVERS.join(', ')}.`);
  }
  const candidates: Array<[StartableServer, () => Promise<DatabaseServer>]> = [
    ['memory-server', () => startMemoryServer()],
    ['java-server', () => startJavaServer(env, log, options.dataDir)],
    ['ferretdb', () => startFerretDB(env, log, options.dataDir && join(options.dataDir, 'ferretdb'))],
  ];
  for (const [name, start] of candidates) {
    if (forced && forced !== name) continue;
    if (!forced && name === 'memory-server' && env.SKIP_MONGODB_MEMORY_SERVER === 'true') {
      tried.push('mongodb-memory-server: skipped (SKIP_MONGODB_MEMORY_SERVER=true)');
      continue;
    }
    try {
      return await start();
    } catch (err) {
      const reason = firstLine(err);
      tried.push(`${describeCandidate(name)}: ${reason}`);
      log(`${describeCandidate(name)} unavailable (${reason})`);
    }
  }
  throw new Error(
    `No MongoDB-wire server could be started${forced ? ` (MONGO_SERVER=${forced})` : ''}. Tried:\n  - ${tried.join('\n  - ')}\n` +
      'Set MONGODB_URI to a running MongoDB 7+ to skip the search.',
  );
}

function describeCandidate(name: StartableServer): string {
  if (name === 'memory-server') return 'mongodb-memory-server';
  if (name === 'java-server') return `mongo-java-server ${JAVA_SERVER_VERSION}`;
  return `FerretDB ${FERRETDB_VERSION}`;
}

async function startMemoryServer(): Promise<DatabaseServer> {
  // Imported lazily: loading it has no side effects, but it is large.
  const { MongoMemoryServer } = await import('mongodb-memory-server');
  // A failed download is retried once, not three times: the fallback is fast and says why it ran.
  process.env.MONGOMS_MAX_RETRIES ??= '1';
  // mongodb-memory-server prints the whole download error itself; startDatabase reports it in one line.
  const warn = console.warn;
  console.warn = () => undefined;
  const server = await withTimeout(MongoMemoryServer.create(), 120_000, 'timed out starting mongod').finally(() => {
    console.warn = warn;
  });
  const uri = server.getUri().replace(/\/[^/]*$/, '/');
  return {
    kind: 'mongodb-memory-server',
    uri,
    description: `mongod from mongodb-memory-server at ${uri}`,
    stop: async () => {
      await server.stop({ doCleanup: true, force: true });
    },
  };
}

/** Where the mongo-java-server jars and the compiled launcher are cached between runs. */
export function javaServerCachePath(env: NodeJS.ProcessEnv = process.env): string {
  const cacheRoot = env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  return join(cacheRoot, 'crm-erp-platform', `mongo-java-server-${JAVA_SERVER_VERSION}`);
}

/**
 * Fetches mongo-java-server and its dependencies from Maven Central (`mvn
 * dependency:copy-dependencies` on java-server/pom.xml) and compiles java-server/Launcher.java
 * against them, once: the cache is keyed by a hash of both files, so editing either rebuilds it.
 * Returns the class path to run the launcher with.
 */
export function ensureJavaServer(env: NodeJS.ProcessEnv = process.env, log: Log = () => undefined): string {
  const cache = javaServerCachePath(env);
  const pom = join(JAVA_SERVER_SOURCES, 'pom.xml');
  const launcher = join(JAVA_SERVER_SOURCES, 'Launcher.java');
  const stamp = createHash('sha256').update(readFileSync(pom)).update(readFileSync(launcher)).digest('hex');
  const classPath = `${join(cache, 'classes')}:${join(cache, 'lib', '*')}`;
  const stampFile = join(cache, 'built-from');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return classPath;

  for (const tool of ['java', 'javac', 'mvn']) {
    if (spawnSync(tool, ['-version'], { stdio: 'ignore', env }).status !== 0) throw new Error(`no ${tool} on PATH`);
  }
  log(`fetching mongo-java-server ${JAVA_SERVER_VERSION} from Maven Central (first run only)...`);
  const started = Date.now();
  const work = `${cache}.building-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'classes'), { recursive: true });
  try {
    const copy = spawnSync(
      'mvn',
      ['-q', '-B', '-f', pom, 'dependency:copy-dependencies', `-DoutputDirectory=${join(work, 'lib')}`, '-DincludeScope=runtime'],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, env },
    );
    if (copy.status !== 0) throw new Error(`mvn dependency:copy-dependencies failed: ${(copy.stdout + copy.stderr).trim()}`);
    const javac = spawnSync('javac', ['-cp', join(work, 'lib', '*'), '-d', join(work, 'classes'), launcher], {
      encoding: 'utf8',
      env,
    });
    if (javac.status !== 0) throw new Error(`javac failed: ${javac.stderr.trim()}`);
    writeFileSync(join(work, 'built-from'), stamp);
    // Replaced in one rename, so a process that finds the stamp finds the whole build.
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(join(cache, '..'), { recursive: true });
    renameSync(work, cache);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  log(`mongo-java-server ${JAVA_SERVER_VERSION} ready in ${((Date.now() - started) / 1000).toFixed(1)}s -> ${cache}`);
  return classPath;
}

async function startJavaServer(env: NodeJS.ProcessEnv, log: Log, keepIn?: string): Promise<DatabaseServer> {
  const classPath = ensureJavaServer(env, log);
  const file = keepIn ? join(keepIn, 'java-server.mv') : undefined;
  if (keepIn) mkdirSync(keepIn, { recursive: true });
  const backend = file ? ['h2', file] : ['memory'];
  // The serial collector: the server shares the machine's cores with every service.
  const child: ChildProcess = spawn('java', ['-XX:+UseSerialGC', '-cp', classPath, 'Launcher', '0', ...backend], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env,
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const port = await withTimeout(
    new Promise<number>((resolve, reject) => {
      let stdout = '';
      child.stdout?.on('data', (d: Buffer) => {
        stdout += d.toString();
        const match = /listening (\d+)/.exec(stdout);
        if (match) resolve(Number(match[1]));
      });
      child.once('exit', (code) => reject(new Error(`mongo-java-server exited with code ${code}: ${lastLines(stderr)}`)));
    }),
    60_000,
    'mongo-java-server did not start within 60 s',
  ).catch((err) => {
    child.kill('SIGKILL');
    throw err;
  });
  child.stdout?.resume(); // the server writes nothing more there; keep the pipe drained anyway
  const uri = `mongodb://127.0.0.1:${port}/`;
  return {
    kind: 'java-server',
    uri,
    description: `mongo-java-server ${JAVA_SERVER_VERSION} (${file ? `H2 file ${file}` : 'in memory'}) at ${uri}`,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM'); // the shutdown hook flushes the H2 file
      await withTimeout(gone, 10_000, 'mongo-java-server did not stop').catch(() => child.kill('SIGKILL'));
    },
  };
}

/** The last lines of a server's error output, without the JVM's logging noise. */
function lastLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('SLF4J'))
    .slice(-5)
    .join(' | ');
}

/** Where the FerretDB binary is cached between runs. */
export function ferretdbBinaryPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FERRETDB_BIN) return env.FERRETDB_BIN;
  const cacheRoot = env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  return join(cacheRoot, 'crm-erp-platform', `ferretdb-${FERRETDB_VERSION}`);
}

/**
 * Builds FerretDB from the Go module proxy once. `go install ...@v1.24.2` alone yields a binary
 * that panics at start-up: the module omits the generated build/version/version.txt that the
 * binary embeds. So the module source is downloaded with `go mod download`, the version file is
 * written, and `go build` produces the cached binary.
 */
export function ensureFerretDB(env: NodeJS.ProcessEnv = process.env, log: Log = () => undefined): string {
  const bin = ferretdbBinaryPath(env);
  if (existsSync(bin) && spawnSync(bin, ['--version'], { stdio: 'ignore' }).status === 0) return bin;
  if (env.FERRETDB_BIN) throw new Error(`FERRETDB_BIN=${bin} does not run`);
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.status !== 0) throw new Error('no FerretDB binary cached and no Go toolchain on PATH to build one');
  log(`building FerretDB ${FERRETDB_VERSION} from the Go module proxy (first run only)...`);
  const started = Date.now();
  const dl = spawnSync('go', ['mod', 'download', '-json', `${FERRETDB_MODULE}@${FERRETDB_VERSION}`], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (dl.status !== 0) throw new Error(`go mod download failed: ${dl.stderr || dl.stdout}`);
  const moduleDir = JSON.parse(dl.stdout).Dir as string;
  const work = mkdtempSync(join(tmpdir(), 'ferretdb-src-'));
  try {
    cpSync(moduleDir, work, { recursive: true });
    chmodRecursive(work);
    writeFileSync(join(work, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);
    mkdirSync(join(bin, '..'), { recursive: true });
    const build = spawnSync('go', ['build', '-trimpath', '-o', bin, './cmd/ferretdb'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' },
    });
    if (build.status !== 0) throw new Error(`go build failed: ${build.stderr}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  log(`built FerretDB ${FERRETDB_VERSION} in ${((Date.now() - started) / 1000).toFixed(1)}s -> ${bin}`);
  return bin;
}

/** How many times a FerretDB that dies while in use is started again on the same port and files. */
const FERRETDB_RESTARTS = 5;

async function startFerretDB(env: NodeJS.ProcessEnv, log: Log, keepIn?: string): Promise<DatabaseServer> {
  const bin = ensureFerretDB(env, log);
  if (keepIn) mkdirSync(keepIn, { recursive: true });
  const dataDir = keepIn ?? mkdtempSync(join(tmpdir(), 'ferretdb-data-'));
  const port = await freePort();
  const uri = `mongodb://127.0.0.1:${port}/`;
  // Its whole error output goes to a file that outlives the data folder: a Go panic names its cause
  // in its first lines and can run to megabytes of goroutine stacks after them.
  const stderrFile = join(keepIn ?? tmpdir(), `ferretdb-${port}.stderr.log`);
  const args = [
    '--handler=sqlite',
    `--sqlite-url=file:${dataDir}/`,
    `--listen-addr=127.0.0.1:${port}`,
    '--telemetry=disable',
    '--debug-addr=-',
    `--state-dir=${dataDir}`,
    '--log-level=error',
  ];
  let stopping = false;
  let restarts = 0;
  let child: ChildProcess;

  const launch = async (): Promise<void> => {
    const out = openSync(stderrFile, 'a');
    const started = statSync(stderrFile).size;
    child = spawn(bin, args, { stdio: ['ignore', 'ignore', out] });
    closeSync(out);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const failed = exited.then((code) => {
      throw new Error(`FerretDB exited with code ${code}: ${crashSummary(stderrFile, started)}`);
    });
    failed.catch(() => undefined);
    await Promise.race([waitForPort(port, 30_000), failed]).catch((err) => {
      child.kill('SIGKILL');
      throw err;
    });
    // A server that dies while in use would fail every client after it with ECONNREFUSED. Say why
    // (the panic or SQLite error that opens its output) and start it again on the same port and
    // files: SQLite's journal keeps every committed write, and clients reconnect on their own.
    void exited.then(async (code) => {
      if (stopping) return;
      log(
        `FerretDB at ${uri} stopped unexpectedly (exit code ${code}): ${crashSummary(stderrFile, started)} ` +
          `(its whole output: ${stderrFile})`,
      );
      if (restarts >= FERRETDB_RESTARTS) return log(`FerretDB restarted ${restarts} times already; left stopped`);
      restarts += 1;
      const restarted = `FerretDB restarted at ${uri} (restart ${restarts} of at most ${FERRETDB_RESTARTS})`;
      try {
        await launch();
        return log(restarted);
      } catch (err) {
        log(`FerretDB could not be restarted on its files: ${(err as Error).message}`);
      }
      // A crash can leave a database file FerretDB refuses to open again. A folder of our own (the
      // tests': each file makes its own databases) is then emptied so the run goes on; a folder the
      // user keeps (npm start's .data/) is never emptied, and the server is left stopped.
      if (keepIn) return log(`FerretDB left stopped: its files in ${dataDir} are kept as they are`);
      rmSync(dataDir, { recursive: true, force: true });
      mkdirSync(dataDir, { recursive: true });
      await launch().then(
        () => log(`${restarted} on an empty data folder: what the crashed server held is gone`),
        (err: Error) => log(`FerretDB could not be restarted on an empty data folder either: ${err.message}`),
      );
    });
  };

  try {
    await launch();
  } catch (err) {
    if (!keepIn) rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  return {
    kind: 'ferretdb',
    uri,
    description: `FerretDB ${FERRETDB_VERSION} (SQLite files in ${dataDir}) at ${uri}`,
    stop: async () => {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) {
        const gone = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await withTimeout(gone, 5_000, 'FerretDB did not stop').catch(() => child.kill('SIGKILL'));
      }
      if (!keepIn) rmSync(dataDir, { recursive: true, force: true });
      if (!keepIn && restarts === 0) rmSync(stderrFile, { force: true });
    },
  };
}

/**
 * What a crashed FerretDB wrote since it started, in a line or two: the Go runtime's "panic:" or
 * "fatal error:" line and the frame that raised it, else the last lines it wrote.
 */
export function crashSummary(file: string, from = 0): string {
  let text = '';
  try {
    const fd = openSync(file, 'r');
    const buffer = Buffer.alloc(Math.min(Math.max(statSync(file).size - from, 0), 256 * 1024));
    readSync(fd, buffer, 0, buffer.length, from);
    closeSync(fd);
    text = buffer.toString('utf8');
  } catch {
    return '(no output kept)';
  }
  const lines = text.split('\n').filter((line) => line.trim());
  const cause = lines.findIndex((line) => /^(panic|fatal error|runtime:)/.test(line));
  const picked = cause >= 0 ? lines.slice(cause, cause + 6) : lines.slice(-5);
  return picked.join(' | ').slice(0, 1500) || '(no output)';
}

function chmodRecursive(dir: string): void {
  spawnSync('chmod', ['-R', 'u+w', dir]);
  chmodSync(dir, 0o755);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing listened on 127.0.0.1:${port} within ${timeoutMs}ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]);
}

/** An error as one short line, for the list of what was tried. */
function firstLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}

function redact(uri: string): string {
  return uri.replace(/\/\/([^@/]+)@/, '//***@');
}
