/** Replays of dead letters, asked for by an events admin; the write is lib/events' own (`requestReplay`). */
import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { deadLetterModel, requestReplay, type DeadLetter, type DeadLetterStatus } from '../../../lib/events';
import type { SubgraphEventsAccess } from '../../../lib/subgraph';
import { statusName } from '../models';

/**
 * Marks a FAILED dead letter of the tenant for replay (the owning group's process picks it up);
 * NOT_FOUND when the tenant has no such letter, ILLEGAL_TRANSITION when it is not FAILED.
 */
export async function replayDeadLetter(events: SubgraphEventsAccess, tenantId: string, id: string): Promise<DeadLetter> {
  const requested = await requestReplay(events.connection, tenantId, id);
  if (requested) return requested;
  const field = ['input', 'id'];
  const existing = mongoose.isObjectIdOrHexString(id)
    ? await deadLetterModel(events.connection).findOne({ _id: id, tenantId }, { status: 1 }).lean<{ status: DeadLetterStatus }>()
    : null;
  if (!existing) throw new UserErrors([userError(field, `Dead letter ${id} not found.`, 'NOT_FOUND')]);
  throw new UserErrors([
    userError(
      field,
      `Dead letter ${id} is ${statusName(existing.status)}; only a FAILED one can be replayed.`,
      'ILLEGAL_TRANSITION',
    ),
  ]);
}
