/**
 * What identity consumes:
 * - other domains' actions that belong in the tenant's audit log, appended as audit events
 *   (`identity.audit`). Today finance's period close and reopen, and its year-end closing. Each event is recorded once however
 *   often it is delivered: the audit event's `_id` derives from the event id, so a redelivery meets
 *   the primary key.
 * - every event type, for partner webhooks (`identity.webhooks`). Which types an endpoint wants is
 *   data (its `eventTypes`), so the group reads them all and records a delivery only for the event's
 *   own tenant's endpoints subscribed to its type; a redelivered event finds the delivery it made before.
 */
import { createHash } from 'node:crypto';
import mongoose from 'mongoose';
import { isEvent, type EventEnvelope, type EventHandler } from '../../../lib/events';
import { formatAmount } from '../../../lib/money';
import type { ConsumerDefinition } from '../../../lib/subgraph';
import { findOrCreate } from '../../../lib/write';
import type { AuditEventDoc, IdentityModels } from '../models';
import { recordWebhookDeliveries } from '../services/webhooks';

/** The audit event's id for a domain event: the first 12 bytes of the SHA-256 of its id. */
export const auditIdOf = (eventId: string) =>
  new mongoose.Types.ObjectId(createHash('sha256').update(`audit:${eventId}`).digest('hex').slice(0, 24));

async function record(models: IdentityModels, event: EventEnvelope, fields: Pick<AuditEventDoc, 'type' | 'actor' | 'message'>) {
  await findOrCreate<AuditEventDoc>(models.AuditEvent, { _id: auditIdOf(event.id) }, () => ({
    ...fields,
    requestId: event.requestId ?? null,
    ip: null,
    at: new Date(event.occurredAt),
  }));
}

async function handle(models: IdentityModels, event: EventEnvelope): Promise<void> {
  if (isEvent(event, 'finance.period.closed')) {
    const p = event.payload;
    await record(models, event, {
      type: 'PERIOD_CLOSED',
      actor: p.actor,
      message: `Closed the books up to ${p.closedUntil}${p.previousUntil ? ` (was ${p.previousUntil})` : ''}.`,
    });
  } else if (isEvent(event, 'finance.period.reopened')) {
    const p = event.payload;
    await record(models, event, {
      type: 'PERIOD_REOPENED',
      actor: p.actor,
      message: `Reopened the books from ${p.previousUntil} to ${p.closedUntil ?? 'no lock date'}: ${p.reason}`,
    });
  } else if (isEvent(event, 'finance.year.closed')) {
    const p = event.payload;
    const moved = p.entries.map(
      (e) => `${formatAmount(e.netIncome.minor, e.netIncome.currency)} ${e.netIncome.currency} (${e.number})`,
    );
    await record(models, event, {
      type: 'YEAR_CLOSED',
      actor: p.actor,
      message: `Closed the financial year ending ${p.yearEnd} into retained earnings: ${moved.join(', ')}.`,
    });
  }
}

export const IDENTITY_EVENT_TYPES = ['finance.period.closed', 'finance.period.reopened', 'finance.year.closed'];

export const WEBHOOKS_GROUP = 'identity.webhooks';

export function identityConsumers(models: IdentityModels): ConsumerDefinition[] {
  const handler: EventHandler = (event) => handle(models, event);
  return [
    { group: 'identity.audit', types: IDENTITY_EVENT_TYPES, handle: handler },
    {
      group: WEBHOOKS_GROUP,
      types: ['*'],
      handle: async (event) => {
        await recordWebhookDeliveries(models, event);
      },
    },
  ];
}
