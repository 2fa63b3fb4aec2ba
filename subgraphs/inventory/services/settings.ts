import { isDuplicateKeyError } from '../../../lib/mutation';
import type { InventoryModels, InventorySettingsDoc } from '../models';

/** The tenant's inventory settings (created with defaults on first use: no backorders, EUR costs). */
export async function getSettings(models: InventoryModels): Promise<InventorySettingsDoc> {
  const existing = await models.Settings.findOne({}).lean<InventorySettingsDoc>();
  if (existing) return existing;
  try {
    return (await models.Settings.create({})).toObject() as InventorySettingsDoc;
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    return (await models.Settings.findOne({}).lean<InventorySettingsDoc>())!;
  }
}
