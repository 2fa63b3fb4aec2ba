import { createSubgraphService, type SubgraphConfig, type SubgraphService } from '../../lib/subgraph';
import { subgraphTypeDefs } from '../../lib/schema';
import { financeLoaders } from './loaders';
import { financeModels, type FinanceModels } from './models';
import { resolvers } from './resolvers';

/** The finance subgraph: invoices and payments, and each customer's invoices. No side effects until called. */
export function createFinanceSubgraph(config: SubgraphConfig): Promise<SubgraphService<FinanceModels>> {
  return createSubgraphService(
    {
      name: 'finance',
      typeDefs: subgraphTypeDefs('finance'),
      resolvers: resolvers as never,
      models: financeModels,
      loaders: financeLoaders,
    },
    config,
  );
}
