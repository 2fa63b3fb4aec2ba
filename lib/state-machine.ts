import mongoose, { type Model } from 'mongoose';
import { userError, UserErrors, type UserError } from './errors';
import { withDocumentLock } from './keyed-lock';

/** @deprecated Transitional: subgraphs move to lib/write.ts, the one write path; this file then goes. */

/** A lifecycle: for each status, the statuses it may move to. */
export type Transitions<S extends string> = Record<S, readonly S[]>;

export function canTransition<S extends string>(machine: Transitions<S>, from: S, to: S): boolean {
  return machine[from].includes(to);
}

/** The statuses from which `to` may be reached. */
export function sourcesOf<S extends string>(machine: Transitions<S>, to: S): S[] {
  return (Object.keys(machine) as S[]).filter((from) => machine[from].includes(to));
}

export interface TransitionOptions<D> {
  /** Fields written together with the new status. */
  set?: Record<string, unknown>;
  /** Further conditions the document must meet (e.g. no payments), checked in the same write. */
  where?: Record<string, unknown>;
  /** Explains why a document in a legal status still failed `where`. */
  explain?: (current: D) => UserError | null;
}

/**
 * Moves a document to `to` in one conditional write (status must still be a legal source), so
 * concurrent transitions cannot both win. An illegal move or a missing document is a userError.
 */
export async function applyTransition<S extends string, D extends { status: S }>(
  model: Model<any>,
  what: string,
  id: string,
  machine: Transitions<S>,
  to: S,
  options: TransitionOptions<D> = {},
): Promise<D> {
  const missing = () => new UserErrors([userError(['input', 'id'], `${what} ${id} not found.`, 'NOT_FOUND')]);
  if (!mongoose.isObjectIdOrHexString(id)) throw missing();
  const sources = sourcesOf(machine, to);
  return withDocumentLock(model, id, async () => {
    const updated = await model
      .findOneAndUpdate(
        { ...options.where, _id: id, status: mongoose.trusted({ $in: sources }) },
        { $set: { ...options.set, status: to }, $inc: { version: 1 } },
        { new: true },
      )
      .lean<D>();
    if (updated) return updated;
    const current = await model.findById(id).lean<D>();
    if (!current) throw missing();
    const reason = sources.includes(current.status) ? options.explain?.(current) : null;
    throw new UserErrors([
      reason ?? userError(['input', 'id'], `${what} is ${current.status} and cannot become ${to}.`, 'ILLEGAL_TRANSITION'),
    ]);
  });
}
