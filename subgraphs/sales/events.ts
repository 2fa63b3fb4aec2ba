/**
 * What sales publishes (built here from documents, shapes from lib/events/catalog.ts) and what it
 * consumes: interactions logged on deals (customers) and product list prices (inventory).
 */
import mongoose from 'mongoose';
import { domainEvent, isEvent, type LinePayload } from '../../lib/events/catalog';
import type { EventEnvelope } from '../../lib/events/envelope';
import type { ConsumerDefinition } from '../../lib/subgraph';
import { withDocumentLock } from '../../lib/keyed-lock';
import { isDuplicateKeyError } from '../../lib/mutation';
import { currentTenantId } from '../../lib/tenancy';
import type { DealDoc, OrderDoc, ProductRefDoc, SalesModels } from './models';

/** Order lines as the catalog's LinePayload: description = product name if known, else its sku, else its id. */
export async function orderLinePayloads(models: SalesModels, order: OrderDoc): Promise<LinePayload[]> {
  const ids = [...new Set(order.lines.map((l) => l.productId))];
  const refs = await models.ProductRef.find({ productId: mongoose.trusted({ $in: ids }) })
    .select({ productId: 1, name: 1, sku: 1 })
    .lean<Array<Pick<ProductRefDoc, 'productId' | 'name' | 'sku'>>>();
  const known = new Map(refs.map((r) => [r.productId, r]));
  return order.lines.map((l) => ({
    productId: l.productId,
    description: l.description || known.get(l.productId)?.name || known.get(l.productId)?.sku || l.productId,
    quantity: l.quantity,
    unitPriceMinor: l.unitPriceMinor,
    discountBps: l.discountBps ?? 0,
    taxRateBps: l.taxRateBps ?? 0,
  }));
}

/** The event of an order's status change, or none (DRAFT has none). */
export async function orderStatusEvent(models: SalesModels, order: OrderDoc, to: OrderDoc['status'], requestId?: string) {
  const base = { tenantId: currentTenantId(), aggregateId: order._id.toString(), requestId };
  const head = { orderId: order._id.toString(), number: order.number, customerId: order.customerId };
  if (to === 'CONFIRMED' || to === 'FULFILLED') {
    const lines = await orderLinePayloads(models, order);
    const type = to === 'CONFIRMED' ? 'sales.order.confirmed' : 'sales.order.fulfilled';
    return domainEvent(type, { ...base, payload: { ...head, currency: order.currency, lines } });
  }
  if (to === 'CANCELLED')
    return domainEvent('sales.order.cancelled', { ...base, payload: { ...head, previousStatus: order.status } });
  return null;
}

const dealBase = (deal: DealDoc, requestId?: string) => ({
  tenantId: currentTenantId(),
  aggregateId: deal._id.toString(),
  requestId,
});

export const dealStageChanged = (deal: DealDoc, fromStage: string, toStage: string, requestId?: string) =>
  domainEvent('sales.deal.stageChanged', {
    ...dealBase(deal, requestId),
    payload: {
      dealId: deal._id.toString(),
      pipelineId: deal.pipelineId,
      customerId: deal.customerId,
      ownerId: deal.ownerId ?? null,
      fromStage,
      toStage,
      amount: { minor: deal.amountMinor, currency: deal.currency },
    },
  });

/** The deal's lines, or one line with the deal's name and amount when it has none. */
export function dealWonLines(deal: DealDoc): LinePayload[] {
  if (!deal.lines.length) return [{ description: deal.name, quantity: 1, unitPriceMinor: deal.amountMinor }];
  return deal.lines.map((l) => ({
    ...(l.productId ? { productId: l.productId } : {}),
    description: l.description,
    quantity: l.quantity,
    unitPriceMinor: l.unitPriceMinor,
  }));
}

export const dealWon = (deal: DealDoc, requestId?: string) =>
  domainEvent('sales.deal.won', {
    ...dealBase(deal, requestId),
    payload: {
      dealId: deal._id.toString(),
      customerId: deal.customerId,
      ownerId: deal.ownerId ?? null,
      amount: { minor: deal.amountMinor, currency: deal.currency },
      lines: dealWonLines(deal),
    },
  });

export const dealLost = (deal: DealDoc, reason: string, requestId?: string) =>
  domainEvent('sales.deal.lost', {
    ...dealBase(deal, requestId),
    payload: { dealId: deal._id.toString(), customerId: deal.customerId, reason },
  });

/**
 * Keeps `lastActivityAt` of the deal an interaction was logged on. Monotonic: an event older than
 * what the deal holds changes nothing, so redelivery and reordering are harmless.
 */
export async function recordInteraction(models: SalesModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'customers.interaction.logged')) return;
  const { dealId, occurredAt } = event.payload;
  if (!dealId || !mongoose.isObjectIdOrHexString(dealId)) return;
  const at = new Date(occurredAt);
  if (Number.isNaN(at.getTime())) return;
  await withDocumentLock(models.Deal, dealId, async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const deal = await models.Deal.findById(dealId)
        .select({ lastActivityAt: 1, version: 1 })
        .lean<Pick<DealDoc, 'lastActivityAt' | 'version'>>();
      if (!deal) return; // not a deal of ours (or of this tenant): nothing to track
      if (deal.lastActivityAt && new Date(deal.lastActivityAt) >= at) return;
      const res = await models.Deal.updateOne(
        { _id: dealId, version: deal.version },
        { $set: { lastActivityAt: at }, $inc: { version: 1 } },
      );
      if (res.modifiedCount) return;
    }
    throw new Error(`deal ${dealId} kept changing; retry`);
  });
}

/** Upserts what sales knows of a product (list price for quote lines); older events are ignored. */
export async function recordProduct(models: SalesModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'inventory.product.upserted')) return;
  const { productId, sku, name, price } = event.payload;
  const fields = { sku, name, priceMinor: price.minor, currency: price.currency, sourceOccurredAt: event.occurredAt };
  await withDocumentLock(models.ProductRef, productId, async () => {
    const current = await models.ProductRef.findOne({ productId }).select({ sourceOccurredAt: 1 }).lean<ProductRefDoc>();
    if (current && current.sourceOccurredAt > event.occurredAt) return;
    if (current) {
      await models.ProductRef.updateOne({ _id: current._id }, { $set: fields });
      return;
    }
    try {
      await models.ProductRef.create({ productId, ...fields });
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err; // another process inserted it: the retry compares dates
      throw new Error(`product ${productId} inserted concurrently; retry`);
    }
  });
}

export function salesConsumers(models: SalesModels): ConsumerDefinition[] {
  return [
    { group: 'sales.deal-activity', types: ['customers.interaction.logged'], handle: (e) => recordInteraction(models, e) },
    { group: 'sales.product-refs', types: ['inventory.product.upserted'], handle: (e) => recordProduct(models, e) },
  ];
}
