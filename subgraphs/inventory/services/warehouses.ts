/** Every write of a warehouse: create, unique per tenant by code. */
import { assertNoUserErrors } from '../../../lib/mutation';
import { requireText } from '../../../lib/validation';
import { insert } from '../../../lib/write';
import type { InventoryModels, WarehouseDoc } from '../models';

export async function createWarehouse(models: InventoryModels, input: { code: string; name: string }): Promise<WarehouseDoc> {
  assertNoUserErrors([...requireText(input.code, ['input', 'code'], 32), ...requireText(input.name, ['input', 'name'])]);
  return insert<WarehouseDoc>(
    models.Warehouse,
    { code: input.code.trim(), name: input.name.trim() },
    { taken: { field: ['input', 'code'], message: `Code ${input.code} is already used.` } },
  );
}
