import { createSubgraphService, type SubgraphConfig, type SubgraphService } from '../../lib/subgraph';
import { subgraphTypeDefs } from '../../lib/schema';
import { hrLoaders } from './loaders';
import { hrModels, type HrModels } from './models';
import { resolvers } from './resolvers';

/**
 * The hr subgraph: departments, employees, time off and payroll. No side effects until called.
 * Payroll runs carry an outbox: posting one emits `hr.payroll.posted`, published by the relay.
 */
export function createHrSubgraph(config: SubgraphConfig): Promise<SubgraphService<HrModels>> {
  return createSubgraphService(
    {
      name: 'hr',
      typeDefs: subgraphTypeDefs('hr'),
      resolvers: resolvers as never,
      models: hrModels,
      loaders: hrLoaders,
      events: { producers: (models) => [models.PayrollRun] },
    },
    config,
  );
}
