import type { SubgraphContext } from '../../lib/subgraph';
import type { InventoryModels } from './models';
import type { InventoryLoaders } from './loaders';

export type InventoryContext = SubgraphContext<InventoryModels, InventoryLoaders>;
