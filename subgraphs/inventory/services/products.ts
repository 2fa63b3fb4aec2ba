/** Every write of a product: create (unique SKU per tenant) and change, each with its `inventory.product.upserted`. */
import { assertNoUserErrors } from '../../../lib/mutation';
import type { Actor } from '../../../lib/signed-context';
import { insert, update } from '../../../lib/write';
import { nameKey, skuKey, validateProduct, validateProductChange } from '../domain/product';
import { productUpserted } from '../events/publish';
import type { InventoryModels, ProductDoc } from '../models';
import { newNodeId } from '../../../lib/node-id';

type MoneyInput = { amount: string; currency: string };

export async function createProduct(
  models: InventoryModels,
  input: { sku: string; name: string; price: MoneyInput; unit?: string | null },
  actor?: Actor,
): Promise<ProductDoc> {
  const { errors, priceMinor } = validateProduct(input);
  assertNoUserErrors(errors);
  const fields = {
    _id: newNodeId('Product'),
    sku: input.sku.trim(),
    skuKey: skuKey(input.sku),
    name: input.name.trim(),
    nameKey: nameKey(input.name),
    unit: input.unit?.trim() || 'pcs',
    priceMinor,
    currency: input.price.currency,
  };
  return insert<ProductDoc>(models.Product, fields, {
    taken: { field: ['input', 'sku'], message: `SKU ${input.sku} is already used.` },
    events: [productUpserted(fields, actor?.requestId)],
  });
}

/** Changes name, unit or price. Every change (re)writes `nameKey`, so products created before it get it here. */
export async function updateProduct(
  models: InventoryModels,
  input: { id: string; name?: string | null; unit?: string | null; price?: MoneyInput | null },
  actor?: Actor,
): Promise<ProductDoc> {
  const { errors, priceMinor } = validateProductChange(input);
  assertNoUserErrors(errors);
  return update<ProductDoc>(models.Product, input.id, (current) => {
    const next = {
      ...current,
      ...(input.name ? { name: input.name.trim() } : {}),
      ...(input.unit ? { unit: input.unit.trim() } : {}),
      ...(priceMinor !== undefined ? { priceMinor, currency: input.price!.currency } : {}),
    };
    return {
      $set: {
        name: next.name,
        nameKey: nameKey(next.name),
        unit: next.unit,
        priceMinor: next.priceMinor,
        currency: next.currency,
      },
      events: [productUpserted(next, actor?.requestId)],
    };
  });
}
