/**
 * Money is integer minor units plus an ISO-4217 currency; never a float.
 * Over the API it is `{ amount: "1234.50", currency: "EUR" }`.
 */
import { badInput, userError, type UserError } from './errors';

export interface Money {
  /** Integer minor units (cents for EUR, yen for JPY). */
  minor: number;
  currency: string;
}

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
/** ISO-4217 minor-unit exponents that are not 2. */
const EXPONENT_EXCEPTIONS: Record<string, number> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
};

export function isCurrency(code: unknown): code is string {
  return typeof code === 'string' && /^[A-Z]{3}$/.test(code) && KNOWN_CURRENCIES.has(code);
}

export function currencyExponent(currency: string): number {
  return EXPONENT_EXCEPTIONS[currency] ?? 2;
}

/** Parses a decimal string ("12.5", "-3.00") into minor units; refuses floats' rounding and excess precision. */
export function parseAmount(amount: string, currency: string): number {
  if (!isCurrency(currency)) throw badInput(`Unknown currency "${currency}": use an ISO-4217 code such as EUR.`);
  const match = /^(-)?(\d{1,15})(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) throw badInput(`Invalid amount "${amount}": use a decimal string such as "1234.50".`);
  const exponent = currencyExponent(currency);
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > exponent) {
    throw badInput(`Amount "${amount}" has more than ${exponent} decimal places for ${currency}.`);
  }
  const minor = Number(whole) * 10 ** exponent + Number(fraction.padEnd(exponent, '0') || '0');
  if (!Number.isSafeInteger(minor)) throw badInput(`Amount "${amount}" is too large.`);
  return sign ? -minor : minor;
}

export function formatAmount(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const sign = minor < 0 ? '-' : '';
  const digits = Math.abs(minor)
    .toString()
    .padStart(exponent + 1, '0');
  return exponent === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** The GraphQL `Money` object for stored minor units. */
export function toMoney(minor: number, currency: string): { amount: string; currency: string } {
  return { amount: formatAmount(minor, currency), currency };
}

/** Multiplies a unit price by an integer quantity, exactly. */
export function lineTotal(unitMinor: number, quantity: number): number {
  const total = unitMinor * quantity;
  if (!Number.isSafeInteger(total)) throw badInput('Line total is too large.');
  return total;
}

export function sum(values: number[]): number {
  const total = values.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(total)) throw badInput('Total is too large.');
  return total;
}

/** Parses a `MoneyInput` of a mutation: minor units, or the userError naming the field at fault. */
export function parseMoneyInput(
  money: { amount: string; currency: string },
  field: string[],
): { minor: number; error?: undefined } | { error: UserError } {
  if (!isCurrency(money.currency)) {
    return { error: userError([...field, 'currency'], `Unknown currency "${money.currency}".`, 'INVALID') };
  }
  try {
    return { minor: parseAmount(money.amount, money.currency) };
  } catch (err) {
    return { error: userError([...field, 'amount'], (err as Error).message, 'INVALID') };
  }
}

/** n / d rounded half-up (away from zero on an exact half), d > 0: exact integer division for money. */
export function divideHalfUp(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new Error('divideHalfUp: divisor must be positive');
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const q = (2n * abs + d) / (2n * d);
  return negative ? -q : q;
}
