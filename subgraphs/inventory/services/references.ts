/**
 * The documents an input names, read before a write: one of the tenant's, or a NOT_FOUND
 * userError on the input field that named it.
 */
import mongoose, { type Model } from 'mongoose';
import { userError, type UserError } from '../../../lib/errors';
import { OUTBOX_FIELD } from '../../../lib/events/outbox';
import { assertNoUserErrors } from '../../../lib/mutation';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import type { InventoryModels, ProductDoc } from '../models';

export const notFound = (field: string[], what: string, id: string): UserError =>
  userError(field, `${what} ${id} not found.`, 'NOT_FOUND');

/** The tenant's document with this id, or null (also for an id that cannot name one). */
export function findById<T>(model: Model<any>, id: string): Promise<T | null> {
  return mongoose.isObjectIdOrHexString(id) ? findOneByIdInTenant<T>(model, id, { [OUTBOX_FIELD]: 0 }) : Promise.resolve(null);
}

/** The tenant's documents with these ids, in one query, by id. */
export async function findByIds<T extends { _id: { toString(): string } }>(
  model: Model<any>,
  ids: string[],
): Promise<Map<string, T>> {
  const valid = [...new Set(ids.filter((id) => mongoose.isObjectIdOrHexString(id)))];
  const docs = valid.length
    ? await model
        .find({ _id: mongoose.trusted({ $in: valid }) })
        .select({ [OUTBOX_FIELD]: 0 })
        .lean<T[]>()
    : [];
  return new Map(docs.map((d) => [d._id.toString(), d]));
}

/**
 * The product an input names, after checking that the warehouses it names exist too; refuses
 * with every userError found (those in `errors` first).
 */
export async function requireProductAndWarehouses(
  models: InventoryModels,
  productId: string,
  warehouses: Array<[field: string, id: string]>,
  errors: UserError[] = [],
): Promise<ProductDoc> {
  const [product, found] = await Promise.all([
    findById<ProductDoc>(models.Product, productId),
    findByIds(
      models.Warehouse,
      warehouses.map(([, id]) => id),
    ),
  ]);
  assertNoUserErrors([
    ...errors,
    ...(product ? [] : [notFound(['input', 'productId'], 'Product', productId)]),
    ...warehouses.flatMap(([field, id]) => (found.has(id) ? [] : [notFound(['input', field], 'Warehouse', id)])),
  ]);
  return product!;
}
