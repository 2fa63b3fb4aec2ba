import { docId } from '../../../lib/resolvers';
import type { DepartmentResolvers } from '../__generated__/resolvers-types';

export const Department: DepartmentResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.department.load(reference.id),
  id: docId,
  parent: (department, _, { loaders }) => (department.parentId ? loaders.department.load(department.parentId) : null),
  children: (department, _, { loaders }) => loaders.childDepartments.load(department._id.toString()),
  manager: (department, _, { loaders }) => (department.managerId ? loaders.employee.load(department.managerId) : null),
  employees: (department, { first, after }, { loaders }) =>
    loaders.departmentEmployees.load({ parentId: department._id.toString(), first, after }),
};
