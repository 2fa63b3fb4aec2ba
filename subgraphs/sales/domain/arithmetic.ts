/**
 * Exact integer arithmetic for sales amounts. Rates are basis points (1 % = 100 bps); every
 * product of an amount and a rate is computed with BigInt and rounded HALF-UP (away from zero
 * at exactly .5) to a whole minor unit, once, where the rule says so.
 */
import { badInput } from '../../../lib/errors';

export const BPS_PER_UNIT = 10_000;

/** amountMinor x bps / 10 000, rounded half-up (away from zero) to a minor unit. */
export function applyBps(amountMinor: number, bps: number): number {
  if (!Number.isSafeInteger(amountMinor) || !Number.isInteger(bps)) throw badInput('Amounts and rates must be integers.');
  const product = BigInt(amountMinor) * BigInt(bps);
  const divisor = BigInt(BPS_PER_UNIT);
  const negative = product < 0n;
  const abs = negative ? -product : product;
  let quotient = abs / divisor;
  if ((abs % divisor) * 2n >= divisor) quotient += 1n;
  const result = Number(negative ? -quotient : quotient);
  if (!Number.isSafeInteger(result)) throw badInput('Amount is too large.');
  return result;
}

/**
 * Parses a percentage given as a decimal string ("19", "7.5", "12.25") into basis points,
 * exactly; at most two decimals, between 0 and 100. Returns null when malformed or out of range.
 */
export function parsePercent(value: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!match) return null;
  const bps = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bps <= BPS_PER_UNIT ? bps : null;
}

/** Basis points as a percent string: 1950 -> "19.5", 1900 -> "19", 5 -> "0.05". */
export function formatPercent(bps: number): string {
  const whole = Math.trunc(bps / 100);
  let fraction = String(bps % 100).padStart(2, '0');
  while (fraction.endsWith('0')) fraction = fraction.slice(0, -1); // trailing zeros (no backtracking pattern)
  return fraction ? `${whole}.${fraction}` : String(whole);
}
