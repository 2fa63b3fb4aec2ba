/**
 * A lost deal lets go of what it held (consumer of sales' own `sales.deal.lost`, so a crash after
 * the deal's write finishes on redelivery): its open quotes become REJECTED and its orders not yet
 * fulfilled are CANCELLED, each through its lifecycle with its event (inventory then releases the
 * reservations and backorders of those orders). Idempotent: a document already moved is left as it is.
 */
import mongoose from 'mongoose';
import { UserErrors } from '../../../lib/errors';
import { isEvent, type EventEnvelope } from '../../../lib/events';
import { transition } from '../../../lib/write';
import type { QuoteStatus } from '../domain/quote';
import type { OrderDoc, QuoteDoc, SalesModels } from '../models';
import { moveOrder } from './orders';

export const RELEASED_QUOTES: QuoteStatus[] = ['DRAFT', 'SENT'];
export const RELEASED_ORDERS = ['DRAFT', 'CONFIRMED'];

/** Runs a lifecycle move that another writer may have made first (then it is refused and skipped). */
async function unlessMoved(move: () => Promise<unknown>): Promise<void> {
  try {
    await move();
  } catch (err) {
    if (!(err instanceof UserErrors)) throw err;
  }
}

export async function releaseLostDeal(models: SalesModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'sales.deal.lost')) return;
  const { dealId } = event.payload;
  const actor = { principal: `event:${event.id}`, requestId: event.requestId ?? event.id };
  const quotes = await models.Quote.find({ dealId, status: mongoose.trusted({ $in: RELEASED_QUOTES }) })
    .select({ _id: 1 })
    .lean<Array<Pick<QuoteDoc, '_id'>>>();
  for (const q of quotes)
    await unlessMoved(() =>
      transition<QuoteStatus, QuoteDoc>(models.Quote, q._id, 'REJECTED', { set: { decidedAt: new Date() } }),
    );
  const orders = await models.Order.find({ dealId, status: mongoose.trusted({ $in: RELEASED_ORDERS }) })
    .select({ _id: 1 })
    .lean<Array<Pick<OrderDoc, '_id'>>>();
  for (const o of orders) await unlessMoved(() => moveOrder(models, o._id.toString(), 'CANCELLED', actor));
}
