import type { SubgraphContext } from '../../lib/subgraph';
import type { ReportingLoaders } from './loaders';
import type { ReportingModels } from './models';

export type ReportingContext = SubgraphContext<ReportingModels, ReportingLoaders>;
