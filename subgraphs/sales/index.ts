import { ownerExists } from '../../lib/attachments';
import { subgraphTypeDefs } from '../../lib/schema';
import { createSubgraphService, type SubgraphConfig, type SubgraphDefinition, type SubgraphService } from '../../lib/subgraph';
import { salesConsumers } from './events/consume';
import { salesLoaders, type SalesLoaders } from './loaders';
import { salesModels, type SalesModels } from './models';
import { resolvers } from './resolvers';

/**
 * The sales subgraph: leads, pipelines, deals, forecasts, quotes and sales orders; adds each
 * customer's deals, quotes, orders and lifetime value.
 */
export const salesSubgraph: SubgraphDefinition<SalesModels, SalesLoaders> = {
  name: 'sales',
  typeDefs: subgraphTypeDefs('sales'),
  resolvers: resolvers as never,
  models: salesModels,
  attachments: (models) => ({ DEAL: ownerExists(models.Deal) }),
  loaders: salesLoaders,
  events: {
    producers: (models) => [models.Order, models.Deal, models.Lead, models.StockAlert, models.StockRecovery, models.Pipeline],
    consumers: salesConsumers,
  },
};

/** Runs the sales subgraph; no side effects until called. */
export const createSalesSubgraph = (config: SubgraphConfig): Promise<SubgraphService<SalesModels>> =>
  createSubgraphService(salesSubgraph, config);
