import { userError, type UserError } from '../../../lib/errors';
import { parseMoneyInput } from '../../../lib/money';
import { requireText } from '../../../lib/validation';

const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const MAX_STOCK_DELTA = 1_000_000;

/** The unique form of a SKU: case and surrounding spaces do not make a new product. */
export const skuKey = (sku: string) => sku.trim().toUpperCase();

export function validateProduct(input: { sku: string; name: string; price: { amount: string; currency: string } }): {
  errors: UserError[];
  priceMinor: number;
} {
  const errors: UserError[] = [];
  if (!SKU.test(input.sku.trim())) {
    errors.push(userError(['input', 'sku'], 'SKU must be 1-64 letters, digits, dots, dashes or underscores.', 'INVALID'));
  }
  errors.push(...requireText(input.name, ['input', 'name']));
  const price = parseMoneyInput(input.price, ['input', 'price']);
  if (price.error) errors.push(price.error);
  else if (price.minor < 0) errors.push(userError(['input', 'price', 'amount'], 'Price must not be negative.', 'INVALID'));
  const priceMinor = price.error ? 0 : price.minor;
  return { errors, priceMinor };
}

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
