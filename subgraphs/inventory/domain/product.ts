/** Products: what a SKU may look like, the keys products are unique and sorted by, and the checks of a new or changed product. */
import { userError, type UserError } from '../../../lib/errors';
import { parseMoneyInput } from '../../../lib/money';
import { requireText } from '../../../lib/validation';

const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The unique form of a SKU: case and surrounding spaces do not make a new product. SKU_ASC sorts by it. */
export const skuKey = (sku: string) => sku.trim().toUpperCase();

/** The case-insensitive sort key of a product's name (lower-case, trimmed): NAME_ASC and NAME_DESC sort by it. */
export const nameKey = (name: string) => name.trim().toLowerCase();

interface MoneyInput {
  amount: string;
  currency: string;
}

/** A list price: a valid amount, not negative. */
function checkPrice(price: MoneyInput): { errors: UserError[]; priceMinor: number } {
  const parsed = parseMoneyInput(price, ['input', 'price']);
  if (parsed.error) return { errors: [parsed.error], priceMinor: 0 };
  if (parsed.minor < 0)
    return { errors: [userError(['input', 'price', 'amount'], 'Price must not be negative.', 'INVALID')], priceMinor: 0 };
  return { errors: [], priceMinor: parsed.minor };
}

export function validateProduct(input: { sku: string; name: string; price: MoneyInput; unit?: string | null }): {
  errors: UserError[];
  priceMinor: number;
} {
  const errors: UserError[] = [];
  if (!SKU.test(input.sku.trim())) {
    errors.push(userError(['input', 'sku'], 'SKU must be 1-64 letters, digits, dots, dashes or underscores.', 'INVALID'));
  }
  errors.push(...requireText(input.name, ['input', 'name']));
  const price = checkPrice(input.price);
  errors.push(...price.errors, ...requireText(input.unit, ['input', 'unit'], 16));
  return { errors, priceMinor: price.priceMinor };
}

/** A change of name, unit or price: each given field checked; `priceMinor` only when a price is given and valid. */
export function validateProductChange(input: { name?: string | null; unit?: string | null; price?: MoneyInput | null }): {
  errors: UserError[];
  priceMinor?: number;
} {
  const errors = [...requireText(input.name, ['input', 'name']), ...requireText(input.unit, ['input', 'unit'], 16)];
  if (!input.price) return { errors };
  const price = checkPrice(input.price);
  return { errors: [...errors, ...price.errors], priceMinor: price.errors.length ? undefined : price.priceMinor };
}
