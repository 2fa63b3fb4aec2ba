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
import type { Model, Schema, UpdateQuery } from 'mongoose';
import { withDocumentLock } from '../keyed-lock';
import { runWithTenant } from '../tenancy';
import { logger } from '../logger';
import { pickEnvelope, type EventEnvelope } from './envelope';
import type { EventBus } from './bus';

export const OUTBOX_FIELD = 'outbox';

/** Mongoose plugin: the aggregate can carry pending events (`outbox`), indexed for the relay. */
export function outboxPlugin(schema: Schema): void {
  schema.add({ [OUTBOX_FIELD]: { type: [{}], default: undefined } });
  schema.index({ 'outbox.id': 1 }, { sparse: true });
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
  /** How often `start()` looks for pending events. */
  pollIntervalMs?: number;
  /** Documents examined per model and round. */
  batchSize?: number;
  /** Called when a round fails (the events stay pending and are retried next round). */
  onError?: (err: unknown) => void;
}

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
  private running: Promise<unknown> | undefined;
  private stopped = true;
  private readonly log = logger.child({ component: 'outbox-relay' });

  constructor(private readonly options: OutboxRelayOptions) {}

  /**
   * One round: publishes every pending event it finds and removes it from its document.
   * Returns how many events were published. A failing publish stops that document's round (so
   * per-aggregate order holds) and is retried on the next one; other documents go on.
   */
  async runOnce(): Promise<number> {
    let published = 0;
    let firstError: unknown;
    for (const model of this.options.models) {
      // The relay serves every tenant: this read is deliberately not tenant-scoped (infrastructure,
      // not a request). Every write below runs scoped to the document's own tenant.
      const pending = (await model.collection
        .find({ 'outbox.0': { $exists: true } }, { projection: { _id: 1, tenantId: 1, outbox: 1 } })
        .limit(this.options.batchSize ?? 100)
        .toArray()) as unknown as PendingDoc[];
      for (const doc of pending) {
        try {
          published += await this.relayDocument(model, doc);
        } catch (err) {
          firstError ??= err;
        }
      }
    }
    if (firstError) throw firstError;
    return published;
  }

  private async relayDocument(model: Model<any>, doc: PendingDoc): Promise<number> {
    let published = 0;
    for (const event of doc.outbox) {
      await this.options.bus.publish(event); // throws: stays pending, retried next round
      // Remove only this event (a concurrent write may have appended more), under the same
      // in-process document lock as domain writes (FerretDB applies updates without isolation).
      await runWithTenant(doc.tenantId, () =>
        withDocumentLock(model, String(doc._id), () =>
          // The element exactly as read: FerretDB 1.x's $pull matches whole values, not conditions.
          // timestamps: false: publishing an event is not a change of the document (its updatedAt stays).
          model.updateOne({ _id: doc._id }, { $pull: { [OUTBOX_FIELD]: event } }, { timestamps: false }).exec(),
        ),
      );
      published += 1;
    }
    return published;
  }

  /** Runs rounds every `pollIntervalMs` until `stop()`. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const tick = async () => {
      this.running = this.runOnce().catch((err) => {
        this.log.warn({ err }, 'outbox relay round failed; retrying');
        this.options.onError?.(err);
      });
      await this.running;
      if (!this.stopped) this.timer = setTimeout(tick, this.options.pollIntervalMs ?? 200);
    };
    void tick();
  }

  /** Stops after the round in progress, if any. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
