/**
 * In-process queues per key: `work` for one key runs after the previous one for that key ends.
 *
 * Domain code never calls these. lib/write.ts serializes writes to one document through
 * `serializedWrite` where the server does not apply conditional updates atomically
 * (lib/mongo/capabilities.ts); the event bus and consumers keep their own steps in order with
 * `withKeyLock`.
 */
import type { Model } from 'mongoose';
import { serverCapabilities } from './mongo/capabilities';
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

/**
 * Runs `work` as the only write of this process to one document (of the current tenant, for a
 * tenant-scoped model), when the server needs that: where conditional updates are atomic it runs
 * at once. lib/write.ts and the outbox relay's removal of published events share it, so they
 * share one queue per document.
 */
export async function serializedWrite<T>(model: Model<any>, documentKey: string, work: () => Promise<T>): Promise<T> {
  const { atomicConditionalUpdates } = await serverCapabilities(model.db);
  if (atomicConditionalUpdates) return work();
  // A model without tenants (written before a tenant is known: login throttle counters) names its documents alone.
  const tenant = model.schema.path('tenantId') ? currentTenantId() : '';
  return withKeyLock(`${model.db.name}.${model.collection.collectionName}:${tenant}:${documentKey}`, work);
}
