import { sum } from '../../../lib/money';
import { applyBps } from './arithmetic';

export type ForecastGroupBy = 'MONTH' | 'OWNER';

/** Forecast categories, by the win probability of the deal's current stage. */
export const COMMIT_MIN_BPS = 7500;
export const BEST_CASE_MIN_BPS = 5000;

/** What the forecast needs of a deal: amount in the tenant currency and its stage's probability. */
export interface ForecastDeal {
  id: string;
  status: 'OPEN' | 'WON' | 'LOST';
  amountMinor: number;
  /** Probability of the deal's current stage, basis points. */
  probabilityBps: number;
  ownerId?: string | null;
  /** YYYY-MM-DD: expected close date for OPEN deals, the close date for WON ones. */
  closeDate: string;
}

export interface ForecastBucket {
  /** `2026-03` for MONTH, the owner's id (or `UNASSIGNED`) for OWNER. */
  key: string;
  dealIds: string[];
  /** Sum of the OPEN deals' amounts. */
  pipelineMinor: number;
  /** Sum over OPEN deals of amount x probability, each rounded half-up to a minor unit first. */
  weightedMinor: number;
  /** OPEN deals in stages of probability >= 50 %. */
  bestCaseMinor: number;
  /** OPEN deals in stages of probability >= 75 %. */
  commitMinor: number;
  /** WON deals closed in the period. */
  wonMinor: number;
}

export const UNASSIGNED = 'UNASSIGNED';

/**
 * The forecast of deals whose close date lies in [from, to] (inclusive, YYYY-MM-DD), grouped by
 * month of the close date or by owner. LOST deals count nowhere. Rounding rule: each deal's
 * weighted amount is rounded half-up to a minor unit ONCE; buckets and the total are plain sums of
 * those rounded amounts, so the figures reconcile exactly with the deals listed in each bucket.
 * Buckets come sorted by key.
 */
export function forecast(deals: readonly ForecastDeal[], from: string, to: string, groupBy: ForecastGroupBy) {
  const buckets = new Map<string, ForecastDeal[]>();
  for (const deal of deals) {
    if (deal.status === 'LOST' || deal.closeDate < from || deal.closeDate > to) continue;
    const key = groupBy === 'MONTH' ? deal.closeDate.slice(0, 7) : (deal.ownerId ?? UNASSIGNED);
    buckets.set(key, [...(buckets.get(key) ?? []), deal]);
  }
  const toBucket = (key: string, group: readonly ForecastDeal[]): ForecastBucket => {
    const open = group.filter((d) => d.status === 'OPEN');
    return {
      key,
      dealIds: group.map((d) => d.id),
      pipelineMinor: sum(open.map((d) => d.amountMinor)),
      weightedMinor: sum(open.map((d) => applyBps(d.amountMinor, d.probabilityBps))),
      bestCaseMinor: sum(open.filter((d) => d.probabilityBps >= BEST_CASE_MIN_BPS).map((d) => d.amountMinor)),
      commitMinor: sum(open.filter((d) => d.probabilityBps >= COMMIT_MIN_BPS).map((d) => d.amountMinor)),
      wonMinor: sum(group.filter((d) => d.status === 'WON').map((d) => d.amountMinor)),
    };
  };
  const periods = [...buckets.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, g]) => toBucket(k, g));
  const total = toBucket('TOTAL', [...buckets.values()].flat());
  return { periods, total };
}
