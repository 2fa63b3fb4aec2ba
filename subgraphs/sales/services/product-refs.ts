/** What sales keeps of inventory's products (consumer of `inventory.product.upserted` and `inventory.product.supplyChanged`). */
import { isEvent, type EventEnvelope } from '../../../lib/events';
import { update } from '../../../lib/write';
import type { ProductRefDoc, ProductSupplyRefDoc, SalesModels } from '../models';

/** Upserts the product's sku, name and list price; an event older than what is kept changes nothing. */
export async function recordProduct(models: SalesModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'inventory.product.upserted')) return;
  const { productId, sku, name, price } = event.payload;
  const fields = { sku, name, priceMinor: price.minor, currency: price.currency, sourceOccurredAt: event.occurredAt };
  await update<ProductRefDoc>(
    models.ProductRef,
    { productId },
    (current) => (current.sourceOccurredAt && current.sourceOccurredAt > event.occurredAt ? null : { $set: fields }),
    { create: () => fields },
  );
}

/** Keeps the product's supply of the highest version seen: a redelivered or older report changes nothing. */
export async function recordSupply(models: SalesModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'inventory.product.supplyChanged')) return;
  const { productId, freeNow, backordered, incoming, version } = event.payload;
  await update<ProductSupplyRefDoc>(
    models.ProductSupplyRef,
    { productId },
    (current) =>
      (current.supplyVersion ?? 0) >= version ? null : { $set: { freeNow, backordered, incoming, supplyVersion: version } },
    { create: () => ({ productId, freeNow: 0, backordered: 0, incoming: [], supplyVersion: 0 }) },
  );
}
