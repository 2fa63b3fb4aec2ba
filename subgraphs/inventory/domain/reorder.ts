import { userError, type UserError } from '../../../lib/errors';
import { checkPositiveInt } from '../../../lib/validation';

/** When to reorder a product in a warehouse, and from whom (kept on its stock level). */
export interface ReorderRule {
  /** Reorder when available falls to or below this. */
  min: number;
  /** How many units a suggested purchase order asks for. */
  quantity: number;
  supplierId?: string | null;
}

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

/** A reorder rule as given: a whole minimum >= 0 and a positive quantity to order. */
export function validateReorderRule(rule: { min: number; reorderQuantity: number }): UserError[] {
  const errors: UserError[] = [];
  if (!Number.isInteger(rule.min) || rule.min < 0)
    errors.push(userError(['input', 'rule', 'min'], 'min must be a whole number >= 0.', 'INVALID'));
  errors.push(...checkPositiveInt(rule.reorderQuantity, ['input', 'rule', 'reorderQuantity'], 'reorderQuantity'));
  return errors;
}
