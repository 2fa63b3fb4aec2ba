/**
 * Exact tax and discount arithmetic. Amounts are integer minor units, rates are integer basis
 * points (1900 = 19 %). Rounding is HALF-UP (away from zero on .5), once per line, with BigInt
 * intermediates so no product ever leaves the exact integer range.
 */
import { userError, type UserError } from '../../../lib/errors';

/** a / b rounded half-up (away from zero), exactly. b > 0. */
export function divRoundHalfUp(a: bigint, b: bigint): bigint {
  if (b <= 0n) throw new Error('divisor must be positive');
  const negative = a < 0n;
  const abs = negative ? -a : a;
  const q = (abs * 2n + b) / (b * 2n);
  return negative ? -q : q;
}

/** `amount x bps / 10000`, rounded half-up. */
export function applyBps(amountMinor: number, bps: number): number {
  return Number(divRoundHalfUp(BigInt(amountMinor) * BigInt(bps), 10000n));
}

/**
 * Parses a percent given as a decimal string ("19", "7.5", "0.25") into basis points, exactly.
 * More than two decimals, negatives or above 100 % are refused.
 */
export function parsePercent(value: string, field: string[]): { bps: number; error?: UserError } {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!match)
    return {
      bps: 0,
      error: userError(field, `Invalid percent "${value}": use a decimal string such as "19" or "7.5".`, 'INVALID'),
    };
  const bps = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (bps > 10000) return { bps: 0, error: userError(field, 'A percent must be between 0 and 100.', 'INVALID') };
  return { bps };
}

export const formatPercent = (bps: number) => {
  const whole = Math.floor(bps / 100);
  const frac = bps % 100;
  return frac ? `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}` : String(whole);
};

export interface TaxedAmounts {
  /** Before discount: unit price x quantity. */
  grossMinor: number;
  discountMinor: number;
  /** Net of tax, after discount. */
  netMinor: number;
  taxMinor: number;
  /** net + tax. */
  totalMinor: number;
}

/**
 * Prices one line. With `inclusive` the (discounted) price already contains the tax and the net
 * is carved out of it (net = round(total x 10000 / (10000 + rate))); otherwise tax is added on top.
 * Either way net + tax = total exactly.
 */
export function taxLine(
  unitMinor: number,
  quantity: number,
  discountBps: number,
  taxRateBps: number,
  inclusive: boolean,
): TaxedAmounts {
  const grossMinor = unitMinor * quantity;
  if (!Number.isSafeInteger(grossMinor)) throw new RangeError('Line total is too large.');
  const discountMinor = applyBps(grossMinor, discountBps);
  const afterDiscount = grossMinor - discountMinor;
  if (inclusive) {
    const netMinor = Number(divRoundHalfUp(BigInt(afterDiscount) * 10000n, BigInt(10000 + taxRateBps)));
    return { grossMinor, discountMinor, netMinor, taxMinor: afterDiscount - netMinor, totalMinor: afterDiscount };
  }
  const taxMinor = applyBps(afterDiscount, taxRateBps);
  return { grossMinor, discountMinor, netMinor: afterDiscount, taxMinor, totalMinor: afterDiscount + taxMinor };
}

/** Sums line amounts into document totals. */
export function sumTaxed(lines: TaxedAmounts[]): TaxedAmounts {
  const total = { grossMinor: 0, discountMinor: 0, netMinor: 0, taxMinor: 0, totalMinor: 0 };
  for (const l of lines) {
    total.grossMinor += l.grossMinor;
    total.discountMinor += l.discountMinor;
    total.netMinor += l.netMinor;
    total.taxMinor += l.taxMinor;
    total.totalMinor += l.totalMinor;
  }
  for (const v of Object.values(total)) if (!Number.isSafeInteger(v)) throw new RangeError('Total is too large.');
  return total;
}
