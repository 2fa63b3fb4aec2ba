import { userError, type UserError } from '../../../lib/errors';
import { divideHalfUp, parseMoneyInput } from '../../../lib/money';

/**
 * Moving (weighted) average cost, exact integer math.
 *
 * After a receipt of `quantity` units at `unitCostMinor` into a level holding `onHand` units at
 * `avgCostMinor`, the new average is
 *
 *     (onHand x avgCost + quantity x unitCost) / (onHand + quantity)
 *
 * computed with BigInt (no float, no overflow) and rounded HALF-UP to whole minor units (a
 * remainder of exactly one half rounds away from zero). When nothing is on hand before the
 * receipt (0, or negative after backorders) the old average carries no information and the new
 * average is the receipt's unit cost. Shipments, transfers out and adjustments out leave the
 * average unchanged (they leave at the average); an adjustment in without a cost comes in at the average.
 */
export function weightedAverageCost(onHand: number, avgCostMinor: number, quantity: number, unitCostMinor: number): number {
  if (!Number.isInteger(quantity) || quantity <= 0) throw new Error('weightedAverageCost: quantity must be a positive integer');
  if (!Number.isInteger(unitCostMinor) || unitCostMinor < 0)
    throw new Error('weightedAverageCost: cost must be a non-negative integer');
  if (onHand <= 0) return unitCostMinor;
  const numerator = BigInt(onHand) * BigInt(avgCostMinor) + BigInt(quantity) * BigInt(unitCostMinor);
  const denominator = BigInt(onHand + quantity);
  return Number(divideHalfUp(numerator, denominator));
}

export { divideHalfUp };

/**
 * What a level's stock is worth: on hand x moving-average cost, zero when nothing (or less, after
 * backorders) is on hand; exactly what valuation counts for it. A movement's value is this after
 * less before, so the movements' values add up to the valuation at any time.
 */
export function levelValue(onHand: number, avgCostMinor: number): number {
  return onHand > 0 ? stockValue(onHand, avgCostMinor) : 0;
}

/** Stock value in minor units: quantity x unit cost, exact (throws past the safe integer range). */
export function stockValue(quantity: number, unitCostMinor: number): number {
  const value = quantity * unitCostMinor;
  if (!Number.isSafeInteger(value)) throw new Error('Stock value is too large.');
  return value;
}

/** A cost given as input: a valid, non-negative amount in the tenant's cost currency. */
export function parseCost(
  money: { amount: string; currency: string },
  field: string[],
  costCurrency: string,
): { minor: number; errors: UserError[] } {
  const parsed = parseMoneyInput(money, field);
  if (parsed.error) return { minor: 0, errors: [parsed.error] };
  if (parsed.minor < 0) return { minor: 0, errors: [userError([...field, 'amount'], 'Cost must not be negative.', 'INVALID')] };
  if (money.currency !== costCurrency) {
    return {
      minor: 0,
      errors: [
        userError([...field, 'currency'], `Costs are kept in ${costCurrency}; got ${money.currency}.`, 'CURRENCY_MISMATCH'),
      ],
    };
  }
  return { minor: parsed.minor, errors: [] };
}
