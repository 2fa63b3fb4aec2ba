import { scalarResolvers } from '../../../lib/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { TokenSettings } from '../sessions';
import { identityMutations } from './Mutation';
import { Query } from './Query';
import { ApiKey, AuditEvent, Tenant, User, Viewer } from './types';

export const identityResolvers = (settings: TokenSettings): Resolvers => ({
  ...scalarResolvers,
  Query,
  Mutation: identityMutations(settings),
  Viewer,
  Tenant,
  User,
  ApiKey,
  AuditEvent,
});
