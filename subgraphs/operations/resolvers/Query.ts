import { paginate } from '../../../lib/pagination';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { overallocatedEmployees, resourcePlan } from '../services/plan';

/** Only the filter fields given, as exact matches (sanitizeFilter keeps them literal). */
function definedOnly(filter: Record<string, unknown> | null | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter ?? {}).filter(([, v]) => v !== null && v !== undefined));
}

export const Query: QueryResolvers = {
  project: (_, { id }, { loaders }) => loaders.project.load(id),
  projects: (_, { first, after, filter }, { models }) => paginate(models.Project, definedOnly(filter), { first, after }),
  projectTask: (_, { id }, { loaders }) => loaders.task.load(id),
  timesheet: (_, { id }, { loaders }) => loaders.timesheet.load(id),
  timesheets: (_, { first, after, filter }, { models }) => paginate(models.Timesheet, definedOnly(filter), { first, after }),
  resourceAllocation: (_, { id }, { loaders }) => loaders.allocation.load(id),
  resourcePlan: (_, { from, to, departmentId }, { models }) => resourcePlan(models, { from, to }, departmentId),
  overallocatedEmployees: (_, { from, to }, { models }) => overallocatedEmployees(models, { from, to }),
};
