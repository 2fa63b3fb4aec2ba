import { userError, type UserError } from '../../../lib/errors';
import { isCurrency, parseMoneyInput, sum } from '../../../lib/money';
import { MAX_LINES } from '../../../lib/lines';
import type { Transitions } from '../../../lib/state-machine';
import { checkPositiveInt } from '../../../lib/validation';
import { applyBps, parsePercent } from './arithmetic';

export type QuoteStatus = 'DRAFT' | 'SENT' | 'ACCEPTED' | 'REJECTED' | 'EXPIRED';

/**
 * The quote lifecycle: DRAFT -> SENT -> ACCEPTED | REJECTED | EXPIRED; the last three are final. A
 * draft is REJECTED too when its deal is lost (it was never sent, and will not be).
 */
export const QUOTE_TRANSITIONS: Transitions<QuoteStatus> = {
  DRAFT: ['SENT', 'REJECTED'],
  SENT: ['ACCEPTED', 'REJECTED', 'EXPIRED'],
  ACCEPTED: [],
  REJECTED: [],
  EXPIRED: [],
};

export interface QuoteLineAmounts {
  quantity: number;
  unitPriceMinor: number;
  discountBps: number;
  taxRateBps: number;
}

export interface PricedQuoteLine extends QuoteLineAmounts {
  /** quantity x unit price. */
  grossMinor: number;
  /** gross x discount, rounded half-up. */
  discountMinor: number;
  /** gross - discount. */
  netMinor: number;
  /** net x tax rate, rounded half-up. */
  taxMinor: number;
  /** net + tax. */
  totalMinor: number;
}

export interface QuoteTotals {
  subtotalMinor: number;
  discountMinor: number;
  taxMinor: number;
  totalMinor: number;
}

/**
 * Prices one line exactly. Rounding rule: per line, the discount is rounded half-up to a minor
 * unit, then the tax on the discounted net is rounded half-up; document totals are the sums of
 * the rounded line amounts (so the lines always add up to the totals shown).
 */
export function priceQuoteLine(line: QuoteLineAmounts): PricedQuoteLine {
  const grossMinor = line.unitPriceMinor * line.quantity;
  if (!Number.isSafeInteger(grossMinor)) throw new RangeError('Line total is too large.');
  const discountMinor = applyBps(grossMinor, line.discountBps);
  const netMinor = grossMinor - discountMinor;
  const taxMinor = applyBps(netMinor, line.taxRateBps);
  return { ...line, grossMinor, discountMinor, netMinor, taxMinor, totalMinor: netMinor + taxMinor };
}

export function quoteTotals(lines: readonly PricedQuoteLine[]): QuoteTotals {
  return {
    subtotalMinor: sum(lines.map((l) => l.grossMinor)),
    discountMinor: sum(lines.map((l) => l.discountMinor)),
    taxMinor: sum(lines.map((l) => l.taxMinor)),
    totalMinor: sum(lines.map((l) => l.totalMinor)),
  };
}

export interface QuoteLineInput {
  productId: string;
  description?: string | null;
  quantity: number;
  unitPrice?: { amount: string; currency: string } | null;
  discountPercent?: string | null;
  taxRatePercent?: string | null;
}

/** What sales knows of an inventory product (from `inventory.product.upserted`). */
export interface KnownProduct {
  productId: string;
  sku: string;
  name: string;
  priceMinor: number;
  currency: string;
}

export interface StoredQuoteLine extends PricedQuoteLine {
  productId: string;
  description: string;
}

/**
 * Validates and prices a quote's lines. A line without `unitPrice` takes the product's list price
 * as last published by inventory; when that is unknown yet (or in another currency), the line
 * needs an explicit price (a userError says so). Returns every userError found.
 */
export function priceQuoteLines(
  currency: string,
  lines: readonly QuoteLineInput[],
  products: ReadonlyMap<string, KnownProduct>,
): { lines: StoredQuoteLine[]; totals: QuoteTotals; errors: UserError[] } {
  const errors: UserError[] = [];
  if (!isCurrency(currency)) errors.push(userError(['input', 'currency'], `Unknown currency "${currency}".`, 'INVALID'));
  if (lines.length === 0) errors.push(userError(['input', 'lines'], 'At least one line is required.', 'REQUIRED'));
  if (lines.length > MAX_LINES) errors.push(userError(['input', 'lines'], `At most ${MAX_LINES} lines.`, 'INVALID'));
  const priced: StoredQuoteLine[] = [];
  lines.forEach((line, i) => {
    const at = (f: string) => ['input', 'lines', String(i), f];
    const lineErrors: UserError[] = [];
    if (!line.productId.trim()) lineErrors.push(userError(at('productId'), 'productId is required.', 'REQUIRED'));
    lineErrors.push(...checkPositiveInt(line.quantity, at('quantity')));
    const known = products.get(line.productId);
    let unitPriceMinor: number | undefined;
    if (line.unitPrice) {
      if (line.unitPrice.currency !== currency) {
        lineErrors.push(
          userError(
            at('unitPrice'),
            `Unit price is in ${line.unitPrice.currency}, the quote in ${currency}.`,
            'CURRENCY_MISMATCH',
          ),
        );
      } else {
        const parsed = parseMoneyInput(line.unitPrice, at('unitPrice'));
        if (parsed.error) lineErrors.push({ ...parsed.error, field: at('unitPrice') });
        else if (parsed.minor < 0) lineErrors.push(userError(at('unitPrice'), 'Unit price must not be negative.', 'INVALID'));
        else unitPriceMinor = parsed.minor;
      }
    } else if (!known) {
      lineErrors.push(
        userError(
          at('unitPrice'),
          `Product ${line.productId} has no known list price yet: give the unit price explicitly.`,
          'REQUIRED',
        ),
      );
    } else if (known.currency !== currency) {
      lineErrors.push(
        userError(
          at('unitPrice'),
          `Product ${line.productId} is priced in ${known.currency}: give the unit price in ${currency}.`,
          'CURRENCY_MISMATCH',
        ),
      );
    } else unitPriceMinor = known.priceMinor;
    const discountBps = line.discountPercent == null ? 0 : parsePercent(line.discountPercent);
    if (discountBps === null)
      lineErrors.push(userError(at('discountPercent'), 'Discount is a percentage 0..100 with at most 2 decimals.', 'INVALID'));
    const taxRateBps = line.taxRatePercent == null ? 0 : parsePercent(line.taxRatePercent);
    if (taxRateBps === null)
      lineErrors.push(userError(at('taxRatePercent'), 'Tax rate is a percentage 0..100 with at most 2 decimals.', 'INVALID'));
    const description = line.description?.trim() || known?.name || known?.sku || line.productId;
    if (description.length > 500)
      lineErrors.push(userError(at('description'), 'description must be at most 500 characters.', 'INVALID'));
    errors.push(...lineErrors);
    if (lineErrors.length || unitPriceMinor === undefined) return;
    const amounts = priceQuoteLine({
      quantity: line.quantity,
      unitPriceMinor,
      discountBps: discountBps!,
      taxRateBps: taxRateBps!,
    });
    if (!Number.isSafeInteger(amounts.totalMinor)) errors.push(userError(at('quantity'), 'Line total is too large.', 'INVALID'));
    else priced.push({ productId: line.productId, description, ...amounts });
  });
  const totals = errors.length ? { subtotalMinor: 0, discountMinor: 0, taxMinor: 0, totalMinor: 0 } : quoteTotals(priced);
  return { lines: priced, totals, errors };
}

export const todayUtc = (now = new Date()) => now.toISOString().slice(0, 10);

/** The date a quote's lines must be able to ship by: its validUntil, else today (UTC). */
export const promiseDate = (quote: { validUntil?: string | null }, now = new Date()) => quote.validUntil || todayUtc(now);

/** The reference inventory answers (`PromiseCheck`): this many units of this product by this date. */
export const promiseCheck = (productId: string, quantity: number, needBy: string) => ({ productId, quantity, needBy });
