import { runMutation } from '../../../lib/mutation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { changeProjectStatus, createProject, updateProject } from '../services/projects';
import { allocateResource, removeResourceAllocation, updateResourceAllocation } from '../services/staff';
import {
  addProjectTask,
  addTaskDependency,
  changeProjectTaskStatus,
  removeTaskDependency,
  updateProjectTask,
} from '../services/tasks';
import {
  approveTimesheet,
  deleteTimeEntry,
  logTime,
  rejectTimesheet,
  submitTimesheet,
  updateTimeEntry,
} from '../services/timesheets';

const entryPayload = ({ sheet, entry }: Awaited<ReturnType<typeof logTime>>) => ({
  timesheet: sheet,
  entry: { ...entry, currency: sheet.currency },
});

/** Thin: each mutation is one service call; expected failures become its `userErrors`. */
export const Mutation: MutationResolvers = {
  createProject: (_, { input }, { models }) => runMutation(async () => ({ project: await createProject(models, input) })),
  updateProject: (_, { input }, { models }) => runMutation(async () => ({ project: await updateProject(models, input) })),
  changeProjectStatus: (_, { input }, ctx) =>
    runMutation(async () => ({ project: await changeProjectStatus(ctx.models, input, ctx) })),

  addProjectTask: (_, { input }, { models }) => runMutation(async () => ({ task: await addProjectTask(models, input) })),
  updateProjectTask: (_, { input }, { models }) => runMutation(async () => ({ task: await updateProjectTask(models, input) })),
  changeProjectTaskStatus: (_, { input }, ctx) =>
    runMutation(async () => ({ task: await changeProjectTaskStatus(ctx.models, input, ctx) })),
  addTaskDependency: (_, { input }, { models }) => runMutation(async () => ({ task: await addTaskDependency(models, input) })),
  removeTaskDependency: (_, { input }, { models }) =>
    runMutation(async () => ({ task: await removeTaskDependency(models, input) })),

  logTime: (_, { input }, { models }) => runMutation(async () => entryPayload(await logTime(models, input))),
  updateTimeEntry: (_, { input }, { models }) => runMutation(async () => entryPayload(await updateTimeEntry(models, input))),
  deleteTimeEntry: (_, { input }, { models }) =>
    runMutation(async () => ({ timesheet: await deleteTimeEntry(models, input.id) })),
  submitTimesheet: (_, { input }, ctx) =>
    runMutation(async () => ({ timesheet: await submitTimesheet(ctx.models, input.id, ctx) })),
  approveTimesheet: (_, { input }, ctx) =>
    runMutation(async () => ({ timesheet: await approveTimesheet(ctx.models, input, ctx) })),
  rejectTimesheet: (_, { input }, ctx) => runMutation(async () => ({ timesheet: await rejectTimesheet(ctx.models, input, ctx) })),

  allocateResource: (_, { input }, { models }) =>
    runMutation(async () => ({ allocation: await allocateResource(models, input) })),
  updateResourceAllocation: (_, { input }, { models }) =>
    runMutation(async () => ({ allocation: await updateResourceAllocation(models, input) })),
  removeResourceAllocation: (_, { input }, { models }) =>
    runMutation(async () => ({ allocation: await removeResourceAllocation(models, input.id) })),
};
