import type { SubgraphContext } from '../../lib/subgraph';
import type { SalesModels } from './models';
import type { SalesLoaders } from './loaders';

export type SalesContext = SubgraphContext<SalesModels, SalesLoaders>;
