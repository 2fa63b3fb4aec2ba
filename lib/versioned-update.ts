import mongoose, { type Model, type UpdateQuery } from 'mongoose';
import { userError, UserErrors } from './errors';
import { withDocumentLock } from './keyed-lock';

/** @deprecated Transitional: subgraphs move to lib/write.ts, the one write path; this file then goes. */

const MAX_ATTEMPTS = 5;

/**
 * Read-compute-write on one document with optimistic concurrency: `change` sees the current
 * document and returns the update (or null to leave it as it is); the write applies only if the
 * document's `version` is unchanged, and is retried otherwise. Same-document writes in this
 * process are also queued (see keyed-lock.ts). Missing documents are a NOT_FOUND userError on `field`.
 */
export async function updateVersioned<D extends { version: number }>(
  model: Model<any>,
  what: string,
  id: string,
  field: string[],
  change: (current: D) => UpdateQuery<D> | null,
): Promise<D> {
  const notFound = () => new UserErrors([userError(field, `${what} ${id} not found.`, 'NOT_FOUND')]);
  if (!mongoose.isObjectIdOrHexString(id)) throw notFound();
  return withDocumentLock(model, id, async () => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await model.findById(id).lean<D>();
      if (!current) throw notFound();
      const update = change(current);
      if (!update) return current;
      const updated = await model
        .findOneAndUpdate(
          { _id: id, version: current.version },
          { ...update, $inc: { version: 1 } },
          { new: true, runValidators: true },
        )
        .lean<D>();
      if (updated) return updated;
    }
    throw new UserErrors([userError(field, `${what} is being changed concurrently; retry.`, 'CONFLICT')]);
  });
}
