/**
 * What inventory holds for a sales order: the reservation lifecycle and its pure rules (which
 * units a line holds, how fulfilment ships it). services/reservations.ts drives it from events.
 */
import type { Transitions } from '../../../lib/state-machine';
import { allocate } from './allocation';
import { availableOf } from './reorder';

export type ReservationStatus = 'RESERVING' | 'RESERVED' | 'SHIPPING' | 'RELEASED' | 'CONSUMED' | 'CANCELLED';

/**
 * Forward only: confirmed reserves (RESERVING -> RESERVED), fulfilled ships (-> SHIPPING ->
 * CONSUMED), cancelled releases what is held (RESERVING | RESERVED -> RELEASED). CANCELLED is a
 * tombstone, created when the cancellation arrives first; nothing leaves it.
 */
export const RESERVATION_TRANSITIONS: Transitions<ReservationStatus> = {
  RESERVING: ['RESERVED', 'RELEASED'],
  RESERVED: ['SHIPPING', 'RELEASED', 'CONSUMED'],
  SHIPPING: ['CONSUMED'],
  RELEASED: [],
  CONSUMED: [],
  CANCELLED: [],
};

/** The statuses a cancellation releases. */
export const RELEASABLE: ReservationStatus[] = ['RESERVING', 'RESERVED'];

/** The reservation entry of one order line on a stock level: `<orderId>#<line index>`. */
export const reservationRef = (orderId: string, line: number) => `${orderId}#${line}`;
/** Every entry of an order starts with this. */
export const orderRefPrefix = (orderId: string) => `${orderId}#`;

export interface ReservedLine {
  /** Index of the line in the sales order (lines without a product are not held). */
  line: number;
  productId: string;
  quantity: number;
  allocations: Array<{ warehouseId: string; quantity: number }>;
  backordered: number;
  /** Units that could not ship on fulfilment (no stock, no backorders allowed). */
  unshipped: number;
}

export interface PlannedShipment {
  line: number;
  warehouseId: string;
  quantity: number;
  /** The reservation entry this shipment consumes, when it ships reserved units. */
  consumeRef?: string | null;
  /** A part shipment consumes only this many of the entry's units (default: the whole entry). */
  consumeQuantity?: number | null;
  /** Ships without stock (the tenant allows backorders): on-hand may go negative. */
  allowNegative: boolean;
}

/** A stock level as these rules read it. */
export interface HoldingLevel {
  warehouseId: string;
  onHand: number;
  reserved: number;
  reservations: Array<{ ref: string; quantity: number }>;
}

/** The lines of an order that hold stock: those with a product and a positive quantity. */
export function reservationLines(lines: Array<{ productId?: string | null; quantity: number }>): ReservedLine[] {
  return lines.flatMap((l, line) =>
    l.productId && l.quantity > 0
      ? [{ line, productId: l.productId, quantity: l.quantity, allocations: [], backordered: 0, unshipped: 0 }]
      : [],
  );
}

/** What the levels of its product hold for a line (`ref`), and what no level could hold. */
export function heldFor(line: ReservedLine, ref: string, levels: HoldingLevel[]): ReservedLine {
  const allocations = levels.flatMap((l) => {
    const entry = l.reservations.find((r) => r.ref === ref);
    return entry ? [{ warehouseId: l.warehouseId, quantity: entry.quantity }] : [];
  });
  const held = allocations.reduce((sum, a) => sum + a.quantity, 0);
  return { ...line, allocations, backordered: line.quantity - held };
}

/**
 * How fulfilment ships one line: first the units reserved for it (consuming each entry), then
 * what was backordered from whatever is available now (the allocation rule); what is still
 * missing ships anyway from the default (or first) warehouse if the tenant allows backorders
 * (on-hand goes negative), else it stays unplanned and is recorded as `unshipped`.
 */
export function planLineShipments(
  line: ReservedLine,
  ref: string,
  levels: HoldingLevel[],
  settings: { defaultWarehouseId?: string | null; allowBackorders: boolean },
): PlannedShipment[] {
  const shipments: PlannedShipment[] = levels.flatMap((level) => {
    const entry = level.reservations.find((r) => r.ref === ref);
    return entry
      ? [{ line: line.line, warehouseId: level.warehouseId, quantity: entry.quantity, consumeRef: ref, allowNegative: false }]
      : [];
  });
  const missing = line.quantity - shipments.reduce((sum, s) => sum + s.quantity, 0);
  if (missing <= 0) return shipments;
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
  return shipments;
}

/**
 * How one part of an order ships `quantity` units of a line: first units held for it (each entry
 * only as far as the part needs: the rest stays held for later parts), then as a whole fulfilment
 * would ship what is missing (available units, or on-hand below zero where backorders are allowed).
 */
export function planPartShipments(
  line: ReservedLine,
  quantity: number,
  ref: string,
  levels: HoldingLevel[],
  settings: { defaultWarehouseId?: string | null; allowBackorders: boolean },
): PlannedShipment[] {
  let left = quantity;
  const shipments: PlannedShipment[] = [];
  for (const level of levels) {
    const entry = level.reservations.find((r) => r.ref === ref);
    if (!entry || left <= 0) continue;
    const take = Math.min(entry.quantity, left);
    shipments.push({
      line: line.line,
      warehouseId: level.warehouseId,
      quantity: take,
      consumeRef: ref,
      consumeQuantity: take,
      allowNegative: false,
    });
    left -= take;
  }
  if (left <= 0) return shipments;
  // The rest as fulfilment plans units not held: a ref no level holds plans only those.
  return [...shipments, ...planLineShipments({ ...line, quantity: left }, `${ref}#none`, levels, settings)];
}

/** The lines after shipping: what was never planned, plus planned units the ledger refused (`refused` per line). */
export function shippedLines(lines: ReservedLine[], shipments: PlannedShipment[], refused: Map<number, number>): ReservedLine[] {
  return lines.map((l) => {
    const planned = shipments.filter((s) => s.line === l.line).reduce((sum, s) => sum + s.quantity, 0);
    return { ...l, unshipped: l.quantity - planned + (refused.get(l.line) ?? 0) };
  });
}
