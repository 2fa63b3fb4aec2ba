import type { UserLinkResolvers } from '../__generated__/resolvers-types';

export const UserLink: UserLinkResolvers = {
  employee: (link, _, { loaders }) => (link.employeeId ? loaders.employee.load(link.employeeId) : null),
};
