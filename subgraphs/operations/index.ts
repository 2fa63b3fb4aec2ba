import { subgraphTypeDefs } from '../../lib/schema';
import { createSubgraphService, type SubgraphConfig, type SubgraphDefinition, type SubgraphService } from '../../lib/subgraph';
import { operationsConsumers } from './events/consume';
import { retainerBillingJob } from './jobs/retainer-billing';
import { operationsLoaders, type OperationsLoaders } from './loaders';
import { operationsModels, type OperationsModels } from './models';
import { resolvers } from './resolvers';

/**
 * The operations subgraph: client projects (from won deals or by hand) with milestones, tasks and
 * dependencies; time logged into weekly timesheets approved by the project manager and billed to
 * finance through `operations.billing.ready` (retainers per month, by the retainer-billing job);
 * revenue net of what finance voided or credited; resource allocation against capacity (hours,
 * time off, public holidays) replicated from hr's events. Projects, tasks and timesheets carry outboxes.
 */
export const operationsSubgraph: SubgraphDefinition<OperationsModels, OperationsLoaders> = {
  name: 'operations',
  typeDefs: subgraphTypeDefs('operations'),
  resolvers: resolvers as never,
  models: operationsModels,
  loaders: operationsLoaders,
  jobs: (models, config) => [retainerBillingJob(models, config)],
  events: {
    producers: (models) => [models.Project, models.ProjectTask, models.Timesheet],
    consumers: operationsConsumers,
  },
};

/** Runs the operations subgraph; no side effects until called. */
export const createOperationsSubgraph = (config: SubgraphConfig): Promise<SubgraphService<OperationsModels>> =>
  createSubgraphService(operationsSubgraph, config);
