/**
 * `npm run bench -- [--customers 1000] [--duration 10] [--warmup 3] [--connections 10]
 *                   [--targets ours,ours-nocache,apollo,hive,direct] [--scenarios a,b,c] [--seed 1]
 *                   [--cache-ttl 60000] [--profile <dir>] [--db-profile] [--soak <s> [--soak-sample 60]]`
 *  `npm run bench -- --scenarios d [--subscribers 1000] [--events 20] [--subscriber-keys 1000] [--event-interval 500]`
 *  (scenario d, subscriptions: bench/subscriptions.ts; it needs no seeded tenant)
 *
 * Starts the database and every subgraph in this process (scripts/platform.ts, the benchmark
 * tenant seeded once and reused), then for each target starts that gateway in its own process,
 * checks one response per scenario, and drives load with autocannon from a third process: a
 * warm-up, then a fixed duration. Prints one table and writes bench/results/<time>.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ALL_SCOPES } from '../lib/scopes';
import { loadConfig } from '../lib/env';
import { prepareDataset, BENCH_GATEWAY_LIMITS, type BenchPlatform } from './platform';
import { SCENARIOS, customersPage, type ScenarioId } from './queries';
import { runSubscriptionBench } from './subscriptions';
import { commandProfiler } from './db-profile';
import type { TargetConfig, TargetKind } from './target';

const ROOT = join(__dirname, '..');
const TARGET_NAMES: Record<TargetKind, string> = {
  ours: 'our gateway',
  'ours-nocache': 'ours, no resp. cache',
  apollo: 'stock @apollo/gateway',
  hive: 'Hive Gateway',
  direct: 'direct (lower bound)',
};

interface Row {
  target: TargetKind;
  scenario: ScenarioId;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  graphqlErrors: number;
  socketErrors: number;
  /** Scenario c: writes answered with userErrors (e.g. a transition another write made illegal), and the writes sent. */
  userErrors: number;
  writes?: { create: number; transition: number };
  rssMaxMB: number;
  rssEndMB: number;
  /** The target process's CPU time (user + system) per request served: the gateway's own cost. */
  cpuMsPerRequest: number;
  mongoCommandsPerRequest: number;
}

const say = (msg: string) => console.log(msg);

function tsxNode(script: string, env: Record<string, string>, nodeArgs: string[] = []): ChildProcess {
  // node itself runs the script (tsx as a loader), so the child's pid is the process we measure.
  return spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** CPU time (user + system, ms) the process has used so far. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks (USER_HZ 100)
  } catch {
    return NaN;
  }
}

function rssMB(pid: number): number {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

async function startTarget(config: TargetConfig, profileDir?: string): Promise<{ child: ChildProcess; url: string }> {
  // --profile: V8's sampling CPU profiler in the target process, written when it exits (bench/profile.ts summarises it).
  // One file per thread (tsx's loader runs in a worker): the largest in <dir>/<target>/ is the main thread.
  const nodeArgs = profileDir ? ['--cpu-prof', '--cpu-prof-dir', join(profileDir, config.kind)] : [];
  const child = tsxNode(join(__dirname, 'target.ts'), { BENCH_TARGET: JSON.stringify(config) }, nodeArgs);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('did not start within 120 s')), 120_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const ready = /READY (\S+)/.exec(out);
      const failed = /FAILED (.*)/.exec(out);
      if (ready) (clearTimeout(timer), resolve(ready[1]));
      if (failed) (clearTimeout(timer), reject(new Error(failed[1])));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
    });
  });
  return { child, url };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => (clearTimeout(timer), resolve()));
    child.kill('SIGTERM');
  });
}

async function runLoad(load: object): Promise<any> {
  const child = tsxNode(join(__dirname, 'load.ts'), { BENCH_LOAD: JSON.stringify(load) });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err = (err + d).slice(-4000)));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`load generator failed (${code}): ${err.trim().split('\n').slice(-3).join(' | ')}`);
  return JSON.parse(out.trim().split('\n').pop()!);
}

/**
 * MongoDB commands the six subgraphs send for requests: every command on their databases except
 * driver housekeeping (as `commandCount`) and the outbox relays' sweeps (`outbox.0` exists), which
 * run on a timer whatever the load and would otherwise blur small per-request figures.
 */
function requestCommandCounter(bench: BenchPlatform): () => number {
  const HOUSEKEEPING = new Set(['hello', 'isMaster', 'ismaster', 'ping', 'endSessions', 'saslStart', 'saslContinue']);
  let count = 0;
  for (const s of Object.values(bench.platform.subgraphs))
    s.database.connection.getClient().on('commandStarted', (event) => {
      if (HOUSEKEEPING.has(event.commandName)) return;
      if (event.commandName === 'find' && event.command.filter && 'outbox.0' in event.command.filter) return;
      count += 1;
    });
  return () => count;
}
let commandCount: () => number = () => NaN;

let profiler: ReturnType<typeof commandProfiler> | undefined;

/**
 * Scenario b's page at several sizes, sequentially through the platform's own gateway: the
 * subgraphs' MongoDB commands per request must not depend on how many customers the page holds.
 */
/** Scenario c's products to order: the tenant's first 100, with their list price. */
async function benchProducts(bench: BenchPlatform) {
  const res = await fetch(bench.platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': bench.key },
    body: JSON.stringify({ query: `{ products(first: 100) { edges { node { id price { amount currency } } } } }` }),
  });
  const body: any = await res.json();
  return body.data.products.edges.map((e: any) => e.node) as Array<{ id: string; price: { amount: string; currency: string } }>;
}

interface SoakResult {
  target: TargetKind;
  scenario: ScenarioId;
  seconds: number;
  /** [seconds since the start of the soak, RSS MB] every --soak-sample seconds. */
  rss: Array<[number, number]>;
  requests: number;
  errors: number;
  /** RSS at the end / RSS at the second sample (minute 2 with the default 60 s samples). */
  growth: number;
}

/**
 * `--soak <s>`: one scenario at steady load for <s> seconds (in slices of --soak-sample seconds,
 * RSS sampled after each), instead of the measured runs. The issue's target: RSS at minute 10
 * within 10% of minute 2.
 */
async function soakRun(
  kind: TargetKind,
  pid: number,
  load: object,
  seconds: number,
  sample: number,
  warmup: number,
): Promise<SoakResult> {
  if (warmup > 0) await runLoad({ ...load, duration: warmup });
  const rss: Array<[number, number]> = [];
  let requests = 0;
  let errors = 0;
  for (let t = sample; t <= seconds; t += sample) {
    const r = await runLoad({ ...load, duration: sample });
    requests += r.requests;
    errors += r.non2xx + r.graphqlErrors + r.socketErrors;
    rss.push([t, rssMB(pid)]);
    say(`  ${TARGET_NAMES[kind]} soak ${t}s: RSS ${fmt(rss[rss.length - 1][1])} MB, ${fmt(r.rps, 1)} req/s`);
  }
  const growth = rss.length >= 2 ? rss[rss.length - 1][1] / rss[1][1] : NaN;
  return { target: kind, scenario: (load as { scenario: ScenarioId }).scenario, seconds, rss, requests, errors, growth };
}

async function commandsPerPage(bench: BenchPlatform, sizes: number[], repeat = 10) {
  const out: Array<{ first: number; commandsPerRequest: number }> = [];
  for (const first of sizes) {
    const send = async () => {
      const res = await fetch(bench.platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': bench.key },
        body: JSON.stringify({ query: customersPage(first), operationName: 'CustomersPage' }),
      });
      const body: any = await res.json();
      if (body.errors?.length) throw new Error(`customers(first: ${first}): ${JSON.stringify(body.errors).slice(0, 300)}`);
    };
    await send(); // plans and warms the gateway
    // Each request counted on its own, and the fewest kept: background work (sweeps, consumers)
    // only ever adds commands to a request's count, never removes any.
    let fewest = Infinity;
    for (let i = 0; i < repeat; i++) {
      const before = commandCount();
      await send();
      fewest = Math.min(fewest, commandCount() - before);
    }
    out.push({ first, commandsPerRequest: fewest });
  }
  return out;
}

/** One request per scenario before any load (the first customer for a): the target must answer with data and no errors. */
async function check(
  url: string,
  headers: Record<string, string>,
  customerIds: string[],
): Promise<{ problem?: string; answers: Record<string, string> }> {
  const answers: Record<string, string> = {};
  for (const s of SCENARIOS) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: s.query, operationName: s.operationName, variables: s.variables(customerIds.slice(0, 1)) }),
    });
    const body: any = await res.json().catch(() => ({}));
    const root = body?.data && Object.values(body.data)[0];
    if (res.status !== 200 || body.errors?.length || !root)
      return { problem: `scenario ${s.id}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 300)}`, answers };
    answers[s.id] = canonical(body.data);
  }
  return { answers };
}

/** JSON with sorted keys, so answers assembled in another order compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const ratio = (a: number, b: number | undefined) => (b && Number.isFinite(a) ? `${(a / b).toFixed(2)}x` : '-');

function table(rows: Row[]): string {
  const head = [
    'scenario',
    'target',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'errors',
    'RSS MB',
    'CPU ms/req',
    'mongo cmd/req',
    'req/s vs direct',
    'p50 vs direct',
    'req/s vs Hive',
    'p50 vs Hive',
  ];
  const lines = [head];
  for (const r of rows) {
    const direct = rows.find((x) => x.scenario === r.scenario && x.target === 'direct');
    const hive = rows.find((x) => x.scenario === r.scenario && x.target === 'hive');
    lines.push([
      r.scenario,
      TARGET_NAMES[r.target],
      fmt(r.rps, 1),
      fmt(r.p50),
      fmt(r.p95),
      fmt(r.p99),
      String(r.errors),
      fmt(r.rssMaxMB),
      fmt(r.cpuMsPerRequest, 1),
      fmt(r.mongoCommandsPerRequest, 1),
      ratio(r.rps, direct?.rps),
      ratio(r.p50, direct?.p50),
      ratio(r.rps, hive?.rps),
      ratio(r.p50, hive?.p50),
    ]);
  }
  const widths = head.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const row = (l: string[]) => '| ' + l.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  return [
    row(head),
    '|' + widths.map((w, i) => (i < 2 ? ':' : '') + '-'.repeat(w + 1) + (i < 2 ? '' : ':')).join('|') + '|',
    ...lines.slice(1).map(row),
  ].join('\n');
}

function ensureBenchDependencies() {
  // bench/package.json holds autocannon and Hive Gateway; installed here, never by the main `npm ci`.
  try {
    require.resolve('autocannon', { paths: [__dirname] });
    require.resolve('@graphql-hive/gateway-runtime', { paths: [__dirname] });
  } catch {
    say('Installing the benchmark dependencies (npm --prefix bench ci) ...');
    const { status } = require('node:child_process').spawnSync('npm', ['--prefix', __dirname, 'ci', '--no-audit', '--no-fund'], {
      stdio: 'inherit',
    });
    if (status !== 0) throw new Error('npm --prefix bench ci failed');
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10' },
      targets: { type: 'string', default: 'ours,ours-nocache,apollo,hive,direct' },
      'cache-ttl': { type: 'string', default: '60000' },
      scenarios: { type: 'string', default: 'a,b,c' },
      soak: { type: 'string', default: '0' },
      'soak-sample': { type: 'string', default: '60' },
      profile: { type: 'string' },
      'db-profile': { type: 'boolean', default: false },
      subscribers: { type: 'string', default: '1000' },
      events: { type: 'string', default: '20' },
      'subscriber-keys': { type: 'string', default: '1000' },
      'event-interval': { type: 'string', default: '500' },
    },
  });
  const customers = Number(values.customers);
  const seed = Number(values.seed);
  const duration = Number(values.duration);
  const warmup = Number(values.warmup);
  const connections = Number(values.connections);
  const cacheTtl = Number(values['cache-ttl']);
  const soak = Number(values.soak);
  const soakSample = Number(values['soak-sample']);
  const soaks: SoakResult[] = [];
  const targets = values.targets!.split(',') as TargetKind[];
  const requested = values.scenarios!.split(',');
  if (requested.includes('d')) await subscriptionScenario(values);
  const scenarioIds = requested.filter((s) => s !== 'd') as ScenarioId[];
  for (const s of scenarioIds) if (!SCENARIOS.some((x) => x.id === s)) throw new Error(`--scenarios: unknown ${s}`);
  if (!scenarioIds.length) return;
  for (const t of targets) if (!(t in TARGET_NAMES)) throw new Error(`--targets: unknown ${t}`);
  for (const [flag, n] of Object.entries({ customers, duration, connections }))
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${flag} must be a positive integer`);
  if (!Number.isInteger(warmup) || warmup < 0) throw new Error('--warmup must be a non-negative integer');

  ensureBenchDependencies();
  process.env.LOG_LEVEL ??= 'silent';
  const bench = await prepareDataset({ customers, seed, log: say, dbProfile: values['db-profile'] });
  commandCount = requestCommandCounter(bench);
  if (values['db-profile']) profiler = commandProfiler(bench.platform.subgraphs, say);
  const config = loadConfig();
  const products = scenarioIds.includes('c') ? await benchProducts(bench) : [];
  const pageCommands = await commandsPerPage(bench, [5, 50]);
  say(
    `Scenario b, MongoDB commands per request through the gateway: ${pageCommands.map((p) => `first ${p.first}: ${fmt(p.commandsPerRequest, 1)}`).join(', ')}` +
      (new Set(pageCommands.map((p) => p.commandsPerRequest)).size === 1
        ? ' (identical)'
        : ' (DIFFERENT: round trips grow with the page)'),
  );
  const results: Row[] = [];
  const failures: Record<string, string> = {};
  let reference: { kind: TargetKind; answers: Record<string, string> } | undefined;
  const answersDiffer: string[] = [];
  let compared = 0;
  try {
    say(
      `Our gateway runs with a benchmark budget (costBucketSize ${BENCH_GATEWAY_LIMITS.costBucketSize}, ` +
        `costRestoreRate ${BENCH_GATEWAY_LIMITS.costRestoreRate}/s, maxCost ${BENCH_GATEWAY_LIMITS.maxCost}), not the default 5000 points (1000 per operation) at 50/s.`,
    );
    say(`${customers} customers, ${connections} connections, ${warmup} s warm-up + ${duration} s per target and scenario.`);
    const principal = { tenantId: bench.tenantId, principal: 'apikey:bench', scopes: ALL_SCOPES };
    for (const kind of targets) {
      const targetConfig: TargetConfig = {
        kind,
        subgraphUrls: bench.platform.subgraphUrls,
        signingSecret: bench.signingSecret,
        principal,
        ours:
          kind === 'ours' || kind === 'ours-nocache'
            ? {
                mongoUri: bench.database.uri,
                dbPrefix: config.dbPrefix,
                jwtSecrets: config.jwtSecrets,
                nodeEnv: config.nodeEnv,
                limits: { ...config.gatewayLimits, ...BENCH_GATEWAY_LIMITS },
                responseCacheTtlMs: kind === 'ours' ? cacheTtl : 0,
              }
            : undefined,
      };
      let target: { child: ChildProcess; url: string } | undefined;
      try {
        target = await startTarget(targetConfig, values.profile && join(process.cwd(), values.profile));
        const headers: Record<string, string> = kind.startsWith('ours') ? { 'x-api-key': bench.key } : {};
        const { problem, answers } = await check(target.url, headers, bench.customerIds);
        if (problem) throw new Error(`wrong answer: ${problem}`);
        // Every target must give the same data as the first one checked since the last write (the
        // lower bound included): scenario c's writes change the data the next target is checked on.
        if (reference) compared += 1;
        reference ??= { kind, answers };
        for (const [id, answer] of Object.entries(answers))
          if (answer !== reference.answers[id]) {
            answersDiffer.push(`${kind} vs ${reference.kind}, scenario ${id}`);
            const at = [...answer].findIndex((c, i) => c !== reference!.answers[id][i]);
            say(
              `  ${TARGET_NAMES[kind]}: WARNING: scenario ${id} answer differs from ${TARGET_NAMES[reference.kind]}'s at ...${answer.slice(Math.max(0, at - 60), at + 60)}`,
            );
          }
        if (scenarioIds.includes('c') || soak > 0) reference = undefined;
        for (const scenario of scenarioIds) {
          const load = { url: target.url, headers, scenario, customerIds: bench.customerIds, products, connections };
          if (soak > 0) {
            soaks.push(await soakRun(kind, target.child.pid!, load, soak, soakSample, warmup));
            continue;
          }
          if (warmup > 0) await runLoad({ ...load, duration: warmup });
          const before = commandCount();
          profiler?.reset();
          let rssMax = rssMB(target.child.pid!);
          const cpuBefore = cpuMs(target.child.pid!);
          const sampler = setInterval(() => (rssMax = Math.max(rssMax, rssMB(target!.child.pid!))), 250);
          const r = await runLoad({ ...load, duration });
          clearInterval(sampler);
          const cpuUsed = cpuMs(target.child.pid!) - cpuBefore;
          const commands = commandCount() - before;
          const row: Row = {
            target: kind,
            scenario,
            requests: r.requests,
            rps: r.rps,
            p50: r.p50,
            p95: r.p95,
            p99: r.p99,
            errors: r.non2xx + r.graphqlErrors + r.socketErrors,
            non2xx: r.non2xx,
            graphqlErrors: r.graphqlErrors,
            socketErrors: r.socketErrors,
            userErrors: r.userErrors ?? 0,
            writes: scenario === 'c' ? r.writes : undefined,
            rssMaxMB: rssMax,
            rssEndMB: rssMB(target.child.pid!),
            cpuMsPerRequest: r.requests ? cpuUsed / r.requests : NaN,
            mongoCommandsPerRequest: r.requests ? commands / r.requests : NaN,
          };
          results.push(row);
          say(
            `  ${TARGET_NAMES[kind].padEnd(22)} ${scenario}: ${fmt(row.rps, 1)} req/s, p50 ${fmt(row.p50)} ms, p99 ${fmt(row.p99)} ms, ${row.errors} errors`,
          );
          profiler?.print(r.requests); // under the row it belongs to
        }
      } catch (err) {
        failures[kind] = err instanceof Error ? err.message : String(err);
        say(`  ${TARGET_NAMES[kind]}: FAILED: ${failures[kind]}`);
      } finally {
        if (target) await stopChild(target.child);
      }
    }
  } finally {
    await bench.stop();
  }

  const ordered = scenarioIds.flatMap((s) => results.filter((r) => r.scenario === s));
  say('');
  for (const s of SCENARIOS.filter((x) => scenarioIds.includes(x.id))) say(`scenario ${s.id}: ${s.name}`);
  say(table(ordered));
  say(
    "RSS: peak of the target process during the measured run. CPU ms/req: the target process's CPU time during the run / requests (the gateway's own cost, comparable across a noisy machine). mongo cmd/req: MongoDB commands the six subgraphs sent during the run / requests (our gateway's own API-key lookups, cached 5 s, are not in it).",
  );
  say(
    answersDiffer.length
      ? `Answers differ: ${answersDiffer.join('; ')}`
      : compared
        ? `All measured targets gave identical data for the check request of each scenario.`
        : `Answers not compared between targets: one target, or scenario c wrote in between (run two or more without c to compare them).`,
  );
  for (const s of soaks) {
    const verdict = Number.isFinite(s.growth)
      ? `${((s.growth - 1) * 100).toFixed(1)}% from the 2nd sample to the last: ${Math.abs(s.growth - 1) <= 0.1 ? 'within' : 'NOT within'} 10%`
      : 'too short to compare';
    say(
      `soak ${TARGET_NAMES[s.target]} ${s.scenario}, ${s.seconds} s, ${s.requests} requests, ${s.errors} errors; RSS MB ${s.rss.map(([t, mb]) => `${t}s:${fmt(mb)}`).join(' ')}; ${verdict}`,
    );
  }
  for (const [kind, why] of Object.entries(failures)) say(`${TARGET_NAMES[kind as TargetKind]} not measured: ${why}`);
  const file = join(__dirname, 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        node: process.version,
        database: bench.database.description,
        customers,
        seed,
        duration,
        warmup,
        connections,
        scenarioBCommandsPerRequest: pageCommands,
        soaks,
        gatewayLimits: BENCH_GATEWAY_LIMITS,
        scenarios: SCENARIOS.filter((x) => scenarioIds.includes(x.id)).map(({ id, name, query }) => ({ id, name, query })),
        results: ordered,
        failures,
        answersDiffer,
      },
      null,
      2,
    ) + '\n',
  );
  say(`Wrote ${file}`);
}

/** Scenario d: subscribers on one gateway, latency from publish and from a mutation's response to receipt, the gateway's RSS. */
async function subscriptionScenario(values: Record<string, string | boolean | undefined>) {
  const n = (flag: string) => {
    const v = Number(values[flag]);
    if (!Number.isInteger(v) || v < 1) throw new Error(`--${flag} must be a positive integer`);
    return v;
  };
  process.env.LOG_LEVEL ??= 'silent';
  const options = {
    subscribers: n('subscribers'),
    events: n('events'),
    keys: n('subscriber-keys'),
    intervalMs: n('event-interval'),
  };
  say(
    `Scenario d: ${options.subscribers} subscribers over ${options.keys} API keys, ${options.events} events every ${options.intervalMs} ms.`,
  );
  const r = await runSubscriptionBench({ ...options, log: say, startTarget, stopChild, rssMB });
  say('');
  say('scenario d: orderStatusChanged { number status customer { name } } (customer from the customers subgraph)');
  say(
    '| subscribers | API keys | events | delivered | p50 ms | p95 ms | p99 ms | max ms | gateway RSS idle / subscribed / peak MB |',
  );
  say('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  say(
    `| ${r.subscribers} (${r.connected}) | ${r.keys} | ${r.events} | ${r.delivered}/${r.expected} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${fmt(r.rssIdleMB)} / ${fmt(r.rssSubscribedMB)} / ${fmt(r.rssMaxMB)} |`,
  );
  say('Latency: from just before the event is published on the bus to the subscriber receiving it (same process clock).');
  const m = r.mutation;
  say('');
  say(
    'scenario d, mutation -> receipt: a real confirmOrder through the gateway, timed from its response to each subscriber receiving the event',
  );
  say('| subscribers | events | delivered | p50 ms | p95 ms | p99 ms | max ms | confirmOrder round trip p50 / p99 ms |');
  say('|---:|---:|---:|---:|---:|---:|---:|---:|');
  say(
    `| ${r.subscribers} (${r.connected}) | ${m.events} | ${m.delivered}/${m.expected} | ${fmt(m.p50)} | ${fmt(m.p95)} | ${fmt(m.p99)} | ${fmt(m.max)} | ${fmt(m.mutationP50)} / ${fmt(m.mutationP99)} |`,
  );
  say("Includes sales' outbox relay and the gateway's event-log poll (default intervals 200 ms and 100 ms).");
  const file = join(__dirname, 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}-subscriptions.json`);
  writeFileSync(
    file,
    JSON.stringify({ at: new Date().toISOString(), node: process.version, scenario: 'd', ...options, result: r }, null, 2) + '\n',
  );
  say(`Wrote ${file}`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
