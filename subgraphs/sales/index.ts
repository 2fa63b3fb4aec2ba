import { createSubgraphService, type SubgraphConfig, type SubgraphService } from '../../lib/subgraph';
import { subgraphTypeDefs } from '../../lib/schema';
import { salesConsumers } from './events';
import { salesLoaders } from './loaders';
import { salesModels, type SalesModels } from './models';
import { resolvers } from './resolvers';

/**
 * The sales subgraph: leads, pipelines, deals, forecasts, quotes and sales orders; adds each
 * customer's deals, quotes, orders and lifetime value. No side effects until called.
 */
export function createSalesSubgraph(config: SubgraphConfig): Promise<SubgraphService<SalesModels>> {
  return createSubgraphService(
    {
      name: 'sales',
      typeDefs: subgraphTypeDefs('sales'),
      resolvers: resolvers as never,
      models: salesModels,
      loaders: salesLoaders,
      events: {
        producers: (models) => [models.Order, models.Deal, models.Lead],
        consumers: salesConsumers,
      },
    },
    config,
  );
}
