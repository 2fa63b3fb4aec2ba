import { createSubgraphService, type SubgraphConfig, type SubgraphService } from '../../lib/subgraph';
import { subgraphTypeDefs } from '../../lib/schema';
import { inventoryLoaders } from './loaders';
import { inventoryModels, type InventoryModels } from './models';
import { resolvers } from './resolvers';
import { inventoryEvents } from './events';

/** The inventory subgraph: products, warehouses, the stock ledger, reservations, reorder points and purchasing. No side effects until called. */
export function createInventorySubgraph(config: SubgraphConfig): Promise<SubgraphService<InventoryModels>> {
  return createSubgraphService(
    {
      name: 'inventory',
      typeDefs: subgraphTypeDefs('inventory'),
      resolvers: resolvers as never,
      models: inventoryModels,
      loaders: inventoryLoaders,
      events: inventoryEvents,
    },
    config,
  );
}
