/**
 * `npm run seed -- --size small|medium|large [--seed N] [--tenant slug] [--concurrency N]`
 *
 * Starts the platform in this process (MONGODB_URI, else the same database choice and `.data/`
 * folder as `npm start`), creates the tenant if it is missing, seeds it through the gateway with a
 * bulk-load budget, prints progress and a summary, and stops. Stop `npm start` first when both
 * would use the same `.data/` folder.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../lib/env';
import { startDatabase, type DatabaseServer } from '../lib/mongo/server';
import { demoApiKey } from '../subgraphs/identity/models';
import { ensureTenant } from './demo-data';
import { platformOptionsFrom, startPlatform, type Platform } from './platform';
import { isSeedSize, SEED_SIZES, SEEDING_GATEWAY_LIMITS, seedTenantData, throttledCall, type SeedCounts } from './seed-data';

export interface SeedArgs {
  size: keyof typeof SEED_SIZES;
  seed: number;
  tenant: string;
  currency: string;
  concurrency: number;
}

export function parseSeedArgs(argv: string[]): SeedArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string', default: 'small' },
      seed: { type: 'string', default: '1' },
      tenant: { type: 'string' },
      currency: { type: 'string', default: 'EUR' },
      concurrency: { type: 'string', default: '8' },
    },
  });
  const size = values.size!;
  if (!isSeedSize(size)) throw new Error(`--size must be one of ${Object.keys(SEED_SIZES).join(', ')}; got ${size}`);
  const seed = Number(values.seed);
  const concurrency = Number(values.concurrency);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`--seed must be a non-negative integer; got ${values.seed}`);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new Error('--concurrency must be 1-64');
  const tenant = values.tenant ?? `sample-${size}-${seed}`;
  if (!/^[a-z0-9][a-z0-9-]{1,40}$/.test(tenant)) throw new Error(`--tenant must be a slug (a-z, 0-9, -); got ${tenant}`);
  if (!/^[A-Z]{3}$/.test(values.currency!)) throw new Error(`--currency must be an ISO-4217 code; got ${values.currency}`);
  return { size, seed, tenant, currency: values.currency!, concurrency };
}

async function main(): Promise<void> {
  const args = parseSeedArgs(process.argv.slice(2));
  const config = loadConfig();
  const say = (msg: string) => console.log(msg);
  const started = Date.now();
  let database: DatabaseServer | undefined;
  let platform: Platform | undefined;
  try {
    database = await startDatabase({ log: say, dataDir: join(process.cwd(), '.data') });
    say(`Database: ${database.description}`);
    // Every service on a free loopback port, the gateway with a bulk-load budget: nothing public listens.
    platform = await startPlatform({
      ...platformOptionsFrom(config, database.uri),
      gatewayLimits: { ...config.gatewayLimits, ...SEEDING_GATEWAY_LIMITS },
    });
    const key = demoApiKey(config.demoKeySeed, args.tenant);
    const name = args.tenant.replace(/(^|-)(\w)/g, (_, dash: string, c: string) => `${dash ? ' ' : ''}${c.toUpperCase()}`);
    const ensured = await ensureTenant(
      platform.gateway.identity,
      { slug: args.tenant, name, currency: args.currency },
      key,
      'Seed key',
    );
    const call = throttledCall(platform.gatewayUrl, key);
    const { customers } = await call<{ customers: { totalCount: number } }>(`{ customers(first: 1) { totalCount } }`);
    if (customers.totalCount > 0)
      throw new Error(
        `Tenant "${args.tenant}" already has ${customers.totalCount} customers; seed a new tenant (--tenant <slug>).`,
      );
    say(
      `Seeding tenant "${args.tenant}"${ensured.created ? ' (created)' : ''}: size ${args.size}, seed ${args.seed}, ${args.concurrency} calls at once`,
    );

    let lastStep = '';
    let lastPrint = 0;
    const counts: SeedCounts = await seedTenantData(call, ensured.tenant, {
      size: args.size,
      seed: args.seed,
      concurrency: args.concurrency,
      onProgress: (step, done, total) => {
        const now = Date.now();
        if (step === lastStep && done < total && now - lastPrint < 2000) return;
        lastStep = step;
        lastPrint = now;
        say(`  ${step.padEnd(12)} ${String(done).padStart(6)}/${total}  (${((now - started) / 1000).toFixed(1)}s)`);
      },
    });
    const seconds = (Date.now() - started) / 1000;
    say('');
    say(`Seeded "${args.tenant}" in ${seconds.toFixed(1)}s:`);
    for (const [type, count] of Object.entries(counts)) say(`  ${type.padEnd(18)} ${count}`);
    say(`API key for "${args.tenant}": ${key}`);
  } finally {
    await platform?.stop();
    await database?.stop();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
