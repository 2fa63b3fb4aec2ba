/**
 * The event mechanism against the real database server: outbox + relay, the MongoDB log bus,
 * consumers (dedupe, order, retries, dead letters, replay) and tenant scoping of effects.
 */
import { unrecorded } from '../helpers/query-shapes';
import mongoose, { type Model } from 'mongoose';
import { openDatabase, syncModels, type Database } from '../../lib/mongo/connection';
import { currentTenantId, runWithTenant, tenantScopePlugin } from '../../lib/tenancy';
import { findOrCreate, update, updateWhere } from '../../lib/write';
import {
  consumerModels,
  createEvent,
  eventLogModels,
  EventConsumer,
  listDeadLetters,
  markApplied,
  MongoEventBus,
  onlyOnce,
  OutboxRelay,
  outboxPlugin,
  withNewEvents,
  type ConsumerOptions,
  type Delivery,
  type EventBus,
  type EventEnvelope,
} from '../../lib/events';
import { testMongoUri, uniquePrefix } from '../helpers/db';

interface OrderDoc {
  _id: mongoose.Types.ObjectId;
  tenantId: string;
  status: string;
  version: number;
  outbox?: EventEnvelope[];
}
interface TallyDoc {
  key: string;
  count: number;
  status?: string;
  version: number;
  seen: string[];
  appliedEventIds: string[];
}

let eventsDb: Database;
let salesDb: Database;
let financeDb: Database;
let bus: MongoEventBus;
let Order: Model<any>;
let Tally: Model<any>;

beforeAll(async () => {
  const prefix = uniquePrefix();
  [eventsDb, salesDb, financeDb] = await Promise.all(
    // The producer's and consumer's databases hold this test's own models: named apart from the platform's.
    ['events', 'outbox_producer', 'outbox_consumer'].map((name) => openDatabase(testMongoUri(), `${prefix}_${name}`)),
  );
  eventLogModels(eventsDb.connection);
  bus = new MongoEventBus(eventsDb.connection);

  // The producer's aggregate carries its pending events.
  const orderSchema = new mongoose.Schema({ status: { type: String, required: true }, version: { type: Number, default: 0 } });
  orderSchema.plugin(tenantScopePlugin);
  orderSchema.plugin(outboxPlugin);
  Order = salesDb.connection.model('Order', orderSchema, 'orders');

  // The consumer's read model: one document per key, tenant-scoped like any domain data.
  const tallySchema = new mongoose.Schema({
    key: { type: String, required: true },
    count: { type: Number, default: 0 },
    status: String,
    version: { type: Number, default: 0 },
    seen: { type: [String], default: [] },
    appliedEventIds: { type: [String], default: [] },
  });
  tallySchema.plugin(tenantScopePlugin);
  tallySchema.index({ tenantId: 1, key: 1 }, { unique: true });
  Tally = financeDb.connection.model('Tally', tallySchema, 'tallies');
  consumerModels(financeDb.connection);

  await Promise.all([eventsDb, salesDb, financeDb].map((db) => syncModels(db.connection)));
});

afterAll(async () => {
  await Promise.all([eventsDb, salesDb, financeDb].map((db) => db?.close()));
});

/** Background relays and consumers of the running test: stopped even when it fails, so jest can exit. */
const running: Array<{ start(): void; stop(): Promise<void> }> = [];
function started<T extends { start(): void; stop(): Promise<void> }>(worker: T): T {
  running.push(worker);
  worker.start();
  return worker;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((worker) => worker.stop()));
});

let groupSeq = 0;
/** Each test uses its own event types and consumer group, so the tests share one log harmlessly. */
function scope(name: string) {
  groupSeq += 1;
  const type = (what: string) => `test.${name}${groupSeq}.${what}`;
  const group = `finance.${name}-${groupSeq}`;
  return { type, group };
}

function consumer(options: Omit<ConsumerOptions, 'connection' | 'bus'> & { bus?: EventBus }) {
  return new EventConsumer({ bus, connection: financeDb.connection, retryDelayMs: 5, pollIntervalMs: 20, ...options });
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Drains a consumer synchronously: polls until a poll returns nothing. */
async function drain(c: EventConsumer): Promise<void> {
  while ((await c.runOnce()) > 0);
}

/** The canonical idempotent effect: one guarded single-document write per event id. */
async function applyOnce(event: EventEnvelope, key: string): Promise<void> {
  await findOrCreate(Tally, { key });
  await updateWhere(
    Tally,
    { key, ...onlyOnce(event.id) },
    markApplied({ $inc: { count: 1 }, $push: { seen: event.id } }, event.id),
  );
}

const tally = (tenantId: string, key: string) =>
  runWithTenant(tenantId, () => Tally.findOne({ key }).lean<TallyDoc>()) as Promise<TallyDoc | null>;

function logEntriesOf(type: (w: string) => string) {
  return unrecorded(() =>
    eventLogModels(eventsDb.connection)
      .EventLog.find({ type: mongoose.trusted({ $in: ['created', 'confirmed', 'fulfilled'].map(type) }) })
      .sort({ _id: 1 })
      .lean<Array<{ _id: number; id: string; type: string; aggregateId: string }>>(),
  );
}

/** Places an order and confirms it, each state change with its event in the same write. */
async function placeAndConfirm(tenantId: string, type: (w: string) => string): Promise<OrderDoc> {
  return runWithTenant(tenantId, async () => {
    const _id = new mongoose.Types.ObjectId();
    const created = createEvent({
      type: type('created'),
      tenantId,
      producer: 'sales',
      aggregateId: String(_id),
      payload: { status: 'DRAFT' },
    });
    await Order.create(withNewEvents({ _id, status: 'DRAFT' }, created));
    return update<OrderDoc>(Order, String(_id), (order) => ({
      $set: { status: 'CONFIRMED' },
      events: [
        createEvent({
          type: type('confirmed'),
          tenantId,
          producer: 'sales',
          aggregateId: String(order._id),
          payload: { status: 'CONFIRMED' },
        }),
      ],
    }));
  });
}

describe('MongoDB event log', () => {
  it('allocates gap-free positions under concurrent publishers and dedupes by event id', async () => {
    const { type } = scope('log');
    const second = new MongoEventBus(eventsDb.connection); // another "process", with its own position cache
    const events = Array.from({ length: 20 }, (_, i) =>
      createEvent({ type: type('created'), tenantId: 'ta', producer: 'sales', aggregateId: `a${i}`, payload: { i } }),
    );
    const results = await Promise.all(events.map((e, i) => (i % 2 ? second : bus).publish(e)));
    expect(results.every((r) => !r.duplicate)).toBe(true);
    const again = await second.publish(events[3]);
    expect(again).toEqual({ position: results[3].position, duplicate: true });

    const entries = await logEntriesOf(type);
    expect(entries).toHaveLength(20);
    const all = await unrecorded(() =>
      eventLogModels(eventsDb.connection).EventLog.find({}, { _id: 1 }).sort({ _id: 1 }).lean<Array<{ _id: string }>>(),
    );
    expect(all.map((e) => Number(e._id))).toEqual(all.map((_, i) => i + 1)); // no gaps, no duplicates
  });
});

describe('outbox and relay', () => {
  it('stores the event in the same write as the state change, and a relay started after a crash publishes it', async () => {
    const { type, group } = scope('relay');
    // The producer writes state + events, then "crashes" before any relay ran.
    const order = await placeAndConfirm('ta', type);
    expect(order.status).toBe('CONFIRMED');
    // Both events wait in the document itself (the write path hands callers the record without them).
    const stored = await Order.collection.findOne({ _id: order._id });
    expect(stored!.outbox.map((e: EventEnvelope) => e.type)).toEqual([type('created'), type('confirmed')]);
    expect(await logEntriesOf(type)).toEqual([]);

    // A new relay whose bus fails the first publish: nothing is lost, the next round delivers.
    let failures = 1;
    const flaky: EventBus = {
      publish: (e) => (failures-- > 0 ? Promise.reject(new Error('bus down')) : bus.publish(e)),
      poll: (g, o) => bus.poll(g, o),
      ack: (g, p) => bus.ack(g, p),
    };
    const relay = new OutboxRelay({ bus: flaky, models: [Order] });
    await expect(relay.runOnce()).rejects.toThrow('bus down');
    expect((await runWithTenant('ta', () => Order.findById(order._id).lean<OrderDoc>()))!.outbox).toHaveLength(2);
    expect(await relay.runOnce()).toBeGreaterThanOrEqual(2);

    const entries = await logEntriesOf(type);
    expect(entries.map((e) => e.type)).toEqual([type('created'), type('confirmed')]); // per-aggregate order
    expect((await runWithTenant('ta', () => Order.findById(order._id).lean<OrderDoc>()))!.outbox).toEqual([]);

    // A consumer receives both.
    const c = consumer({
      group,
      types: [type('created'), type('confirmed')],
      handle: (e) => applyOnce(e, `relay-${e.aggregateId}`),
    });
    await drain(c);
    expect((await tally('ta', `relay-${order._id}`))!.count).toBe(2);
  });

  it('relays the events of a write at once, without waiting for the next sweep of the collections', async () => {
    const { type } = scope('announced');
    const relay = started(new OutboxRelay({ bus, models: [Order], sweepIntervalMs: 3_600_000 }));
    await relay.runOnce(); // the start-up sweep is over: from here on only announced writes are relayed
    const order = await placeAndConfirm('ta', type);
    await waitFor('both events published', async () => (await logEntriesOf(type)).length === 2);
    expect((await logEntriesOf(type)).map((e) => e.type)).toEqual([type('created'), type('confirmed')]);
    await waitFor('outbox emptied', async () => {
      const doc = await runWithTenant('ta', () => Order.findById(order._id).lean<OrderDoc>());
      return doc!.outbox!.length === 0;
    });
  });

  it('drains a backlog larger than one sweep batch without waiting for the next sweep interval', async () => {
    const { type } = scope('backlog');
    for (let i = 0; i < 5; i++) await placeAndConfirm('ta', type); // no relay runs: nobody hears the writes
    started(new OutboxRelay({ bus, models: [Order], batchSize: 2, sweepIntervalMs: 3_600_000 }));
    await waitFor('all ten events published', async () => (await logEntriesOf(type)).length === 10);
  });

  it('stops after the document in hand while relaying a backlog; the next start publishes the rest', async () => {
    const { type } = scope('stop');
    for (let i = 0; i < 8; i++) await placeAndConfirm('ta', type); // no relay runs: 8 documents pending
    let published = 0;
    const slow: EventBus = {
      publish: async (e) => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        published += 1;
        return bus.publish(e);
      },
      poll: (g, o) => bus.poll(g, o),
      ack: (g, p) => bus.ack(g, p),
    };
    const first = new OutboxRelay({ bus: slow, models: [Order], sweepIntervalMs: 3_600_000 });
    first.start();
    await waitFor('the first publish', async () => published > 0);
    await first.stop();
    expect((await logEntriesOf(type)).length).toBeLessThan(16);
    started(new OutboxRelay({ bus, models: [Order], sweepIntervalMs: 3_600_000 }));
    await waitFor('all sixteen events published', async () => (await logEntriesOf(type)).length === 16);
  });

  it('republishes after a crash between publish and removal from the outbox; the log and the consumer see it once', async () => {
    const { type, group } = scope('crash');
    const order = await placeAndConfirm('ta', type);
    // Publishes, then "dies" before removing the event from the outbox.
    const dying: EventBus = {
      publish: async (e) => {
        await bus.publish(e);
        throw new Error('process killed');
      },
      poll: (g, o) => bus.poll(g, o),
      ack: (g, p) => bus.ack(g, p),
    };
    await expect(new OutboxRelay({ bus: dying, models: [Order] }).runOnce()).rejects.toThrow('process killed');
    expect(await logEntriesOf(type)).toHaveLength(1);
    expect((await runWithTenant('ta', () => Order.findById(order._id).lean<OrderDoc>()))!.outbox).toHaveLength(2);

    // The restarted relay publishes everything pending again (at least once): the log dedupes by id.
    const relay = started(new OutboxRelay({ bus, models: [Order], sweepIntervalMs: 10 }));
    await waitFor('outbox emptied', async () => {
      const doc = await runWithTenant('ta', () => Order.findById(order._id).lean<OrderDoc>());
      return doc!.outbox!.length === 0;
    });
    await relay.stop();
    expect((await logEntriesOf(type)).map((e) => e.type)).toEqual([type('created'), type('confirmed')]);

    const c = consumer({
      group,
      types: [type('created'), type('confirmed')],
      handle: (e) => applyOnce(e, `crash-${e.aggregateId}`),
    });
    await drain(c);
    expect((await tally('ta', `crash-${order._id}`))!.count).toBe(2);
  });
});

/** A bus that delivers every event twice, and optionally in reverse order within a poll. */
function misbehaving(options: { reverse?: boolean }, under: EventBus = bus): EventBus {
  return {
    publish: (e) => under.publish(e),
    poll: async (g, o) => {
      const batch = await under.poll(g, o);
      const twice: Delivery[] = batch.flatMap((d) => [d, d]);
      return options.reverse ? twice.reverse() : twice;
    },
    ack: (g, p) => under.ack(g, p),
  };
}

describe('consumers', () => {
  it('turns duplicate deliveries, and a crash between effect and processed mark, into one effect', async () => {
    const { type, group } = scope('dup');
    const event = createEvent({ type: type('happened'), tenantId: 'ta', producer: 'sales', aggregateId: 'agg-dup', payload: {} });
    await bus.publish(event);
    await bus.publish(event); // a relay retry
    let calls = 0;
    const counting = (under?: EventBus) =>
      consumer({
        bus: misbehaving({}, under),
        group,
        types: [type('happened')],
        handle: async (e) => {
          calls += 1;
          await applyOnce(e, 'dup');
        },
      });
    await drain(counting());
    expect(calls).toBe(1);
    expect((await tally('ta', 'dup'))!.count).toBe(1);

    // Crash after the effect, before the processed record: the event comes again and the handler
    // runs again, but its guarded write applies nothing the second time.
    await consumerModels(financeDb.connection).ProcessedEvent.deleteOne({ group, eventId: event.id });
    await eventLogModels(eventsDb.connection).ConsumerPosition.deleteOne({ _id: group });
    await drain(counting(new MongoEventBus(eventsDb.connection))); // a new process: positions read afresh
    expect(calls).toBe(2);
    const after = (await tally('ta', 'dup'))!;
    expect(after.count).toBe(1);
    expect(after.appliedEventIds).toEqual([event.id]);
  });

  it('reaches the right final state when events arrive out of order and twice', async () => {
    const { type, group } = scope('order');
    const statuses = ['DRAFT', 'CONFIRMED', 'PICKED', 'SHIPPED', 'FULFILLED'];
    for (const [i, status] of statuses.entries()) {
      await bus.publish(
        createEvent({
          type: type('changed'),
          tenantId: 'ta',
          producer: 'sales',
          aggregateId: 'agg-ooo',
          payload: { status, version: i + 1 },
        }),
      );
    }
    const c = consumer({
      bus: misbehaving({ reverse: true }),
      group,
      types: [type('changed')],
      handle: async (e) => {
        const { status, version } = e.payload as { status: string; version: number };
        await findOrCreate(Tally, { key: 'ooo' });
        // Order-tolerant: apply only what is newer than the state already held.
        await updateWhere(
          Tally,
          { key: 'ooo', version: mongoose.trusted({ $lt: version }) },
          { $set: { status, version }, $inc: { count: 1 } },
        );
      },
    });
    await drain(c);
    const state = (await tally('ta', 'ooo'))!;
    expect(state).toMatchObject({ status: 'FULFILLED', version: 5 });
    expect(state.count).toBe(1); // newest first: the older ones changed nothing
  });

  it('processes everything produced while it was stopped, exactly once in effect, after a restart', async () => {
    const { type, group } = scope('restart');
    const types = [type('created'), type('confirmed')];
    const calls = new Map<string, number>();
    const handle = async (e: EventEnvelope) => {
      calls.set(e.id, (calls.get(e.id) ?? 0) + 1);
      await applyOnce(e, `restart-${e.aggregateId}`);
    };
    const relay = started(new OutboxRelay({ bus, models: [Order], sweepIntervalMs: 10 }));
    const first = started(consumer({ group, types, handle }));
    const early = await placeAndConfirm('ta', type);
    await waitFor('first consumer', async () => (await tally('ta', `restart-${early._id}`))?.count === 2);
    await first.stop();

    const later: OrderDoc[] = [];
    for (let i = 0; i < 10; i++) later.push(await placeAndConfirm(i % 2 ? 'ta' : 'tb', type));
    await waitFor('relay published all', async () => (await logEntriesOf(type)).length === 22);
    expect((await bus.lag(group)).pending).toBeGreaterThanOrEqual(20);
    expect(calls.size).toBe(2);

    const second = started(consumer({ group, types, handle })); // a fresh process of the same group
    await waitFor('second consumer caught up', async () => calls.size === 22);
    await second.stop();
    await relay.stop();
    expect([...calls.values()].every((n) => n === 1)).toBe(true);
    for (const [i, order] of later.entries()) expect((await tally(i % 2 ? 'ta' : 'tb', `restart-${order._id}`))!.count).toBe(2);
    expect((await bus.lag(group)).pending).toBe(0);
  });

  it('dead-letters a poison event after N attempts, keeps other events flowing, and replays it after a fix', async () => {
    const { type, group } = scope('poison');
    const t = type('happened');
    const publish = async (aggregateId: string, payload: Record<string, unknown>) => {
      const event = createEvent({ type: t, tenantId: 'ta', producer: 'sales', aggregateId, payload });
      await bus.publish(event);
      return event.id;
    };
    const p1 = await publish('P', { step: 1, poison: true });
    await publish('Q', { step: 1 });
    const p2 = await publish('P', { step: 2 }); // same aggregate as the poison: must not overtake it
    await publish('Q', { step: 2 });

    let broken = true;
    const attempts = new Map<number, number>();
    const handle = async (e: EventEnvelope) => {
      const { step, poison } = e.payload as { step: number; poison?: boolean };
      if (poison) attempts.set(step, (attempts.get(step) ?? 0) + 1);
      if (poison && broken) throw new Error('cannot handle this payload');
      await applyOnce(e, `poison-${e.aggregateId}`);
    };
    const c = consumer({ group, types: [t], handle, maxAttempts: 3 });
    await drain(c);

    expect(attempts.get(1)).toBe(3);
    expect((await tally('ta', 'poison-Q'))!.count).toBe(2); // others kept flowing
    expect(await tally('ta', 'poison-P')).toBeNull(); // P's later event waits behind the poison
    const letters = await c.listDeadLetters();
    expect(letters.map((l) => [l.status, (l.event.payload as { step: number }).step, l.attempts])).toEqual([
      ['parked', 2, 0],
      ['failed', 1, 3],
    ]);
    const failed = letters.find((l) => l.status === 'failed')!;
    expect(failed.lastError).toMatch(/cannot handle this payload/);
    expect(await listDeadLetters(financeDb.connection, { group, tenantId: 'tb' })).toEqual([]);

    // More events for P while it is blocked are parked too; Q's still flow.
    const p3 = await publish('P', { step: 3 });
    await publish('Q', { step: 3 });
    await drain(c);
    expect((await tally('ta', 'poison-Q'))!.count).toBe(3);
    expect(await c.listDeadLetters({ status: 'parked' })).toHaveLength(2);

    // Replaying while still broken fails again and keeps everything in place.
    expect(await c.replayDeadLetter(String(failed._id))).toEqual({
      processed: 0,
      failed: { deadLetterId: String(failed._id), error: expect.stringMatching(/cannot handle/) },
    });

    broken = false; // the fix is deployed
    expect(await c.replayDeadLetter(String(failed._id))).toEqual({ processed: 3 });
    const p = (await tally('ta', 'poison-P'))!;
    expect(p.count).toBe(3);
    expect(p.seen).toEqual([p1, p2, p3]); // in order
    expect((await c.listDeadLetters()).map((l) => l.status)).toEqual(['replayed', 'replayed', 'replayed']);
    await expect(c.replayDeadLetter(String(failed._id))).rejects.toThrow(/replayed/);

    // P flows normally again.
    await publish('P', { step: 4 });
    await drain(c);
    expect((await tally('ta', 'poison-P'))!.count).toBe(4);
  });

  it('runs each effect under the event tenant, and each tenant sees only its own effects', async () => {
    const { type, group } = scope('tenant');
    const seen: Array<[string, string]> = [];
    const relay = new OutboxRelay({ bus, models: [Order] });
    const a = await placeAndConfirm('ta', type);
    const b = await placeAndConfirm('tb', type);
    await relay.runOnce();
    const c = consumer({
      group,
      types: [type('created'), type('confirmed')],
      handle: async (e) => {
        seen.push([e.tenantId, currentTenantId()]);
        await applyOnce(e, 'tenant-shared-key'); // same key in both tenants: separate documents
      },
    });
    await drain(c);
    expect(seen).toHaveLength(4);
    expect(seen.every(([eventTenant, scoped]) => eventTenant === scoped)).toBe(true);
    expect(new Set(seen.map(([t]) => t))).toEqual(new Set(['ta', 'tb']));

    const ta = (await tally('ta', 'tenant-shared-key'))!;
    const tb = (await tally('tb', 'tenant-shared-key'))!;
    expect([ta.count, tb.count]).toEqual([2, 2]);
    const entries = await logEntriesOf(type);
    const ofA = entries.filter((e) => e.aggregateId === String(a._id)).map((e) => e.id);
    const ofB = entries.filter((e) => e.aggregateId === String(b._id)).map((e) => e.id);
    expect(ta.appliedEventIds).toEqual(ofA);
    expect(tb.appliedEventIds).toEqual(ofB);
    // Without a tenant, the consumer's domain data stays closed.
    await expect(Tally.findOne({ key: 'tenant-shared-key' }).lean()).rejects.toThrow(/No tenant/);
  });
});
