/**
 * `operations.retainer-billing`: RETAINER projects whose next period has ended bill it (the fee,
 * and the overage when the contract says so). Reads every tenant's due projects through
 * `forEachTenantDocument`; each period is one versioned write carrying its billing event, so the
 * round is crash-safe and several processes may sweep at once (each period bills once). A round
 * returns how many projects it billed (one or more months each).
 */
import { forEachTenantDocument, type JobDefinition } from '../../../lib/jobs';
import type { SubgraphConfig } from '../../../lib/subgraph';
import type { OperationsModels, ProjectDoc } from '../models';
import { billDueRetainerPeriods } from '../services/retainers';

export const RETAINER_BILLING_JOB = 'operations.retainer-billing';

export function retainerBillingJob(models: OperationsModels, config: SubgraphConfig): JobDefinition {
  const fromEnv = Number(process.env.OPERATIONS_RETAINER_SWEEP_MS);
  return {
    name: RETAINER_BILLING_JOB,
    intervalMs: Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 25 * (config.events?.pollIntervalMs ?? 200),
    run: (now) =>
      forEachTenantDocument<Pick<ProjectDoc, '_id' | 'tenantId'>>(
        models.Project,
        { retainerDueAt: { $lte: now } },
        { projection: { _id: 1 }, limit: 200 },
        (project) => billDueRetainerPeriods(models, project._id.toString(), now),
      ),
  };
}
