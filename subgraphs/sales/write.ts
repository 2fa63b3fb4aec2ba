import mongoose, { type Model, type UpdateQuery } from 'mongoose';
import { userError, UserErrors } from '../../lib/errors';
import { withEvents } from '../../lib/events/outbox';
import type { EventEnvelope } from '../../lib/events/envelope';
import { withDocumentLock } from '../../lib/keyed-lock';
import { canTransition, type Transitions } from '../../lib/state-machine';

const MAX_ATTEMPTS = 5;

export interface Change {
  update: UpdateQuery<any>;
  /** Stored in the document's outbox by the same single-document write. */
  events?: Array<EventEnvelope | null>;
}

/**
 * Read-decide-write on one document with optimistic concurrency and its events in the same write:
 * `change` sees the current document and returns the update and events (or null for no change;
 * it throws UserErrors to refuse). The write applies only if `version` is unchanged, else the whole
 * decision is retried on the fresh document. In-process writes to the document are queued too.
 */
export async function versionedWrite<D extends { version: number }>(
  model: Model<any>,
  what: string,
  id: string,
  change: (current: D) => Promise<Change | null> | Change | null,
): Promise<D> {
  const notFound = () => new UserErrors([userError(['input', 'id'], `${what} ${id} not found.`, 'NOT_FOUND')]);
  if (!mongoose.isObjectIdOrHexString(id)) throw notFound();
  return withDocumentLock(model, id, async () => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await model.findById(id).select({ outbox: 0 }).lean<D>();
      if (!current) throw notFound();
      const decided = await change(current);
      if (!decided) return current;
      const events = (decided.events ?? []).filter((e): e is EventEnvelope => Boolean(e));
      const updated = await model
        .findOneAndUpdate(
          { _id: id, version: current.version },
          withEvents({ ...decided.update, $inc: { version: 1 } }, ...events),
          { new: true, runValidators: true },
        )
        .lean<D>();
      if (updated) return updated;
    }
    throw new UserErrors([userError(['input', 'id'], `${what} is being changed concurrently; retry.`, 'CONFLICT')]);
  });
}

/** A lifecycle transition (refused with ILLEGAL_TRANSITION when not legal) plus its events, in one write. */
export function transitionWithEvents<S extends string, D extends { status: S; version: number }>(
  model: Model<any>,
  what: string,
  id: string,
  machine: Transitions<S>,
  to: S,
  options: { set?: Record<string, unknown>; events?: (current: D) => Promise<Array<EventEnvelope | null>> } = {},
): Promise<D> {
  return versionedWrite<D>(model, what, id, async (current) => {
    if (!canTransition(machine, current.status, to)) {
      throw new UserErrors([
        userError(['input', 'id'], `${what} is ${current.status} and cannot become ${to}.`, 'ILLEGAL_TRANSITION'),
      ]);
    }
    return { update: { $set: { ...options.set, status: to } }, events: (await options.events?.(current)) ?? [] };
  });
}
