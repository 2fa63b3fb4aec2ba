import { toMoney } from '../../../lib/money';
import { docId } from '../../../lib/resolvers';
import type { DepartmentResolvers, EmployeeResolvers } from '../__generated__/resolvers-types';

export const Employee: EmployeeResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.employee.load(reference.id),
  id: docId,
  department: (employee, _, { loaders }) => (employee.departmentId ? loaders.department.load(employee.departmentId) : null),
  compensation: (employee) =>
    employee.compensationMinor != null && employee.compensationCurrency
      ? toMoney(employee.compensationMinor, employee.compensationCurrency)
      : null,
};

export const Department: DepartmentResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.department.load(reference.id),
  id: docId,
};
