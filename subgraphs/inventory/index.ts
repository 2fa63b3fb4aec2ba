import { subgraphTypeDefs } from '../../lib/schema';
import { createSubgraphService, type SubgraphConfig, type SubgraphDefinition, type SubgraphService } from '../../lib/subgraph';
import { inventoryConsumers } from './events/consume';
import { receiptPoster } from './jobs/receipts';
import { inventoryLoaders, type InventoryLoaders } from './loaders';
import { inventoryModels, type InventoryModels } from './models';
import { resolvers } from './resolvers';

/**
 * The inventory subgraph: products, warehouses, the stock ledger, reservations for sales orders,
 * reorder points and purchasing; resolves the products sales order lines reference.
 */
export const inventorySubgraph: SubgraphDefinition<InventoryModels, InventoryLoaders> = {
  name: 'inventory',
  typeDefs: subgraphTypeDefs('inventory'),
  resolvers: resolvers as never,
  models: inventoryModels,
  loaders: inventoryLoaders,
  events: {
    producers: (models) => [
      models.Product,
      models.Reservation,
      models.ReorderSuggestion,
      models.PurchaseOrder,
      models.StockMovement,
      models.ProductSupply,
      models.Supplier,
      models.Warehouse,
    ],
    consumers: inventoryConsumers,
  },
  jobs: (models) => [receiptPoster(models)],
};

/** Runs the inventory subgraph; no side effects until called. */
export const createInventorySubgraph = (config: SubgraphConfig): Promise<SubgraphService<InventoryModels>> =>
  createSubgraphService(inventorySubgraph, config);
