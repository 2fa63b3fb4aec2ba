/**
 * Available to promise for a product (domain/promise.ts), read from inventory's own documents: the
 * product's stock levels, its open purchase orders' outstanding units by expected date, and the
 * units backordered for confirmed orders. Batched per request by the loaders (one read each per batch).
 */
import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import { badInput } from '../../../lib/errors';
import { availableToPromise, type PromiseAnswer, type PromiseSupply } from '../domain/promise';
import { availableOf } from '../domain/reorder';
import type { InventoryModels, PurchaseOrderDoc, ReservationDoc, StockLevelDoc } from '../models';

/** Statuses whose outstanding units are on their way. */
export const OPEN_SUPPLY = ['ORDERED', 'PARTIALLY_RECEIVED'];
export const MAX_PROMISE_QUANTITY = 1_000_000;

export interface IncomingView extends PromiseSupply {
  warehouseId: string;
  purchaseOrderId: string;
}

/** Per-request loaders: each product's incoming supply and backordered units, one read per batch. */
export function promiseLoaders(models: InventoryModels) {
  return {
    incomingOfProduct: new DataLoader<string, IncomingView[]>(async (productIds) => {
      const pos = await models.PurchaseOrder.find({
        'lines.productId': mongoose.trusted({ $in: [...productIds] }),
        status: mongoose.trusted({ $in: OPEN_SUPPLY }),
      })
        .select({ lines: 1, warehouseId: 1, expectedDate: 1 })
        .lean<Array<Pick<PurchaseOrderDoc, '_id' | 'lines' | 'warehouseId' | 'expectedDate'>>>();
      return productIds.map((productId) =>
        pos.flatMap((po) =>
          po.expectedDate
            ? po.lines
                .filter((l) => l.productId === productId)
                .map((l) => ({
                  date: po.expectedDate!,
                  quantity: l.quantity - l.receivedQuantity,
                  warehouseId: po.warehouseId,
                  purchaseOrderId: po._id.toString(),
                }))
            : [],
        ),
      );
    }),
    backorderedOfProduct: new DataLoader<string, number>(async (productIds) => {
      const held = await models.Reservation.find({
        'lines.productId': mongoose.trusted({ $in: [...productIds] }),
        status: 'RESERVED',
      })
        .select({ lines: 1 })
        .lean<Array<Pick<ReservationDoc, 'lines'>>>();
      return productIds.map((productId) =>
        held.reduce((sum, r) => sum + r.lines.filter((l) => l.productId === productId).reduce((s, l) => s + l.backordered, 0), 0),
      );
    }),
  };
}
export type PromiseLoaders = ReturnType<typeof promiseLoaders>;

export const todayUtc = (now = new Date()) => now.toISOString().slice(0, 10);

export function checkPromiseQuantity(quantity: number): void {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_PROMISE_QUANTITY)
    throw badInput(`"quantity" must be a whole number between 1 and ${MAX_PROMISE_QUANTITY}.`);
}

/** The promise for `quantity` of a product, across warehouses or in one. */
export async function promiseOf(
  loaders: PromiseLoaders & { stockOfProduct: DataLoader<string, StockLevelDoc[]> },
  productId: string,
  quantity: number,
  warehouseId?: string | null,
  today = todayUtc(),
): Promise<PromiseAnswer> {
  const [levels, incoming, backordered] = await Promise.all([
    loaders.stockOfProduct.load(productId),
    loaders.incomingOfProduct.load(productId),
    loaders.backorderedOfProduct.load(productId),
  ]);
  const inScope = <T extends { warehouseId: string }>(xs: T[]) =>
    warehouseId ? xs.filter((x) => x.warehouseId === warehouseId) : xs;
  return availableToPromise({
    quantity,
    freeNow: inScope(levels).map(availableOf),
    incoming: inScope(incoming),
    backordered,
    today,
  });
}

/**
 * When each backordered line of a reservation is expected to ship: available to promise from the
 * open purchase orders for its backordered units, after the backorders confirmed before it (receipts
 * release backorders in order of confirmation). By line index; null when no known supply covers it.
 */
export async function backorderDates(
  models: InventoryModels,
  reservation: Pick<ReservationDoc, '_id' | 'createdAt'>,
  lines: Array<{ line: number; productId: string; backordered: number }>,
  today = todayUtc(),
): Promise<Map<number, string | null>> {
  const dates = new Map<number, string | null>();
  const loaders = promiseLoaders(models);
  for (const l of lines.filter((x) => x.backordered > 0)) {
    const [incoming, earlier] = await Promise.all([
      loaders.incomingOfProduct.load(l.productId),
      models.Reservation.find({
        'lines.productId': l.productId,
        status: 'RESERVED',
        createdAt: mongoose.trusted({ $lt: reservation.createdAt }),
      })
        .select({ lines: 1 })
        .lean<Array<Pick<ReservationDoc, 'lines'>>>(),
    ]);
    const before = earlier.reduce(
      (sum, r) => sum + r.lines.filter((x) => x.productId === l.productId).reduce((s, x) => s + x.backordered, 0),
      0,
    );
    dates.set(
      l.line,
      availableToPromise({ quantity: l.backordered, freeNow: [], incoming, backordered: before, today }).earliestDate,
    );
  }
  return dates;
}
