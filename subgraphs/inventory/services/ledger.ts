/**
 * The stock ledger: every change of on-hand stock is an immutable StockMovement, and a StockLevel's
 * `onHand` (and moving-average cost) is derived from the movements applied to it.
 *
 * Crash safety without transactions (a movement and its level are two documents):
 *
 * 1. The movement is INSERTED FIRST, status PENDING, under a unique `sourceKey` (the caller's
 *    idempotency key: an event-derived key such as `ship:<orderId>:<n>`, a receipt id, a client's
 *    idempotencyKey, or a fresh UUID). A retry of the same move finds the existing record instead
 *    of creating a second one.
 * 2. The level applies it in ONE conditional write (services/levels.ts) that also appends an
 *    `applied` entry `{ movementId, sequence, at, onHandAfter, avgCostAfterMinor }`. The level
 *    refuses to apply a movement id that is already in `applied`, so a retried apply never
 *    double-counts. If the move would break an invariant, nothing changes on the level and the
 *    movement becomes REJECTED (final: retrying the same key gives the same refusal).
 * 3. The movement is marked APPLIED with the values from that entry; the next write of the level
 *    drops entries whose movements this process has marked APPLIED (keeping the array small
 *    without an extra write). An entry left behind by a crash between 2 and 3 (or by another
 *    process) is completed by the next movement that touches that level; a retry of the same key
 *    completes it too. Marking is conditional on PENDING, so completing twice changes nothing.
 *
 * So at every instant: level.onHand = sum of quantities of its APPLIED movements plus those whose
 * id is in `level.applied`; a crash anywhere loses nothing and counts nothing twice. A PENDING
 * movement that never reached its level (crash between 1 and 2) counts nowhere; a retry with the
 * same key applies it. Ledger reads (history, valuation) use APPLIED movements only, ordered per
 * level by `sequence` (the level's version right after the movement).
 *
 * Invariants checked in the level write: reserved units cannot be taken by adjustments or
 * transfers (available = onHand - reserved must stay >= 0 for them); on-hand never goes below zero,
 * except a SHIPMENT the caller explicitly allows to (the tenant allows backorders).
 */
import { randomUUID } from 'node:crypto';
import { userError, UserErrors } from '../../../lib/errors';
import { isDuplicateKeyError } from '../../../lib/mutation';
import { weightedAverageCost } from '../domain/costing';
import type { InventoryModels, MovementType, StockLevelDoc, StockMovementDoc } from '../models';
import { updateLevel } from './levels';

export interface MovementInput {
  sourceKey?: string;
  type: MovementType;
  productId: string;
  warehouseId: string;
  /** Signed change of on-hand units, never zero. */
  quantity: number;
  /** Inbound cost per unit; when absent, units come in at the level's current average. */
  unitCostMinor?: number | null;
  reason?: string | null;
  reference?: string | null;
  /** A reservation entry (`ref`) this outbound movement consumes in the same write. */
  consumeRef?: string | null;
  /** Outbound may drive on-hand below zero (backorders allowed). */
  allowNegative?: boolean;
  /** userError field path for a refusal. */
  field?: string[];
}

export interface MovementResult {
  movement: StockMovementDoc;
  level: StockLevelDoc;
}

export async function applyMovement(models: InventoryModels, input: MovementInput): Promise<MovementResult> {
  const sourceKey = input.sourceKey ?? randomUUID();
  const field = input.field ?? ['input', 'quantity'];
  let movement: StockMovementDoc;
  try {
    movement = (
      await models.StockMovement.create({
        sourceKey,
        type: input.type,
        status: 'PENDING',
        productId: input.productId,
        warehouseId: input.warehouseId,
        quantity: input.quantity,
        unitCostMinor: input.unitCostMinor ?? null,
        reason: input.reason ?? null,
        reference: input.reference ?? null,
      })
    ).toObject() as StockMovementDoc;
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    movement = (await models.StockMovement.findOne({ sourceKey }).lean<StockMovementDoc>())!;
  }
  if (movement.status === 'REJECTED') throw refusal(field, movement.reason ?? 'The movement was refused.');
  const movementId = movement._id.toString();
  let refusedBecause: string | undefined;
  inFlight.add(movementId);
  try {
    const level = await updateLevel(models, movement.productId, movement.warehouseId, (current) => {
      if (movement.status === 'APPLIED' || current.applied.some((e) => e.movementId === movementId)) return null;
      const consumed = input.consumeRef ? current.reservations.find((r) => r.ref === input.consumeRef) : undefined;
      const reserved = current.reserved - (consumed?.quantity ?? 0);
      const onHand = current.onHand + movement.quantity;
      if (movement.quantity < 0) {
        // Units held for other orders are not free to take; a shipment consuming its own reservation frees them first.
        const freeBefore = current.onHand - reserved;
        const allowedNegative = input.allowNegative && movement.type === 'SHIPMENT';
        if (!allowedNegative && freeBefore < -movement.quantity) {
          refusedBecause = `Only ${Math.max(0, freeBefore)} available (${current.onHand} on hand, ${reserved} reserved); cannot take out ${-movement.quantity}.`;
          throw new UserErrors([userError(field, refusedBecause, 'INSUFFICIENT_STOCK')]);
        }
      }
      const avgCostMinor =
        movement.quantity > 0
          ? weightedAverageCost(
              current.onHand,
              current.avgCostMinor,
              movement.quantity,
              movement.unitCostMinor ?? current.avgCostMinor,
            )
          : current.avgCostMinor;
      return {
        onHand,
        reserved,
        reservations: consumed ? current.reservations.filter((r) => r.ref !== consumed.ref) : current.reservations,
        avgCostMinor,
        applied: [
          // Entries whose movements this process already marked APPLIED are dropped here (step 3).
          ...current.applied.filter((e) => !completed.has(e.movementId)),
          { movementId, sequence: current.version + 1, at: new Date(), onHandAfter: onHand, avgCostAfterMinor: avgCostMinor },
        ],
      };
    }).catch(async (err) => {
      if (refusedBecause && err instanceof UserErrors) {
        await models.StockMovement.updateOne(
          { _id: movement._id, status: 'PENDING' },
          { $set: { status: 'REJECTED', reason: refusedBecause } },
        );
      }
      throw err;
    });
    const levelId = level._id.toString();
    for (const [id, of] of completed) if (of === levelId && !level.applied.some((e) => e.movementId === id)) completed.delete(id);
    // Complete this movement, and any entry no one in this process is working on (left by a crash or another process).
    const mine = level.applied.find((e) => e.movementId === movementId);
    const orphans = level.applied.filter(
      (e) => e.movementId !== movementId && !inFlight.has(e.movementId) && !completed.has(e.movementId),
    );
    for (const entry of [...(mine ? [mine] : []), ...orphans]) await markApplied(models, entry, levelId);
    if (!mine) return { movement: (await models.StockMovement.findById(movement._id).lean<StockMovementDoc>())!, level };
    return {
      movement: {
        ...movement,
        status: 'APPLIED',
        sequence: mine.sequence,
        appliedAt: mine.at,
        onHandAfter: mine.onHandAfter,
        avgCostAfterMinor: mine.avgCostAfterMinor,
      },
      level,
    };
  } finally {
    inFlight.delete(movementId);
  }
}

/** Movements of this process between steps 1 and 3, and those marked APPLIED whose level entry is not yet dropped. */
const inFlight = new Set<string>();
const completed = new Map<string, string>(); // movement id -> level id

function refusal(field: string[], message: string) {
  return new UserErrors([userError(field, message, 'INSUFFICIENT_STOCK')]);
}

async function currentLevel(models: InventoryModels, level: StockLevelDoc): Promise<StockLevelDoc> {
  return (await models.StockLevel.findById(level._id).lean<StockLevelDoc>()) ?? level;
}

/** Step 3: the movement takes the balances of its level entry and becomes APPLIED (idempotent). */
async function markApplied(models: InventoryModels, entry: StockLevelDoc['applied'][number], levelId: string): Promise<void> {
  await models.StockMovement.updateOne(
    { _id: entry.movementId, status: 'PENDING' },
    {
      $set: {
        status: 'APPLIED',
        sequence: entry.sequence,
        appliedAt: entry.at,
        onHandAfter: entry.onHandAfter,
        avgCostAfterMinor: entry.avgCostAfterMinor,
      },
    },
  );
  completed.set(entry.movementId, levelId);
}

/**
 * Moves units between two warehouses: a TRANSFER out of the source, then a TRANSFER into the
 * destination at the source's average cost. Both carry the transfer's key, so a retried transfer
 * (same idempotency key) completes the half that a crash left undone and repeats nothing.
 */
export async function transferStock(
  models: InventoryModels,
  input: {
    key?: string;
    productId: string;
    fromWarehouseId: string;
    toWarehouseId: string;
    quantity: number;
    reason?: string | null;
  },
): Promise<{ from: StockLevelDoc; to: StockLevelDoc }> {
  const key = input.key ?? randomUUID();
  const out = await applyMovement(models, {
    sourceKey: `transfer:${key}:out`,
    type: 'TRANSFER',
    productId: input.productId,
    warehouseId: input.fromWarehouseId,
    quantity: -input.quantity,
    reason: input.reason,
    reference: `transfer:${key}`,
  });
  const into = await applyMovement(models, {
    sourceKey: `transfer:${key}:in`,
    type: 'TRANSFER',
    productId: input.productId,
    warehouseId: input.toWarehouseId,
    quantity: input.quantity,
    unitCostMinor: out.movement.avgCostAfterMinor ?? out.level.avgCostMinor,
    reason: input.reason,
    reference: `transfer:${key}`,
  });
  return { from: await currentLevel(models, out.level), to: into.level };
}
