import { scalarResolvers } from '../../../lib/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { TokenSettings } from '../sessions';
import { identityMutations } from './Mutation';
import { Query } from './Query';
import { ApiKey, AuditEvent, Tenant, User, Viewer } from './types';
import { DeadLetter, DomainEvent, EventConsumerStatus, EventsMutation, EventsQuery } from './events';

export const identityResolvers = (settings: TokenSettings): Resolvers => ({
  ...scalarResolvers,
  Query: { ...Query, ...EventsQuery },
  Mutation: { ...identityMutations(settings), ...EventsMutation },
  Viewer,
  Tenant,
  User,
  ApiKey,
  AuditEvent,
  DomainEvent,
  EventConsumerStatus,
  DeadLetter,
});
