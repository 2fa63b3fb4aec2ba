/**
 * Serializes read-modify-write work on one key (usually one document) within this process.
 *
 * Why: every write here is also a conditional, single-document update, which MongoDB applies
 * atomically, so several processes are safe against each other. FerretDB 1.x's SQLite handler,
 * however, applies an update as a read followed by a write without isolation (FerretDB issue
 * #3040), so two concurrent `$inc`s can lose one. Queuing same-document writes in-process keeps a
 * single-process deployment on FerretDB exact as well; for MongoDB it costs a promise hop.
 */
import type { Model } from 'mongoose';
import { currentTenantId } from './tenancy';

const tails = new Map<string, Promise<unknown>>();

export async function withKeyLock<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const tail = previous.then(() => mine);
  tails.set(key, tail);
  await previous;
  try {
    return await work();
  } finally {
    release();
    if (tails.get(key) === tail) tails.delete(key);
  }
}

/** Runs `work` while holding the in-process lock of one document of the current tenant. */
export function withDocumentLock<T>(model: Model<any>, id: string, work: () => Promise<T>): Promise<T> {
  return withKeyLock(`${model.db.name}.${model.collection.collectionName}:${currentTenantId()}:${id}`, work);
}
