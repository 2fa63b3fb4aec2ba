import type { OrgChartNodeResolvers } from '../__generated__/resolvers-types';

export const OrgChartNode: OrgChartNodeResolvers = {
  employee: (node, _, { loaders }) => (node.employeeId ? loaders.employee.load(node.employeeId) : null),
  department: (node, _, { loaders }) => (node.departmentId ? loaders.department.load(node.departmentId) : null),
};
