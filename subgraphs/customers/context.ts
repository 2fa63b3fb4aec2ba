import type { SubgraphContext } from '../../lib/subgraph';
import type { CustomersModels } from './models';
import type { CustomersLoaders } from './loaders';

export type CustomersContext = SubgraphContext<CustomersModels, CustomersLoaders>;
