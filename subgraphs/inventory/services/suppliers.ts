/** Every write of a supplier: create and correct. */
import { userError, type UserError } from '../../../lib/errors';
import { isCurrency } from '../../../lib/money';
import { assertNoUserErrors } from '../../../lib/mutation';
import { checkEmail, checkPhone, requireText } from '../../../lib/validation';
import { changedFields, insert, update } from '../../../lib/write';
import type { InventoryModels, SupplierAddress, SupplierDoc } from '../models';

interface SupplierFields {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: SupplierAddress | null;
  currency?: string | null;
}

const COUNTRY = /^[A-Z]{2}$/;

function fieldErrors(input: SupplierFields): UserError[] {
  const address = input.address;
  return [
    ...requireText(input.name, ['input', 'name']),
    ...checkEmail(input.email, ['input', 'email']),
    ...checkPhone(input.phone, ['input', 'phone']),
    ...(input.currency != null && !isCurrency(input.currency)
      ? [userError(['input', 'currency'], `Unknown currency "${input.currency}".`, 'INVALID')]
      : []),
    ...(address
      ? [
          ...requireText(address.line1, ['input', 'address', 'line1']),
          ...requireText(address.line2, ['input', 'address', 'line2']),
          ...requireText(address.city, ['input', 'address', 'city'], 100),
          ...requireText(address.postalCode, ['input', 'address', 'postalCode'], 20),
          ...(COUNTRY.test(address.country)
            ? []
            : [userError(['input', 'address', 'country'], 'country must be an ISO-3166 alpha-2 code, e.g. DE.', 'INVALID')]),
        ]
      : []),
  ];
}

const addressOf = (a: SupplierAddress | null | undefined): SupplierAddress | null =>
  a
    ? {
        line1: a.line1.trim(),
        line2: a.line2?.trim() || null,
        city: a.city.trim(),
        postalCode: a.postalCode?.trim() || null,
        country: a.country,
      }
    : null;

export async function createSupplier(
  models: InventoryModels,
  input: SupplierFields & { name: string; currency: string },
): Promise<SupplierDoc> {
  assertNoUserErrors(fieldErrors(input));
  return insert<SupplierDoc>(models.Supplier, {
    name: input.name.trim(),
    email: input.email || null,
    phone: input.phone || null,
    address: addressOf(input.address),
    currency: input.currency,
  });
}

/**
 * Corrects a supplier: name, email, phone, address, and its currency while no purchase order names
 * it (each is priced in the supplier's currency). Fields left out stay; null clears the optional ones.
 */
export async function updateSupplier(
  models: InventoryModels,
  input: SupplierFields & { id: string; expectedVersion?: number | null },
): Promise<SupplierDoc> {
  assertNoUserErrors(fieldErrors(input));
  return update<SupplierDoc>(
    models.Supplier,
    input.id,
    async (supplier) => {
      const next: Partial<SupplierDoc> = {
        ...(input.name != null && { name: input.name.trim() }),
        ...(input.email !== undefined && { email: input.email || null }),
        ...(input.phone !== undefined && { phone: input.phone || null }),
        ...(input.address !== undefined && { address: addressOf(input.address) }),
        ...(input.currency != null && { currency: input.currency }),
      };
      const changed = changedFields(supplier, next);
      if (changed.includes('currency') && (await models.PurchaseOrder.exists({ supplierId: String(supplier._id) }))) {
        assertNoUserErrors([
          userError(
            ['input', 'currency'],
            `Supplier has purchase orders in ${supplier.currency}: its currency cannot change.`,
            'CURRENCY_MISMATCH',
          ),
        ]);
      }
      return changed.length ? { $set: next } : null;
    },
    { expectedVersion: input.expectedVersion },
  );
}
