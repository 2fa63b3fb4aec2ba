import { Types } from 'mongoose';
import { userError, type UserError } from '../../../lib/errors';
import { requireText } from '../../../lib/validation';

export type InteractionKind = 'CALL' | 'EMAIL' | 'MEETING' | 'NOTE' | 'SYSTEM';
export type InteractionDirection = 'INBOUND' | 'OUTBOUND' | 'INTERNAL';

/** Kinds people log; SYSTEM entries are written only by the platform. */
export const LOGGABLE_KINDS: InteractionKind[] = ['CALL', 'EMAIL', 'MEETING', 'NOTE'];

/** How far in the future an interaction may be dated (clock skew). */
export const MAX_FUTURE_MS = 5 * 60_000;

/**
 * An interaction's id carries its occurrence time (to the second) in the ObjectId timestamp, so
 * ordering by _id (what cursor pagination uses) is ordering by occurrence, newest first; the
 * process-unique counter keeps ids unique and orders entries of the same second by creation.
 */
export function interactionIdFor(occurredAt: Date): Types.ObjectId {
  return new Types.ObjectId(Math.floor(occurredAt.getTime() / 1000));
}

export function defaultDirection(kind: InteractionKind): InteractionDirection {
  return kind === 'NOTE' || kind === 'SYSTEM' ? 'INTERNAL' : 'OUTBOUND';
}

export function validateInteraction(
  input: { kind: InteractionKind; subject: string; body?: string | null; outcome?: string | null; occurredAt?: Date | null },
  now: Date,
): UserError[] {
  return [
    ...(LOGGABLE_KINDS.includes(input.kind)
      ? []
      : [userError(['input', 'kind'], 'SYSTEM entries are written by the platform only.', 'INVALID')]),
    ...requireText(input.subject ?? '', ['input', 'subject']),
    ...requireText(input.body, ['input', 'body'], 20_000),
    ...requireText(input.outcome, ['input', 'outcome'], 500),
    ...(input.occurredAt && input.occurredAt.getTime() > now.getTime() + MAX_FUTURE_MS
      ? [userError(['input', 'occurredAt'], 'occurredAt may not be in the future.', 'INVALID')]
      : []),
  ];
}
