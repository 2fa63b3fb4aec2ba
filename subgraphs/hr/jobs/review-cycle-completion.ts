/**
 * `hr.review-cycle-completion`: review cycles left PREPARING (their creation was cut off between
 * writes, e.g. the process crashed) are finished: the missing reviews created once each under the
 * (cycle, employee) key, then the cycle OPEN (services/performance.ts `completeReviewCycle`).
 * Idempotent, so it may race the request that is still creating the cycle, or another process.
 */
import { forEachTenantDocument, type JobDefinition } from '../../../lib/jobs';
import type { SubgraphConfig } from '../../../lib/subgraph';
import type { HrModels, ReviewCycleDoc } from '../models';
import { completeReviewCycle } from '../services/performance';

export const REVIEW_CYCLE_COMPLETION_JOB = 'hr.review-cycle-completion';

export function reviewCycleCompletionJob(models: HrModels, config: SubgraphConfig): JobDefinition {
  return {
    name: REVIEW_CYCLE_COMPLETION_JOB,
    intervalMs: 25 * (config.events?.pollIntervalMs ?? 200),
    run: () =>
      forEachTenantDocument<Pick<ReviewCycleDoc, '_id' | 'tenantId'>>(
        models.ReviewCycle,
        { status: 'PREPARING' },
        { projection: { _id: 1 }, sort: { _id: 1 }, limit: 50 },
        async (cycle) => (await completeReviewCycle(models, cycle._id))?.status === 'OPEN',
      ),
  };
}
