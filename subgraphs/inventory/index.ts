import { createSubgraphService, type SubgraphConfig, type SubgraphService } from '../../lib/subgraph';
import { subgraphTypeDefs } from '../../lib/schema';
import { inventoryLoaders } from './loaders';
import { inventoryModels, type InventoryModels } from './models';
import { resolvers } from './resolvers';

/** The inventory subgraph: products, warehouses and stock. No side effects until called. */
export function createInventorySubgraph(config: SubgraphConfig): Promise<SubgraphService<InventoryModels>> {
  return createSubgraphService(
    {
      name: 'inventory',
      typeDefs: subgraphTypeDefs('inventory'),
      resolvers: resolvers as never,
      models: inventoryModels,
      loaders: inventoryLoaders,
    },
    config,
  );
}
