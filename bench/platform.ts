/**
 * Starts the database and the platform (every subgraph + our gateway, scripts/platform.ts) for the
 * benchmark, with the benchmark tenant seeded (or reused), and a gateway budget large enough that
 * the load is never throttled.
 */
import { join } from 'node:path';
import { loadConfig, type GatewayLimits } from '../lib/env';
import { startDatabase, type DatabaseServer } from '../lib/mongo/server';
import { demoApiKey } from '../subgraphs/identity/models';
import { ensureTenant } from '../scripts/demo-data';
import { platformOptionsFrom, settleEvents, startPlatform, type Platform } from '../scripts/platform';
import { seedTenantData, throttledCall } from '../scripts/seed-data';
import { benchSizeSpec, benchTenantSlug } from './dataset';
import { commandProfiler } from './db-profile';

/** Our gateway's limits while benchmarking: the default per-key budget (5000 points, 1000 per operation, 50/s) would throttle the load. */
export const BENCH_GATEWAY_LIMITS: Partial<GatewayLimits> = {
  costBucketSize: 1_000_000_000,
  costRestoreRate: 1_000_000_000,
  maxCost: 1_000_000,
};

export interface BenchPlatform {
  platform: Platform;
  database: DatabaseServer;
  key: string;
  tenantId: string;
  signingSecret: string;
  customerIds: string[];
  seededSeconds: number;
  stop(): Promise<void>;
}

export async function prepareDataset(options: {
  customers: number;
  seed: number;
  log: (msg: string) => void;
  /** Print where the seed's database time went (bench/db-profile.ts). */
  dbProfile?: boolean;
}): Promise<BenchPlatform> {
  const { customers, seed, log } = options;
  process.env.LOG_LEVEL ??= 'silent';
  const config = loadConfig();
  const database = await startDatabase({ log, dataDir: join(__dirname, '.data', benchTenantSlug(customers, seed)) });
  log(`Database: ${database.description}`);
  let platform: Platform | undefined;
  try {
    platform = await startPlatform({
      ...platformOptionsFrom(config, database.uri),
      // Seeding thousands of records on FerretDB queues writes for seconds: a seed step that timed
      // out could not be retried safely (a create may have happened), so it waits instead.
      gatewayLimits: { ...config.gatewayLimits, ...BENCH_GATEWAY_LIMITS, subgraphTimeoutMs: 300_000 },
      responseCacheTtlMs: 0, // seeding and the command counts go to the database every time
    });
    const slug = benchTenantSlug(customers, seed);
    const key = demoApiKey(config.demoKeySeed, slug);
    const ensured = await ensureTenant(
      platform.gateway.identity,
      { slug, name: `Bench ${slug}`, currency: 'EUR' },
      key,
      'Bench key',
    );
    const call = throttledCall(platform.gatewayUrl, key);
    const count = async () =>
      (await call<{ customers: { totalCount: number } }>(`{ customers(first: 1) { totalCount } }`)).customers.totalCount;
    const started = Date.now();
    let existing = await count();
    if (existing === 0) {
      log(
        `Seeding tenant "${slug}" (${customers} customers, through the gateway; slow on FerretDB, done once and kept in bench/.data/${slug}/)`,
      );
      let last = 0;
      const profile = options.dbProfile ? commandProfiler(platform.subgraphs, log) : undefined;
      await seedTenantData(call, ensured.tenant, {
        size: benchSizeSpec(customers),
        seed,
        concurrency: 4,
        // The scenarios read customers, orders and invoices; the operations and reimbursement
        // demo waits for event flows behind the whole bulk load, which only slows the seed.
        operations: false,
        onProgress: (step, done, total) => {
          if (Date.now() - last < 10_000 && done < total) return;
          last = Date.now();
          log(`  ${step.padEnd(12)} ${done}/${total} (${((Date.now() - started) / 1000).toFixed(0)}s)`);
        },
      });
      profile?.print(1);
      existing = await count();
    } else log(`Reusing tenant "${slug}" (${existing} customers)`);
    if (existing !== customers)
      throw new Error(
        `Tenant "${slug}" has ${existing} customers, expected ${customers} (an interrupted seed?): delete bench/.data/${slug}/ and rerun.`,
      );
    // The seed's events (orders confirmed, invoices...) are handled in the background: measuring
    // while that backlog drains would charge its database work to the requests.
    const settling = Date.now();
    await settleEvents(platform, 30 * 60_000);
    log(`Event flows settled (${((Date.now() - settling) / 1000).toFixed(0)} s)`);
    const customerIds: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        customers: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
      } = await call(
        `query($after: String) { customers(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        {
          after,
        },
      );
      customerIds.push(...page.customers.edges.map((e) => e.node.id));
      if (!page.customers.pageInfo.hasNextPage) break;
      after = page.customers.pageInfo.endCursor;
    }
    const p = platform;
    return {
      platform: p,
      database,
      key,
      tenantId: ensured.id,
      signingSecret: config.signingSecrets[0],
      customerIds,
      seededSeconds: (Date.now() - started) / 1000,
      stop: async () => {
        await p.stop();
        await database.stop();
      },
    };
  } catch (err) {
    await platform?.stop();
    await database.stop();
    throw err;
  }
}
