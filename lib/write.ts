/**
 * The one write path. Every change to a document in every subgraph goes through these functions:
 *
 *  - `insert`       a new document with its first events in its outbox; a unique index refusing it
 *                   becomes a TAKEN userError when the caller names one.
 *  - `findOrCreate` the document with a unique key, created once however many callers race.
 *  - `update`       read, decide, write conditional on the `version` read, retried on a lost race;
 *                   a status change is checked against the aggregate's `Transitions`; the decided
 *                   events are stored in the document's outbox by the same single-document write.
 *  - `transition`   `update` for one lifecycle move, refused with ILLEGAL_TRANSITION when not legal.
 *  - `updateWhere`  one conditional update without a read: monotonic fields, claims.
 *  - `increment`    a counter's next value (document numbers, attempt counts), unique per caller.
 *  - `remove`       deletes documents of the tenant.
 *
 * Atomicity is per document (no multi-document transactions, so code runs the same on every
 * MongoDB-wire server; docs/database.md); what
 * changes together is embedded together. Where the server does not apply a conditional update
 * atomically (lib/mongo/capabilities.ts, detected at connect), writes to the same document are
 * also queued in this process, here and nowhere else.
 */
import mongoose, { type FilterQuery, type Model, type Schema, type UpdateQuery } from 'mongoose';
import { isDuplicateKeyError, userError, UserErrors, type UserError } from './errors';

export { isDuplicateKeyError };
import { OUTBOX_FIELD, withEvents, withNewEvents } from './events/outbox';
import type { EventEnvelope } from './events/envelope';
import { serializedWrite as serialized } from './keyed-lock';
import { serverCapabilities } from './mongo/capabilities';
import { canTransition, type Transitions } from './state-machine';
import { findOneByIdInTenant } from './tenancy';

/** What the write path knows of an aggregate's documents: declared once, in its model file. */
export interface AggregateOptions<S extends string = string> {
  /** The name users read in messages: `Invoice`, `Purchase order`. */
  name: string;
  /** The lifecycle of its `status` field; any status change is checked against it. */
  transitions?: Transitions<S>;
}

const aggregates = new WeakMap<Schema, AggregateOptions>();

/**
 * Mongoose plugin: marks a schema as an aggregate written through this module. Adds the `version`
 * every conditional write checks and increments, and records its name and lifecycle.
 */
export function aggregatePlugin(schema: Schema, options: AggregateOptions<any>): void {
  if (!schema.path('version')) schema.add({ version: { type: Number, default: 0 } });
  aggregates.set(schema, options);
}

/** The name users read in messages for `model`'s documents (its aggregate's, else the model's). */
export const aggregateName = (model: Model<any>): string => aggregateOf(model).name;

function aggregateOf(model: Model<any>): AggregateOptions {
  return aggregates.get(model.schema) ?? { name: model.modelName };
}

/**
 * The schema paths kept out of reads (`select: false`, e.g. a ticket's comments), re-included for
 * the writes' findOneAndUpdate: mongoose would otherwise send them as a projection, which FerretDB
 * 1.x refuses on findAndModify ("fields" not implemented). The written document comes back whole.
 */
const deselected = new WeakMap<Schema, string>();
function deselectedPaths(model: Model<any>): string {
  let paths = deselected.get(model.schema);
  if (paths === undefined) {
    paths = Object.entries(model.schema.paths)
      .filter(([, type]) => (type as { options?: { select?: unknown } }).options?.select === false)
      .map(([path]) => `+${path}`)
      .join(' ');
    deselected.set(model.schema, paths);
  }
  return paths;
}

/** Events to store with a write; falsy entries are skipped, so `cond && event` reads naturally. */
export type Events = Array<EventEnvelope | null | undefined | false>;

/** An update decided on the current document, plus the events that the same write stores. */
export type Change = UpdateQuery<any> & { events?: Events };

export interface WriteOptions {
  /** The input field a NOT_FOUND, CONFLICT or ILLEGAL_TRANSITION userError points at (default `['input', 'id']`). */
  field?: string[];
  /** A unique index refusing the write becomes this TAKEN userError (otherwise the error propagates). */
  taken?: { field: string[]; message: string };
}

export interface UpdateOptions<D> extends WriteOptions {
  /** Fields of the read (default: all but the outbox). */
  select?: Record<string, 0 | 1>;
  /** For a key target: the fields a missing document is created with (`findOrCreate`), instead of NOT_FOUND. */
  create?: () => Partial<D> | Promise<Partial<D>>;
  /**
   * Attempts before a document that keeps changing is a CONFLICT userError (default: as many as
   * fit in `conflictAfterMs`). Every lost race means another write won, so contention always progresses.
   */
  attempts?: number;
  /** How long lost races are retried, with jittered backoff, before CONFLICT (default 5 s). */
  conflictAfterMs?: number;
  /**
   * The `version` the caller last read (a client's optimistic concurrency): when the document has
   * moved on since, the write is a CONFLICT userError on `expectedVersion` and changes nothing.
   */
  expectedVersion?: number | null;
}

type WithVersion = { _id: unknown; version?: number; status?: string };

/**
 * The fields of a correction `next` whose values differ from `current` (a field absent from
 * `current` reads as null): what an `update<X>` decide step writes, and an empty list when the
 * correction changes nothing (the decide step then returns null: no write, no version bump).
 */
export function changedFields<D extends object>(current: D, next: Partial<D>): Array<keyof D> {
  return (Object.keys(next) as Array<keyof D>).filter(
    (k) => JSON.stringify(next[k] ?? null) !== JSON.stringify((current as Record<keyof D, unknown>)[k] ?? null),
  );
}

const DEFAULT_CONFLICT_AFTER_MS = 5_000;

/** Full jitter, 2 ms doubling to 64 ms: racing writers spread out instead of colliding again. */
const backoff = (attempt: number) => new Promise((r) => setTimeout(r, Math.random() * Math.min(64, 2 ** (attempt + 1))));

/** The document a write targets: its `_id`, or a filter on a unique key. */
export type Target = string | mongoose.Types.ObjectId | FilterQuery<any>;

/**
 * Read-decide-write on one document. `decide` sees the current document and returns the change
 * (mongoose update operators, plus `events`), or null to leave it as it is; it throws `UserErrors`
 * to refuse. The write applies only if the document's `version` is still the one read; otherwise
 * the whole decision is taken again on the fresh document, after a short jittered pause. Returns
 * the document after the write. `decide` may run several times, so it must not write elsewhere.
 */
export async function update<D extends WithVersion>(
  model: Model<any>,
  target: Target,
  decide: (current: D) => Change | null | Promise<Change | null>,
  options: UpdateOptions<D> = {},
): Promise<D> {
  const aggregate = aggregateOf(model);
  const field = options.field ?? ['input', 'id'];
  const select = options.select ?? { [OUTBOX_FIELD]: 0 };
  let filter = targetFilter(model, target);
  if (!filter) throw notFound(aggregate, target, field);
  if (!('_id' in filter) && !(await serverCapabilities(model.db)).atomicConditionalUpdates) {
    // Queued by `_id` like every other write of the document, so the key is resolved first.
    const found = await read<D>(model, filter, { _id: 1 }, options.create);
    if (!found) throw notFound(aggregate, target, field);
    filter = { _id: found._id };
  }
  const where = filter;
  return serialized(model, queueKey(where), async () => {
    const giveUpAt = Date.now() + (options.conflictAfterMs ?? DEFAULT_CONFLICT_AFTER_MS);
    for (let attempt = 0; attempt < (options.attempts ?? Infinity) && (attempt === 0 || Date.now() < giveUpAt); attempt++) {
      if (attempt > 0) await backoff(attempt - 1);
      const current = await read<D>(model, where, select, options.create);
      if (!current) throw notFound(aggregate, target, field);
      if (options.expectedVersion != null && (current.version ?? 0) !== options.expectedVersion) {
        throw new UserErrors([
          userError(
            [...field.slice(0, -1), 'expectedVersion'],
            `${aggregate.name} was changed since version ${options.expectedVersion} (it is at ${current.version ?? 0}): reload it and try again.`,
            'CONFLICT',
          ),
        ]);
      }
      const change = await decide(current);
      if (!change) return current;
      const { events, ...operators } = change;
      checkTransition(aggregate, current, operators, field);
      const written = await translateTaken(options, () =>
        model
          .findOneAndUpdate(
            { _id: current._id, version: current.version ?? null },
            withEvents({ ...operators, $inc: { ...operators.$inc, version: 1 } }, ...present(events)),
            { new: true, runValidators: true },
          )
          .select(deselectedPaths(model))
          .lean<D>(),
      );
      if (written) return withoutOutbox(written);
    }
    throw new UserErrors([userError(field, `${aggregate.name} is being changed concurrently; retry.`, 'CONFLICT')]);
  });
}

export interface TransitionOptions<D> extends UpdateOptions<D> {
  /** Fields written together with the new status. */
  set?: Record<string, unknown> | ((current: D) => Record<string, unknown>);
  /** Why a document in a legal status still may not move (e.g. an invoice with payments). */
  refuse?: (current: D) => UserError | null | undefined;
  /** The events of the move, stored by the same write. */
  events?: (current: D) => Events | Promise<Events>;
  /** Further operators of the same write (e.g. a `$push` of a posting marker). */
  also?: (current: D) => UpdateQuery<any>;
}

/** Moves a document to `to`, refused with ILLEGAL_TRANSITION (or `refuse`'s reason) when it may not. */
export function transition<S extends string, D extends WithVersion & { status: S }>(
  model: Model<any>,
  target: Target,
  to: S,
  options: TransitionOptions<D> = {},
): Promise<D> {
  return update<D>(
    model,
    target,
    async (current) => {
      const aggregate = aggregateOf(model);
      const field = options.field ?? ['input', 'id'];
      if (aggregate.transitions && !canTransition(aggregate.transitions, current.status, to)) {
        throw new UserErrors([illegal(aggregate, current.status, to, field)]);
      }
      const refusal = options.refuse?.(current);
      if (refusal) throw new UserErrors([refusal]);
      const set = typeof options.set === 'function' ? options.set(current) : options.set;
      const also = options.also?.(current) ?? {};
      return {
        ...also,
        $set: { ...also.$set, ...set, status: to },
        events: (await options.events?.(current)) ?? [],
      };
    },
    options,
  );
}

/** Inserts a new document with its first events; returns it as stored (lean). */
export async function insert<D>(
  model: Model<any>,
  doc: Record<string, unknown>,
  options: WriteOptions & { events?: Events } = {},
): Promise<D> {
  const events = present(options.events);
  const created = await translateTaken(options, () => model.create(events.length ? withNewEvents(doc, ...events) : doc));
  return withoutOutbox((created as mongoose.Document).toObject() as D);
}

/**
 * The document with this unique key, created with `init()` when there is none. Callers racing on
 * the same key all get the one document the unique index let through; `created` is true for the
 * caller whose insert it was. Events are stored only with the document this call creates.
 */
export async function findOrCreate<D>(
  model: Model<any>,
  key: FilterQuery<any>,
  init: () => Partial<D> | Promise<Partial<D>> = () => ({}),
  options: { events?: (created: Record<string, unknown>) => Events } = {},
): Promise<{ doc: D; created: boolean }> {
  const existing = await model
    .findOne(key)
    .select({ [OUTBOX_FIELD]: 0 })
    .lean<D>();
  if (existing) return { doc: existing, created: false };
  const fields = { ...(await init()), ...key } as Record<string, unknown>;
  try {
    return { doc: await insert<D>(model, fields, { events: options.events?.(fields) }), created: true };
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    const winner = await model
      .findOne(key)
      .select({ [OUTBOX_FIELD]: 0 })
      .lean<D>();
    if (!winner) throw err; // the conflict was on another unique key of the new document
    return { doc: winner, created: false };
  }
}

export interface UpdateWhereOptions extends WriteOptions {
  /** Create the document from the filter's equalities when none matches (a racing twin is retried once). */
  upsert?: boolean;
  /** Return the document as it was before the write instead of after. */
  returnBefore?: boolean;
}

/**
 * One conditional update without a prior read: the filter is the condition (e.g. a counter's
 * key, `quietSince < at`, `status: 'OPEN'`). Returns the document after the write, or null when
 * nothing matched. No version check: for changes that do not depend on the rest of the document.
 */
export async function updateWhere<D>(
  model: Model<any>,
  filter: FilterQuery<any>,
  change: Change,
  options: UpdateWhereOptions = {},
): Promise<D | null> {
  const { events, ...operators } = change;
  const write = () =>
    model
      .findOneAndUpdate(filter, withEvents({ ...operators }, ...present(events)), {
        new: !options.returnBefore,
        upsert: options.upsert ?? false,
        runValidators: true,
      })
      .select(deselectedPaths(model))
      .lean<D>()
      .then((doc) => doc && withoutOutbox(doc));
  return serialized(model, queueKey(filter), () =>
    translateTaken(options, async () => {
      try {
        return await write();
      } catch (err) {
        // Two first upserts raced on a unique index: one created the document, the other updates it.
        if (options.upsert && isDuplicateKeyError(err)) return write();
        throw err;
      }
    }),
  );
}

/** Deletes the tenant's documents matching `filter`; returns how many. */
export async function remove(model: Model<any>, filter: FilterQuery<any>): Promise<number> {
  return serialized(model, queueKey(filter), async () => (await model.deleteMany(filter)).deletedCount ?? 0);
}

// --- internals ---

/** A written document as callers see it: its pending events stay the relay's business. (Not a
 * projection of the write: findAndModify projections are not served by every server.) */
function withoutOutbox<D>(doc: D): D {
  delete (doc as Record<string, unknown>)[OUTBOX_FIELD];
  return doc;
}

/**
 * The current document: by `_id` a primary-key lookup (the tenant checked on the result), by a
 * key filter a scoped find; created from `create` when missing and a creator is given.
 */
async function read<D>(
  model: Model<any>,
  filter: FilterQuery<any>,
  select: Record<string, 0 | 1>,
  create?: () => Partial<D> | Promise<Partial<D>>,
): Promise<D | null> {
  const keys = Object.keys(filter);
  const found =
    keys.length === 1 && keys[0] === '_id'
      ? await findOneByIdInTenant<D>(model, filter._id, select)
      : await model.findOne(filter).select(select).lean<D>();
  if (found || !create) return found;
  return (await findOrCreate<D>(model, filter, create)).doc;
}

function present(events: Events | undefined): EventEnvelope[] {
  return (events ?? []).filter((e): e is EventEnvelope => Boolean(e));
}

/** The filter of a target, or null for an id that cannot name a document of this model. */
function targetFilter(model: Model<any>, target: Target): FilterQuery<any> | null {
  if (typeof target === 'string' || target instanceof mongoose.Types.ObjectId) {
    const objectIds = model.schema.path('_id')?.instance === 'ObjectId';
    if (objectIds && !mongoose.isObjectIdOrHexString(target)) return null;
    return { _id: target };
  }
  return target;
}

/** One queue per document: by `_id` when the filter names it, else by the (unique-key) filter. */
function queueKey(filter: FilterQuery<any>): string {
  const id = (filter as { _id?: unknown })._id;
  if (typeof id === 'string' || id instanceof mongoose.Types.ObjectId) return String(id);
  return JSON.stringify(filter);
}

function notFound(aggregate: AggregateOptions, target: Target, field: string[]): UserErrors {
  const which = typeof target === 'string' || target instanceof mongoose.Types.ObjectId ? ` ${String(target)}` : '';
  return new UserErrors([userError(field, `${aggregate.name}${which} not found.`, 'NOT_FOUND')]);
}

function illegal(aggregate: AggregateOptions, from: string, to: string, field: string[]): UserError {
  return userError(field, `${aggregate.name} is ${from} and cannot become ${to}.`, 'ILLEGAL_TRANSITION');
}

/** A status written by `update` must be a legal move of the aggregate's lifecycle. */
function checkTransition(aggregate: AggregateOptions, current: WithVersion, operators: UpdateQuery<any>, field: string[]): void {
  const to = (operators.$set as Record<string, unknown> | undefined)?.status;
  if (!aggregate.transitions || typeof to !== 'string' || to === current.status) return;
  if (!canTransition(aggregate.transitions, current.status as string, to)) {
    throw new UserErrors([illegal(aggregate, String(current.status), to, field)]);
  }
}

async function translateTaken<T>(options: WriteOptions, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (options.taken && isDuplicateKeyError(err))
      throw new UserErrors([userError(options.taken.field, options.taken.message, 'TAKEN')]);
    throw err;
  }
}

/**
 * Adds `by` to a counter (created at `by` when missing) and returns the value this call made it.
 * The value is computed from the document as it was before the write, never read back after it:
 * mongo-java-server 1.47 answers `new: true` with its live document, serialised after the lock is
 * released, so two concurrent increments could both be told the later value (two orders numbered
 * alike). The document before the write is a copy taken under the lock on every server.
 */
export async function increment(
  model: Model<any>,
  filter: FilterQuery<any>,
  field: string,
  by = 1,
  onInsert: Record<string, unknown> = {},
): Promise<number> {
  const change: Change = { $inc: { [field]: by }, ...(Object.keys(onInsert).length ? { $setOnInsert: onInsert } : {}) };
  const before = await updateWhere<Record<string, unknown>>(model, filter, change, { upsert: true, returnBefore: true });
  return Number(before?.[field] ?? 0) + by;
}
