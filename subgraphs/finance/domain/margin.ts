import { divideHalfUp } from '../../../lib/money';

/** (revenue - cost) / revenue in percent with two decimals, rounded half-up; null without revenue. */
export function marginPercent(revenueMinor: number, cogsMinor: number): string | null {
  if (revenueMinor === 0) return null;
  const bps = Number(divideHalfUp(BigInt(revenueMinor - cogsMinor) * 10000n, BigInt(revenueMinor)));
  const sign = bps < 0 ? '-' : '';
  const abs = Math.abs(bps);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
