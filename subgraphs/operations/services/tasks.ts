/**
 * Every write of milestones and tasks: the tree, estimates, assignees, status (gated by
 * dependencies), the dependency edges (on the project document: the cycle check and the edge are
 * one versioned write, so two concurrent edges can never close a cycle), and the billing of a
 * FIXED_PRICE milestone when it completes (its `operations.billing.ready` stored by that write).
 */
import { userError, UserErrors } from '../../../lib/errors';
import { assertNoUserErrors } from '../../../lib/mutation';
import type { Actor } from '../../../lib/signed-context';
import { isIsoDate } from '../../../lib/dates';
import { requireText } from '../../../lib/validation';
import { insert, transition, update } from '../../../lib/write';
import { OPEN_PROJECT_STATUSES, projectAmount } from '../domain/project';
import {
  blockedBy,
  checkEstimate,
  depthOf,
  MAX_TASKS_PER_PROJECT,
  MAX_TREE_DEPTH,
  wouldCreateCycle,
  type TaskKind,
  type TaskStatus,
} from '../domain/task';
import { billingReady } from '../events/publish';
import type { OperationsModels, ProjectDoc, ProjectTaskDoc } from '../models';
import { mustAllExist, mustFindProject, mustFindTask } from './references';

type MoneyInput = { amount: string; currency: string };

export interface AddTaskInput {
  projectId: string;
  kind: TaskKind;
  parentId?: string | null;
  name: string;
  estimateMinutes?: number | null;
  assigneeIds?: string[] | null;
  dueDate?: string | null;
  billingAmount?: MoneyInput | null;
}

function checkFields(
  input: { name?: string | null; estimateMinutes?: number | null; dueDate?: string | null; assigneeIds?: string[] | null },
  kind: TaskKind,
) {
  const errors = [
    ...(input.name != null ? requireText(input.name, ['input', 'name']) : []),
    ...checkEstimate(input.estimateMinutes),
  ];
  if (kind === 'MILESTONE' && input.estimateMinutes) {
    errors.push(userError(['input', 'estimateMinutes'], "A milestone's estimate is the sum of its tasks'.", 'INVALID'));
  }
  if (input.dueDate && !isIsoDate(input.dueDate)) {
    errors.push(userError(['input', 'dueDate'], `${input.dueDate} is not a date (YYYY-MM-DD).`, 'INVALID'));
  }
  if ((input.assigneeIds?.length ?? 0) > 20) errors.push(userError(['input', 'assigneeIds'], 'At most 20 assignees.', 'INVALID'));
  return errors;
}

function billingOf(project: ProjectDoc, kind: TaskKind, amount: MoneyInput | null | undefined) {
  if (amount === undefined) return { minor: undefined, errors: [] };
  if (amount && (kind !== 'MILESTONE' || project.contractType !== 'FIXED_PRICE')) {
    return {
      minor: null,
      errors: [userError(['input', 'billingAmount'], 'Only milestones of FIXED_PRICE projects bill an amount.', 'INVALID')],
    };
  }
  return projectAmount(amount, project.currency, ['input', 'billingAmount']);
}

export async function addProjectTask(models: OperationsModels, input: AddTaskInput): Promise<ProjectTaskDoc> {
  const project = await mustFindProject(models, input.projectId, ['input', 'projectId']);
  const billing = billingOf(project, input.kind, input.billingAmount);
  assertNoUserErrors([...checkFields(input, input.kind), ...billing.errors]);
  if (!OPEN_PROJECT_STATUSES.includes(project.status)) {
    throw new UserErrors([
      userError(['input', 'projectId'], `Project is ${project.status}; its plan is closed.`, 'ILLEGAL_TRANSITION'),
    ]);
  }
  const siblings = await models.ProjectTask.find({ projectId: input.projectId })
    .select({ _id: 1, parentId: 1, kind: 1 })
    .lean<Array<Pick<ProjectTaskDoc, '_id' | 'parentId' | 'kind'>>>();
  if (siblings.length >= MAX_TASKS_PER_PROJECT) {
    throw new UserErrors([
      userError(['input', 'projectId'], `A project holds at most ${MAX_TASKS_PER_PROJECT} tasks.`, 'INVALID'),
    ]);
  }
  if (input.kind === 'MILESTONE' && input.parentId) {
    throw new UserErrors([userError(['input', 'parentId'], 'Milestones are at the top of the plan.', 'INVALID')]);
  }
  if (input.kind === 'TASK') {
    if (!input.parentId)
      throw new UserErrors([userError(['input', 'parentId'], 'A task belongs under a milestone or task.', 'REQUIRED')]);
    const byId = new Map(siblings.map((s) => [s._id.toString(), s]));
    if (!byId.has(input.parentId)) {
      throw new UserErrors([
        userError(['input', 'parentId'], `Task ${input.parentId} is not part of this project.`, 'NOT_FOUND'),
      ]);
    }
    if (depthOf(byId, input.parentId) >= MAX_TREE_DEPTH) {
      throw new UserErrors([userError(['input', 'parentId'], `Tasks nest at most ${MAX_TREE_DEPTH} levels.`, 'INVALID')]);
    }
  }
  await mustAllExist(models, input.assigneeIds ?? [], ['input', 'assigneeIds']);
  return insert<ProjectTaskDoc>(models.ProjectTask, {
    projectId: input.projectId,
    kind: input.kind,
    parentId: input.parentId ?? null,
    name: input.name.trim(),
    status: 'TODO',
    estimateMinutes: input.estimateMinutes ?? 0,
    assigneeIds: [...new Set(input.assigneeIds ?? [])],
    dueDate: input.dueDate ?? null,
    currency: project.currency,
    billingAmountMinor: billing.minor ?? null,
  });
}

export interface UpdateTaskInput {
  id: string;
  name?: string | null;
  estimateMinutes?: number | null;
  assigneeIds?: string[] | null;
  dueDate?: string | null;
  billingAmount?: MoneyInput | null;
}

export async function updateProjectTask(models: OperationsModels, input: UpdateTaskInput): Promise<ProjectTaskDoc> {
  const task = await mustFindTask(models, input.id, ['input', 'id']);
  const project = await mustFindProject(models, task.projectId, ['input', 'id']);
  const billing = billingOf(project, task.kind, input.billingAmount);
  assertNoUserErrors([...checkFields(input, task.kind), ...billing.errors]);
  if (input.assigneeIds) await mustAllExist(models, input.assigneeIds, ['input', 'assigneeIds']);
  return update<ProjectTaskDoc>(models.ProjectTask, input.id, (current) => {
    const set: Record<string, unknown> = {};
    if (input.name) set.name = input.name.trim();
    if (input.estimateMinutes != null) set.estimateMinutes = input.estimateMinutes;
    if (input.assigneeIds) set.assigneeIds = [...new Set(input.assigneeIds)];
    if (input.dueDate !== undefined) set.dueDate = input.dueDate ?? null;
    if (billing.minor !== undefined) {
      if (current.billedAt) {
        throw new UserErrors([userError(['input', 'billingAmount'], 'The milestone is billed; its amount is final.', 'INVALID')]);
      }
      set.billingAmountMinor = billing.minor;
    }
    return Object.keys(set).length ? { $set: set } : null;
  });
}

/**
 * One status move of a task. Starting or finishing waits for its dependencies; a FIXED_PRICE
 * milestone with an amount bills when it becomes DONE (once: `billedAt` and the event are one
 * write), and a billed milestone cannot be reopened.
 */
export async function changeProjectTaskStatus(
  models: OperationsModels,
  input: { id: string; status: TaskStatus },
  actor?: Actor,
): Promise<ProjectTaskDoc> {
  const task = await mustFindTask(models, input.id, ['input', 'id']);
  const project = await mustFindProject(models, task.projectId, ['input', 'id']);
  if (input.status === 'IN_PROGRESS' || input.status === 'DONE') {
    const deps = project.dependencies.filter((d) => d.taskId === input.id);
    if (deps.length) {
      const others = await models.ProjectTask.find({ projectId: task.projectId })
        .select({ _id: 1, status: 1 })
        .lean<Array<Pick<ProjectTaskDoc, '_id' | 'status'>>>();
      const status = new Map(others.map((o) => [o._id.toString(), o.status]));
      const waiting = blockedBy(project.dependencies, (id) => status.get(id), input.id);
      if (waiting.length) {
        throw new UserErrors([
          userError(['input', 'status'], `Task waits for ${waiting.join(', ')} to be done first.`, 'ILLEGAL_TRANSITION'),
        ]);
      }
    }
  }
  return transition<TaskStatus, ProjectTaskDoc>(models.ProjectTask, input.id, input.status, {
    refuse: (current) =>
      current.billedAt && input.status !== 'DONE'
        ? userError(['input', 'status'], 'The milestone is billed and stays DONE.', 'ILLEGAL_TRANSITION')
        : null,
    set: (current) =>
      bills(project, current, input.status) ? { billedAt: new Date(), billedMinor: current.billingAmountMinor } : {},
    events: (current) =>
      bills(project, current, input.status)
        ? [
            billingReady(
              `milestone:${current._id.toString()}`,
              project,
              [
                {
                  description: `${project.name}: milestone ${current.name}`,
                  quantity: 1,
                  unitPriceMinor: current.billingAmountMinor!,
                },
              ],
              actor?.requestId,
            ),
          ]
        : [],
  });
}

const bills = (project: ProjectDoc, task: ProjectTaskDoc, to: TaskStatus) =>
  to === 'DONE' &&
  task.kind === 'MILESTONE' &&
  project.contractType === 'FIXED_PRICE' &&
  Boolean(task.billingAmountMinor) &&
  !task.billedAt;

async function tasksOfOneProject(models: OperationsModels, input: { taskId: string; dependsOnId: string }) {
  const [task, other] = await Promise.all([
    mustFindTask(models, input.taskId, ['input', 'taskId']),
    mustFindTask(models, input.dependsOnId, ['input', 'dependsOnId']),
  ]);
  if (task.projectId !== other.projectId) {
    throw new UserErrors([userError(['input', 'dependsOnId'], 'Dependencies stay within one project.', 'INVALID')]);
  }
  return task;
}

/** Adds `taskId` waits-for `dependsOnId`, refused when it would close a cycle (decided on the project's current edges). */
export async function addTaskDependency(
  models: OperationsModels,
  input: { taskId: string; dependsOnId: string },
): Promise<ProjectTaskDoc> {
  const task = await tasksOfOneProject(models, input);
  await update<ProjectDoc>(
    models.Project,
    task.projectId,
    (project) => {
      if (project.dependencies.some((d) => d.taskId === input.taskId && d.dependsOnId === input.dependsOnId)) return null;
      if (wouldCreateCycle(project.dependencies, input)) {
        throw new UserErrors([
          userError(['input', 'dependsOnId'], 'That dependency would close a cycle: the task would wait for itself.', 'INVALID'),
        ]);
      }
      if (project.dependencies.length >= 2000) {
        throw new UserErrors([userError(['input', 'taskId'], 'A project holds at most 2000 dependencies.', 'INVALID')]);
      }
      return { $push: { dependencies: { taskId: input.taskId, dependsOnId: input.dependsOnId } } };
    },
    { field: ['input', 'taskId'] },
  );
  return task;
}

export async function removeTaskDependency(
  models: OperationsModels,
  input: { taskId: string; dependsOnId: string },
): Promise<ProjectTaskDoc> {
  const task = await tasksOfOneProject(models, input);
  await update<ProjectDoc>(models.Project, task.projectId, (project) =>
    project.dependencies.some((d) => d.taskId === input.taskId && d.dependsOnId === input.dependsOnId)
      ? {
          $set: {
            dependencies: project.dependencies.filter((d) => !(d.taskId === input.taskId && d.dependsOnId === input.dependsOnId)),
          },
        }
      : null,
  );
  return task;
}
