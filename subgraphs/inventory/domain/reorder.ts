import type { ReorderRule } from '../models';

/** Units free to promise: on hand minus what is reserved for orders. */
export const availableOf = (level: { onHand: number; reserved: number }) => level.onHand - level.reserved;

/**
 * The reorder decision: a level with a rule is "low" when its available units are AT OR BELOW the
 * rule's minimum (ERPNext's reorder level). Without a rule it is never low.
 */
export function isLow(level: { onHand: number; reserved: number; reorder?: ReorderRule | null }): boolean {
  return Boolean(level.reorder) && availableOf(level) <= level.reorder!.min;
}

/**
 * Whether a purchase order should be suggested now: the level is low, the rule names a preferred
 * supplier, and no suggestion is open for this level yet (one open suggestion per product and warehouse).
 */
export function shouldSuggestPurchase(
  level: { onHand: number; reserved: number; reorder?: ReorderRule | null },
  hasOpenSuggestion: boolean,
): boolean {
  return isLow(level) && !hasOpenSuggestion;
}
