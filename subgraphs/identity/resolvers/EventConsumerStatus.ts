import type { EventConsumerStatusResolvers } from '../__generated__/resolvers-types';

export const EventConsumerStatus: EventConsumerStatusResolvers = {
  oldestPendingAt: (status) => status.oldestPendingAt ?? null,
  oldestPendingAgeSeconds: (status) =>
    status.oldestPendingAt ? Math.max(0, Math.floor((Date.now() - status.oldestPendingAt.getTime()) / 1000)) : 0,
};
