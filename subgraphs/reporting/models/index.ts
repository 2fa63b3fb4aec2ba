/**
 * The reporting models: read models derived from the domain events, one file per collection,
 * registered here. Nothing else opens a collection of the reporting database.
 */
import type { Connection } from 'mongoose';
import type { KpiComparison, KpiDefinition, KpiInterval, KpiMetric } from '../domain/kpis';
import { dailyFactModel } from './daily-fact';
import { reportSubjectModel } from './subject';
import { tenantReportModel } from './tenant-report';

export * from './daily-fact';
export * from './subject';
export * from './tenant-report';

export function reportingModels(connection: Connection) {
  return {
    DailyFact: dailyFactModel(connection),
    ReportSubject: reportSubjectModel(connection),
    TenantReport: tenantReportModel(connection),
  };
}
export type ReportingModels = ReturnType<typeof reportingModels>;

/** Views the resolvers read (computed, not stored). */
export interface KpiModel {
  metric: KpiMetric;
  definition: KpiDefinition;
  value: string;
  previousValue: string;
  change: string;
  changePercent: string | null;
}

export interface BusinessHealthModel {
  id: string;
  from: Date;
  to: Date;
  compareTo: KpiComparison;
  previousFrom: Date;
  previousTo: Date;
  currency: string;
  kpis: KpiModel[];
  asOf: Date | null;
}

export interface KpiSeriesModel {
  metric: KpiMetric;
  interval: KpiInterval;
  definition: KpiDefinition;
  points: Array<{ start: Date; value: string }>;
}

export interface BusinessHealthChangeModel {
  id: string;
  metrics: KpiMetric[];
  eventType: string;
  occurredAt: Date;
}
