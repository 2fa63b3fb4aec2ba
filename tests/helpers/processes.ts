/**
 * The platform as production runs it: the gateway and each subgraph in a process of its own
 * (`node --import tsx scripts/serve.ts <service>`), on fresh databases of the test server, reached
 * over HTTP only. A service can be killed with SIGKILL (no shutdown code runs) and started again on
 * the same port with its own environment (e.g. `EVENTS_DISABLED=true`), the way an orchestrator
 * restarts a crashed container.
 *
 * Every child is killed by `stop()`, and by an exit hook should the test process end without it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { SubgraphName } from '../../lib/env';
import { databaseName, openDatabase } from '../../lib/mongo/connection';
import { identityModels } from '../../subgraphs/identity/models';
import { TEST_JWT_SECRET, TEST_SECRET, testMongoUri, uniquePrefix } from './db';
import { createTestTenant, type TestTenant } from './tenants';

/** A free loopback port (the kernel's pick, released again for the caller to listen on). */
export const freePort = () =>
  new Promise<number>((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });

export type ServiceName = SubgraphName | 'gateway';

export interface ServiceProcess {
  readonly name: ServiceName;
  /** The service's GraphQL endpoint (the same across restarts). */
  readonly url: string;
  /** The process id while it runs. */
  readonly pid: number | undefined;
  /** Spawns the service (extra environment on top of the platform's) without waiting for it. */
  spawn(env?: Record<string, string>): void;
  /** Spawns it and waits until `GET /readyz` (a subgraph) or `GET /healthz` (the gateway) answers 200. */
  start(env?: Record<string, string>): Promise<void>;
  /** Waits until the spawned process is ready; fails early with its output if it exits. */
  ready(): Promise<void>;
  /** SIGKILL: no shutdown hook runs, whatever was in flight is cut off. Resolves once it is gone. */
  kill(): Promise<void>;
  /** The last lines the process wrote (stdout and stderr), for failure messages. */
  output(): string;
}

export interface ProcessPlatform {
  gatewayUrl: string;
  dbPrefix: string;
  services: Record<ServiceName, ServiceProcess>;
  /** A new tenant with an API key of every scope (provisioned in the identity database, as an operator does). */
  tenant(slug: string): Promise<TestTenant>;
  /** Another gateway process on its own port, over the same subgraphs and databases (killed by `stop()`). */
  gatewayReplica(env?: Record<string, string>): Promise<ServiceProcess>;
  /** Processes that ended without being killed by the test (crashed or refused to start), with their output. */
  unexpectedExits(): string[];
  /** Kills every child and drops the databases. */
  stop(): Promise<void>;
}

const ROOT = resolve(__dirname, '../..');
const OUTPUT_LINES = 200;
const READY_TIMEOUT_MS = 90_000;

export interface ProcessPlatformOptions {
  /** The subgraphs to run (the gateway always runs); queries touching one not run fail like an outage. */
  subgraphs: SubgraphName[];
  /** Extra environment of a service's first start, e.g. `{ sales: { EVENTS_DISABLED: 'true' } }`. */
  env?: Partial<Record<ServiceName, Record<string, string>>>;
}

/** Starts the subgraphs, then the gateway, each in its own process; resolves when all are ready. */
export async function startProcessPlatform(options: ProcessPlatformOptions): Promise<ProcessPlatform> {
  const dbPrefix = uniquePrefix();
  const names: ServiceName[] = [...options.subgraphs, 'gateway'];
  const ports = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()] as const))) as Record<
    ServiceName,
    number
  >;
  const urlOf = (name: ServiceName, port = ports[name]) => `http://127.0.0.1:${port}/graphql`;
  const baseEnv: Record<string, string> = {
    MONGODB_URI: testMongoUri(),
    DB_PREFIX: dbPrefix,
    GATEWAY_SIGNING_SECRETS: TEST_SECRET,
    JWT_SECRETS: TEST_JWT_SECRET,
    NODE_ENV: 'test',
    LOG_LEVEL: 'info', // captured for failure messages (tests are silent by default)
    HOST: '127.0.0.1',
    SEED_DEMO_DATA: 'false',
    EXPLORER_ENABLED: 'false',
    // Bulk set-up and tight polling through one API key: a budget no test run exhausts, and
    // pages of 100 journal entries with their lines (priced about 4300).
    GATEWAY_MAX_COST: '100000',
    GATEWAY_COST_BUCKET_SIZE: '10000000',
    GATEWAY_COST_RESTORE_RATE: '10000000',
  };
  for (const name of names) baseEnv[`${name.toUpperCase()}_PORT`] = String(ports[name]);
  for (const name of options.subgraphs) baseEnv[`${name.toUpperCase()}_URL`] = urlOf(name);

  const children = new Set<ChildProcess>();
  const unexpected: string[] = [];
  const killAll = () => {
    for (const child of children) child.kill('SIGKILL');
  };
  process.once('exit', killAll); // the last resort: a child must never outlive the test process

  const service = (name: ServiceName, port = ports[name]): ServiceProcess => {
    /** The running process: its exit, and the kill that marks the exit as the test's doing. */
    let current: { child: ChildProcess; exited: Promise<void>; kill(): void } | undefined;
    let lines: string[] = [];
    const output = () => lines.join('\n');
    const record = (chunk: Buffer) => {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      if (lines.length > OUTPUT_LINES) lines = lines.slice(-OUTPUT_LINES);
    };
    const probe = urlOf(name, port).replace(/\/graphql$/, name === 'gateway' ? '/healthz' : '/readyz');
    const self: ServiceProcess = {
      name,
      url: urlOf(name, port),
      get pid() {
        return current?.child.pid;
      },
      spawn(env = {}) {
        if (current) throw new Error(`${name} is running already (pid ${current.child.pid}).`);
        lines = [];
        const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', name], {
          cwd: ROOT,
          env: { ...process.env, ...baseEnv, [`${name.toUpperCase()}_PORT`]: String(port), ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        children.add(child);
        child.stdout!.on('data', record);
        child.stderr!.on('data', record);
        let killed = false;
        const exited = new Promise<void>((done) =>
          child.once('exit', (code, signal) => {
            children.delete(child);
            if (current?.child === child) current = undefined;
            if (!killed) unexpected.push(`${name} (pid ${child.pid}) exited with ${signal ?? code}:\n${output()}`);
            done();
          }),
        );
        const kill = () => {
          killed = true;
          child.kill('SIGKILL');
        };
        current = { child, exited, kill };
      },
      async ready() {
        const running = current;
        if (!running) throw new Error(`${name} is not running.`);
        const deadline = Date.now() + READY_TIMEOUT_MS;
        for (;;) {
          if (current !== running) throw new Error(`${name} exited before it was ready:\n${output()}`);
          const ok = await fetch(probe, { signal: AbortSignal.timeout(2000) }).then(
            (r) => r.ok,
            () => false,
          );
          if (ok) return;
          if (Date.now() > deadline) throw new Error(`${name} was not ready within ${READY_TIMEOUT_MS} ms:\n${output()}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      },
      async start(env) {
        self.spawn(env);
        await self.ready();
      },
      async kill() {
        const running = current;
        if (!running) return;
        running.kill();
        await running.exited;
      },
      output,
    };
    return self;
  };

  const services = Object.fromEntries(names.map((n) => [n, service(n)])) as Record<ServiceName, ServiceProcess>;
  const replicas: ServiceProcess[] = [];
  const identity = await openDatabase(testMongoUri(), databaseName(dbPrefix, 'identity'));
  const stop = async () => {
    await Promise.all([...Object.values(services), ...replicas].map((s) => s.kill()));
    process.removeListener('exit', killAll);
    const dbNames = [...new Set([...options.subgraphs, 'identity', 'events'])].map((n) => databaseName(dbPrefix, n));
    await Promise.all(
      dbNames.map((n) =>
        identity.connection
          .useDb(n)
          .dropDatabase()
          .catch(() => undefined),
      ),
    );
    await identity.close();
  };
  try {
    await Promise.all(options.subgraphs.map((n) => services[n].start(options.env?.[n])));
    await services.gateway.start(options.env?.gateway);
  } catch (err) {
    await stop();
    throw err;
  }

  const models = identityModels(identity.connection);
  const gatewayUrl = urlOf('gateway');
  return {
    gatewayUrl,
    dbPrefix,
    services,
    tenant: (slug) => createTestTenant(models, gatewayUrl, slug),
    async gatewayReplica(env) {
      const replica = service('gateway', await freePort());
      replicas.push(replica);
      await replica.start(env);
      return replica;
    },
    unexpectedExits: () => [...unexpected],
    stop,
  };
}
