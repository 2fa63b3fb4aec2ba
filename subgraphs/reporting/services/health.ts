/**
 * The read side: `businessHealth` and `kpiSeries` from the daily facts (one range read, bounded by
 * days, never by orders) and the tenant document (one primary read). Period maths and formatting
 * are domain/kpis.ts's.
 */
import { createHash } from 'node:crypto';
import mongoose from 'mongoose';
import { badInput } from '../../../lib/errors';
import { currentTenantId } from '../../../lib/tenancy';
import {
  KPI_BY_METRIC,
  KPI_CATALOGUE,
  bucketStarts,
  changePercent,
  comparisonPeriod,
  dayOf,
  formatValue,
  metricValue,
  nextBucket,
  periodDays,
  type DailyValues,
  type KpiComparison,
  type KpiInterval,
  type KpiMetric,
} from '../domain/kpis';
import type { BusinessHealthModel, KpiSeriesModel, ReportingModels, TenantReportDoc } from '../models';

/** Until the tenant's first money event: ISO 4217's "no currency". */
export const NO_CURRENCY = 'XXX';
/** Most points one series returns. */
export const MAX_SERIES_POINTS = 400;

function checkPeriod(from: Date, to: Date): void {
  if (!(from instanceof Date) || !(to instanceof Date) || Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()))
    throw badInput('A period needs valid from and to instants.');
  if (from.getTime() >= to.getTime()) throw badInput('A period must end after it starts (to > from).');
}

async function readFacts(models: ReportingModels, untilDay: string, fromDay?: string): Promise<DailyValues> {
  return models.DailyFact.find({
    day: mongoose.trusted(fromDay ? { $gte: fromDay, $lt: untilDay } : { $lt: untilDay }),
  })
    .select({ _id: 0, day: 1, values: 1 })
    .sort({ day: 1 })
    .lean<Array<{ day: string; values: Record<KpiMetric, number> }>>();
}

const tenantReport = (models: ReportingModels) =>
  models.TenantReport.findOne({}).select({ currency: 1, asOf: 1 }).lean<Pick<TenantReportDoc, 'currency' | 'asOf'>>();

export async function businessHealth(
  models: ReportingModels,
  period: { from: Date; to: Date },
  compareTo: KpiComparison,
  now = new Date(),
): Promise<BusinessHealthModel> {
  checkPeriod(period.from, period.to);
  const previous = comparisonPeriod(period.from, period.to, compareTo);
  const current = periodDays(period.from, period.to);
  const before = periodDays(previous.from, previous.to);
  const untilDay = current.toDay > before.toDay ? current.toDay : before.toDay;
  const [facts, tenant] = await Promise.all([readFacts(models, untilDay), tenantReport(models)]);
  const currency = tenant?.currency ?? NO_CURRENCY;
  const today = dayOf(now);
  const kpis = KPI_CATALOGUE.map((definition) => {
    const value = metricValue(facts, definition.metric, current.fromDay, current.toDay, today);
    const previousValue = metricValue(facts, definition.metric, before.fromDay, before.toDay, today);
    const format = (v: number) => formatValue(definition.unit, v, currency);
    return {
      metric: definition.metric,
      definition,
      value: format(value),
      previousValue: format(previousValue),
      change: format(value - previousValue),
      changePercent: changePercent(value, previousValue),
    };
  });
  const id = createHash('sha256')
    .update(JSON.stringify([currentTenantId(), period.from.toISOString(), period.to.toISOString(), compareTo]))
    .digest('base64url')
    .slice(0, 24);
  return {
    id: `BusinessHealth:${id}`,
    from: period.from,
    to: period.to,
    compareTo,
    previousFrom: previous.from,
    previousTo: previous.to,
    currency,
    kpis,
    asOf: tenant?.asOf ?? null,
  };
}

export async function kpiSeries(
  models: ReportingModels,
  args: { metric: KpiMetric; interval: KpiInterval; from: Date; to: Date },
  now = new Date(),
): Promise<KpiSeriesModel> {
  checkPeriod(args.from, args.to);
  const definition = KPI_BY_METRIC.get(args.metric);
  if (!definition) throw badInput(`Unknown metric ${args.metric}.`);
  const { fromDay, toDay } = periodDays(args.from, args.to);
  const starts = bucketStarts(fromDay, toDay, args.interval);
  if (starts.length > MAX_SERIES_POINTS)
    throw badInput(`A series has at most ${MAX_SERIES_POINTS} points; this one would have ${starts.length}.`);
  const level = definition.aggregation === 'LEVEL';
  const [facts, tenant] = await Promise.all([readFacts(models, toDay, level ? undefined : fromDay), tenantReport(models)]);
  const currency = tenant?.currency ?? NO_CURRENCY;
  const today = dayOf(now);
  const points = starts.map((start) => {
    // Each bucket clipped to the period, so the points of a FLOW add up to its total.
    const from = start < fromDay ? fromDay : start;
    const next = nextBucket(start, args.interval);
    const until = next > toDay ? toDay : next;
    return {
      start: new Date(`${start}T00:00:00.000Z`),
      value: formatValue(definition.unit, metricValue(facts, args.metric, from, until, today), currency),
    };
  });
  return { metric: args.metric, interval: args.interval, definition, points };
}
