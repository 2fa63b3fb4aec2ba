import { createSubgraphService, type SubgraphConfig, type SubgraphService } from '../../lib/subgraph';
import { subgraphTypeDefs } from '../../lib/schema';
import { hrLoaders } from './loaders';
import { hrModels, type HrModels } from './models';
import { resolvers } from './resolvers';

/** The hr subgraph: employees and departments. No side effects until called. */
export function createHrSubgraph(config: SubgraphConfig): Promise<SubgraphService<HrModels>> {
  return createSubgraphService(
    { name: 'hr', typeDefs: subgraphTypeDefs('hr'), resolvers: resolvers as never, models: hrModels, loaders: hrLoaders },
    config,
  );
}
