import { paginate } from '../../../lib/pagination';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  me: (_, __, { tenantId, principal, scopes }) => ({ tenantId, principal, scopes }),
  users: (_, args, { models }) => paginate(models.User, {}, args),
  apiKeys: (_, args, { models }) => paginate(models.ApiKey, {}, args),
  auditLog: (_, { filter, ...args }, { models }) => paginate(models.AuditEvent, filter?.type ? { type: filter.type } : {}, args),
};
