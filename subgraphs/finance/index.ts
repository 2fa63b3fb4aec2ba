import { createSubgraphService, type SubgraphConfig, type SubgraphService } from '../../lib/subgraph';
import { subgraphTypeDefs } from '../../lib/schema';
import { financeLoaders } from './loaders';
import { financeModels, type FinanceModels } from './models';
import { resolvers } from './resolvers';
import { financeConsumers } from './services/consumers';
import { startSweeper } from './services/sweeper';

/**
 * The finance subgraph: invoices, payments, expenses, supplier bills, the general ledger and its
 * reports; it reacts to won deals, fulfilled orders, received purchase orders and posted payroll.
 * No side effects until called.
 */
export async function createFinanceSubgraph(config: SubgraphConfig): Promise<SubgraphService<FinanceModels>> {
  const service = await createSubgraphService(
    {
      name: 'finance',
      typeDefs: subgraphTypeDefs('finance'),
      resolvers: resolvers as never,
      models: financeModels,
      loaders: financeLoaders,
      events: {
        producers: (models) => [models.Invoice, models.Payment],
        consumers: financeConsumers,
      },
    },
    config,
  );
  // Completes half-done payments and postings a crash left behind (services/sweeper.ts).
  const stopSweeper = config.events?.disabled ? async () => undefined : startSweeper(service.models);
  const stop = service.stop;
  return {
    ...service,
    stop: async () => {
      await stopSweeper();
      await stop();
    },
  };
}
