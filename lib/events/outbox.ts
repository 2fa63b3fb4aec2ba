/**
 * Producer side: the transactional outbox, embedded in the aggregate document.
 *
 * A producer adds its events to an `outbox` array on the document it changes, IN THE SAME
 * single-document write as the state change (`withEvents` on an update, `withNewEvents` on a new
 * document). MongoDB (and FerretDB) apply one document's write atomically, so either the state
 * change and its events are both stored or neither is: a crash after the write loses nothing,
 * because the events wait in the document until a relay publishes them. No transaction needed.
 *
 * The relay (`OutboxRelay`) finds documents with a non-empty outbox, publishes each event in
 * array order (so per aggregate, in the order they were recorded), and only after the bus has
 * acknowledged an event removes it from the document. A crash between publish and removal makes
 * the next relay publish it again: delivery is AT LEAST ONCE, and the bus dedupes by event id.
 */
import { EventEmitter } from 'node:events';
import type { Model, Schema, UpdateQuery } from 'mongoose';
import { serializedWrite } from '../keyed-lock';
import { runWithTenant } from '../tenancy';
import { logger } from '../logger';
import { pickEnvelope, type EventEnvelope } from './envelope';
import type { EventBus } from './bus';

export const OUTBOX_FIELD = 'outbox';

/**
 * Writes that stored events in an outbox, announced to the relays of this process: (collection
 * key, document id, or undefined when the write's filter names no single document).
 */
const outboxWrites = new EventEmitter().setMaxListeners(0);
const collectionKey = (model: { db: { name: string }; collection: { collectionName: string } }) =>
  `${model.db.name}.${model.collection.collectionName}`;

const UPDATE_OPERATIONS = ['findOneAndUpdate', 'updateOne', 'updateMany'] as const;

/**
 * Mongoose plugin: the aggregate can carry pending events (`outbox`), indexed for the relay. Its
 * hooks tell the relay which document just got events, so the relay fetches that one by `_id`
 * instead of searching every producer collection for pending outboxes.
 */
export function outboxPlugin(schema: Schema): void {
  schema.add({ [OUTBOX_FIELD]: { type: [{}], default: undefined } });
  // Only documents with pending events are in it: the relay's sweep reads exactly those.
  schema.index({ 'outbox.0': 1 }, { sparse: true });
  schema.post('save', function (this: any) {
    if (this[OUTBOX_FIELD]?.length) outboxWrites.emit('write', collectionKey(this.constructor), this._id);
  });
  schema.post('insertMany', function (this: any, docs: Array<Record<string, any>>) {
    for (const doc of docs) if (doc[OUTBOX_FIELD]?.length) outboxWrites.emit('write', collectionKey(this), doc._id);
  });
  for (const operation of UPDATE_OPERATIONS) {
    schema.post(operation, function (this: any, result: any) {
      if (!this.getUpdate()?.$push?.[OUTBOX_FIELD]) return;
      const id = this.getFilter()._id;
      const single = typeof id === 'string' || id?._bsontype === 'ObjectId';
      outboxWrites.emit('write', collectionKey(this.model), single ? id : result?._id);
    });
  }
}

/**
 * Adds events to an update so that they are stored by the same single-document write.
 * e.g. `Order.findOneAndUpdate({ _id, version }, withEvents({ $set: { status } }, confirmed))`.
 */
export function withEvents<U extends UpdateQuery<any>>(update: U, ...events: EventEnvelope[]): U {
  if (!events.length) return update;
  for (const event of events) pickEnvelope(event as unknown as Record<string, unknown>); // valid or throw
  const push = { ...((update.$push as Record<string, unknown>) ?? {}) };
  if (OUTBOX_FIELD in push) throw new Error('withEvents: the update already pushes to the outbox.');
  push[OUTBOX_FIELD] = { $each: events };
  return { ...update, $push: push };
}

/** A new document with its first events, for `Model.create(withNewEvents({ ... }, created))`. */
export function withNewEvents<D extends Record<string, unknown>>(
  doc: D,
  ...events: EventEnvelope[]
): D & { outbox: EventEnvelope[] } {
  for (const event of events) pickEnvelope(event as unknown as Record<string, unknown>);
  return { ...doc, [OUTBOX_FIELD]: events } as D & { outbox: EventEnvelope[] };
}

export interface OutboxRelayOptions {
  bus: EventBus;
  /** The producer's models whose documents carry an outbox (each uses `outboxPlugin`). */
  models: Array<Model<any>>;
  /**
   * How often `start()` searches every producer collection for pending events, for those no write
   * of this process announced (written before a crash, or by another process). Announced writes
   * are relayed at once. Default 30 s.
   */
  sweepIntervalMs?: number;
  /** Documents examined per model and round. */
  batchSize?: number;
  /** Called when a round fails (the events stay pending and are retried next round). */
  onError?: (err: unknown) => void;
}

const RETRY_MS = 1000;
const ANNOUNCED_DELAY_MS = 20;
const PENDING_PROJECTION = { _id: 1, tenantId: 1, [OUTBOX_FIELD]: 1 };

interface PendingDoc {
  _id: unknown;
  tenantId: string;
  outbox: EventEnvelope[];
}

/**
 * Publishes pending outbox events until the bus acknowledges them. Restartable: it keeps no
 * state of its own, everything pending is in the producers' documents.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private stopped = true;
  /** Set while `stop()` waits: the step in progress ends after the document in hand. */
  private stopRequested = false;
  /** Announced writes not relayed yet, per model; `undefined` in a set: search that whole model. */
  private readonly announced = new Map<Model<any>, Set<unknown>>();
  private relayScheduled = false;
  private sweeping = false;
  private sweepAgain = false;
  private readonly byCollection: Map<string, Model<any>>;
  private readonly onWrite = (key: string, id: unknown) => {
    const model = this.byCollection.get(key);
    if (!model || this.stopped) return;
    let ids = this.announced.get(model);
    if (!ids) this.announced.set(model, (ids = new Set()));
    ids.add(id);
    if (this.relayScheduled) return;
    this.relayScheduled = true;
    // A short pause gathers a burst of writes (to one document or many) into one relay step.
    setTimeout(() => {
      this.relayScheduled = false;
      void this.serialized(() => this.relayAnnounced()).catch((err) => this.failed(err));
    }, ANNOUNCED_DELAY_MS).unref();
  };
  private readonly log = logger.child({ component: 'outbox-relay' });

  constructor(private readonly options: OutboxRelayOptions) {
    this.byCollection = new Map(options.models.map((m) => [collectionKey(m), m]));
  }

  /**
   * One sweep: publishes every pending event of every producer collection and removes it from
   * its document. Returns how many events were published. A failing publish stops that
   * document's round (so per-aggregate order holds) and is retried later; other documents go on.
   */
  runOnce(): Promise<number> {
    return this.serialized(async () => {
      let published = 0;
      let firstError: unknown;
      for (const model of this.options.models) {
        // The relay serves every tenant: this read is deliberately not tenant-scoped (infrastructure,
        // not a request). Every write below runs scoped to the document's own tenant.
        const limit = this.options.batchSize ?? 100;
        const pending = (await model.collection
          .find({ 'outbox.0': { $exists: true } }, { projection: PENDING_PROJECTION })
          .limit(limit)
          .toArray()) as unknown as PendingDoc[];
        if (pending.length === limit) this.sweepAgain = true; // a backlog: the next sweep comes at once
        for (const doc of pending) {
          if (this.stopRequested) break; // the rest stays in its outbox: the next start's sweep has it
          try {
            published += await this.relayDocument(model, doc);
          } catch (err) {
            firstError ??= err;
          }
        }
      }
      if (firstError) throw firstError;
      return published;
    });
  }

  /** Relays the documents writes announced, each read by its `_id` (a primary-key lookup). */
  private async relayAnnounced(): Promise<number> {
    let published = 0;
    let firstError: unknown;
    const announced = [...this.announced];
    this.announced.clear();
    const retry: Array<[string, unknown]> = [];
    for (const [model, ids] of announced) {
      if (ids.has(undefined)) {
        ids.delete(undefined);
        this.sweepSoon();
      }
      for (const id of ids) {
        if (this.stopRequested) break; // the rest stays in its outbox: the next start's sweep has it
        try {
          const doc = (await model.collection.findOne({ _id: id } as never, {
            projection: PENDING_PROJECTION,
          })) as unknown as PendingDoc | null;
          if (doc?.outbox?.length) published += await this.relayDocument(model, doc);
        } catch (err) {
          firstError ??= err;
          retry.push([collectionKey(model), id]);
        }
      }
    }
    // A failed publish (the bus down) is tried again in a second, not at the next sweep.
    if (retry.length) setTimeout(() => retry.forEach(([key, id]) => this.onWrite(key, id)), RETRY_MS).unref();
    if (firstError) throw firstError;
    return published;
  }

  private async relayDocument(model: Model<any>, doc: PendingDoc): Promise<number> {
    const published: EventEnvelope[] = [];
    try {
      for (const event of doc.outbox) {
        await this.options.bus.publish(event); // throws: the rest stays pending, retried later
        published.push(event);
      }
    } finally {
      // Remove exactly what was published (a concurrent write may have appended more), in one
      // write, queued with the domain's writes to the document where the server needs that
      // (lib/keyed-lock.ts `serializedWrite`). By `_id` alone, on the collection: the document was read by that
      // `_id`, and an `_id` equality is a primary-key lookup on FerretDB where `{_id, tenantId}`
      // reads the collection. `$pullAll` matches the elements exactly as read (FerretDB 1.x's
      // `$pull` ignores conditions). Not a change of the document itself: updatedAt stays.
      if (published.length)
        await runWithTenant(doc.tenantId, () =>
          serializedWrite(model, String(doc._id), () =>
            model.collection.updateOne({ _id: doc._id } as never, { $pullAll: { [OUTBOX_FIELD]: published } } as never),
          ),
        );
    }
    return published.length;
  }

  /** One relay step at a time: a sweep and an announced write never relay the same document at once. */
  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private failed(err: unknown): void {
    this.log.warn({ err }, 'outbox relay round failed; retrying');
    this.options.onError?.(err);
  }

  /** One sweep loop: at any time either a sweep runs or the next one is scheduled, never both. */
  private sweepSoon(): void {
    if (this.stopped) return;
    if (this.sweeping) {
      this.sweepAgain = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.sweep(), 0);
  }

  private async sweep(): Promise<void> {
    this.sweeping = true;
    this.sweepAgain = false;
    this.timer = undefined;
    await this.runOnce().catch((err) => this.failed(err));
    this.sweeping = false;
    if (this.stopped) return;
    const again = this.sweepAgain;
    this.sweepAgain = false;
    this.timer = setTimeout(() => void this.sweep(), again ? 0 : (this.options.sweepIntervalMs ?? 30_000));
  }

  /** Relays announced writes at once, and sweeps now and every `sweepIntervalMs`, until `stop()`. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    outboxWrites.on('write', this.onWrite);
    void this.sweep();
  }

  /** Stops after the document in hand; what is left stays in its outbox for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopRequested = true;
    outboxWrites.off('write', this.onWrite);
    if (this.timer) clearTimeout(this.timer);
    this.announced.clear();
    await this.chain;
    this.stopRequested = false; // a later runOnce() by hand sweeps whole batches again
  }
}
