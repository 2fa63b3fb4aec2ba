/** Entities other subgraphs own, extended here: a customer's projects, a deal's project, an employee's assignments. */
import type { CustomerResolvers, DealResolvers, EmployeeResolvers } from '../__generated__/resolvers-types';

export const Customer: CustomerResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  projects: (customer, { status, first, after }, { loaders }) =>
    loaders.projectsOfCustomer.load({ parentId: customer.id, filter: status ? { status } : undefined, first, after }),
};

export const Deal: DealResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  project: (deal, _, { loaders }) => loaders.projectOfDeal.load(deal.id),
};

export const Employee: EmployeeResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  assignments: async (employee, _, { loaders }) => {
    const staff = await loaders.staff.load(employee.id);
    return [...(staff?.allocations ?? [])]
      .sort((a, b) => a.from.localeCompare(b.from))
      .map((a) => ({ ...a, employeeId: employee.id }));
  },
  assignedTasks: (employee, _, { loaders }) => loaders.assignedTasks.load(employee.id),
};
