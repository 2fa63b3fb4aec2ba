import { ownerExists } from '../../lib/attachments';
import { subgraphTypeDefs } from '../../lib/schema';
import { createSubgraphService, type SubgraphConfig, type SubgraphDefinition, type SubgraphService } from '../../lib/subgraph';
import { hrConsumers } from './events/consume';
import { reviewCycleCompletionJob } from './jobs/review-cycle-completion';
import { reviewRemindersJob } from './jobs/review-reminders';
import { hrLoaders, type HrLoaders } from './loaders';
import { hrModels, type HrModels } from './models';
import { resolvers } from './resolvers';

/**
 * The hr subgraph: departments, employees, time off and payroll. Employees, time-off requests and
 * payroll runs carry outboxes: a hire or change stores `hr.employee.upserted`, an approval
 * `hr.timeOff.approved`, posting a run `hr.payroll.posted` (paying it `hr.payroll.paid`). User links
 * carry `hr.user.linked`; the holiday calendar `hr.holiday.upserted` / `hr.holiday.removed`. It consumes identity's `identity.user.created` (links by matching email).
 */
export const hrSubgraph: SubgraphDefinition<HrModels, HrLoaders> = {
  name: 'hr',
  typeDefs: subgraphTypeDefs('hr'),
  resolvers: resolvers as never,
  models: hrModels,
  attachments: (models) => ({ EMPLOYEE: ownerExists(models.Employee) }),
  loaders: hrLoaders,
  jobs: (models, config) => [reviewRemindersJob(models, config), reviewCycleCompletionJob(models, config)],
  events: {
    producers: (models) => [
      models.PayrollRun,
      models.UserLink,
      models.Review,
      models.ReviewCycle,
      models.Employee,
      models.TimeOffRequest,
      models.Holiday,
    ],
    consumers: hrConsumers,
  },
};

/** Runs the hr subgraph; no side effects until called. */
export const createHrSubgraph = (config: SubgraphConfig): Promise<SubgraphService<HrModels>> =>
  createSubgraphService(hrSubgraph, config);
