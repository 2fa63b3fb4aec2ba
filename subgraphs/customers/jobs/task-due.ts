/**
 * `customers.task-due`: announces OPEN tasks whose due time has passed (`customers.task.due`, once
 * per task). Reads every tenant's due tasks through `forEachTenantDocument`; each announcement is
 * one conditional write in the task's own tenant, so several processes may sweep at once.
 */
import { forEachTenantDocument, type JobDefinition } from '../../../lib/jobs';
import type { SubgraphConfig } from '../../../lib/subgraph';
import type { CustomersModels, TaskDoc } from '../models';
import { announceTaskDue } from '../services/tasks';

export const TASK_DUE_JOB = 'customers.task-due';
const BATCH_SIZE = 200;

export interface TaskDueConfig extends SubgraphConfig {
  /** Pause between rounds; default: `CUSTOMERS_TASK_SWEEP_MS`, else 25 x the event poll interval (5 s by default). */
  taskSweepIntervalMs?: number;
}

export function taskDueIntervalMs(config: TaskDueConfig, env = process.env): number {
  const fromEnv = Number(env.CUSTOMERS_TASK_SWEEP_MS);
  return (
    config.taskSweepIntervalMs ??
    (Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 25 * (config.events?.pollIntervalMs ?? 200))
  );
}

export function taskDueJob(models: CustomersModels, config: TaskDueConfig): JobDefinition {
  return {
    name: TASK_DUE_JOB,
    intervalMs: taskDueIntervalMs(config),
    run: (now) =>
      forEachTenantDocument<Pick<TaskDoc, '_id' | 'tenantId' | 'assigneeId' | 'dueAt' | 'customerId'>>(
        models.Task,
        { dueNotified: false, status: 'OPEN', dueAt: { $lte: now } },
        { projection: { _id: 1, assigneeId: 1, dueAt: 1, customerId: 1 }, limit: BATCH_SIZE },
        (task) => announceTaskDue(models, task),
      ),
  };
}
