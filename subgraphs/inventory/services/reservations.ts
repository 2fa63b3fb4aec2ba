/**
 * Stock held for sales orders, driven by sales' order events (each effect once, in any order).
 *
 * One Reservation document per order (unique tenantId + orderId, `findOrCreate`) is the arbiter of
 * what has happened to that order in inventory; its status only moves forward
 * (domain/reservation.ts):
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
 * re-run posts nothing twice (services/ledger.ts). Every status move is a versioned write that
 * applies only from the status it expects, and the `inventory.stock.reserved` event is written in
 * the same write as RESERVED.
 *
 * Handlers of one order may overlap (the same group running in several processes). A cancellation
 * therefore moves the status to RELEASED FIRST and then releases what the levels hold for the
 * order; a reservation that finds the order RELEASED when it wants to mark it RESERVED releases
 * what it held itself. Whichever runs last sees every entry the other wrote, so nothing stays held
 * for a cancelled order. A cancellation that crashed after RELEASED releases on redelivery.
 */
import { randomUUID } from 'node:crypto';
import type { DomainEvent } from '../../../lib/events';
import { UserErrors } from '../../../lib/errors';
import { findOrCreate, update, type Events } from '../../../lib/write';
import { orderCandidates } from '../domain/allocation';
import { availableOf } from '../domain/reorder';
import {
  heldFor,
  orderRefPrefix,
  planLineShipments,
  planPartShipments,
  RELEASABLE,
  reservationLines,
  reservationRef,
  shippedLines,
  type ReservationStatus,
} from '../domain/reservation';
import { stockReserved } from '../events/publish';
import type { InventoryModels, ReservationDoc, ReservationLineDoc, ShipmentPlanEntry, StockLevelDoc } from '../models';
import { applyMovement } from './ledger';
import { currentLevel, levelsOfProduct, updateLevel } from './levels';
import { checkReorder } from './reorder';
import { backorderDates } from './promise';
import { getSettings } from './settings';
import { refreshSupply } from './supply';

/** The order's Reservation, created with `status` if none exists yet (and whether this call created it). */
async function reservationOf(
  models: InventoryModels,
  orderId: string,
  init: Pick<ReservationDoc, 'status' | 'lines'> & { orderNumber?: string; customerId?: string },
): Promise<{ reservation: ReservationDoc; created: boolean }> {
  const { doc, created } = await findOrCreate<ReservationDoc>(models.Reservation, { orderId }, () => init);
  return { reservation: doc, created };
}

/** The Reservation of an order that was confirmed (RESERVING until its units are held). */
const reservationOfConfirmed = (
  models: InventoryModels,
  { orderId, number, customerId, lines }: DomainEvent<'sales.order.confirmed' | 'sales.order.fulfilled'>['payload'],
) => reservationOf(models, orderId, { orderNumber: number, customerId, status: 'RESERVING', lines: reservationLines(lines) });

/** Moves the reservation from one of `from` to `to` (with `fields` and `events`), or leaves it where another handler took it. */
function advance(
  models: InventoryModels,
  reservation: ReservationDoc,
  from: ReservationStatus[],
  to: ReservationStatus,
  change: { fields?: Partial<ReservationDoc>; events?: Events } = {},
): Promise<ReservationDoc> {
  return update<ReservationDoc>(models.Reservation, reservation._id, (current) =>
    from.includes(current.status) ? { $set: { ...change.fields, status: to }, events: change.events } : null,
  );
}

/**
 * Holds one line's units: tops up what the levels already hold for its ref, by the allocation rule.
 * A first reservation writes only to levels that hold nothing for the ref yet (so a duplicate run
 * never holds twice); a backorder release (`topUp`, under the reservation's claim) may add to an
 * entry, and only while the entry is still what it read.
 */
async function reserveLine(
  models: InventoryModels,
  ref: string,
  line: ReservationLineDoc,
  defaultWarehouseId?: string | null,
  topUp = false,
) {
  const levels = await levelsOfProduct(models, line.productId);
  const heldOn = (l: { reservations: Array<{ ref: string; quantity: number }> }) =>
    l.reservations.find((r) => r.ref === ref)?.quantity ?? 0;
  const held = levels.reduce((sum, l) => sum + heldOn(l), 0);
  let remaining = line.quantity - held;
  const candidates = orderCandidates(
    levels
      .filter((l) => topUp || !l.reservations.some((r) => r.ref === ref))
      .map((l) => ({ warehouseId: l.warehouseId, available: availableOf(l), held: heldOn(l) })),
    defaultWarehouseId,
  );
  for (const candidate of candidates) {
    if (remaining <= 0) break;
    let took = 0;
    const level = await updateLevel(models, line.productId, candidate.warehouseId, (current) => {
      took = 0;
      const mine = heldOn(current);
      if (topUp ? mine !== candidate.held : current.reservations.some((r) => r.ref === ref)) return null;
      const take = Math.min(remaining, availableOf(current));
      if (take <= 0) return null;
      took = take;
      return {
        reserved: current.reserved + take,
        reservations: [...current.reservations.filter((r) => r.ref !== ref), { ref, quantity: mine + take }],
      };
    });
    // A first reservation counts whatever the level holds for the ref (a concurrent duplicate's entry too).
    remaining -= topUp ? took : heldOn(level);
  }
}

/** Holds every line, then marks the reservation RESERVED with what is held and its event. */
async function reserveAll(models: InventoryModels, reservation: ReservationDoc): Promise<ReservationDoc> {
  const settings = await getSettings(models);
  const { orderId } = reservation;
  for (const line of reservation.lines)
    await reserveLine(models, reservationRef(orderId, line.line), line, settings.defaultWarehouseId);
  const lines: ReservationLineDoc[] = [];
  const touched: StockLevelDoc[] = [];
  for (const line of reservation.lines) {
    const ref = reservationRef(orderId, line.line);
    const levels = await levelsOfProduct(models, line.productId);
    touched.push(...levels.filter((l) => l.reservations.some((r) => r.ref === ref)));
    lines.push(heldFor(line, ref, levels));
  }
  const expected = await backorderDates(models, reservation, lines);
  const updated = await advance(models, reservation, ['RESERVING'], 'RESERVED', {
    fields: { lines },
    events: [stockReserved(orderId, lines, settings.defaultWarehouseId, expected)],
  });
  if (updated.status === 'RELEASED') {
    await release(models, updated); // a cancellation overtook this reservation: give back what it held
    return updated;
  }
  for (const level of touched) await checkReorder(models, await currentLevel(models, level));
  await refreshSupply(
    models,
    reservation.lines.map((l) => l.productId),
  ); // held, and backordered
  return updated;
}

/** Gives back every unit the levels hold for the order (idempotent: a level without its entries is left alone). */
async function release(models: InventoryModels, reservation: ReservationDoc): Promise<void> {
  const prefix = orderRefPrefix(reservation.orderId);
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
  for (const level of touched) await checkReorder(models, level);
  await refreshSupply(
    models,
    reservation.lines.map((l) => l.productId),
  ); // its backorders are no longer owed
}

export async function onOrderConfirmed(models: InventoryModels, event: DomainEvent<'sales.order.confirmed'>): Promise<void> {
  const { reservation } = await reservationOfConfirmed(models, event.payload);
  if (reservation.status === 'RESERVING') await reserveAll(models, reservation);
}

export async function onOrderCancelled(models: InventoryModels, event: DomainEvent<'sales.order.cancelled'>): Promise<void> {
  const { orderId, number } = event.payload;
  const { reservation, created } = await reservationOf(models, orderId, { orderNumber: number, status: 'CANCELLED', lines: [] });
  if (created) return; // a tombstone: a later confirmed reserves nothing
  const current = RELEASABLE.includes(reservation.status)
    ? await advance(models, reservation, RELEASABLE, 'RELEASED')
    : reservation;
  if (current.status === 'RELEASED') await release(models, current);
}

/**
 * Fulfilment ships each line as planned (domain/reservation.ts): the plan is fixed in the
 * Reservation (SHIPPING) before any movement, and each planned SHIPMENT is posted under a key of
 * the order and the plan entry. Units the ledger refuses (stock left meanwhile) stay unshipped.
 */
export async function onOrderFulfilled(models: InventoryModels, event: DomainEvent<'sales.order.fulfilled'>): Promise<void> {
  const { orderId, number, customerId } = event.payload;
  let { reservation } = await reservationOfConfirmed(models, event.payload);
  if (reservation.status === 'RESERVING') reservation = await reserveAll(models, reservation); // fulfilled overtook confirmed
  if (reservation.status === 'RESERVED') reservation = await planShipments(models, reservation);
  if (reservation.status !== 'SHIPPING') return; // cancelled, released or already shipped
  const refused = new Map<number, number>();
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
        partyId: reservation.customerId ?? customerId,
      });
      touched.set(level._id.toString(), level);
    } catch (err) {
      if (!(err instanceof UserErrors)) throw err;
      refused.set(entry.line, (refused.get(entry.line) ?? 0) + entry.quantity); // stock left meanwhile
    }
  }
  await advance(models, reservation, ['SHIPPING'], 'CONSUMED', {
    fields: { lines: shippedLines(reservation.lines, reservation.shipments, refused) },
  });
  for (const level of touched.values()) await checkReorder(models, level);
  await refreshSupply(
    models,
    reservation.lines.map((l) => l.productId),
  );
}

/**
 * One part of an order shipped (`sales.order.shipped`), crash-safe like a whole fulfilment: the
 * part's plan is fixed in the Reservation first (once per shipment id), each planned SHIPMENT is
 * posted under a key of the order, the shipment and the plan entry (consuming only the part's units
 * of the line's reservation entries), then one write marks the part done and reduces the lines by
 * what it shipped (what is still held is read from the levels); the last part CONSUMES the
 * reservation. A redelivered part ships nothing more.
 */
export async function onOrderShipped(models: InventoryModels, event: DomainEvent<'sales.order.shipped'>): Promise<void> {
  const p = event.payload;
  let { reservation } = await reservationOf(models, p.orderId, {
    orderNumber: p.number,
    customerId: p.customerId,
    status: 'RESERVING',
    lines: reservationLines(p.orderLines),
  });
  if (reservation.status === 'RESERVING') reservation = await reserveAll(models, reservation); // shipped overtook confirmed
  if (reservation.status !== 'RESERVED') return; // released, cancelled or consumed
  const settings = await getSettings(models);
  const partOf = (r: ReservationDoc) => r.parts?.find((x) => x.shipmentId === p.shipmentId);
  if (!partOf(reservation)) {
    reservation = await update<ReservationDoc>(models.Reservation, reservation._id, async (current) => {
      if (current.status !== 'RESERVED' || partOf(current)) return null;
      const shipments: ShipmentPlanEntry[] = [];
      for (const shipped of p.lines) {
        const line = current.lines.find((l) => l.line === shipped.line);
        if (!line) continue; // a line without a product holds nothing
        const levels = await levelsOfProduct(models, line.productId);
        shipments.push(...planPartShipments(line, shipped.quantity, reservationRef(p.orderId, line.line), levels, settings));
      }
      return { $push: { parts: { shipmentId: p.shipmentId, final: p.final, shipments, done: false } } };
    });
  }
  const part = partOf(reservation);
  if (!part || part.done) return;
  const refused = new Map<number, number>();
  const touched = new Map<string, StockLevelDoc>();
  for (const [k, entry] of part.shipments.entries()) {
    const line = reservation.lines.find((l) => l.line === entry.line)!;
    try {
      const { level } = await applyMovement(models, {
        sourceKey: `ship:${p.orderId}:${p.shipmentId}:${k}`,
        type: 'SHIPMENT',
        productId: line.productId,
        warehouseId: entry.warehouseId,
        quantity: -entry.quantity,
        reference: `order:${p.orderId}`,
        reason: `Order ${p.number} (part ${p.sequence})`,
        consumeRef: entry.consumeRef,
        consumeQuantity: entry.consumeQuantity,
        allowNegative: entry.allowNegative,
        partyId: reservation.customerId ?? p.customerId,
      });
      touched.set(level._id.toString(), level);
    } catch (err) {
      if (!(err instanceof UserErrors)) throw err;
      refused.set(entry.line, (refused.get(entry.line) ?? 0) + entry.quantity); // stock left meanwhile
    }
  }
  const levelsOf = new Map<string, StockLevelDoc[]>();
  for (const line of reservation.lines)
    if (!levelsOf.has(line.productId)) levelsOf.set(line.productId, await levelsOfProduct(models, line.productId));
  await update<ReservationDoc>(models.Reservation, reservation._id, (current) => {
    const mine = partOf(current);
    if (!mine || mine.done || current.status !== 'RESERVED') return null;
    const lines = current.lines.map((l) => {
      const shipped = p.lines.find((x) => x.line === l.line)?.quantity ?? 0;
      const planned = mine.shipments.filter((s) => s.line === l.line).reduce((sum, s) => sum + s.quantity, 0);
      const left = { ...l, quantity: Math.max(0, l.quantity - shipped) };
      return {
        ...heldFor(left, reservationRef(current.orderId, l.line), levelsOf.get(l.productId) ?? []),
        unshipped: (l.unshipped ?? 0) + shipped - planned + (refused.get(l.line) ?? 0),
      };
    });
    return {
      $set: {
        lines,
        parts: (current.parts ?? []).map((x) => (x.shipmentId === p.shipmentId ? { ...x, done: true } : x)),
        ...(p.final && { status: 'CONSUMED' }),
      },
    };
  });
  for (const level of touched.values()) await checkReorder(models, level);
  await refreshSupply(
    models,
    reservation.lines.map((l) => l.productId),
  );
}

/** Fixes what fulfilment ships (RESERVED -> SHIPPING); a concurrent handler's plan wins if it was first. */
async function planShipments(models: InventoryModels, reservation: ReservationDoc): Promise<ReservationDoc> {
  const settings = await getSettings(models);
  const shipments: ShipmentPlanEntry[] = [];
  for (const line of reservation.lines) {
    const levels = await levelsOfProduct(models, line.productId);
    shipments.push(...planLineShipments(line, reservationRef(reservation.orderId, line.line), levels, settings));
  }
  return advance(models, reservation, ['RESERVED'], 'SHIPPING', { fields: { shipments } });
}

/** A top-up claim older than this is taken over (its process died while holding it). */
const TOP_UP_STALE_MS = 60_000;

/**
 * Units arrived for a product (a receipt, an adjustment in): the confirmed orders waiting for it get
 * them in order of confirmation. Each backordered reservation is claimed first (one conditional
 * write: a concurrent release skips it), its backordered lines are topped up from what is available
 * now (the levels are the truth: a re-run finds what is held and adds only the rest), then its lines,
 * a fresh `inventory.stock.reserved` (sales shows the backorders left) and the released claim are
 * one write. A cancellation that overtook it gives back what was added, as in `reserveAll`.
 */
export async function releaseBackorders(models: InventoryModels, productId: string): Promise<number> {
  const waiting = await models.Reservation.find({ 'lines.productId': productId, status: 'RESERVED' })
    .sort({ createdAt: 1 })
    .select({ outbox: 0 })
    .lean<ReservationDoc[]>();
  let released = 0;
  for (const candidate of waiting) {
    if (!candidate.lines.some((l) => l.productId === productId && l.backordered > 0)) continue;
    const levels = await levelsOfProduct(models, productId);
    if (!levels.some((l) => availableOf(l) > 0)) break; // nothing left to give
    const token = randomUUID();
    const claimed = await update<ReservationDoc>(models.Reservation, candidate._id, (current) => {
      const stale = !current.topUp || Date.now() - new Date(current.topUp.at).getTime() > TOP_UP_STALE_MS;
      return current.status === 'RESERVED' && stale ? { $set: { topUp: { token, at: new Date() } } } : null;
    });
    if (claimed.topUp?.token !== token) continue;
    const settings = await getSettings(models);
    for (const line of claimed.lines.filter((l) => l.backordered > 0))
      await reserveLine(models, reservationRef(claimed.orderId, line.line), line, settings.defaultWarehouseId, true);
    const lines: ReservationLineDoc[] = [];
    for (const line of claimed.lines)
      lines.push(heldFor(line, reservationRef(claimed.orderId, line.line), await levelsOfProduct(models, line.productId)));
    const expected = await backorderDates(models, claimed, lines);
    const done = await update<ReservationDoc>(models.Reservation, claimed._id, (current) =>
      current.topUp?.token === token
        ? {
            $set: { topUp: null, ...(current.status === 'RESERVED' ? { lines } : {}) },
            events:
              current.status === 'RESERVED' ? [stockReserved(claimed.orderId, lines, settings.defaultWarehouseId, expected)] : [],
          }
        : null,
    );
    if (done.status === 'RELEASED') await release(models, done);
    released += lines.reduce((sum, l, i) => sum + (claimed.lines[i].backordered - l.backordered), 0);
  }
  if (released > 0) await refreshSupply(models, [productId]);
  return released;
}
