/**
 * Ageing of open amounts (receivables, payables): what each party owed at a moment, by days past
 * due, largest first, with the totals per bucket. Plain functions, integer minor units.
 */
import { agingBucket, type AgingBucket } from './ledger';

export const AGING_BUCKET_NAMES: AgingBucket[] = ['CURRENT', 'DAYS_1_30', 'DAYS_31_60', 'DAYS_61_90', 'OVER_90'];

export type Buckets = Record<AgingBucket, number>;

const emptyBuckets = (): Buckets => ({ CURRENT: 0, DAYS_1_30: 0, DAYS_31_60: 0, DAYS_61_90: 0, OVER_90: 0 });

export interface OpenAmount {
  partyId: string;
  partyName?: string | null;
  /** YYYY-MM-DD. */
  dueDate: string;
  /** What was still due at `at` (amounts of 0 or less are skipped). */
  dueMinor: number;
}

export interface AgingRow {
  partyId: string;
  partyName: string | null;
  buckets: Buckets;
  totalMinor: number;
}

/** Rows per party (largest total first, then by id) and the bucket totals over all of them. */
export function ageOpenAmounts(items: OpenAmount[], at: Date): { rows: AgingRow[]; totals: Buckets; totalMinor: number } {
  const byParty = new Map<string, AgingRow>();
  for (const item of items) {
    if (item.dueMinor <= 0) continue;
    const row = byParty.get(item.partyId) ?? { partyId: item.partyId, partyName: item.partyName ?? null, buckets: emptyBuckets(), totalMinor: 0 };
    row.buckets[agingBucket(item.dueDate, at)] += item.dueMinor;
    row.totalMinor += item.dueMinor;
    if (!row.partyName && item.partyName) row.partyName = item.partyName;
    byParty.set(item.partyId, row);
  }
  const rows = [...byParty.values()].sort((a, b) => b.totalMinor - a.totalMinor || a.partyId.localeCompare(b.partyId));
  const totals = emptyBuckets();
  for (const r of rows) for (const b of AGING_BUCKET_NAMES) totals[b] += r.buckets[b];
  return { rows, totals, totalMinor: rows.reduce((s, r) => s + r.totalMinor, 0) };
}
