import type { QueryResolvers } from '../__generated__/resolvers-types';
import { KPI_CATALOGUE } from '../domain/kpis';
import { businessHealth, kpiSeries } from '../services/health';
import { businessHealthChange } from '../services/changes';

export const Query: QueryResolvers = {
  businessHealth: (_, { period, compareTo }, { models }) => businessHealth(models, period, compareTo ?? 'PREVIOUS_PERIOD'),
  kpiSeries: (_, args, { models }) => kpiSeries(models, args),
  kpiCatalogue: () => [...KPI_CATALOGUE],
  businessHealthChange: (_, { id }, { events, tenantId }) => businessHealthChange(events.bus, tenantId, id),
};
