/**
 * Stock -> sales (consumer of `inventory.stock.low`, no synchronous call to inventory): the open
 * quotes and unconfirmed orders holding the product get a flag (one versioned write each, a
 * redelivery or an older report changes nothing: domain/stock-alert.ts), then one StockAlert
 * document per event (its `_id` is the event id, so it is created once) records them with their
 * deals' owners and carries `sales.stockAlert.raised`, on which the CRM's automation rules run.
 */
import mongoose from 'mongoose';
import { isEvent, type EventEnvelope } from '../../../lib/events';
import { findOrCreate, update, updateWhere } from '../../../lib/write';
import {
  FLAGGED_ORDER_STATUSES,
  FLAGGED_QUOTE_STATUSES,
  withFlag,
  withoutRecoveredFlags,
  type StockRecoveryFacts,
} from '../domain/stock-alert';
import { stockAlertRaised, stockFlagsCleared } from '../events/publish';
import type {
  AtRiskDocumentDoc,
  DealDoc,
  OrderDoc,
  QuoteDoc,
  SalesModels,
  StockAlertDoc,
  StockFlagDoc,
  StockRecoveryDoc,
} from '../models';

/** A bound on the documents one shortage flags (the oldest first beyond it are left unflagged). */
const MAX_FLAGGED = 1000;

export async function onStockLow(models: SalesModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'inventory.stock.low')) return;
  const p = event.payload;
  if (await models.StockAlert.exists({ _id: event.id })) return; // handled: flags and alert written
  const flag: StockFlagDoc = {
    productId: p.productId,
    warehouseId: p.warehouseId,
    stockLevelId: p.stockLevelId,
    available: p.available,
    reorderPoint: p.reorderPoint,
    raisedAt: new Date(event.occurredAt),
    eventId: event.id,
  };
  const [quotes, orders] = await Promise.all([
    models.Quote.find({ 'lines.productId': p.productId, status: mongoose.trusted({ $in: FLAGGED_QUOTE_STATUSES }) })
      .select({ number: 1, customerId: 1, dealId: 1 })
      .limit(MAX_FLAGGED)
      .lean<Array<Pick<QuoteDoc, '_id' | 'number' | 'customerId' | 'dealId'>>>(),
    models.Order.find({ 'lines.productId': p.productId, status: mongoose.trusted({ $in: FLAGGED_ORDER_STATUSES }) })
      .select({ number: 1, customerId: 1, dealId: 1 })
      .limit(MAX_FLAGGED)
      .lean<Array<Pick<OrderDoc, '_id' | 'number' | 'customerId' | 'dealId'>>>(),
  ]);
  const flagged = (current: { stockFlags?: StockFlagDoc[] }) => {
    const next = withFlag(current.stockFlags, flag);
    return next && { $set: { stockFlags: next } };
  };
  for (const q of quotes) await update<QuoteDoc>(models.Quote, q._id, flagged);
  for (const o of orders) await update<OrderDoc>(models.Order, o._id, flagged);
  const dealIds = [...new Set([...quotes, ...orders].flatMap((d) => (d.dealId ? [d.dealId] : [])))].filter((id) =>
    mongoose.isObjectIdOrHexString(id),
  );
  const deals = dealIds.length
    ? await models.Deal.find({ _id: mongoose.trusted({ $in: dealIds }) })
        .select({ ownerId: 1 })
        .lean<Array<Pick<DealDoc, '_id' | 'ownerId'>>>()
    : [];
  const ownerOf = new Map(deals.map((d) => [d._id.toString(), d.ownerId ?? null]));
  const documents: AtRiskDocumentDoc[] = [
    ...quotes.map((q) => ({
      kind: 'QUOTE' as const,
      id: q._id.toString(),
      number: q.number,
      customerId: q.customerId,
      dealId: q.dealId ?? null,
    })),
    ...orders.map((o) => ({
      kind: 'ORDER' as const,
      id: o._id.toString(),
      number: o.number,
      customerId: o.customerId,
      dealId: o.dealId ?? null,
    })),
  ].map((d) => ({ ...d, ownerId: d.dealId ? (ownerOf.get(d.dealId) ?? null) : null }));
  await findOrCreate<StockAlertDoc>(models.StockAlert, { _id: event.id }, () => ({ flag, documents }), {
    events: () => [stockAlertRaised(event.id, p, event.occurredAt, documents)],
  });
}

/**
 * Sales' side of `inventory.stock.recovered`: the open documents flagged for the product and
 * warehouse whose need the level's free units now cover lose that flag. The list is fixed first in
 * one StockRecovery (`_id` = the event id), then each flag is removed (a versioned write that
 * changes nothing once it is gone), then the recovery is marked done with `sales.stockFlags.cleared`
 * in the same conditional write: a redelivery, even after a crash midway, clears the same documents
 * and emits the event once. A flag raised after the recovery (a newer shortage) stays.
 */
export async function onStockRecovered(models: SalesModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'inventory.stock.recovered')) return;
  const p = event.payload;
  const facts: StockRecoveryFacts = {
    productId: p.productId,
    warehouseId: p.warehouseId,
    available: p.available,
    at: new Date(event.occurredAt),
  };
  const existing = await models.StockRecovery.findById(event.id).select({ done: 1 }).lean<Pick<StockRecoveryDoc, 'done'>>();
  if (existing?.done) return;
  const { doc: recovery } = await findOrCreate<StockRecoveryDoc>(models.StockRecovery, { _id: event.id }, async () => {
    const [quotes, orders] = await Promise.all([
      models.Quote.find({ 'lines.productId': p.productId, status: mongoose.trusted({ $in: FLAGGED_QUOTE_STATUSES }) })
        .select({ number: 1, lines: 1, stockFlags: 1 })
        .limit(MAX_FLAGGED)
        .lean<Array<Pick<QuoteDoc, '_id' | 'number' | 'lines' | 'stockFlags'>>>(),
      models.Order.find({ 'lines.productId': p.productId, status: mongoose.trusted({ $in: FLAGGED_ORDER_STATUSES }) })
        .select({ number: 1, lines: 1, stockFlags: 1 })
        .limit(MAX_FLAGGED)
        .lean<Array<Pick<OrderDoc, '_id' | 'number' | 'lines' | 'stockFlags'>>>(),
    ]);
    const cleared = (d: { stockFlags?: StockFlagDoc[]; lines: Array<{ productId: string; quantity: number }> }) =>
      withoutRecoveredFlags(d.stockFlags, facts, d.lines) !== null;
    return {
      productId: p.productId,
      warehouseId: p.warehouseId,
      available: p.available,
      recoveredAt: facts.at,
      documents: [
        ...quotes.filter(cleared).map((q) => ({ kind: 'QUOTE' as const, id: q._id.toString(), number: q.number })),
        ...orders.filter(cleared).map((o) => ({ kind: 'ORDER' as const, id: o._id.toString(), number: o.number })),
      ],
      done: false,
    };
  });
  const unflag = (current: QuoteDoc | OrderDoc) => {
    const next = withoutRecoveredFlags(current.stockFlags, facts, current.lines);
    return next && { $set: { stockFlags: next } };
  };
  for (const d of recovery.documents) {
    if (d.kind === 'QUOTE') await update<QuoteDoc>(models.Quote, d.id, unflag);
    else await update<OrderDoc>(models.Order, d.id, unflag);
  }
  await updateWhere(
    models.StockRecovery,
    { _id: event.id, done: false },
    { $set: { done: true }, events: recovery.documents.length ? [stockFlagsCleared(recovery)] : [] },
  );
}
