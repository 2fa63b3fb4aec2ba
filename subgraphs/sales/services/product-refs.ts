/** What sales keeps of inventory's products (consumer of `inventory.product.upserted`). */
import { isEvent, type EventEnvelope } from '../../../lib/events';
import { update } from '../../../lib/write';
import type { ProductRefDoc, SalesModels } from '../models';

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
