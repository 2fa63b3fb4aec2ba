/**
 * Consumer side: a consumer group reads the bus, runs its handler once per event id in effect,
 * in bus order (hence in order per aggregate), retries a failing event, and after `maxAttempts`
 * failures records it as a dead letter and goes on with the other events.
 *
 * Its state:
 * - `processed_events`, in the CONSUMER's own database (the subgraph that reacts): one record per
 *   (group, event id), unique index: the at-most-once-in-effect arbiter.
 * - `dead_letters`, in `deadLetterConnection` (the shared events database when run by a subgraph
 *   service, so an admin sees every group's in one place; the consumer's own database by default):
 *   events that failed `maxAttempts` times (`failed`), and later events of the same aggregate held
 *   back behind one (`parked`) so per-aggregate order survives a poison event. An admin asks for a
 *   replay by setting a failed one to `replay_requested` (`requestReplay`, from any process); the
 *   consumer replays it at the start of its next round.
 *
 * How a handler must be written: it runs under `runWithTenant(event.tenantId)`, and it may run
 * again for the same event if the process dies after its effect but before the processed record
 * is written (or after a retried attempt that had partly succeeded). So its effect must be
 * idempotent per event id: write it in one single-document write guarded by the event id (e.g.
 * `onlyOnce(event.id)` in the filter and `markApplied(update, event.id)` in the update, or an
 * insert whose unique key derives from the event id), and tolerate events of an aggregate it has
 * already moved past (compare a version carried in the payload).
 */
import mongoose, { type Connection, type Model, type UpdateQuery } from 'mongoose';
import { withKeyLock } from '../keyed-lock';
import { isDuplicateKeyError } from '../errors';
import { runWithTenant } from '../tenancy';
import { logger } from '../logger';
import type { EventEnvelope } from './envelope';
import type { Delivery, EventBus } from './bus';

export interface HandlerContext {
  /** 1 for the first try, then 2, 3...; a replay counts on from the dead letter's attempts. */
  attempt: number;
}

export type EventHandler = (event: EventEnvelope, context: HandlerContext) => Promise<void>;

export interface ConsumerOptions {
  bus: EventBus;
  /** The consumer's own database: processed ids are kept there (and dead letters, unless `deadLetterConnection`). */
  connection: Connection;
  /** Where dead letters are kept (the shared events database in a subgraph service); default `connection`. */
  deadLetterConnection?: Connection;
  /** The consumer group, e.g. `finance.invoice-drafter`: its own position and processed ids. */
  group: string;
  handle: EventHandler;
  /** Event types to handle; other events are acknowledged and skipped. All when unset. */
  types?: string[];
  /** Attempts before an event becomes a dead letter (default 5). */
  maxAttempts?: number;
  /** Wait before retry n is n x this (default 50 ms). */
  retryDelayMs?: number;
  /** How often `start()` polls an idle bus (default 200 ms). */
  pollIntervalMs?: number;
  /** Events per poll (default 100). */
  batchSize?: number;
}

export type DeadLetterStatus = 'failed' | 'parked' | 'replay_requested' | 'replayed';

/** Dead letters that hold their aggregate's later events back. */
const OPEN_STATUSES: DeadLetterStatus[] = ['failed', 'parked', 'replay_requested'];

export interface DeadLetter {
  _id: mongoose.Types.ObjectId;
  group: string;
  eventId: string;
  tenantId: string;
  aggregateId: string;
  type: string;
  event: EventEnvelope;
  position: string;
  status: DeadLetterStatus;
  attempts: number;
  lastError?: string;
  blockedBy?: string;
  replayRequestedAt?: Date;
  replayedAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * A processed-event record's `_id`: the group and the event id, so the check before each event is
 * a primary-key lookup (FerretDB 1.x reads the whole collection for `{group, eventId}`). Records
 * written before keyed ids carry an ObjectId and are not found by that lookup; only an event
 * delivered but not acknowledged across the upgrade could be handled again (at least once).
 */
const processedKey = (group: string, eventId: string) => `${group}|${eventId}`;

const processedSchema = new mongoose.Schema(
  {
    _id: { type: mongoose.Schema.Types.Mixed },
    group: { type: String, required: true },
    eventId: { type: String, required: true },
    tenantId: { type: String, required: true },
    type: { type: String, required: true },
    processedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
processedSchema.index({ group: 1, eventId: 1 }, { unique: true });
processedSchema.index({ processedAt: 1 }); // retention

const deadLetterSchema = new mongoose.Schema(
  {
    group: { type: String, required: true },
    eventId: { type: String, required: true },
    tenantId: { type: String, required: true },
    aggregateId: { type: String, required: true },
    type: { type: String, required: true },
    event: { type: mongoose.Schema.Types.Mixed, required: true },
    position: { type: String, required: true },
    positionNumber: { type: Number }, // sort key when the bus's positions are numeric
    status: { type: String, required: true, enum: ['failed', 'parked', 'replay_requested', 'replayed'] },
    attempts: { type: Number, required: true },
    lastError: { type: String },
    blockedBy: { type: String },
    replayRequestedAt: { type: Date },
    replayedAt: { type: Date },
  },
  { versionKey: false, timestamps: true, minimize: false },
);
deadLetterSchema.index({ group: 1, eventId: 1 }, { unique: true });
// The dead letters of one aggregate in order (a replay releases the parked ones after it).
deadLetterSchema.index({ group: 1, tenantId: 1, aggregateId: 1, status: 1, positionNumber: 1, createdAt: 1 });
deadLetterSchema.index({ tenantId: 1, createdAt: -1, _id: -1 });
// An admin's lists, newest first, filtered by group and status (and their counts).
deadLetterSchema.index({ tenantId: 1, group: 1, status: 1, _id: -1 });
deadLetterSchema.index({ tenantId: 1, group: 1, _id: -1 });
deadLetterSchema.index({ tenantId: 1, status: 1, _id: -1 });
deadLetterSchema.index({ group: 1, status: 1 }); // replay requests a group picks up; counts for metrics

/**
 * Consumer bookkeeping models. They are not tenant-scoped by the plugin: a consumer serves every
 * tenant, and each record carries the event's `tenantId` for filtering (e.g. an admin's dead letters).
 */
export function consumerModels(connection: Connection, deadLetterConnection: Connection = connection) {
  return {
    ProcessedEvent: connection.models.ProcessedEvent ?? connection.model('ProcessedEvent', processedSchema, 'processed_events'),
    DeadLetter: deadLetterModel(deadLetterConnection),
  };
}

/** The `dead_letters` model on a connection (a consumer's database or the shared events database). */
export function deadLetterModel(connection: Connection): Model<any> {
  return connection.models.DeadLetter ?? connection.model('DeadLetter', deadLetterSchema, 'dead_letters');
}

/** Processed-id records on the consumer's database (retention trims them). */
export function processedEventModel(connection: Connection): Model<any> {
  return connection.models.ProcessedEvent ?? connection.model('ProcessedEvent', processedSchema, 'processed_events');
}

/** Filter fragment for a handler's guarded write: matches only if `eventId` was not applied to the document. */
export function onlyOnce(eventId: string): Record<string, unknown> {
  return { appliedEventIds: mongoose.trusted({ $ne: eventId }) };
}

/** Adds the event id to the document's `appliedEventIds` in the same write as the effect. */
export function markApplied<U extends UpdateQuery<any>>(update: U, eventId: string): U {
  const push = { ...((update.$push as Record<string, unknown>) ?? {}), appliedEventIds: eventId };
  return { ...update, $push: push };
}

export interface ReplayResult {
  /** The dead letter and the parked events behind it that were processed now. */
  processed: number;
  /** Set when the replayed event (or a parked one after it) failed again; it stays a dead letter. */
  failed?: { deadLetterId: string; error: string };
}

/** How often a consumer looks for dead letters an admin asked to replay. */
const REPLAY_CHECK_MS = 2000;

const blockKey = (tenantId: string, aggregateId: string) => `${tenantId}\u0000${aggregateId}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const errorText = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 2000);

export class EventConsumer {
  private readonly models: ReturnType<typeof consumerModels>;
  private readonly maxAttempts: number;
  private readonly log;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;
  private stopRequested = false;
  private replayCheckedAt = 0;

  constructor(private readonly options: ConsumerOptions) {
    if (!options.group) throw new Error('A consumer needs a group name.');
    this.models = consumerModels(options.connection, options.deadLetterConnection);
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 5);
    this.log = logger.child({ component: 'event-consumer', group: options.group });
  }

  get group(): string {
    return this.options.group;
  }

  /**
   * Polls once and processes what came, in order; acknowledges the batch afterwards.
   * Returns how many deliveries it went through (0: the group is caught up).
   */
  runOnce(): Promise<number> {
    return this.exclusive(async () => {
      // An admin's replay request (from any process) is looked for every few seconds, not every poll.
      let replayed = 0;
      if (Date.now() - this.replayCheckedAt >= REPLAY_CHECK_MS) {
        this.replayCheckedAt = Date.now();
        replayed = await this.replayRequested();
      }
      const deliveries = await this.options.bus.poll(this.options.group, { limit: this.options.batchSize ?? 100 });
      if (!deliveries.length) return replayed;
      const blocked = await this.blockedAggregates(deliveries);
      const processed = await this.processedAmong(deliveries);
      const done: Delivery[] = [];
      for (const delivery of deliveries) {
        // A stop lets the event in hand finish, not the whole batch: the rest is not acknowledged
        // and comes again after a restart (so `npm start` stops promptly while a backlog drains).
        if (this.stopRequested && done.length) break;
        await this.process(delivery, blocked, processed);
        done.push(delivery);
      }
      await this.options.bus.ack(
        this.options.group,
        done.map((d) => d.position),
      );
      return done.length;
    });
  }

  /** Polls until `stop()`: immediately again while there is work, every `pollIntervalMs` when idle. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const tick = async () => {
      let count = 0;
      this.running = this.runOnce()
        .then((n) => (count = n))
        .catch((err) => this.log.warn({ err }, 'event consumer round failed; retrying'));
      await this.running;
      if (!this.stopped) this.timer = setTimeout(tick, count ? 0 : (this.options.pollIntervalMs ?? 200));
    };
    void tick();
  }

  /** Stops after the event in progress; the rest of its batch stays unacknowledged and comes again. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopRequested = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.stopRequested = false; // a later runOnce() by hand processes whole batches again
  }

  /** This group's dead letters, newest first. */
  listDeadLetters(filter: { tenantId?: string; status?: DeadLetterStatus } = {}): Promise<DeadLetter[]> {
    return listDeadLetters(this.options.deadLetterConnection ?? this.options.connection, {
      ...filter,
      group: this.options.group,
    });
  }

  /**
   * Runs a `failed` dead letter's event through the handler again (once), then the events parked
   * behind it for the same aggregate, in order. Each one processed is marked processed and its
   * dead letter `replayed`; the first that fails again stays (or becomes) `failed`, and the
   * rest stay parked behind it. Serialized with this consumer's polling, so order holds.
   */
  replayDeadLetter(id: string): Promise<ReplayResult> {
    return this.exclusive(async () => {
      const { DeadLetter } = this.models;
      if (!mongoose.isObjectIdOrHexString(id)) throw new Error(`Dead letter ${id} not found.`);
      const head = await DeadLetter.findOne({ _id: id, group: this.options.group }).lean<DeadLetter>();
      if (!head) throw new Error(`Dead letter ${id} not found in group ${this.options.group}.`);
      if (head.status !== 'failed' && head.status !== 'replay_requested') {
        throw new Error(`Dead letter ${id} is ${head.status}; only a failed one can be replayed.`);
      }
      return this.replayFrom(head);
    });
  }

  /** Replays the dead letters an admin asked to replay (from any process); returns how many events went through. */
  private async replayRequested(): Promise<number> {
    const requested = await this.models.DeadLetter.find({ group: this.options.group, status: 'replay_requested' })
      .sort({ replayRequestedAt: 1, _id: 1 })
      .limit(100)
      .lean<DeadLetter[]>();
    let processed = 0;
    for (const head of requested) {
      const result = await this.replayFrom(head);
      processed += result.processed;
      if (result.failed)
        this.log.warn({ deadLetterId: result.failed.deadLetterId, error: result.failed.error }, 'replay failed again');
    }
    return processed;
  }

  private async replayFrom(head: DeadLetter): Promise<ReplayResult> {
    const { DeadLetter } = this.models;
    let processed = 0;
    let next: DeadLetter | null = head;
    while (next) {
      const error = await this.replayOne(next);
      if (error) return { processed, failed: { deadLetterId: String(next._id), error } };
      processed += 1;
      next = await DeadLetter.findOne({
        group: this.options.group,
        tenantId: head.tenantId,
        aggregateId: head.aggregateId,
        status: 'parked',
      })
        .sort({ positionNumber: 1, createdAt: 1 })
        .lean<DeadLetter>();
    }
    return { processed };
  }

  private async replayOne(letter: DeadLetter): Promise<string | undefined> {
    const { DeadLetter } = this.models;
    const attempt = letter.attempts + 1;
    if (!(await this.isProcessed(letter.event.id))) {
      try {
        await this.runHandler(letter.event, attempt);
      } catch (err) {
        await DeadLetter.updateOne(
          { _id: letter._id },
          { $set: { status: 'failed', attempts: attempt, lastError: errorText(err) }, $unset: { blockedBy: 1 } },
        );
        return errorText(err);
      }
      await this.markProcessed(letter.event);
    }
    await DeadLetter.updateOne({ _id: letter._id }, { $set: { status: 'replayed', attempts: attempt, replayedAt: new Date() } });
    return undefined;
  }

  private async process(delivery: Delivery, blocked: Map<string, string>, processed: Set<string>): Promise<void> {
    const { event } = delivery;
    if (this.options.types && !this.options.types.includes(event.type)) return;
    if (processed.has(event.id)) return; // a duplicate delivery (one poller per group: the batch's read is current)
    const key = blockKey(event.tenantId, event.aggregateId);
    const blocker = blocked.get(key);
    if (blocker) {
      // An earlier event of this aggregate is a dead letter: hold this one back, in order, until it is replayed.
      await this.recordDeadLetter(delivery, { status: 'parked', attempts: 0, blockedBy: blocker });
      return;
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await this.runHandler(event, attempt);
        await this.markProcessed(event);
        processed.add(event.id); // the same event again later in this batch is a duplicate
        return;
      } catch (err) {
        if (attempt >= this.maxAttempts) {
          this.log.error({ err, eventId: event.id, type: event.type, attempts: attempt }, 'event dead-lettered');
          const id = await this.recordDeadLetter(delivery, { status: 'failed', attempts: attempt, lastError: errorText(err) });
          blocked.set(key, id);
          return;
        }
        this.log.warn({ err, eventId: event.id, attempt }, 'event handler failed; retrying');
        await sleep((this.options.retryDelayMs ?? 50) * attempt);
      }
    }
  }

  private runHandler(event: EventEnvelope, attempt: number): Promise<void> {
    return runWithTenant(event.tenantId, () => this.options.handle(event, { attempt }));
  }

  /** Which events of the batch this group has processed already: primary-key lookups, in parallel. */
  private async processedAmong(deliveries: Delivery[]): Promise<Set<string>> {
    const ids = [...new Set(deliveries.map((d) => d.event.id))];
    const done = await Promise.all(ids.map((id) => this.isProcessed(id)));
    return new Set(ids.filter((_, i) => done[i]));
  }

  private async isProcessed(eventId: string): Promise<boolean> {
    const key = processedKey(this.options.group, eventId);
    return (await this.models.ProcessedEvent.findById(key, { _id: 1 }).lean()) !== null;
  }

  private async markProcessed(event: EventEnvelope): Promise<void> {
    try {
      await this.models.ProcessedEvent.create({
        _id: processedKey(this.options.group, event.id),
        group: this.options.group,
        eventId: event.id,
        tenantId: event.tenantId,
        type: event.type,
        processedAt: new Date(),
      });
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err; // another delivery of the same event got there first
    }
  }

  private async recordDeadLetter(
    delivery: Delivery,
    fields: { status: DeadLetterStatus; attempts: number; lastError?: string; blockedBy?: string },
  ): Promise<string> {
    const { event, position } = delivery;
    const { DeadLetter } = this.models;
    const numeric = Number(position);
    try {
      const created = await DeadLetter.create({
        group: this.options.group,
        eventId: event.id,
        tenantId: event.tenantId,
        aggregateId: event.aggregateId,
        type: event.type,
        event,
        position,
        ...(Number.isFinite(numeric) ? { positionNumber: numeric } : {}),
        ...fields,
      });
      return String(created._id);
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
      // Redelivered after a crash: the record exists already.
      const existing = await DeadLetter.findOne({ group: this.options.group, eventId: event.id }, { _id: 1 }).lean<{
        _id: unknown;
      }>();
      return String(existing!._id);
    }
  }

  /** Aggregates of this batch with an unresolved dead letter in this group: their events wait behind it. */
  private async blockedAggregates(deliveries: Delivery[]): Promise<Map<string, string>> {
    const aggregateIds = [...new Set(deliveries.map((d) => d.event.aggregateId))];
    const open = await this.models.DeadLetter.find(
      {
        group: this.options.group,
        aggregateId: mongoose.trusted({ $in: aggregateIds }),
        status: mongoose.trusted({ $in: OPEN_STATUSES }),
      },
      { tenantId: 1, aggregateId: 1, status: 1, blockedBy: 1 },
    ).lean<Array<Pick<DeadLetter, '_id' | 'tenantId' | 'aggregateId' | 'status' | 'blockedBy'>>>();
    const blocked = new Map<string, string>();
    for (const letter of open) {
      const key = blockKey(letter.tenantId, letter.aggregateId);
      if (!blocked.has(key) || letter.status !== 'parked') blocked.set(key, String(letter._id));
    }
    return blocked;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    return withKeyLock(`event-consumer:${this.options.connection.name}:${this.options.group}`, work);
  }
}

/**
 * Asks the owning consumer (in whatever process runs it) to replay a failed dead letter on its
 * next round. Conditional on the status, so two requests or a request racing a replay do one thing.
 * Returns the dead letter after the change, or null when `id` is not a failed dead letter of `tenantId`.
 */
export async function requestReplay(connection: Connection, tenantId: string, id: string): Promise<DeadLetter | null> {
  if (!mongoose.isObjectIdOrHexString(id)) return null;
  return deadLetterModel(connection)
    .findOneAndUpdate(
      { _id: id, tenantId, status: 'failed' },
      { $set: { status: 'replay_requested', replayRequestedAt: new Date() } },
      { new: true },
    )
    .lean<DeadLetter>()
    .exec();
}

/** Dead letters in a consumer's database, newest first (filter by group, tenant, status). */
export function listDeadLetters(
  connection: Connection,
  filter: { group?: string; tenantId?: string; status?: DeadLetterStatus; limit?: number } = {},
): Promise<DeadLetter[]> {
  const { limit = 100, ...where } = filter;
  const query = Object.fromEntries(Object.entries(where).filter(([, v]) => v !== undefined));
  return deadLetterModel(connection).find(query).sort({ createdAt: -1, _id: -1 }).limit(limit).lean<DeadLetter[]>().exec();
}
