/**
 * Stock moves: what a movement may be, and what applying one does to a stock level. The ledger
 * (services/ledger.ts) applies exactly what `moveStock` decides, in one conditional write.
 */
import { userError, type UserError } from '../../../lib/errors';
import type { Transitions } from '../../../lib/state-machine';
import { checkPositiveInt, requireText } from '../../../lib/validation';
import { weightedAverageCost } from './costing';

export const MAX_STOCK_DELTA = 1_000_000;

export type MovementType = 'RECEIPT' | 'SHIPMENT' | 'TRANSFER' | 'ADJUSTMENT';
export type MovementStatus = 'PENDING' | 'APPLIED' | 'REJECTED';

/**
 * A movement is recorded PENDING, then APPLIED once its level counted it or REJECTED when the
 * level refused it. REJECTED -> APPLIED happens only when a concurrent twin with the same key
 * was counted by the level after this one was refused: the level is the truth.
 */
export const MOVEMENT_TRANSITIONS: Transitions<MovementStatus> = {
  PENDING: ['APPLIED', 'REJECTED'],
  REJECTED: ['APPLIED'],
  APPLIED: [],
};

export function validateStockDelta(delta: number, reason: string): UserError[] {
  const errors: UserError[] = [];
  if (!Number.isInteger(delta) || delta === 0 || Math.abs(delta) > MAX_STOCK_DELTA) {
    errors.push(
      userError(['input', 'delta'], `delta must be a non-zero whole number up to ${MAX_STOCK_DELTA} in size.`, 'INVALID'),
    );
  }
  errors.push(...requireText(reason ?? '', ['input', 'reason'], 500));
  return errors;
}

export function validateTransfer(input: {
  quantity: number;
  fromWarehouseId: string;
  toWarehouseId: string;
  reason?: string | null;
}): UserError[] {
  const errors = checkPositiveInt(input.quantity, ['input', 'quantity']);
  if (input.quantity > MAX_STOCK_DELTA) errors.push(userError(['input', 'quantity'], 'quantity is too large.', 'INVALID'));
  if (input.fromWarehouseId === input.toWarehouseId) {
    errors.push(userError(['input', 'toWarehouseId'], 'Source and destination must differ.', 'INVALID'));
  }
  errors.push(...requireText(input.reason, ['input', 'reason'], 500));
  return errors;
}

/** What of a stock level a movement changes. */
export interface LevelBalances {
  onHand: number;
  reserved: number;
  reservations: Array<{ ref: string; quantity: number }>;
  avgCostMinor: number;
}

export interface Move {
  type: MovementType;
  /** Signed change of on-hand units. */
  quantity: number;
  /** Inbound cost per unit; when absent, units come in at the level's average. */
  unitCostMinor?: number | null;
  /** The reservation entry an outbound move consumes (its units are freed for it first). */
  consumeRef?: string | null;
  /** Consume only this many of the entry's units (a part shipment); the rest stays held. Default: all. */
  consumeQuantity?: number | null;
  /** A SHIPMENT may drive on-hand below zero (the tenant allows backorders). */
  allowNegative?: boolean;
}

/**
 * The level after a move, or why it is refused. Units held for other orders are not free to
 * take: an outbound move needs `onHand - reserved` (after freeing its own reservation) to cover
 * it, so on-hand never goes below zero or below what is reserved, except a SHIPMENT that is
 * allowed to. Inbound units are averaged into the cost; outbound leave at the average.
 */
export function moveStock(level: LevelBalances, move: Move): { next: LevelBalances } | { refused: string } {
  const consumed = move.consumeRef ? level.reservations.find((r) => r.ref === move.consumeRef) : undefined;
  const taken = consumed ? Math.min(consumed.quantity, move.consumeQuantity ?? consumed.quantity) : 0;
  const reserved = level.reserved - taken;
  if (move.quantity < 0) {
    const free = level.onHand - reserved;
    const allowedNegative = move.allowNegative && move.type === 'SHIPMENT';
    if (!allowedNegative && free < -move.quantity) {
      return {
        refused: `Only ${Math.max(0, free)} available (${level.onHand} on hand, ${reserved} reserved); cannot take out ${-move.quantity}.`,
      };
    }
  }
  const avgCostMinor =
    move.quantity > 0
      ? weightedAverageCost(level.onHand, level.avgCostMinor, move.quantity, move.unitCostMinor ?? level.avgCostMinor)
      : level.avgCostMinor;
  return {
    next: {
      onHand: level.onHand + move.quantity,
      reserved,
      reservations: !consumed
        ? level.reservations
        : consumed.quantity > taken
          ? level.reservations.map((r) => (r === consumed ? { ...r, quantity: r.quantity - taken } : r))
          : level.reservations.filter((r) => r.ref !== consumed.ref),
      avgCostMinor,
    },
  };
}
