import type { SubgraphContext } from '../../lib/subgraph';
import type { OperationsLoaders } from './loaders';
import type { OperationsModels } from './models';

export type OperationsContext = SubgraphContext<OperationsModels, OperationsLoaders>;
