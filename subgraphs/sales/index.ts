import { createSubgraphService, type SubgraphConfig, type SubgraphService } from '../../lib/subgraph';
import { subgraphTypeDefs } from '../../lib/schema';
import { salesLoaders } from './loaders';
import { salesModels, type SalesModels } from './models';
import { resolvers } from './resolvers';

/** The sales subgraph: sales orders, and each customer's orders. No side effects until called. */
export function createSalesSubgraph(config: SubgraphConfig): Promise<SubgraphService<SalesModels>> {
  return createSubgraphService(
    {
      name: 'sales',
      typeDefs: subgraphTypeDefs('sales'),
      resolvers: resolvers as never,
      models: salesModels,
      loaders: salesLoaders,
    },
    config,
  );
}
