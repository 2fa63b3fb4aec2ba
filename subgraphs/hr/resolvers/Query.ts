import { paginate } from '../../../lib/pagination';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  employee: (_, { id }, { loaders }) => loaders.employee.load(id),
  employees: (_, { first, after, filter }, { models }) =>
    paginate(models.Employee, filter?.departmentId ? { departmentId: filter.departmentId } : {}, { first, after }),
  department: (_, { id }, { loaders }) => loaders.department.load(id),
  departments: (_, { first, after }, { models }) => paginate(models.Department, {}, { first, after }),
};
