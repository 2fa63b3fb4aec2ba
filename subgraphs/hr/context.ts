import type { SubgraphContext } from '../../lib/subgraph';
import type { HrModels } from './models';
import type { HrLoaders } from './loaders';

export type HrContext = SubgraphContext<HrModels, HrLoaders>;
