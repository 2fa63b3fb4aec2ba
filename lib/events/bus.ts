/**
 * The bus between producers' relays and consumers, behind one interface, and its default
 * implementation: an append-only log in MongoDB (its own `events` database, no extra server).
 *
 * `RedisStreamsBus` (./redis-bus.ts) implements the same interface on a Redis stream for several
 * machines; `EVENT_BUS=mongo|redis` picks one (lib/env.ts).
 */
import mongoose, { type Connection, type Model } from 'mongoose';
import { withKeyLock } from '../keyed-lock';
import { isDuplicateKeyError } from '../errors';
import { pickEnvelope, type EventEnvelope } from './envelope';

export interface Delivery {
  /** Opaque position of the event in the bus (a number here, a stream id in Redis). */
  position: string;
  event: EventEnvelope;
}

export interface PublishResult {
  position: string;
  /** True when the bus already held this event id: publishing is idempotent per event id. */
  duplicate: boolean;
}

export interface EventBus {
  /** Appends the event durably; publishing the same event id again is a no-op that returns its position. */
  publish(event: EventEnvelope): Promise<PublishResult>;
  /** Events after the group's acknowledged position, oldest first. Unacknowledged ones come again. */
  poll(group: string, options?: { limit?: number }): Promise<Delivery[]>;
  /** Acknowledges deliveries of `group` (a prefix of what `poll` returned, in order). */
  ack(group: string, positions: string[]): Promise<void>;
}

/** One event as the log holds it (admin queries). */
export interface LoggedEvent {
  position: string;
  event: EventEnvelope;
  publishedAt: Date;
}

/** Where a consumer group stands, counted for one tenant or for every tenant. */
export interface GroupStatus {
  group: string;
  /** The group's acknowledged position ("0" before its first ack). */
  position: string;
  /** Events in the log after that position (of the tenant, when one is given). */
  pending: number;
  /** When the oldest of those was published; unset when none is pending. */
  oldestPendingAt?: Date;
}

/** What the admin queries, metrics and retention need from a bus; both implementations have it. */
export interface InspectableEventBus extends EventBus {
  /** Which implementation, for logs and metrics: `mongo` or `redis`. */
  readonly kind: string;
  /** The group's acknowledged position and how many events lie beyond it (every tenant). */
  lag(group: string): Promise<{ position: number; pending: number }>;
  /** Every group that has acknowledged something, with its backlog (of `tenantId`, when given). */
  groups(tenantId?: string): Promise<GroupStatus[]>;
  /** The tenant's events, newest first, before position `before` (exclusive) when given. */
  recent(
    tenantId: string,
    options: { limit: number; before?: string; type?: string; aggregateId?: string },
  ): Promise<LoggedEvent[]>;
  /** How many of the tenant's events the log holds (matching `type` / `aggregateId` when given). */
  count(tenantId: string, filter?: { type?: string; aggregateId?: string }): Promise<number>;
  /**
   * Removes events published before `cutoff` that every known group has acknowledged; always
   * keeps the newest event (positions continue from it). Returns how many were removed.
   */
  trim(cutoff: Date): Promise<number>;
}

const logSchema = new mongoose.Schema(
  {
    _id: { type: String, required: true }, // logKey(position): positions 1, 2, 3... gap-free
    id: { type: String, required: true },
    type: { type: String, required: true },
    tenantId: { type: String, required: true },
    occurredAt: { type: String, required: true },
    producer: { type: String, required: true },
    schemaVersion: { type: Number, required: true },
    aggregateId: { type: String, required: true },
    payload: { type: mongoose.Schema.Types.Mixed, required: true },
    requestId: { type: String },
    publishedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
logSchema.index({ id: 1 }, { unique: true }); // one entry per event id: publish is idempotent
logSchema.index({ tenantId: 1, _id: -1 }); // a tenant's recent events and its backlog per group
// An admin's look at the log: one aggregate's events, or one type's (and their counts).
logSchema.index({ tenantId: 1, aggregateId: 1, _id: -1 });
logSchema.index({ tenantId: 1, type: 1, _id: -1 });
logSchema.index({ publishedAt: 1 }); // retention

const positionSchema = new mongoose.Schema(
  { _id: { type: String, required: true }, position: { type: Number, required: true }, updatedAt: { type: Date } },
  { versionKey: false },
);

/**
 * The log's `_id` for a position: a zero-padded string, so string order is position order, and
 * a string because an `_id` equality is the one filter FerretDB 1.x's SQLite backend answers from
 * its primary key; any other filter (`$gt` included) reads and decodes the whole collection.
 * Every hot read of the log is therefore a lookup of exact positions.
 */
export const logKey = (position: number): string => String(position).padStart(16, '0');

interface LogDoc extends Record<string, unknown> {
  _id: string | number;
  publishedAt: Date;
}

/** One entry read from the log, with its position as a number. */
export interface LogEntry {
  position: number;
  doc: LogDoc;
}

/** The most positions looked up in parallel in one round trip. */
const MAX_PROBE_WIDTH = 32;

/**
 * Up to `limit` entries after position `at`, oldest first: looks up at+1, then the next 2, 4,
 * 8... in parallel, and stops at the first position not (yet) in the log. An idle reader costs
 * one lookup, k new entries cost at most 2k+1 lookups in about log2(k) round trips. Positions
 * are gap-free and become visible in order (see MongoEventBus), so this misses nothing.
 */
export async function readLogAfter(EventLog: Model<any>, at: number, limit: number): Promise<LogEntry[]> {
  const entries: LogEntry[] = [];
  let width = 1;
  while (entries.length < limit) {
    const from = at + entries.length + 1;
    const docs = await Promise.all(
      Array.from({ length: Math.min(width, limit - entries.length) }, (_, i) =>
        EventLog.findById(logKey(from + i)).lean<LogDoc>(),
      ),
    );
    for (const [i, doc] of docs.entries()) {
      if (!doc) return entries;
      entries.push({ position: from + i, doc });
    }
    width = Math.min(width * 2, MAX_PROBE_WIDTH);
  }
  return entries;
}

/** The newest position in the log (0 when empty). */
export async function lastLogPosition(EventLog: Model<any>): Promise<number> {
  const last = await EventLog.findOne({}, { _id: 1 }).sort({ _id: -1 }).lean<{ _id: string | number }>();
  return last ? Number(last._id) : 0;
}

/**
 * A reader's view of the log by position (a consumer group, a gateway's tail). When nothing
 * follows its position it checks, on its first read and then every `gapCheckMs`, whether the log
 * continues further on: entries before it were trimmed by retention before this reader got there
 * (a group created after a trim). That check is the one range query, hence rare.
 */
export class LogReader {
  private lastGapCheck = 0;

  constructor(
    private readonly EventLog: Model<any>,
    private readonly gapCheckMs = 60_000,
  ) {}

  async after(at: number, limit: number): Promise<LogEntry[]> {
    const entries = await readLogAfter(this.EventLog, at, limit);
    if (entries.length || Date.now() - this.lastGapCheck < this.gapCheckMs) return entries;
    this.lastGapCheck = Date.now();
    const next = await this.EventLog.findOne({ _id: mongoose.trusted({ $gt: logKey(at) }) }, { _id: 1 })
      .sort({ _id: 1 })
      .lean<{ _id: string }>();
    return next ? readLogAfter(this.EventLog, Number(next._id) - 1, limit) : [];
  }
}

/**
 * Logs written before positions were strings held numeric `_id`s: rewrites them as `logKey`s.
 * The event id is unique in the log, so an entry cannot exist twice even for a moment: each one
 * is parked in `event_log_migration` first, then moved. Rerunnable after a crash at any step.
 */
export async function migrateNumericPositions(EventLog: Model<any>): Promise<number> {
  const log = EventLog.collection;
  const parked = EventLog.db.collection('event_log_migration');
  const old = await log.find({ _id: { $type: 'number' } } as never).toArray();
  for (const doc of old) {
    await parked.replaceOne({ _id: doc._id }, doc, { upsert: true });
    await log.deleteOne({ _id: doc._id });
  }
  const moving = await parked.find({}).sort({ _id: 1 }).toArray();
  for (const doc of moving) {
    try {
      await log.insertOne({ ...doc, _id: logKey(Number(doc._id)) } as never);
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err; // moved before a crash
    }
    await parked.deleteOne({ _id: doc._id });
  }
  return moving.length;
}

/** The event-log models on a connection to the events database (`syncModels` creates them). */
export function eventLogModels(connection: Connection) {
  return {
    EventLog: connection.models.EventLog ?? connection.model('EventLog', logSchema, 'event_log'),
    ConsumerPosition:
      connection.models.ConsumerPosition ?? connection.model('ConsumerPosition', positionSchema, 'consumer_positions'),
  };
}

const MAX_APPEND_ATTEMPTS = 50;

/**
 * The MongoDB-backed log. Positions are allocated by inserting `_id = logKey(last + 1)`: the
 * unique `_id` is the arbiter between concurrent publishers (in any number of processes), so
 * positions are gap-free and become visible in order, and a reader that remembers "everything up
 * to N" never skips an event. Works the same on FerretDB (single inserts and unique indexes are
 * atomic there), where reading by exact positions is also what keeps polling cheap.
 *
 * Group positions live in `consumer_positions`; one poller per group at a time is assumed (a
 * second one is safe, since consumers dedupe by event id, but wasteful).
 */
export class MongoEventBus implements InspectableEventBus {
  readonly kind = 'mongo';
  private readonly models: ReturnType<typeof eventLogModels>;
  private readonly readers = new Map<string, LogReader>();
  /** Each group's acknowledged position as this process last read or wrote it (one poller per group). */
  private readonly positions = new Map<string, number>();
  private lastPosition: number | undefined;
  private migrated: Promise<unknown> | undefined;

  constructor(private readonly connection: Connection) {
    this.models = eventLogModels(connection);
  }

  /** Once per bus: a log from before string positions is rewritten before anything reads or appends. */
  private ready(): Promise<unknown> {
    this.migrated ??= migrateNumericPositions(this.models.EventLog).catch((err) => {
      this.migrated = undefined;
      throw err;
    });
    return this.migrated;
  }

  /**
   * Appends are serialized within the process (one log, one position at a time: concurrent appends
   * from one process would only collide with each other); another process's collisions are retried
   * with a short random back-off.
   */
  publish(event: EventEnvelope): Promise<PublishResult> {
    const envelope = pickEnvelope(event as unknown as Record<string, unknown>);
    return withKeyLock(`event-log:${this.connection.name}`, () => this.append(envelope));
  }

  private async append(envelope: EventEnvelope): Promise<PublishResult> {
    await this.ready();
    const { EventLog } = this.models;
    for (let attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt++) {
      const position = (this.lastPosition ?? (await lastLogPosition(EventLog))) + 1;
      try {
        await EventLog.create({ ...envelope, _id: logKey(position), publishedAt: new Date() });
        this.lastPosition = position;
        return { position: String(position), duplicate: false };
      } catch (err) {
        if (!isDuplicateKeyError(err)) throw err;
        // Either the event is already in the log (a retried publish) or another publisher took this position.
        const existing = await EventLog.findOne({ id: envelope.id }, { _id: 1 }).lean<{ _id: string }>();
        if (existing) return { position: String(Number(existing._id)), duplicate: true };
        this.lastPosition = undefined;
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
      }
    }
    throw new Error(`Could not append event ${envelope.id} to the log: too much contention.`);
  }

  async poll(group: string, options: { limit?: number } = {}): Promise<Delivery[]> {
    await this.ready();
    const { EventLog, ConsumerPosition } = this.models;
    let at = this.positions.get(group);
    if (at === undefined) {
      at = (await ConsumerPosition.findById(group).lean<{ position: number }>())?.position ?? 0;
      this.positions.set(group, at);
    }
    let reader = this.readers.get(group);
    if (!reader) this.readers.set(group, (reader = new LogReader(EventLog)));
    const entries = await reader.after(at, options.limit ?? 100);
    return entries.map(({ position, doc }) => ({ position: String(position), event: pickEnvelope(doc) }));
  }

  async ack(group: string, positions: string[]): Promise<void> {
    if (!positions.length) return;
    const position = Math.max(...positions.map(Number));
    const { ConsumerPosition } = this.models;
    // Positions only move forward; the upsert creates the group's record on its first ack.
    const moved = await ConsumerPosition.updateOne(
      { _id: group, position: mongoose.trusted({ $lt: position }) },
      { $set: { position, updatedAt: new Date() } },
    );
    if (moved.matchedCount) {
      this.positions.set(group, position);
      return;
    }
    try {
      await ConsumerPosition.create({ _id: group, position, updatedAt: new Date() });
      this.positions.set(group, position);
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
      this.positions.delete(group); // exists with a position at or past this one: read it again
    }
  }

  /** The group's acknowledged position (0 before its first ack) and how many events lie beyond it. */
  async lag(group: string): Promise<{ position: number; pending: number }> {
    await this.ready();
    const { ConsumerPosition } = this.models;
    const position = (await ConsumerPosition.findById(group).lean<{ position: number }>())?.position ?? 0;
    const last = await lastLogPosition(this.models.EventLog);
    return { position, pending: Math.max(0, last - position) };
  }

  async groups(tenantId?: string): Promise<GroupStatus[]> {
    await this.ready();
    const { EventLog, ConsumerPosition } = this.models;
    const positions = await ConsumerPosition.find({}, { position: 1 })
      .sort({ _id: 1 })
      .lean<Array<{ _id: string; position: number }>>();
    const last = await lastLogPosition(EventLog);
    return Promise.all(
      positions.map(async ({ _id: group, position }) => {
        const after = { _id: mongoose.trusted({ $gt: logKey(position) }), ...(tenantId ? { tenantId } : {}) };
        const pending = tenantId ? await EventLog.countDocuments(after) : Math.max(0, last - position);
        const oldest = pending
          ? await EventLog.findOne(after, { publishedAt: 1 }).sort({ _id: 1 }).lean<{ publishedAt: Date }>()
          : null;
        return { group, position: String(position), pending, ...(oldest ? { oldestPendingAt: oldest.publishedAt } : {}) };
      }),
    );
  }

  async recent(
    tenantId: string,
    options: { limit: number; before?: string; type?: string; aggregateId?: string },
  ): Promise<LoggedEvent[]> {
    await this.ready();
    const before = options.before === undefined ? undefined : Number(options.before);
    const docs = await this.models.EventLog.find({
      tenantId,
      ...(before !== undefined && Number.isFinite(before) ? { _id: mongoose.trusted({ $lt: logKey(before) }) } : {}),
      ...(options.type ? { type: options.type } : {}),
      ...(options.aggregateId ? { aggregateId: options.aggregateId } : {}),
    })
      .sort({ _id: -1 })
      .limit(options.limit)
      .lean<LogDoc[]>();
    return docs.map((doc) => ({
      position: String(Number(doc._id)),
      event: pickEnvelope(doc),
      publishedAt: doc.publishedAt,
    }));
  }

  count(tenantId: string, filter: { type?: string; aggregateId?: string } = {}): Promise<number> {
    return this.models.EventLog.countDocuments({
      tenantId,
      ...(filter.type ? { type: filter.type } : {}),
      ...(filter.aggregateId ? { aggregateId: filter.aggregateId } : {}),
    }).exec();
  }

  async trim(cutoff: Date): Promise<number> {
    await this.ready();
    const { EventLog, ConsumerPosition } = this.models;
    const last = await lastLogPosition(EventLog);
    const slowest = await ConsumerPosition.findOne({}, { position: 1 }).sort({ position: 1 }).lean<{ position: number }>();
    // Never past what the slowest group acknowledged, and never the newest entry (the next position derives from it).
    const upTo = Math.min(slowest ? slowest.position : last, last - 1);
    if (upTo < 1) return 0;
    const removed = await EventLog.deleteMany({
      _id: mongoose.trusted({ $lte: logKey(upTo) }),
      publishedAt: mongoose.trusted({ $lt: cutoff }),
    });
    return removed.deletedCount;
  }
}
