/** The read model of hr's user <-> employee links (consumer of `hr.user.linked`), and who the caller is. */
import type { EventEnvelope } from '../../../lib/events';
import { isEvent } from '../../../lib/events/catalog';
import { update } from '../../../lib/write';
import type { CustomersModels, UserLinkDoc } from '../models';

/** Applies a link change unless a newer one of the same user is already recorded (redeliveries and reordering are harmless). */
export async function recordUserLink(models: CustomersModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'hr.user.linked')) return;
  const { userId, employeeId, sequence } = event.payload;
  await update<UserLinkDoc>(
    models.UserLink,
    { userId },
    (current) => (current.sequence >= sequence ? null : { $set: { employeeId, sequence } }),
    { create: () => ({ employeeId: null, sequence: 0 }) },
  );
}

/** The employee linked to a `user:<id>` principal, or null (an API key, or a user hr has not linked). */
export async function employeeOfCaller(models: CustomersModels, principal: string): Promise<string | null> {
  const userId = /^user:(.+)$/.exec(principal)?.[1];
  if (!userId) return null;
  const link = await models.UserLink.findOne({ userId }).select({ employeeId: 1 }).lean<UserLinkDoc>();
  return link?.employeeId ?? null;
}
