/** The tenant's inventory settings: created with defaults on first use (no backorders, EUR costs), changed by users. */
import { userError, type UserError } from '../../../lib/errors';
import { isCurrency } from '../../../lib/money';
import { assertNoUserErrors } from '../../../lib/mutation';
import { findOrCreate, update } from '../../../lib/write';
import type { InventoryModels, InventorySettingsDoc, WarehouseDoc } from '../models';
import { findById, notFound } from './references';

/** The tenant's settings, created once however many first requests race (unique per tenant). */
export async function getSettings(models: InventoryModels): Promise<InventorySettingsDoc> {
  return (await findOrCreate<InventorySettingsDoc>(models.Settings, {})).doc;
}

export async function updateInventorySettings(
  models: InventoryModels,
  input: { allowBackorders?: boolean | null; defaultWarehouseId?: string | null; costCurrency?: string | null },
): Promise<InventorySettingsDoc> {
  const errors: UserError[] = [];
  if (input.costCurrency != null && !isCurrency(input.costCurrency)) {
    errors.push(userError(['input', 'costCurrency'], `Unknown currency "${input.costCurrency}".`, 'INVALID'));
  }
  if (input.defaultWarehouseId && !(await findById<WarehouseDoc>(models.Warehouse, input.defaultWarehouseId))) {
    errors.push(notFound(['input', 'defaultWarehouseId'], 'Warehouse', input.defaultWarehouseId));
  }
  assertNoUserErrors(errors);
  const current = await getSettings(models);
  return update<InventorySettingsDoc>(models.Settings, current._id, () => ({
    $set: {
      ...(input.allowBackorders != null ? { allowBackorders: input.allowBackorders } : {}),
      ...(input.defaultWarehouseId !== undefined ? { defaultWarehouseId: input.defaultWarehouseId } : {}),
      ...(input.costCurrency != null ? { costCurrency: input.costCurrency } : {}),
    },
  }));
}
