import { scalarResolvers } from '../../../lib/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { IdentitySettings } from '../index';
import { ApiKey } from './ApiKey';
import { AuditEvent } from './AuditEvent';
import { DeadLetter } from './DeadLetter';
import { DomainEvent } from './DomainEvent';
import { EventConsumerStatus } from './EventConsumerStatus';
import { identityMutations } from './Mutation';
import { Node } from './Node';
import { Query } from './Query';
import { Tenant } from './Tenant';
import { User } from './User';
import { Viewer } from './Viewer';
import { WebhookDelivery, WebhookEndpoint } from './Webhook';

/** The resolvers, with the token settings the sign-in mutations sign with. */
export const identityResolvers = (settings: IdentitySettings): Resolvers => ({
  ...scalarResolvers,
  Query,
  Mutation: identityMutations(settings),
  Viewer,
  Tenant,
  User,
  Node,
  ApiKey,
  AuditEvent,
  DomainEvent,
  EventConsumerStatus,
  DeadLetter,
  WebhookEndpoint,
  WebhookDelivery,
});
