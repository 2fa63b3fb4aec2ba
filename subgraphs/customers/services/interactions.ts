/** Every write of the timeline: interactions people log, and the entries the platform adds from events. */
import { userError } from '../../../lib/errors';
import { isEvent, type DomainEvent, type EventEnvelope } from '../../../lib/events';
import { formatAmount } from '../../../lib/money';
import { assertNoUserErrors } from '../../../lib/mutation';
import type { Actor } from '../../../lib/signed-context';
import { findOrCreate, insert } from '../../../lib/write';
import type { LogInteractionInput } from '../__generated__/resolvers-types';
import { validateRefId } from '../domain/customer';
import { defaultDirection, interactionIdFor, validateInteraction } from '../domain/interaction';
import { interactionLogged } from '../events/publish';
import type { CustomersModels, InteractionDoc } from '../models';
import { recordInteractionTime, requireCustomer } from './customers';
import { requireTicket } from './tickets';

/** Logs a call, email, meeting or note, stores `customers.interaction.logged` with it, and moves the customer's last interaction time. */
export async function logInteraction(
  models: CustomersModels,
  input: LogInteractionInput,
  actor?: Actor,
): Promise<InteractionDoc> {
  const now = new Date();
  assertNoUserErrors([
    ...validateInteraction(input, now),
    ...(input.employeeIds ?? []).flatMap((id, i) => validateRefId(id, ['input', 'employeeIds', String(i)])),
    ...validateRefId(input.dealId, ['input', 'dealId']),
    ...validateRefId(input.orderId, ['input', 'orderId']),
  ]);
  const customer = await requireCustomer(models, input.customerId, ['input', 'customerId']);
  const contactIds = [...new Set(input.contactIds ?? [])];
  const known = new Set(customer.contacts.map((c) => c._id.toString()));
  assertNoUserErrors(
    contactIds.flatMap((id, i) =>
      known.has(id)
        ? []
        : [userError(['input', 'contactIds', String(i)], `Contact ${id} is not a contact of this customer.`, 'NOT_FOUND')],
    ),
  );
  if (input.ticketId) await requireTicket(models, input.ticketId, ['input', 'ticketId']);
  const occurredAt = input.occurredAt ?? now;
  const _id = interactionIdFor(occurredAt);
  const interaction = {
    _id,
    customerId: customer._id.toString(),
    kind: input.kind,
    occurredAt,
    direction: input.direction ?? defaultDirection(input.kind),
    subject: input.subject.trim(),
    body: input.body ?? null,
    outcome: input.outcome?.trim() || null,
    contactIds,
    employeeIds: [...new Set(input.employeeIds ?? [])],
    dealId: input.dealId ?? null,
    orderId: input.orderId ?? null,
    ticketId: input.ticketId ?? null,
    idempotencyKey: _id.toString(),
  };
  const created = await insert<InteractionDoc>(models.Interaction, interaction, {
    events: [interactionLogged(interaction, actor?.requestId)],
  });
  await recordInteractionTime(models, interaction.customerId, occurredAt);
  return created;
}

/**
 * A SYSTEM entry "Invoice <number> overdue: reminder <level>" (consumer of `finance.invoice.overdue`),
 * once per event, like recordInvoicePaid's.
 */
async function recordInvoiceOverdue(models: CustomersModels, event: DomainEvent<'finance.invoice.overdue'>): Promise<void> {
  const p = event.payload;
  const occurredAt = new Date(event.occurredAt);
  await findOrCreate<InteractionDoc>(
    models.Interaction,
    { idempotencyKey: `event:${event.id}` },
    () => ({
      _id: interactionIdFor(occurredAt),
      customerId: p.customerId,
      kind: 'SYSTEM',
      occurredAt,
      direction: defaultDirection('SYSTEM'),
      subject: `Invoice ${p.number} overdue: reminder ${p.level} (${p.daysOverdue} days past due, ${formatAmount(p.amountDue.minor, p.amountDue.currency)} ${p.amountDue.currency} due)`,
      dealId: null,
      orderId: null,
      ticketId: null,
    }),
    { events: (created) => [interactionLogged(created as unknown as InteractionDoc, event.requestId)] },
  );
}

/**
 * A SYSTEM entry "Invoice <number> paid" (consumer of `finance.invoice.statusChanged` to PAID), once
 * per event: its unique idempotency key derives from the event id. SYSTEM entries do not move the
 * customer's last interaction time.
 */
export async function recordInvoicePaid(models: CustomersModels, event: EventEnvelope): Promise<void> {
  if (isEvent(event, 'finance.invoice.overdue')) return recordInvoiceOverdue(models, event);
  if (!isEvent(event, 'finance.invoice.statusChanged') || event.payload.toStatus !== 'PAID') return;
  const p = event.payload;
  const occurredAt = new Date(event.occurredAt);
  await findOrCreate<InteractionDoc>(
    models.Interaction,
    { idempotencyKey: `event:${event.id}` },
    () => ({
      _id: interactionIdFor(occurredAt),
      customerId: p.customerId,
      kind: 'SYSTEM',
      occurredAt,
      direction: defaultDirection('SYSTEM'),
      subject: `Invoice ${p.number} paid`,
      dealId: p.dealId ?? null,
      orderId: p.orderId ?? null,
      ticketId: null,
    }),
    { events: (created) => [interactionLogged(created as unknown as InteractionDoc, event.requestId)] },
  );
}
