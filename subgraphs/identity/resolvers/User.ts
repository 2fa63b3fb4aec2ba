import { docId } from '../../../lib/resolvers';
import { scopesOfRoles } from '../../../lib/scopes';
import type { UserResolvers } from '../__generated__/resolvers-types';

export const User: UserResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.user.load(reference.id),
  id: docId,
  scopes: (user) => scopesOfRoles(user.roles),
};
