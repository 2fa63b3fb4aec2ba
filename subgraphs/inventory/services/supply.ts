/**
 * A product's supply (models/product-supply.ts), rewritten after each change that moves what can be
 * promised: stock moves, reservations held, released or shipped, backorders released, purchase
 * orders ordered, rescheduled, received or cancelled. The snapshot is read inside the versioned
 * write's decision, so of two refreshes racing the later write is decided on the later reads; the
 * `inventory.product.supplyChanged` event goes in the same write, only when something changed.
 */
import { currentTenantId } from '../../../lib/tenancy';
import { update } from '../../../lib/write';
import { supplyChanged } from '../events/publish';
import type { InventoryModels, ProductSupplyDoc } from '../models';
import { levelsOfProduct } from './levels';
import { promiseLoaders } from './promise';
import { availableOf } from '../domain/reorder';

type Supply = Pick<ProductSupplyDoc, 'freeNow' | 'backordered' | 'incoming'>;

/** What available to promise reads of a product now, across its warehouses. */
export async function supplyOf(models: InventoryModels, productId: string): Promise<Supply> {
  const loaders = promiseLoaders(models);
  const [levels, incoming, backordered] = await Promise.all([
    levelsOfProduct(models, productId),
    loaders.incomingOfProduct.load(productId),
    loaders.backorderedOfProduct.load(productId),
  ]);
  const byDate = new Map<string, number>();
  for (const i of incoming.filter((x) => x.quantity > 0)) byDate.set(i.date, (byDate.get(i.date) ?? 0) + i.quantity);
  return {
    freeNow: levels.reduce((sum, l) => sum + Math.max(0, availableOf(l)), 0),
    backordered,
    incoming: [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, quantity]) => ({ date, quantity })),
  };
}

const same = (a: Supply, b: Supply) =>
  a.freeNow === b.freeNow &&
  a.backordered === b.backordered &&
  a.incoming.length === b.incoming.length &&
  a.incoming.every((x, i) => x.date === b.incoming[i].date && x.quantity === b.incoming[i].quantity);

/**
 * Refreshes of one product in this process run one at a time: a caller arriving while one runs
 * asks for one more run after it (which reads after the caller's change) and waits for that, so
 * fifty concurrent moves of a product cost two refreshes, not fifty.
 */
const running = new Map<string, { again: boolean; done: Promise<void> }>();

function coalesced(key: string, run: () => Promise<void>): Promise<void> {
  const current = running.get(key);
  if (current) {
    current.again = true;
    return current.done;
  }
  const state = { again: false, done: Promise.resolve() };
  state.done = (async () => {
    try {
      do {
        state.again = false;
        await run();
      } while (state.again);
    } finally {
      running.delete(key);
    }
  })();
  running.set(key, state);
  return state.done;
}

/** Rewrites each product's supply if it changed, with its event (idempotent: an unchanged supply writes nothing). */
export async function refreshSupply(models: InventoryModels, productIds: Iterable<string>): Promise<void> {
  for (const productId of new Set(productIds)) {
    await coalesced(`${models.connection.name}:${currentTenantId()}:${productId}`, () => refreshOne(models, productId));
  }
}

async function refreshOne(models: InventoryModels, productId: string): Promise<void> {
  await update<ProductSupplyDoc>(
    models.ProductSupply,
    { productId },
    async (current) => {
      const next = await supplyOf(models, productId);
      if (same(current, next)) return null;
      return { $set: next, events: [supplyChanged(productId, next, (current.version ?? 0) + 1)] };
    },
    { create: () => ({ productId, freeNow: 0, backordered: 0, incoming: [] }) },
  );
}
