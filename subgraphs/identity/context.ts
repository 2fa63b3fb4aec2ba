import type { SubgraphContext } from '../../lib/subgraph';
import type { IdentityModels } from './models';
import type { IdentityLoaders } from './loaders';

export type IdentityContext = SubgraphContext<IdentityModels, IdentityLoaders>;
