import { paginate } from '../../../lib/pagination';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { consumerStatuses, deadLetters, recentEvents } from '../events/admin';
import { nodeQueries } from './Node';
import { webhookEndpoint } from '../services/webhooks';

export const Query: QueryResolvers = {
  me: (_, __, { tenantId, principal, scopes }) => ({ tenantId, principal, scopes }),
  users: (_, args, { models }) => paginate(models.User, {}, args),
  apiKeys: (_, args, { models }) => paginate(models.ApiKey, {}, args),
  auditLog: (_, { filter, ...args }, { models }) => paginate(models.AuditEvent, filter?.type ? { type: filter.type } : {}, args),
  // Admin reads of the event bus: always the caller's tenant (`events:admin`).
  events: (_, args, { events, tenantId }) => recentEvents(events, tenantId, args),
  eventConsumers: (_, args, { events, tenantId }) => consumerStatuses(events, tenantId, args),
  deadLetters: (_, args, { events, tenantId }) => deadLetters(events, tenantId, args),
  ...nodeQueries,
  // Partner webhooks (`webhooks:admin`), scoped to the caller's tenant by the models.
  webhookEndpoints: (_, args, { models }) => paginate(models.WebhookEndpoint, {}, args),
  webhookEndpoint: (_, { id }, { models }) => webhookEndpoint(models, id),
  webhookDeliveries: (_, { endpointId, ...args }, { models }) => paginate(models.WebhookDelivery, { endpointId }, args),
};
