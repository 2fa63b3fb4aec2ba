import { ownerExists } from '../../lib/attachments';
import { subgraphTypeDefs } from '../../lib/schema';
import { createSubgraphService, type SubgraphDefinition, type SubgraphService } from '../../lib/subgraph';
import { customersConsumers } from './events/consume';
import { taskDueJob, type TaskDueConfig } from './jobs/task-due';
import { customersLoaders, type CustomersLoaders } from './loaders';
import { customersModels, type CustomersModels } from './models';
import { resolvers } from './resolvers';

/** The customers service's configuration: the shared one plus the task-due job's interval. */
export type CustomersConfig = TaskDueConfig;
export type CustomersService = SubgraphService<CustomersModels>;

/**
 * The customers (CRM) subgraph: accounts, contacts, the timeline, tasks and tickets, with ticket
 * routing and automation rules; announces due tasks (job `customers.task-due`).
 */
export const customersSubgraph: SubgraphDefinition<CustomersModels, CustomersLoaders> = {
  name: 'customers',
  typeDefs: subgraphTypeDefs('customers'),
  resolvers: resolvers as never,
  models: customersModels,
  attachments: (models) => ({ CUSTOMER: ownerExists(models.Customer), TICKET: ownerExists(models.Ticket) }),
  loaders: customersLoaders,
  events: {
    producers: (models) => [models.Customer, models.Interaction, models.Ticket, models.Task],
    consumers: customersConsumers,
  },
  jobs: (models, config) => [taskDueJob(models, config)],
};

/** Runs the customers subgraph; no side effects until called. */
export const createCustomersSubgraph = (config: CustomersConfig): Promise<CustomersService> =>
  createSubgraphService(customersSubgraph, config);
