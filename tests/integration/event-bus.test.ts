/**
 * The bus contract, run against BOTH implementations: the MongoDB log (on the test database
 * server) and Redis Streams (a real redis-server started on a loopback port). Same cases, same
 * expectations: idempotent publish, gap-free positions, group positions, lag, the admin reads,
 * retention that is safe with consumers behind, and a consumer (order, dead letters, replay
 * requested from another process) on top.
 */
import { openDatabase, syncModels, type Database } from '../../lib/mongo/connection';
import {
  createEvent,
  deadLetterModel,
  eventLogModels,
  EventConsumer,
  EventRetention,
  listDeadLetters,
  MongoEventBus,
  processedEventModel,
  requestReplay,
  type EventEnvelope,
  type InspectableEventBus,
} from '../../lib/events';
import { RedisStreamsBus } from '../../lib/events/redis-bus';
import { startTestRedis, type TestRedis } from '../helpers/redis';
import { findFilters, testMongoUri, uniquePrefix } from '../helpers/db';

let redis: TestRedis;
let consumerDb: Database;
let eventsDb: Database; // dead letters of both suites (infrastructure, like the Mongo log)
const opened: Array<() => Promise<void>> = [];

beforeAll(async () => {
  const prefix = uniquePrefix();
  [redis, consumerDb, eventsDb] = await Promise.all([
    startTestRedis(),
    openDatabase(testMongoUri(), `${prefix}_finance`),
    openDatabase(testMongoUri(), `${prefix}_events`),
  ]);
  processedEventModel(consumerDb.connection);
  deadLetterModel(eventsDb.connection);
  await Promise.all([syncModels(consumerDb.connection), syncModels(eventsDb.connection)]);
});

afterAll(async () => {
  await Promise.all(opened.splice(0).map((close) => close()));
  await Promise.all([consumerDb?.close(), eventsDb?.close()]);
  await redis?.stop();
});

/** A fresh, empty bus; `another()` opens a second client on the same log (another process). */
interface Fixture {
  bus: InspectableEventBus;
  another(): Promise<InspectableEventBus>;
}

async function mongoBus(): Promise<Fixture> {
  const name = `${uniquePrefix()}_log`;
  const open = async () => {
    const db = await openDatabase(testMongoUri(), name);
    eventLogModels(db.connection);
    await syncModels(db.connection);
    opened.push(() => db.close());
    return new MongoEventBus(db.connection);
  };
  return { bus: await open(), another: open };
}

async function redisBus(): Promise<Fixture> {
  const prefix = uniquePrefix();
  const open = async () => {
    const bus = await RedisStreamsBus.connect(redis.url, { prefix });
    opened.push(() => bus.close());
    return bus;
  };
  return { bus: await open(), another: open };
}

let seq = 0;
function event(tenantId: string, aggregateId: string, payload: Record<string, unknown> = {}, type = 'test.thing.happened') {
  seq += 1;
  return createEvent({ type, tenantId, producer: 'test', aggregateId, payload: { seq, ...payload } });
}

describe.each([
  ['MongoDB log', mongoBus],
  ['Redis Streams', redisBus],
])('event bus contract: %s', (_name, fresh) => {
  it('gives gap-free positions under concurrent publishers and publishes each event id once', async () => {
    const { bus, another } = await fresh();
    const second = await another();
    const events = Array.from({ length: 20 }, (_, i) => event('ta', `a${i % 3}`));
    const results = await Promise.all(events.map((e, i) => (i % 2 ? second : bus).publish(e)));
    expect(results.every((r) => !r.duplicate)).toBe(true);
    expect(results.map((r) => Number(r.position)).sort((a, b) => a - b)).toEqual(events.map((_, i) => i + 1));

    expect(await second.publish(events[3])).toEqual({ position: results[3].position, duplicate: true });
    expect(await bus.publish(events[3])).toEqual({ position: results[3].position, duplicate: true });
    const all = await bus.poll('reader', { limit: 100 });
    expect(all).toHaveLength(20);
    expect(new Set(all.map((d) => d.event.id)).size).toBe(20);
    expect(all.find((d) => d.event.id === events[3].id)!.event).toEqual(events[3]); // the envelope round-trips
  });

  it('delivers from each group position in order, again until acknowledged, and never moves a position back', async () => {
    const { bus } = await fresh();
    const events = Array.from({ length: 5 }, (_, i) => event('ta', 'agg', { i }));
    for (const e of events) await bus.publish(e);

    const first = await bus.poll('g1', { limit: 3 });
    expect(first.map((d) => d.event.id)).toEqual(events.slice(0, 3).map((e) => e.id));
    expect((await bus.poll('g1', { limit: 3 })).map((d) => d.event.id)).toEqual(first.map((d) => d.event.id)); // not acked: again
    await bus.ack(
      'g1',
      first.map((d) => d.position),
    );
    expect((await bus.poll('g1')).map((d) => d.event.id)).toEqual(events.slice(3).map((e) => e.id));
    await bus.ack('g1', [first[0].position]); // a late, older ack changes nothing
    expect((await bus.poll('g1')).map((d) => d.event.id)).toEqual(events.slice(3).map((e) => e.id));
    expect(await bus.poll('g2')).toHaveLength(5); // groups are independent
    expect(await bus.lag('g1')).toEqual({ position: 3, pending: 2 });
  });

  it('reports each group backlog for one tenant, and a tenant recent events newest first with filters and pages', async () => {
    const { bus } = await fresh();
    const a1 = event('ta', 'x', {}, 'test.order.placed');
    const b1 = event('tb', 'y', {}, 'test.order.placed');
    const a2 = event('ta', 'z', {}, 'test.order.shipped');
    const a3 = event('ta', 'x', {}, 'test.order.shipped');
    for (const e of [a1, b1, a2, a3]) await bus.publish(e);
    await bus.ack('caught-up', ['4']);
    await bus.ack('behind', ['1']);

    const forA = await bus.groups('ta');
    expect(forA.map((g) => [g.group, g.position, g.pending])).toEqual([
      ['behind', '1', 2],
      ['caught-up', '4', 0],
    ]);
    expect(forA[0].oldestPendingAt).toBeInstanceOf(Date);
    expect(forA[1].oldestPendingAt).toBeUndefined();
    expect((await bus.groups('tb')).find((g) => g.group === 'behind')!.pending).toBe(1);
    expect((await bus.groups()).find((g) => g.group === 'behind')!.pending).toBe(3);

    const recentA = await bus.recent('ta', { limit: 10 });
    expect(recentA.map((r) => r.event.id)).toEqual([a3.id, a2.id, a1.id]); // never tenant b's
    const page1 = await bus.recent('ta', { limit: 2 });
    const page2 = await bus.recent('ta', { limit: 2, before: page1[1].position });
    expect([...page1, ...page2].map((r) => r.event.id)).toEqual([a3.id, a2.id, a1.id]);
    expect((await bus.recent('ta', { limit: 10, type: 'test.order.shipped' })).map((r) => r.event.id)).toEqual([a3.id, a2.id]);
    expect((await bus.recent('ta', { limit: 10, aggregateId: 'x' })).map((r) => r.event.id)).toEqual([a3.id, a1.id]);
    expect(await bus.recent('tc', { limit: 10 })).toEqual([]);
  });

  it('trims old events only up to the slowest group, keeps the newest, and positions go on after a trim', async () => {
    const { bus } = await fresh();
    const events = Array.from({ length: 6 }, () => event('ta', 'r'));
    for (const e of events) await bus.publish(e);
    await bus.ack('fast', ['6']);
    await bus.ack('slow', ['2']);
    const future = new Date(Date.now() + 86_400_000); // everything counts as old
    expect(await bus.trim(new Date(Date.now() - 86_400_000))).toBe(0); // nothing old enough
    expect(await bus.trim(future)).toBe(2); // the slow group still needs 3..6
    expect((await bus.poll('slow')).map((d) => d.event.id)).toEqual(events.slice(2).map((e) => e.id));
    await bus.ack('slow', ['6']);
    expect(await bus.trim(future)).toBe(3); // 3..5; 6 stays: the next position derives from it
    expect((await bus.recent('ta', { limit: 10 })).map((r) => r.event.id)).toEqual([events[5].id]);
    const next = await bus.publish(event('ta', 'r'));
    expect(next).toEqual({ position: '7', duplicate: false });
    expect(await bus.lag('fast')).toEqual({ position: 6, pending: 1 });
  });

  it('runs a consumer in order per aggregate, dead-letters a poison event, and replays it when another process asks', async () => {
    const { bus, another } = await fresh();
    const group = `finance.contract-${uniquePrefix()}`;
    const handled: string[] = [];
    let broken = true;
    const handle = async (e: EventEnvelope) => {
      if (e.payload.poison && broken) throw new Error('poisoned payload');
      handled.push(`${e.aggregateId}${e.payload.step}`);
    };
    const options = {
      connection: consumerDb.connection,
      deadLetterConnection: eventsDb.connection,
      group,
      handle,
      maxAttempts: 2,
      retryDelayMs: 1,
    };
    for (const [agg, step, poison] of [
      ['P', 1, true],
      ['Q', 1],
      ['P', 2],
      ['Q', 2],
    ] as const) {
      await bus.publish(event('ta', agg, { step, poison: poison ?? false }));
    }
    const c = new EventConsumer({ bus, ...options });
    while ((await c.runOnce()) > 0);
    expect(handled).toEqual(['Q1', 'Q2']); // P2 waits behind the poison P1
    expect((await bus.lag(group)).pending).toBe(0);
    const [failed] = await listDeadLetters(eventsDb.connection, { group, status: 'failed' });
    expect(failed).toMatchObject({ tenantId: 'ta', aggregateId: 'P', attempts: 2, lastError: expect.stringMatching(/poisoned/) });

    // The admin (another process, its own connection) asks for a replay; tenant b cannot.
    const adminDb = await openDatabase(testMongoUri(), eventsDb.connection.name);
    opened.push(() => adminDb.close());
    expect(await requestReplay(adminDb.connection, 'tb', String(failed._id))).toBeNull();
    broken = false; // the fix is deployed
    const requested = await requestReplay(adminDb.connection, 'ta', String(failed._id));
    expect(requested).toMatchObject({ status: 'replay_requested' });
    expect(await requestReplay(adminDb.connection, 'ta', String(failed._id))).toBeNull(); // once

    // The owning group, restarted in another process, picks the request up on its next round.
    const restarted = new EventConsumer({ bus: await another(), ...options });
    await restarted.runOnce();
    expect(handled).toEqual(['Q1', 'Q2', 'P1', 'P2']);
    expect((await listDeadLetters(eventsDb.connection, { group })).map((l) => l.status)).toEqual(['replayed', 'replayed']);
  });

  it('retention removes processed ids and log entries past the window, and leaves a group behind able to catch up', async () => {
    const { bus } = await fresh();
    const group = `finance.retention-${uniquePrefix()}`;
    const seen: string[] = [];
    const c = new EventConsumer({ bus, connection: consumerDb.connection, group, handle: async (e) => void seen.push(e.id) });
    const events = Array.from({ length: 4 }, () => event('ta', 'k'));
    for (const e of events.slice(0, 2)) await bus.publish(e);
    while ((await c.runOnce()) > 0);
    await bus.ack('laggard', ['1']);
    for (const e of events.slice(2)) await bus.publish(e);

    const retention = new EventRetention({ bus, consumerConnections: [consumerDb.connection], retentionDays: 1 });
    expect(await retention.runOnce()).toEqual({ events: 0, processedIds: 0 }); // all fresh
    const { events: trimmed, processedIds } = await retention.runOnce(new Date(Date.now() + 2 * 86_400_000));
    expect(trimmed).toBe(1); // only what the laggard has acknowledged
    expect(processedIds).toBeGreaterThanOrEqual(2);
    expect(await processedEventModel(consumerDb.connection).countDocuments({ group })).toBe(0);
    expect((await bus.poll('laggard')).map((d) => d.event.id)).toEqual(events.slice(1).map((e) => e.id));
    while ((await c.runOnce()) > 0);
    expect(seen).toEqual(events.map((e) => e.id));
  });
});

describe('MongoDB log: reads by exact position', () => {
  async function openLog() {
    const db = await openDatabase(testMongoUri(), `${uniquePrefix()}_log`);
    eventLogModels(db.connection);
    await syncModels(db.connection);
    opened.push(() => db.close());
    return db;
  }

  it('polls a caught-up group with primary-key lookups only, however long the log', async () => {
    const db = await openLog();
    const bus = new MongoEventBus(db.connection);
    for (let i = 0; i < 40; i++) await bus.publish(event('ta', `p${i}`));
    await bus.ack('caught-up', ['40']);
    expect(await bus.poll('caught-up')).toEqual([]); // the first poll may also look past a trim, once

    const filters = await findFilters(db.connection, async () => {
      for (let i = 0; i < 5; i++) expect(await bus.poll('caught-up')).toEqual([]);
    });
    // FerretDB answers only an exact `_id` from its primary key: any other filter reads all 40 entries.
    expect(filters.length).toBeGreaterThan(0);
    for (const filter of filters) expect(Object.keys(filter)).toEqual(['_id']);
    for (const filter of filters) expect(typeof filter._id).toBe('string');

    await bus.publish(event('ta', 'late'));
    expect((await bus.poll('caught-up')).map((d) => d.position)).toEqual(['41']);
  });

  it('a group that starts after retention trimmed the head of the log still gets every retained event', async () => {
    const db = await openLog();
    const bus = new MongoEventBus(db.connection);
    const events = Array.from({ length: 5 }, () => event('ta', 't'));
    for (const e of events) await bus.publish(e);
    await bus.ack('old-group', ['3']);
    expect(await bus.trim(new Date(Date.now() + 86_400_000))).toBe(3);
    expect((await bus.poll('new-group')).map((d) => d.event.id)).toEqual(events.slice(3).map((e) => e.id));
  });

  it('rewrites a log written with numeric positions, and positions go on from it', async () => {
    const db = await openLog();
    const { EventLog } = eventLogModels(db.connection);
    const old = Array.from({ length: 3 }, () => event('ta', 'm'));
    await EventLog.collection.insertMany(old.map((e, i) => ({ ...e, _id: i + 1, publishedAt: new Date() })) as never);
    await new MongoEventBus(db.connection).ack('behind', ['1']);

    const bus = new MongoEventBus(db.connection);
    expect((await bus.poll('behind')).map((d) => [d.position, d.event.id])).toEqual([
      ['2', old[1].id],
      ['3', old[2].id],
    ]);
    expect(await bus.publish(event('ta', 'm'))).toEqual({ position: '4', duplicate: false });
    expect(await bus.publish(old[0])).toEqual({ position: '1', duplicate: true });
    expect(await EventLog.collection.countDocuments({ _id: { $type: 'number' } } as never)).toBe(0);
  });
});

describe('EVENT_BUS=redis in a subgraph service', () => {
  it('runs the service on the Redis bus, and its admin queries read it', async () => {
    const { SUBGRAPH_FACTORIES } = await import('../../scripts/platform');
    const { signedGraphql } = await import('../helpers/graphql');
    const { TEST_JWT_SECRET, TEST_SECRET } = await import('../helpers/db');
    const config = {
      mongoUri: testMongoUri(),
      dbPrefix: uniquePrefix(),
      signingSecrets: [TEST_SECRET],
      jwtSecrets: [TEST_JWT_SECRET],
      events: { bus: 'redis' as const, redisUrl: redis.url },
    };
    await expect(
      SUBGRAPH_FACTORIES.identity({ ...config, events: { bus: 'redis', redisUrl: 'redis://127.0.0.1:1' } }),
    ).rejects.toThrow(/Could not reach Redis/);
    const service = await SUBGRAPH_FACTORIES.identity(config);
    try {
      expect(service.events.bus.kind).toBe('redis');
      const tenant = `t-${uniquePrefix()}`;
      const published = event(tenant, 'deal-7', {}, 'sales.deal.won');
      await service.events.bus.publish(published);
      const url = await service.listen(0);
      const response = await signedGraphql<any>(
        url,
        'identity',
        `
          {
            events {
              edges {
                node {
                  id
                  type
                  aggregateId
                  position
                }
              }
            }
          }
        `,
        {},
        { tenantId: tenant, principal: 'test', scopes: ['events:admin'], requestId: 'r1' },
        TEST_SECRET,
      );
      expect(response.data.events.edges.map((e: any) => e.node)).toEqual([
        { id: published.id, type: 'sales.deal.won', aggregateId: 'deal-7', position: expect.stringMatching(/^\d+$/) },
      ]);
    } finally {
      await service.stop();
    }
  });
});
