import type { BusinessHealthResolvers } from '../__generated__/resolvers-types';

export const BusinessHealth: BusinessHealthResolvers = {
  kpi: (health, { metric }) => health.kpis.find((k) => k.metric === metric) ?? null,
};
