import { createSubgraphService, type SubgraphConfig, type SubgraphService } from '../../lib/subgraph';
import { subgraphTypeDefs } from '../../lib/schema';
import { automationConsumer, combinedConsumer, customersConsumers, TaskDueSweeper } from './events';
import { customersLoaders } from './loaders';
import { customersModels, type CustomersModels } from './models';
import { resolvers } from './resolvers';

export interface CustomersConfig extends SubgraphConfig {
  /**
   * How often the task-due sweeper looks for tasks whose due time passed. Default: the
   * `CUSTOMERS_TASK_SWEEP_MS` environment variable, else 25 x the event poll interval (5 s by default).
   */
  taskSweepIntervalMs?: number;
}

export interface CustomersService extends SubgraphService<CustomersModels> {
  /** Emits `customers.task.due` for tasks past due; runs with the service unless events are disabled. */
  taskSweeper: TaskDueSweeper;
}

/** The customers (CRM) subgraph: accounts, contacts, timeline, tasks and tickets. No side effects until called. */
export async function createCustomersSubgraph(config: CustomersConfig): Promise<CustomersService> {
  const service = await createSubgraphService(
    {
      name: 'customers',
      typeDefs: subgraphTypeDefs('customers'),
      resolvers: resolvers as never,
      models: customersModels,
      loaders: customersLoaders,
      events: {
        producers: (m) => [m.Customer, m.Interaction, m.Ticket, m.Task],
        consumers: (m) => [combinedConsumer('customers.reactions', [...customersConsumers(m), automationConsumer(m)])],
      },
    },
    config,
  );
  const fromEnv = Number(process.env.CUSTOMERS_TASK_SWEEP_MS);
  const intervalMs =
    config.taskSweepIntervalMs ??
    (Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 25 * (config.events?.pollIntervalMs ?? 200));
  const taskSweeper = new TaskDueSweeper({ models: service.models, intervalMs });
  if (!config.events?.disabled) taskSweeper.start();
  return {
    ...service,
    taskSweeper,
    stop: async () => {
      await taskSweeper.stop();
      await service.stop();
    },
  };
}
