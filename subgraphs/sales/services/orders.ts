/** Every write of a sales order: create and its lifecycle, each move with its `sales.order.*` event. */
import { assertNoUserErrors } from '../../../lib/mutation';
import { nextNumber } from '../../../lib/sequence';
import type { Actor } from '../../../lib/signed-context';
import { insert, transition } from '../../../lib/write';
import { priceOrderLines, type OrderLineInput, type OrderStatus } from '../domain/order';
import { orderStatusEvent } from '../events/publish';
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

const STAMPS = { CONFIRMED: 'confirmedAt', CANCELLED: 'cancelledAt', FULFILLED: 'fulfilledAt' } as const;

/** An order transition with its catalog event stored in the same write. */
export const moveOrder = (models: SalesModels, id: string, to: keyof typeof STAMPS, actor: Actor) =>
  transition<OrderStatus, OrderDoc>(models.Order, id, to, {
    // A cancelled or fulfilled order waits for nothing more.
    set: { [STAMPS[to]]: new Date(), ...(to !== 'CONFIRMED' && { backorders: [] }) },
    events: async (current) => [await orderStatusEvent(models, current, to, actor.requestId)],
  });
