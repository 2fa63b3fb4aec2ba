import { ownerExists } from '../../lib/attachments';
import { subgraphTypeDefs } from '../../lib/schema';
import { createSubgraphService, type SubgraphDefinition, type SubgraphService } from '../../lib/subgraph';
import { financeConsumers } from './events/consume';
import { dunningJob, type DunningConfig } from './jobs/dunning';
import { sweeperJob } from './jobs/sweeper';
import { financeLoaders, type FinanceLoaders } from './loaders';
import { financeModels, type FinanceModels } from './models';
import { resolvers } from './resolvers';

/**
 * The finance subgraph: invoices, payments, expenses, supplier bills, the general ledger and its
 * reports; it reacts to won deals, fulfilled orders, received purchase orders and posted payroll,
 * and its sweeper completes what a crash left half-done.
 */
export const financeSubgraph: SubgraphDefinition<FinanceModels, FinanceLoaders> = {
  name: 'finance',
  typeDefs: subgraphTypeDefs('finance'),
  resolvers: resolvers as never,
  models: financeModels,
  attachments: (models) => ({
    INVOICE: ownerExists(models.Invoice),
    SUPPLIER_BILL: ownerExists(models.Bill),
    EXPENSE: ownerExists(models.Expense),
  }),
  loaders: financeLoaders,
  events: {
    producers: (models) => [models.Invoice, models.Payment, models.Expense, models.Settings],
    consumers: financeConsumers,
  },
  jobs: (models, config) => [sweeperJob(models), dunningJob(models, config)],
};

/** Runs the finance subgraph; no side effects until called. */
export const createFinanceSubgraph = (config: DunningConfig): Promise<SubgraphService<FinanceModels>> =>
  createSubgraphService(financeSubgraph, config);
