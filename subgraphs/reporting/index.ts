import { subgraphTypeDefs } from '../../lib/schema';
import { createSubgraphService, type SubgraphConfig, type SubgraphDefinition, type SubgraphService } from '../../lib/subgraph';
import { reportingConsumers } from './events/consume';
import { reportingLoaders, type ReportingLoaders } from './loaders';
import { reportingModels, type ReportingModels } from './models';
import { resolvers } from './resolvers';

/**
 * The reporting subgraph: read models fed by the domain events and nothing else (it never reads
 * another subgraph's database). One consumer group turns each event into per-tenant daily facts
 * (domain/kpis.ts, the KPI catalogue) and the small state some KPIs need; `businessHealth` and
 * `kpiSeries` read the facts; `rebuildReports` derives them again from the event log; every change
 * goes out as `reporting.facts.changed` (`Subscription.businessHealthChanged`).
 */
export const reportingSubgraph: SubgraphDefinition<ReportingModels, ReportingLoaders> = {
  name: 'reporting',
  typeDefs: subgraphTypeDefs('reporting'),
  resolvers: resolvers as never,
  models: reportingModels,
  loaders: reportingLoaders,
  events: {
    producers: (models) => [models.TenantReport],
    consumers: reportingConsumers,
  },
};

/** Runs the reporting subgraph; no side effects until called. */
export const createReportingSubgraph = (config: SubgraphConfig): Promise<SubgraphService<ReportingModels>> =>
  createSubgraphService(reportingSubgraph, config);
