/** Every write of a supplier: create. */
import { userError } from '../../../lib/errors';
import { isCurrency } from '../../../lib/money';
import { assertNoUserErrors } from '../../../lib/mutation';
import { checkEmail, requireText } from '../../../lib/validation';
import { insert } from '../../../lib/write';
import type { InventoryModels, SupplierDoc } from '../models';

export async function createSupplier(
  models: InventoryModels,
  input: { name: string; email?: string | null; currency: string },
): Promise<SupplierDoc> {
  assertNoUserErrors([
    ...requireText(input.name, ['input', 'name']),
    ...checkEmail(input.email, ['input', 'email']),
    ...(isCurrency(input.currency) ? [] : [userError(['input', 'currency'], `Unknown currency "${input.currency}".`, 'INVALID')]),
  ]);
  return insert<SupplierDoc>(models.Supplier, { name: input.name.trim(), email: input.email ?? null, currency: input.currency });
}
