/** Every write of a warehouse: create and correct, unique per tenant by code. */
import { assertNoUserErrors } from '../../../lib/mutation';
import { requireText } from '../../../lib/validation';
import { changedFields, insert, update } from '../../../lib/write';
import type { InventoryModels, WarehouseDoc } from '../models';

const codeTaken = (code: string) => ({ taken: { field: ['input', 'code'], message: `Code ${code} is already used.` } });

export async function createWarehouse(models: InventoryModels, input: { code: string; name: string }): Promise<WarehouseDoc> {
  assertNoUserErrors([...requireText(input.code, ['input', 'code'], 32), ...requireText(input.name, ['input', 'name'])]);
  return insert<WarehouseDoc>(models.Warehouse, { code: input.code.trim(), name: input.name.trim() }, codeTaken(input.code));
}

/** Corrects a warehouse's code or name; stock levels, movements and orders refer to its id, so they follow. */
export async function updateWarehouse(
  models: InventoryModels,
  input: { id: string; expectedVersion?: number | null; code?: string | null; name?: string | null },
): Promise<WarehouseDoc> {
  assertNoUserErrors([...requireText(input.code, ['input', 'code'], 32), ...requireText(input.name, ['input', 'name'])]);
  return update<WarehouseDoc>(
    models.Warehouse,
    input.id,
    (warehouse) => {
      const next: Partial<WarehouseDoc> = {
        ...(input.code != null && { code: input.code.trim() }),
        ...(input.name != null && { name: input.name.trim() }),
      };
      return changedFields(warehouse, next).length ? { $set: next } : null;
    },
    { expectedVersion: input.expectedVersion, ...codeTaken(input.code ?? '') },
  );
}
