/**
 * Each subgraph's factory, loading the subgraph's code on first use: a one-service process
 * (scripts/serve.ts) loads only its own subgraph, which halves its start-up; the in-process
 * platform (scripts/platform.ts) loads all of them.
 */
import type { SubgraphName } from '../lib/env';
import type { SubgraphConfig, SubgraphService } from '../lib/subgraph';

export const SUBGRAPH_FACTORIES: Record<SubgraphName, (config: SubgraphConfig) => Promise<SubgraphService<any>>> = {
  customers: async (config) => (await import('../subgraphs/customers')).createCustomersSubgraph(config),
  sales: async (config) => (await import('../subgraphs/sales')).createSalesSubgraph(config),
  finance: async (config) => (await import('../subgraphs/finance')).createFinanceSubgraph(config),
  inventory: async (config) => (await import('../subgraphs/inventory')).createInventorySubgraph(config),
  hr: async (config) => (await import('../subgraphs/hr')).createHrSubgraph(config),
  identity: async (config) => (await import('../subgraphs/identity')).createIdentitySubgraph(config),
  operations: async (config) => (await import('../subgraphs/operations')).createOperationsSubgraph(config),
  reporting: async (config) => (await import('../subgraphs/reporting')).createReportingSubgraph(config),
};
