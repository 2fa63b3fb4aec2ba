import { createSubgraphService, type SubgraphConfig, type SubgraphService } from '../../lib/subgraph';
import { subgraphTypeDefs } from '../../lib/schema';
import { customersLoaders } from './loaders';
import { customersModels, type CustomersModels } from './models';
import { resolvers } from './resolvers';

/** The customers (CRM) subgraph: accounts and contacts. No side effects until called. */
export function createCustomersSubgraph(config: SubgraphConfig): Promise<SubgraphService<CustomersModels>> {
  return createSubgraphService(
    {
      name: 'customers',
      typeDefs: subgraphTypeDefs('customers'),
      resolvers: resolvers as never,
      models: customersModels,
      loaders: customersLoaders,
    },
    config,
  );
}
