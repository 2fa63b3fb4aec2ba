/**
 * The stock ledger: every change of on-hand stock is an immutable StockMovement, and a StockLevel's
 * `onHand` (and moving-average cost) is derived from the movements applied to it.
 *
 * Crash safety without transactions (a movement and its level are two documents):
 *
 * 1. The movement is recorded FIRST, status PENDING, under a unique `sourceKey` (the caller's
 *    idempotency key: an event-derived key such as `ship:<orderId>:<n>`, a receipt id, a client's
 *    idempotencyKey, or a fresh UUID): `findOrCreate` for a caller's key, so a retry of the same
 *    move finds the existing record instead of creating a second one.
 * 2. The level applies it in ONE versioned write (services/levels.ts) that also appends an
 *    `applied` entry `{ movementId, sequence, at, onHandAfter, avgCostAfterMinor }`. The level
 *    refuses to apply a movement id that is already in `applied`, or that is already APPLIED in
 *    the ledger (read again in the decision when the key is the caller's: a retry or a concurrent
 *    twin may have applied it and its entry may be gone), so nothing is ever counted twice. If the
 *    move would break an invariant (domain/stock.ts), nothing changes on the level and the
 *    movement becomes REJECTED (final: retrying the same key gives the same refusal).
 * 3. The movement is marked APPLIED with the values from that entry (`updateWhere`, conditional
 *    on not being APPLIED yet); the next write of the level by this process drops entries whose
 *    movements it has marked APPLIED (keeping the array small without an extra write). An entry
 *    left behind by a crash between 2 and 3 (or by another process) is completed by the next
 *    movement that touches that level; a retry of the same key completes it too.
 *
 * So at every instant: level.onHand = sum of quantities of its APPLIED movements plus those whose
 * id is in `level.applied` (an entry is only dropped after its movement is durably APPLIED); a
 * crash anywhere loses nothing and counts nothing twice. A PENDING movement that never reached its
 * level (crash between 1 and 2) counts nowhere; a retry with the same key applies it. Ledger reads
 * (history, valuation) use APPLIED movements only, ordered per level by `sequence` (the level's
 * version right after the movement).
 */
import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { findOrCreate, insert, updateWhere } from '../../../lib/write';
import { levelValue } from '../domain/costing';
import { moveStock, type Move } from '../domain/stock';
import { stockMoved } from '../events/publish';
import type { AppliedEntry, InventoryModels, StockLevelDoc, StockMovementDoc } from '../models';
import { currentLevel, updateLevel } from './levels';
import { getSettings } from './settings';

/** A move (domain/stock.ts: type, signed quantity, inbound cost, consumed reservation, backorder) and where it goes. */
export interface MovementInput extends Move {
  sourceKey?: string;
  productId: string;
  warehouseId: string;
  reason?: string | null;
  reference?: string | null;
  /** Shipment: the customer; receipt: the supplier (carried to finance's postings). */
  partyId?: string | null;
  /** userError field path for a refusal. */
  field?: string[];
}

export interface MovementResult {
  movement: StockMovementDoc;
  level: StockLevelDoc;
}

const refusal = (field: string[], message: string) => new UserErrors([userError(field, message, 'INSUFFICIENT_STOCK')]);

export async function applyMovement(models: InventoryModels, input: MovementInput): Promise<MovementResult> {
  // Only a caller who gave the key can race another call on the same movement.
  const shared = input.sourceKey !== undefined;
  const sourceKey = input.sourceKey ?? randomUUID();
  const field = input.field ?? ['input', 'quantity'];
  const fields = {
    type: input.type,
    status: 'PENDING',
    productId: input.productId,
    warehouseId: input.warehouseId,
    quantity: input.quantity,
    unitCostMinor: input.unitCostMinor ?? null,
    reason: input.reason ?? null,
    reference: input.reference ?? null,
    partyId: input.partyId ?? null,
  } as const;
  // A fresh key names no movement yet: only a caller's key can find one already recorded.
  const movement = shared
    ? (await findOrCreate<StockMovementDoc>(models.StockMovement, { sourceKey }, () => fields)).doc
    : await insert<StockMovementDoc>(models.StockMovement, { ...fields, sourceKey });
  if (movement.status === 'REJECTED') throw refusal(field, movement.reason ?? 'The movement was refused.');
  const movementId = movement._id.toString();
  let refusedBecause: string | undefined;
  track(movementId, +1);
  try {
    const level = await updateLevel(models, movement.productId, movement.warehouseId, async (current) => {
      if (current.applied.some((e) => e.movementId === movementId)) return null;
      const { status, reason } = shared ? await ledgerStatus(models, movement) : movement;
      if (status === 'APPLIED') return null;
      if (status === 'REJECTED') throw refusal(field, reason ?? 'The movement was refused.');
      const decision = moveStock(current, {
        type: movement.type,
        quantity: movement.quantity,
        unitCostMinor: movement.unitCostMinor,
        consumeRef: input.consumeRef,
        consumeQuantity: input.consumeQuantity,
        allowNegative: input.allowNegative,
      });
      if ('refused' in decision) {
        refusedBecause = decision.refused;
        throw refusal(field, decision.refused);
      }
      const { next } = decision;
      const entry = {
        movementId,
        sequence: current.version + 1,
        at: new Date(),
        onHandAfter: next.onHand,
        avgCostAfterMinor: next.avgCostMinor,
        valueMinor: levelValue(next.onHand, next.avgCostMinor) - levelValue(current.onHand, current.avgCostMinor),
      };
      // Entries whose movements this process already marked APPLIED are dropped here (step 3).
      return { ...next, applied: [...current.applied.filter((e) => !completed.has(e.movementId)), entry] };
    }).catch(async (err) => {
      if (refusedBecause && err instanceof UserErrors) {
        await updateWhere(
          models.StockMovement,
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
        valueMinor: mine.valueMinor ?? null,
      },
      level,
    };
  } finally {
    track(movementId, -1);
  }
}

/**
 * Movements of this process between steps 1 and 3 (counted: two calls may share a key), and
 * those it marked APPLIED whose level entry is not yet dropped (movement id -> level id).
 * Bookkeeping only: correctness never depends on it, since every process reads the level and
 * the ledger before it writes.
 */
const inFlight = new Map<string, number>();
const completed = new Map<string, string>();

function track(movementId: string, delta: 1 | -1) {
  const count = (inFlight.get(movementId) ?? 0) + delta;
  if (count > 0) inFlight.set(movementId, count);
  else inFlight.delete(movementId);
}

/** The movement's status in the ledger now. */
async function ledgerStatus(models: InventoryModels, movement: StockMovementDoc) {
  const fresh = await models.StockMovement.findById(movement._id)
    .select({ status: 1, reason: 1 })
    .lean<Pick<StockMovementDoc, 'status' | 'reason'>>();
  return fresh ?? movement;
}

/**
 * Step 3: the movement takes the balances of its level entry and becomes APPLIED, and its
 * `inventory.stock.moved` event (with the value it moved, for the ledger) is stored by that same
 * conditional write, so it is emitted exactly once however often step 3 runs. The entry is the
 * truth: it wins over a REJECTED that a concurrent twin's refusal wrote meanwhile.
 */
async function markApplied(models: InventoryModels, entry: AppliedEntry, levelId: string): Promise<void> {
  const movement = await models.StockMovement.findById(entry.movementId).select({ outbox: 0 }).lean<StockMovementDoc>();
  if (movement && movement.status !== 'APPLIED') {
    const { costCurrency } = await getSettings(models);
    // Entries written before values were recorded: the movement's units at its cost.
    const valueMinor = entry.valueMinor ?? movement.quantity * (movement.unitCostMinor ?? entry.avgCostAfterMinor);
    await updateWhere(
      models.StockMovement,
      { _id: entry.movementId, status: mongoose.trusted({ $in: ['PENDING', 'REJECTED'] }) },
      {
        $set: {
          status: 'APPLIED',
          sequence: entry.sequence,
          appliedAt: entry.at,
          onHandAfter: entry.onHandAfter,
          avgCostAfterMinor: entry.avgCostAfterMinor,
          valueMinor,
        },
        events: [stockMoved(movement, { ...entry, valueMinor }, costCurrency)],
      },
    );
  }
  completed.set(entry.movementId, levelId);
}

/**
 * Moves units between two warehouses: a TRANSFER out of the source, then a TRANSFER into the
 * destination at the source's average cost. With the caller's key, both halves carry it, so a
 * retried transfer (same idempotency key) completes the half that a crash left undone and
 * repeats nothing; without one, nothing can retry it and each half has a key of its own.
 */
export async function transferBetween(
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
  const keyOf = (half: 'out' | 'in') => (input.key === undefined ? undefined : `transfer:${key}:${half}`);
  const out = await applyMovement(models, {
    sourceKey: keyOf('out'),
    type: 'TRANSFER',
    productId: input.productId,
    warehouseId: input.fromWarehouseId,
    quantity: -input.quantity,
    reason: input.reason,
    reference: `transfer:${key}`,
  });
  const into = await applyMovement(models, {
    sourceKey: keyOf('in'),
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
