import type { SubgraphContext } from '../../lib/subgraph';
import type { FinanceModels } from './models';
import type { FinanceLoaders } from './loaders';

export type FinanceContext = SubgraphContext<FinanceModels, FinanceLoaders>;
