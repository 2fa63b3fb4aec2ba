import { runMutation } from '../../../lib/mutation';
import { UserErrors } from '../../../lib/errors';
import type {
  DeadLetterResolvers,
  DomainEventResolvers,
  EventConsumerStatusResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../__generated__/resolvers-types';
import { consumerStatuses, deadLetters, recentEvents, replayDeadLetter, statusName } from '../events-admin';

/** Admin reads of the event bus: always the caller's tenant (`events:admin`). */
export const EventsQuery: Pick<QueryResolvers, 'events' | 'eventConsumers' | 'deadLetters'> = {
  events: (_, args, { events, tenantId }) => recentEvents(events, tenantId, args),
  eventConsumers: (_, args, { events, tenantId }) => consumerStatuses(events, tenantId, args),
  deadLetters: (_, args, { events, tenantId }) => deadLetters(events, tenantId, args),
};

export const EventsMutation: Pick<MutationResolvers, 'replayDeadLetter'> = {
  replayDeadLetter: (_, { input }, { events, tenantId }) =>
    runMutation(async () => {
      const result = await replayDeadLetter(events, tenantId, input.id);
      if ('deadLetter' in result) return { deadLetter: result.deadLetter };
      const field = ['input', 'id'];
      if (result.error === 'NOT_FOUND') {
        throw new UserErrors([{ field, message: `Dead letter ${input.id} not found.`, code: 'NOT_FOUND' }]);
      }
      throw new UserErrors([
        {
          field,
          message: `Dead letter ${input.id} is ${statusName(result.status!)}; only a FAILED one can be replayed.`,
          code: 'ILLEGAL_TRANSITION',
        },
      ]);
    }),
};

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

export const EventConsumerStatus: EventConsumerStatusResolvers = {
  oldestPendingAt: (status) => status.oldestPendingAt ?? null,
  oldestPendingAgeSeconds: (status) =>
    status.oldestPendingAt ? Math.max(0, Math.floor((Date.now() - status.oldestPendingAt.getTime()) / 1000)) : 0,
};

export const DeadLetter: DeadLetterResolvers = {
  id: (letter) => String(letter._id),
  status: (letter) => statusName(letter.status),
  lastError: (letter) => letter.lastError ?? null,
  blockedBy: (letter) => letter.blockedBy ?? null,
  eventType: (letter) => letter.type,
  occurredAt: (letter) => new Date(letter.event.occurredAt),
  payload: (letter) => JSON.stringify(letter.event.payload),
  replayRequestedAt: (letter) => letter.replayRequestedAt ?? null,
  replayedAt: (letter) => letter.replayedAt ?? null,
};
