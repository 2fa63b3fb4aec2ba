/**
 * `npm run bench:events -- [--events 10000] [--publishers 8] [--buses mongo,redis]`
 *
 * A burst on each event bus: `--events` events published as fast as `--publishers` concurrent
 * publishers (relays) go, spread over 100 aggregates and 2 tenants, while one consumer group
 * processes them the way a subgraph's does (processed-id record per event, in the consumer's own
 * database). Reports, per bus: publish throughput, the peak lag the group reached, the time from
 * the first publish until the group has handled every event (lag drain), and publish->handle
 * latency (from just before `publish` to the handler's start) at p50/p99.
 *
 * The database is the one `npm start` would use (MONGODB_URI, mongodb-memory-server or FerretDB);
 * Redis is REDIS_URL or a redis-server started on a loopback port. Writes bench/results/events-<time>.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startDatabase } from '../lib/mongo/server';
import { openDatabase, syncModels } from '../lib/mongo/connection';
import {
  createEvent,
  eventLogModels,
  EventConsumer,
  MongoEventBus,
  processedEventModel,
  type InspectableEventBus,
} from '../lib/events';
import { RedisStreamsBus } from '../lib/events/redis-bus';
import { startTestRedis } from '../tests/helpers/redis';

interface Result {
  bus: string;
  events: number;
  publishSeconds: number;
  publishPerSecond: number;
  peakLag: number;
  drainSeconds: number;
  p50Ms: number;
  p99Ms: number;
  handledOnce: boolean;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function burst(
  name: string,
  bus: InspectableEventBus,
  consumerDb: Awaited<ReturnType<typeof openDatabase>>,
  total: number,
  publishers: number,
): Promise<Result> {
  const group = `bench.${name}-${Date.now().toString(36)}`;
  const startedAt = new Map<string, bigint>();
  const latencies: number[] = [];
  let handled = 0;
  let doneResolve!: () => void;
  const done = new Promise<void>((resolve) => (doneResolve = resolve));
  const consumer = new EventConsumer({
    bus,
    connection: consumerDb.connection,
    group,
    pollIntervalMs: 20,
    batchSize: 100,
    handle: async (event) => {
      const t0 = startedAt.get(event.id);
      if (t0 !== undefined) latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      handled += 1;
      if (handled === total) doneResolve();
    },
  });
  const events = Array.from({ length: total }, (_, i) =>
    createEvent({
      type: 'bench.thing.happened',
      tenantId: `t${i % 2}`,
      producer: 'bench',
      aggregateId: `a${i % 100}`,
      payload: { i },
    }),
  );
  let peakLag = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peakLag = Math.max(peakLag, (await bus.lag(group)).pending);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  consumer.start();
  const t0 = process.hrtime.bigint();
  let next = 0;
  await Promise.all(
    Array.from({ length: publishers }, async () => {
      while (next < events.length) {
        const event = events[next++];
        startedAt.set(event.id, process.hrtime.bigint());
        await bus.publish(event);
      }
    }),
  );
  const published = process.hrtime.bigint();
  await done;
  const drained = process.hrtime.bigint();
  sampling = false;
  await sampler;
  await consumer.stop();
  const processed = await processedEventModel(consumerDb.connection).countDocuments({ group });
  latencies.sort((a, b) => a - b);
  const publishSeconds = Number(published - t0) / 1e9;
  return {
    bus: name,
    events: total,
    publishSeconds: round(publishSeconds, 2),
    publishPerSecond: Math.round(total / publishSeconds),
    peakLag,
    drainSeconds: round(Number(drained - t0) / 1e9, 2),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    handledOnce: processed === total && latencies.length === total,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '10000' },
      publishers: { type: 'string', default: '8' },
      buses: { type: 'string', default: 'mongo,redis' },
    },
  });
  const total = Number(values.events);
  const publishers = Number(values.publishers);
  const buses = values.buses!.split(',');
  const server = await startDatabase({ log: (m) => console.error(`[bench db] ${m}`) });
  console.error(`[bench db] ${server.description}`);
  const prefix = `bench_events_${Date.now().toString(36)}`;
  const eventsDb = await openDatabase(server.uri, `${prefix}_events`);
  const consumerDb = await openDatabase(server.uri, `${prefix}_consumer`);
  eventLogModels(eventsDb.connection);
  processedEventModel(consumerDb.connection);
  await Promise.all([syncModels(eventsDb.connection), syncModels(consumerDb.connection)]);
  const redis = buses.includes('redis') && !process.env.REDIS_URL ? await startTestRedis() : undefined;
  const results: Result[] = [];
  try {
    for (const name of buses) {
      const bus =
        name === 'redis'
          ? await RedisStreamsBus.connect(process.env.REDIS_URL ?? redis!.url, { prefix })
          : new MongoEventBus(eventsDb.connection);
      console.error(`[bench] ${name}: ${total} events, ${publishers} publishers...`);
      results.push(
        await burst(name, bus, consumerDb, total, publishers).catch((err) => {
          console.error(`[bench] ${name} failed:`, err);
          throw err;
        }),
      );
      if (bus instanceof RedisStreamsBus) await bus.close();
    }
  } finally {
    await eventsDb.close();
    await consumerDb.close();
    await redis?.stop();
    await server.stop();
  }
  console.log(`\nEvent burst (${server.kind}; consumer bookkeeping on the same database)\n`);
  console.log('| bus | events | publish s | publish/s | peak lag | drain s | p50 ms | p99 ms | once |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.bus} | ${r.events} | ${r.publishSeconds} | ${r.publishPerSecond} | ${r.peakLag} | ${r.drainSeconds} | ${r.p50Ms} | ${r.p99Ms} | ${r.handledOnce ? 'yes' : 'NO'} |`,
    );
  }
  const file = join(__dirname, 'results', `events-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ database: server.kind, publishers, results }, null, 2));
  console.log(`\nwrote ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
