import { subgraphTypeDefs } from '../../lib/schema';
import { createSubgraphService, type SubgraphConfig, type SubgraphDefinition, type SubgraphService } from '../../lib/subgraph';
import { hrLoaders, type HrLoaders } from './loaders';
import { hrModels, type HrModels } from './models';
import { resolvers } from './resolvers';

/**
 * The hr subgraph: departments, employees, time off and payroll. Employees, time-off requests and
 * payroll runs carry outboxes: a hire or change stores `hr.employee.upserted`, an approval
 * `hr.timeOff.approved`, posting a run `hr.payroll.posted`. It consumes no events.
 */
export const hrSubgraph: SubgraphDefinition<HrModels, HrLoaders> = {
  name: 'hr',
  typeDefs: subgraphTypeDefs('hr'),
  resolvers: resolvers as never,
  models: hrModels,
  loaders: hrLoaders,
  events: { producers: (models) => [models.PayrollRun, models.Employee, models.TimeOffRequest] },
};

/** Runs the hr subgraph; no side effects until called. */
export const createHrSubgraph = (config: SubgraphConfig): Promise<SubgraphService<HrModels>> =>
  createSubgraphService(hrSubgraph, config);
