import type { DeadLetterResolvers } from '../__generated__/resolvers-types';
import { statusName } from '../models';

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
