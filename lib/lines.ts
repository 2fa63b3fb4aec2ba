import { userError, type UserError } from './errors';
import { isCurrency, lineTotal, parseMoneyInput, sum } from './money';
import { checkPositiveInt } from './validation';

export const MAX_LINES = 200;

export interface LineInput {
  quantity: number;
  unitPrice: { amount: string; currency: string };
}

export interface PricedAmounts {
  quantity: number;
  unitPriceMinor: number;
  totalMinor: number;
}

/**
 * Validates the lines of a document (order, invoice, quote) and prices them exactly in the
 * document's currency. Returns the priced lines (input order kept) or every userError found.
 */
export function priceLines<L extends LineInput>(
  currency: string,
  lines: L[],
): { lines: Array<L & PricedAmounts>; totalMinor: number; errors: UserError[] } {
  const errors: UserError[] = [];
  if (!isCurrency(currency)) errors.push(userError(['input', 'currency'], `Unknown currency "${currency}".`, 'INVALID'));
  if (lines.length === 0) errors.push(userError(['input', 'lines'], 'At least one line is required.', 'REQUIRED'));
  if (lines.length > MAX_LINES) errors.push(userError(['input', 'lines'], `At most ${MAX_LINES} lines.`, 'INVALID'));
  const priced: Array<L & PricedAmounts> = [];
  lines.forEach((line, i) => {
    const at = (field: string) => ['input', 'lines', String(i), field];
    const quantityErrors = checkPositiveInt(line.quantity, at('quantity'));
    errors.push(...quantityErrors);
    if (line.unitPrice.currency !== currency) {
      errors.push(
        userError(
          at('unitPrice'),
          `Unit price is in ${line.unitPrice.currency}, the document in ${currency}.`,
          'CURRENCY_MISMATCH',
        ),
      );
      return;
    }
    if (!isCurrency(currency)) return;
    const parsed = parseMoneyInput(line.unitPrice, at('unitPrice'));
    if (parsed.error) {
      errors.push({ ...parsed.error, field: at('unitPrice') });
      return;
    }
    const unit = parsed.minor;
    if (unit < 0) errors.push(userError(at('unitPrice'), 'Unit price must not be negative.', 'INVALID'));
    else if (!quantityErrors.length) priced.push({ ...line, unitPriceMinor: unit, totalMinor: lineTotal(unit, line.quantity) });
  });
  return { lines: priced, totalMinor: errors.length ? 0 : sum(priced.map((l) => l.totalMinor)), errors };
}
