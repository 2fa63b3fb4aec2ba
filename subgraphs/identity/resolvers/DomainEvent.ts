import type { DomainEventResolvers } from '../__generated__/resolvers-types';

export const DomainEvent: DomainEventResolvers = {
  id: ({ event }) => event.id,
  type: ({ event }) => event.type,
  occurredAt: ({ event }) => new Date(event.occurredAt),
  producer: ({ event }) => event.producer,
  schemaVersion: ({ event }) => event.schemaVersion,
  aggregateId: ({ event }) => event.aggregateId,
  payload: ({ event }) => JSON.stringify(event.payload),
  requestId: ({ event }) => event.requestId ?? null,
};
