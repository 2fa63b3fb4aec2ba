import { notFound } from '../../../lib/errors';
import { toMoney } from '../../../lib/money';
import { docId, ref } from '../../../lib/resolvers';
import type { ProjectTaskResolvers } from '../__generated__/resolvers-types';
import { rolledUpEstimate } from '../domain/task';
import type { ProjectTaskDoc } from '../models';

const present = (docs: Array<ProjectTaskDoc | null | Error>) =>
  docs.filter((d): d is ProjectTaskDoc => Boolean(d) && !(d instanceof Error));

export const ProjectTask: ProjectTaskResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.task.load(reference.id),
  id: docId,
  project: async (task, _, { loaders }) =>
    (await loaders.project.load(task.projectId)) ?? Promise.reject(notFound('Project', task.projectId)),
  parent: (task, _, { loaders }) => (task.parentId ? loaders.task.load(task.parentId) : null),
  children: async (task, _, { loaders }) =>
    (await loaders.tasksOfProject.load(task.projectId)).filter((t) => t.parentId === task._id.toString()),
  estimateMinutes: async (task, _, { loaders }) => {
    if (task.kind === 'TASK' && task.estimateMinutes) {
      const siblings = await loaders.tasksOfProject.load(task.projectId);
      if (!siblings.some((t) => t.parentId === task._id.toString())) return task.estimateMinutes;
    }
    const all = await loaders.tasksOfProject.load(task.projectId);
    return rolledUpEstimate(
      all.map((t) => ({ ...t, id: t._id.toString() })),
      task._id.toString(),
    );
  },
  assignees: (task) => task.assigneeIds.map(ref),
  dependsOn: async (task, _, { loaders }) => {
    const project = await loaders.project.load(task.projectId);
    const ids = (project?.dependencies ?? []).filter((d) => d.taskId === task._id.toString()).map((d) => d.dependsOnId);
    return present(await loaders.task.loadMany(ids));
  },
  billingAmount: (task) => (task.billingAmountMinor == null ? null : toMoney(task.billingAmountMinor, task.currency)),
};
