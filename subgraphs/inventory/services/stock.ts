/** The stock moves users make: adjustments and transfers, checked, posted to the ledger, then the reorder check. */
import { assertNoUserErrors } from '../../../lib/mutation';
import { parseCost } from '../domain/costing';
import { validateStockDelta, validateTransfer } from '../domain/stock';
import type { InventoryModels, ProductDoc, StockLevelDoc, StockMovementDoc } from '../models';
import { applyMovement, transferBetween } from './ledger';
import { currentLevel } from './levels';
import { releaseBackorders } from './reservations';
import { requireProductAndWarehouses } from './references';
import { checkReorder } from './reorder';
import { getSettings } from './settings';
import { refreshSupply } from './supply';

type MoneyInput = { amount: string; currency: string };

/** An ADJUSTMENT in (delta > 0, at `unitCost` or the average) or out; never takes reserved units, never below zero. */
export async function adjustStock(
  models: InventoryModels,
  input: {
    productId: string;
    warehouseId: string;
    delta: number;
    reason: string;
    unitCost?: MoneyInput | null;
    idempotencyKey?: string | null;
  },
): Promise<{ stockLevel: StockLevelDoc; movement: StockMovementDoc; product: ProductDoc }> {
  assertNoUserErrors(validateStockDelta(input.delta, input.reason));
  const product = await requireProductAndWarehouses(models, input.productId, [['warehouseId', input.warehouseId]]);
  let unitCostMinor: number | null = null;
  if (input.unitCost && input.delta > 0) {
    const cost = parseCost(input.unitCost, ['input', 'unitCost'], (await getSettings(models)).costCurrency);
    assertNoUserErrors(cost.errors);
    unitCostMinor = cost.minor;
  }
  const { movement, level } = await applyMovement(models, {
    sourceKey: input.idempotencyKey ? `adjust:${input.idempotencyKey}` : undefined,
    type: 'ADJUSTMENT',
    productId: input.productId,
    warehouseId: input.warehouseId,
    quantity: input.delta,
    unitCostMinor,
    reason: input.reason.trim(),
    field: ['input', 'delta'],
  });
  if (input.delta > 0 && (await releaseBackorders(models, input.productId)) > 0) {
    const current = await currentLevel(models, level); // backorders took some of the units
    await checkReorder(models, current);
    await refreshSupply(models, [input.productId]);
    return { stockLevel: current, movement, product };
  }
  await checkReorder(models, level);
  await refreshSupply(models, [input.productId]);
  return { stockLevel: level, movement, product };
}

/** Two TRANSFER movements at the source's average cost; a retry with the same idempotency key repeats nothing. */
export async function transferStock(
  models: InventoryModels,
  input: {
    productId: string;
    fromWarehouseId: string;
    toWarehouseId: string;
    quantity: number;
    reason?: string | null;
    idempotencyKey?: string | null;
  },
): Promise<{ from: StockLevelDoc; to: StockLevelDoc }> {
  await requireProductAndWarehouses(
    models,
    input.productId,
    [
      ['fromWarehouseId', input.fromWarehouseId],
      ['toWarehouseId', input.toWarehouseId],
    ],
    validateTransfer(input),
  );
  const moved = await transferBetween(models, {
    key: input.idempotencyKey ?? undefined,
    productId: input.productId,
    fromWarehouseId: input.fromWarehouseId,
    toWarehouseId: input.toWarehouseId,
    quantity: input.quantity,
    reason: input.reason,
  });
  await checkReorder(models, moved.from);
  await checkReorder(models, moved.to); // the destination may be above its reorder point again
  await refreshSupply(models, [input.productId]);
  return moved;
}
