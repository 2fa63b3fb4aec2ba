/**
 * `hr.review-reminders`: reviews whose deadline reminder is due (REMINDER_DAYS before the self or
 * manager deadline) announce `hr.review.due` for the reviewer, once per stage. Reads every tenant's
 * due reviews through `forEachTenantDocument`; each announcement is one conditional write in the
 * review's own tenant, so several processes may sweep at once.
 */
import { forEachTenantDocument, type JobDefinition } from '../../../lib/jobs';
import type { SubgraphConfig } from '../../../lib/subgraph';
import type { HrModels, ReviewDoc } from '../models';
import { remindReview } from '../services/performance';

export const REVIEW_REMINDERS_JOB = 'hr.review-reminders';

export function reviewRemindersJob(models: HrModels, config: SubgraphConfig): JobDefinition {
  const fromEnv = Number(process.env.HR_REMINDER_SWEEP_MS);
  return {
    name: REVIEW_REMINDERS_JOB,
    intervalMs: Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 25 * (config.events?.pollIntervalMs ?? 200),
    run: (now) =>
      forEachTenantDocument<Pick<ReviewDoc, '_id' | 'tenantId'>>(
        models.Review,
        { reminderAt: { $lte: now } },
        { projection: { _id: 1 }, limit: 200 },
        (review) => remindReview(models, review._id),
      ),
  };
}
