/** Every write of a sales order: create and its lifecycle, each move with its `sales.order.*` event. */
import mongoose from 'mongoose';
import { assertNoUserErrors } from '../../../lib/mutation';
import { nextNumber } from '../../../lib/sequence';
import type { Actor } from '../../../lib/signed-context';
import { randomUUID } from 'node:crypto';
import { changedFields, insert, transition, update } from '../../../lib/write';
import { planShipment, priceOrderLines, type OrderLineInput, type OrderStatus } from '../domain/order';
import { orderShippedEvent, orderStatusEvent } from '../events/publish';
import { UserErrors, userError } from '../../../lib/errors';
import type { OrderDoc, SalesModels } from '../models';

export async function createOrder(
  models: SalesModels,
  input: { customerId: string; currency: string; lines: OrderLineInput[] },
): Promise<OrderDoc> {
  const priced = priceOrderLines(input.currency, input.lines);
  assertNoUserErrors(priced.errors);
  return insert<OrderDoc>(models.Order, {
    number: await nextNumber(models.connection, 'order', 'SO'),
    customerId: input.customerId,
    status: 'DRAFT',
    currency: input.currency,
    lines: priced.lines,
    totalMinor: priced.totalMinor,
  });
}

/** Stored lines carry `shipped: 0` and the schema's key order: compare them by value. */
const canonicalLines = (lines: ReadonlyArray<object>) =>
  JSON.stringify(
    lines.map((l) =>
      Object.entries({ shipped: 0, ...l })
        .filter(([, v]) => v != null)
        .sort(([x], [y]) => x.localeCompare(y)),
    ),
  );
const sameLines = (a: ReadonlyArray<object>, b: ReadonlyArray<object>) => canonicalLines(a) === canonicalLines(b);

/**
 * Corrects a DRAFT order: new lines replace the old ones and are priced exactly as `createOrder`
 * prices them; the customer stays. A correction that changes nothing writes nothing.
 */
export function updateOrder(
  models: SalesModels,
  input: { id: string; expectedVersion?: number | null; currency?: string | null; lines?: OrderLineInput[] | null },
): Promise<OrderDoc> {
  return update<OrderDoc>(
    models.Order,
    input.id,
    (order) => {
      if (order.status !== 'DRAFT')
        throw new UserErrors([
          userError(['input', 'id'], `Order is ${order.status}; only a DRAFT order can be corrected.`, 'ILLEGAL_TRANSITION'),
        ]);
      const currency = input.currency ?? order.currency;
      if (currency !== order.currency && !input.lines)
        throw new UserErrors([userError(['input', 'lines'], 'A new currency needs the lines priced in it.', 'INVALID')]);
      const priced = input.lines ? priceOrderLines(currency, input.lines) : null;
      if (priced) assertNoUserErrors(priced.errors);
      const next: Partial<OrderDoc> = {
        ...(currency !== order.currency && { currency }),
        ...(priced && !sameLines(order.lines, priced.lines) && { lines: priced.lines, totalMinor: priced.totalMinor }),
      };
      if (!changedFields(order, next).length) return null;
      return { $set: next };
    },
    { expectedVersion: input.expectedVersion },
  );
}

const STAMPS = { CONFIRMED: 'confirmedAt', CANCELLED: 'cancelledAt', FULFILLED: 'fulfilledAt' } as const;

/** An order transition with its catalog event stored in the same write; fulfilling an order shipped in part ships the rest. */
export async function moveOrder(models: SalesModels, id: string, to: keyof typeof STAMPS, actor: Actor): Promise<OrderDoc> {
  if (to === 'FULFILLED' && mongoose.isObjectIdOrHexString(id)) {
    const current = await models.Order.findById(id).select({ status: 1, lines: 1 }).lean<OrderDoc>();
    if (current?.status === 'PARTIALLY_FULFILLED') {
      const rest = current.lines.flatMap((l, line) =>
        l.quantity > (l.shipped ?? 0) ? [{ line, quantity: l.quantity - (l.shipped ?? 0) }] : [],
      );
      return shipOrder(models, { id, lines: rest }, actor);
    }
  }
  return transitionOrder(models, id, to, actor);
}

const transitionOrder = (models: SalesModels, id: string, to: keyof typeof STAMPS, actor: Actor) =>
  transition<OrderStatus, OrderDoc>(models.Order, id, to, {
    // A cancelled or fulfilled order waits for nothing more.
    set: { [STAMPS[to]]: new Date(), ...(to !== 'CONFIRMED' && { backorders: [] }) },
    events: async (current) => [await orderStatusEvent(models, current, to, actor.requestId)],
  });

/**
 * Ships a part of a confirmed order (one versioned write): the lines' shipped units, the shipment
 * with a fresh id, PARTIALLY_FULFILLED (or FULFILLED with the last part) and `sales.order.shipped`,
 * on which inventory ships the part and finance invoices it.
 */
/** Parts one order ships in at most (lib/list-caps.ts prices `Order.shipments` by it). */
export const MAX_ORDER_SHIPMENTS = 100;

export function shipOrder(
  models: SalesModels,
  input: { id: string; lines: Array<{ line: number; quantity: number }> },
  actor: Actor,
): Promise<OrderDoc> {
  return update<OrderDoc>(models.Order, input.id, async (current) => {
    if (current.status !== 'CONFIRMED' && current.status !== 'PARTIALLY_FULFILLED')
      throw new UserErrors([
        userError(['input', 'id'], `Order is ${current.status}; only a confirmed order ships.`, 'ILLEGAL_TRANSITION'),
      ]);
    const plan = planShipment(current.lines, input.lines);
    if (plan.errors.length) throw new UserErrors(plan.errors);
    const sequence = (current.shipments?.length ?? 0) + 1;
    if (sequence > MAX_ORDER_SHIPMENTS)
      throw new UserErrors([userError(['input', 'id'], `An order ships in at most ${MAX_ORDER_SHIPMENTS} parts.`, 'INVALID')]);
    const shipment = { shipmentId: randomUUID(), sequence, at: new Date(), lines: input.lines.map((l) => ({ ...l })) };
    const status: OrderStatus = plan.final ? 'FULFILLED' : 'PARTIALLY_FULFILLED';
    return {
      $set: {
        lines: current.lines.map((l, i) => ({ ...l, shipped: plan.shipped[i] })),
        ...(status !== current.status && { status }),
        ...(plan.final && { fulfilledAt: new Date(), backorders: [] }),
      },
      $push: { shipments: shipment },
      events: [await orderShippedEvent(models, current, shipment, plan.final, actor.requestId)],
    };
  });
}
