/**
 * Views of the shared event infrastructure that the admin queries return (the records live in
 * the `events` database, owned by lib/events; identity only reads them and asks for replays).
 */
import type { DeadLetter, DeadLetterStatus, GroupStatus, LoggedEvent } from '../../../lib/events';
import type { Connection as Page } from '../../../lib/pagination';

export type DomainEventModel = LoggedEvent;
export type DomainEventConnectionModel = Page<LoggedEvent>;
export type EventConsumerStatusModel = GroupStatus & { openDeadLetters: number };
export type EventConsumerConnectionModel = Page<EventConsumerStatusModel>;
export type DeadLetterModel = DeadLetter;
export type DeadLetterConnectionModel = Page<DeadLetter>;

/** The API's names for dead-letter statuses, and back. */
export const DEAD_LETTER_STATUS = {
  FAILED: 'failed',
  PARKED: 'parked',
  REPLAY_REQUESTED: 'replay_requested',
  REPLAYED: 'replayed',
} as const satisfies Record<string, DeadLetterStatus>;
export type DeadLetterStatusName = keyof typeof DEAD_LETTER_STATUS;
export const statusName = (status: DeadLetterStatus) =>
  (Object.keys(DEAD_LETTER_STATUS) as DeadLetterStatusName[]).find((name) => DEAD_LETTER_STATUS[name] === status)!;
