/**
 * Stock held for sales orders, driven by sales' order events (each effect once, in any order).
 *
 * One Reservation document per order (unique tenantId + orderId) is the arbiter of what has
 * happened to that order in inventory; its status only moves forward:
 *
 *   RESERVING -> RESERVED -> SHIPPING -> CONSUMED          (confirmed, then fulfilled)
 *   RESERVING | RESERVED -> RELEASED                        (cancelled after confirmed)
 *   CANCELLED                                               (cancelled arrived first: a tombstone,
 *                                                            a later confirmed reserves nothing)
 *
 * The units themselves live on the stock levels as entries `{ ref: "<orderId>#<line>", quantity }`
 * (services/levels.ts writes them atomically with `reserved`). A level holds at most one entry per
 * ref, so re-running a reservation after a crash finds what is already held and only tops up the
 * rest: nothing is held twice. Shipping fixes its plan in the Reservation document first (SHIPPING),
 * then posts each planned SHIPMENT with a key derived from the order and the plan entry, so a
 * re-run posts nothing twice (services/ledger.ts). Status changes are conditional on the previous
 * status, and the `inventory.stock.reserved` event is written in the same write as RESERVED.
 */
import mongoose from 'mongoose';
import { domainEvent, withEvents, type DomainEvent } from '../../../lib/events';
import { UserErrors } from '../../../lib/errors';
import { withDocumentLock } from '../../../lib/keyed-lock';
import { isDuplicateKeyError } from '../../../lib/mutation';
import { currentTenantId } from '../../../lib/tenancy';
import { allocate, orderCandidates } from '../domain/allocation';
import { availableOf } from '../domain/reorder';
import type { InventoryModels, ReservationDoc, ReservationLineDoc, ShipmentPlanEntry, StockLevelDoc } from '../models';
import { applyMovement } from './ledger';
import { levelsOfProduct, updateLevel } from './levels';
import { checkReorder } from './reorder';
import { getSettings } from './settings';

type OrderLines = DomainEvent<'sales.order.confirmed'>['payload']['lines'];

/** Reservation writes share the relay's in-process document lock (FerretDB updates are not isolated). */
const locked = <T>(models: InventoryModels, reservation: Pick<ReservationDoc, '_id'>, write: () => Promise<T>) =>
  withDocumentLock(models.Reservation, reservation._id.toString(), write);

const refOf = (orderId: string, line: number) => `${orderId}#${line}`;

function linesOf(lines: OrderLines): ReservationLineDoc[] {
  return lines.flatMap((l, line) =>
    l.productId && l.quantity > 0
      ? [{ line, productId: l.productId, quantity: l.quantity, allocations: [], backordered: 0, unshipped: 0 }]
      : [],
  );
}

/** Inserts the order's Reservation with `status`, or returns the one that exists (and whether it was new). */
async function insertOnce(
  models: InventoryModels,
  fields: Pick<ReservationDoc, 'orderId' | 'status' | 'lines'> & { orderNumber?: string },
): Promise<{ reservation: ReservationDoc; created: boolean }> {
  try {
    return { reservation: (await models.Reservation.create(fields)).toObject() as ReservationDoc, created: true };
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    return {
      reservation: (await models.Reservation.findOne({ orderId: fields.orderId }).lean<ReservationDoc>())!,
      created: false,
    };
  }
}

/** Holds one line's units: tops up what the levels already hold for its ref, by the allocation rule. */
async function reserveLine(models: InventoryModels, ref: string, line: ReservationLineDoc, defaultWarehouseId?: string | null) {
  const levels = await levelsOfProduct(models, line.productId);
  const held = levels.reduce((sum, l) => sum + (l.reservations.find((r) => r.ref === ref)?.quantity ?? 0), 0);
  let remaining = line.quantity - held;
  const candidates = orderCandidates(
    levels
      .filter((l) => !l.reservations.some((r) => r.ref === ref))
      .map((l) => ({ warehouseId: l.warehouseId, available: availableOf(l) })),
    defaultWarehouseId,
  );
  for (const candidate of candidates) {
    if (remaining <= 0) break;
    const level = await updateLevel(models, line.productId, candidate.warehouseId, (current) => {
      if (current.reservations.some((r) => r.ref === ref)) return null;
      const take = Math.min(remaining, availableOf(current));
      if (take <= 0) return null;
      return { reserved: current.reserved + take, reservations: [...current.reservations, { ref, quantity: take }] };
    });
    remaining -= level.reservations.find((r) => r.ref === ref)?.quantity ?? 0;
  }
}

async function reserveAll(models: InventoryModels, reservation: ReservationDoc): Promise<ReservationDoc> {
  const settings = await getSettings(models);
  for (const line of reservation.lines)
    await reserveLine(models, refOf(reservation.orderId, line.line), line, settings.defaultWarehouseId);
  const lines: ReservationLineDoc[] = [];
  const touched: StockLevelDoc[] = [];
  for (const line of reservation.lines) {
    const ref = refOf(reservation.orderId, line.line);
    const levels = await levelsOfProduct(models, line.productId);
    const allocations = levels.flatMap((l) => {
      const entry = l.reservations.find((r) => r.ref === ref);
      if (entry) touched.push(l);
      return entry ? [{ warehouseId: l.warehouseId, quantity: entry.quantity }] : [];
    });
    const held = allocations.reduce((sum, a) => sum + a.quantity, 0);
    lines.push({ ...line, allocations, backordered: line.quantity - held });
  }
  const reserved = domainEvent('inventory.stock.reserved', {
    tenantId: currentTenantId(),
    aggregateId: reservation.orderId,
    payload: {
      orderId: reservation.orderId,
      lines: lines.flatMap((l) => [
        ...l.allocations.map((a) => ({
          productId: l.productId,
          warehouseId: a.warehouseId,
          quantity: a.quantity,
          backordered: 0,
        })),
        ...(l.backordered > 0
          ? [
              {
                productId: l.productId,
                warehouseId: settings.defaultWarehouseId ?? l.allocations[0]?.warehouseId ?? '',
                quantity: 0,
                backordered: l.backordered,
              },
            ]
          : []),
      ]),
    },
  });
  const updated = await locked(models, reservation, () =>
    models.Reservation.findOneAndUpdate(
      { _id: reservation._id, status: 'RESERVING' },
      withEvents({ $set: { status: 'RESERVED', lines } }, reserved),
      { new: true },
    )
      .lean<ReservationDoc>()
      .exec(),
  );
  for (const level of touched) await checkReorder(models, (await models.StockLevel.findById(level._id).lean<StockLevelDoc>())!);
  return updated ?? (await models.Reservation.findById(reservation._id).lean<ReservationDoc>())!;
}

export async function onOrderConfirmed(models: InventoryModels, event: DomainEvent<'sales.order.confirmed'>): Promise<void> {
  const { orderId, number, lines } = event.payload;
  const { reservation } = await insertOnce(models, { orderId, orderNumber: number, status: 'RESERVING', lines: linesOf(lines) });
  if (reservation.status === 'RESERVING') await reserveAll(models, reservation);
}

export async function onOrderCancelled(models: InventoryModels, event: DomainEvent<'sales.order.cancelled'>): Promise<void> {
  const { orderId, number } = event.payload;
  const { reservation, created } = await insertOnce(models, { orderId, orderNumber: number, status: 'CANCELLED', lines: [] });
  if (created || !['RESERVING', 'RESERVED'].includes(reservation.status)) return;
  const prefix = `${orderId}#`;
  const touched: StockLevelDoc[] = [];
  for (const productId of new Set(reservation.lines.map((l) => l.productId))) {
    for (const level of await levelsOfProduct(models, productId)) {
      if (!level.reservations.some((r) => r.ref.startsWith(prefix))) continue;
      touched.push(
        await updateLevel(models, productId, level.warehouseId, (current) => {
          const mine = current.reservations.filter((r) => r.ref.startsWith(prefix));
          if (!mine.length) return null;
          return {
            reserved: current.reserved - mine.reduce((sum, r) => sum + r.quantity, 0),
            reservations: current.reservations.filter((r) => !r.ref.startsWith(prefix)),
          };
        }),
      );
    }
  }
  await locked(models, reservation, () =>
    models.Reservation.updateOne(
      { _id: reservation._id, status: mongoose.trusted({ $in: ['RESERVING', 'RESERVED'] }) },
      { $set: { status: 'RELEASED' } },
    ).exec(),
  );
  for (const level of touched) await checkReorder(models, level);
}

/**
 * Fulfilment ships each line: first the units reserved for it (consuming the reservation), then
 * what was backordered from whatever is available now (same allocation rule); what is still
 * missing ships anyway from the default (or first) warehouse if the tenant allows backorders
 * (on-hand goes negative), else it is recorded as `unshipped` on the line.
 */
export async function onOrderFulfilled(models: InventoryModels, event: DomainEvent<'sales.order.fulfilled'>): Promise<void> {
  const { orderId, number, lines } = event.payload;
  let { reservation } = await insertOnce(models, { orderId, orderNumber: number, status: 'RESERVING', lines: linesOf(lines) });
  if (reservation.status === 'RESERVING') reservation = await reserveAll(models, reservation); // fulfilled overtook confirmed
  if (reservation.status === 'RESERVED') reservation = await planShipments(models, reservation);
  if (reservation.status !== 'SHIPPING') return; // cancelled, released or already shipped
  const unshipped = new Map<number, number>();
  const touched = new Map<string, StockLevelDoc>();
  for (const [k, entry] of reservation.shipments.entries()) {
    const line = reservation.lines.find((l) => l.line === entry.line)!;
    try {
      const { level } = await applyMovement(models, {
        sourceKey: `ship:${orderId}:${k}`,
        type: 'SHIPMENT',
        productId: line.productId,
        warehouseId: entry.warehouseId,
        quantity: -entry.quantity,
        reference: `order:${orderId}`,
        reason: `Order ${number}`,
        consumeRef: entry.consumeRef,
        allowNegative: entry.allowNegative,
      });
      touched.set(level._id.toString(), level);
    } catch (err) {
      if (!(err instanceof UserErrors)) throw err;
      unshipped.set(entry.line, (unshipped.get(entry.line) ?? 0) + entry.quantity); // stock left meanwhile
    }
  }
  const shippedLines = reservation.lines.map((l) => {
    const planned = reservation.shipments.filter((s) => s.line === l.line).reduce((sum, s) => sum + s.quantity, 0);
    return { ...l, unshipped: l.quantity - planned + (unshipped.get(l.line) ?? 0) };
  });
  await locked(models, reservation, () =>
    models.Reservation.updateOne(
      { _id: reservation._id, status: 'SHIPPING' },
      { $set: { status: 'CONSUMED', lines: shippedLines } },
    ).exec(),
  );
  for (const level of touched.values()) await checkReorder(models, level);
}

async function planShipments(models: InventoryModels, reservation: ReservationDoc): Promise<ReservationDoc> {
  const settings = await getSettings(models);
  const shipments: ShipmentPlanEntry[] = [];
  for (const line of reservation.lines) {
    const ref = refOf(reservation.orderId, line.line);
    const levels = await levelsOfProduct(models, line.productId);
    for (const level of levels) {
      const entry = level.reservations.find((r) => r.ref === ref);
      if (entry)
        shipments.push({
          line: line.line,
          warehouseId: level.warehouseId,
          quantity: entry.quantity,
          consumeRef: ref,
          allowNegative: false,
        });
    }
    const held = shipments.filter((s) => s.line === line.line).reduce((sum, s) => sum + s.quantity, 0);
    const missing = line.quantity - held;
    if (missing <= 0) continue;
    const fill = allocate(
      missing,
      levels.map((l) => ({ warehouseId: l.warehouseId, available: availableOf(l) })),
      settings.defaultWarehouseId,
    );
    for (const a of fill.allocations)
      shipments.push({ line: line.line, warehouseId: a.warehouseId, quantity: a.quantity, allowNegative: false });
    const from = settings.defaultWarehouseId ?? levels[0]?.warehouseId;
    if (fill.backordered > 0 && settings.allowBackorders && from) {
      shipments.push({ line: line.line, warehouseId: from, quantity: fill.backordered, allowNegative: true });
    }
  }
  return (
    (await locked(models, reservation, () =>
      models.Reservation.findOneAndUpdate(
        { _id: reservation._id, status: 'RESERVED' },
        { $set: { status: 'SHIPPING', shipments } },
        { new: true },
      )
        .lean<ReservationDoc>()
        .exec(),
    )) ?? (await models.Reservation.findById(reservation._id).lean<ReservationDoc>())!
  );
}
