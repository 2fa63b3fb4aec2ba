/**
 * The event envelope: what every domain event carries, whichever bus moves it.
 * Pure (no I/O); `parseEnvelope` is the one place an envelope read back from storage is checked.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';

export interface EventEnvelope<P = Record<string, unknown>> {
  /** Opaque and unique; consumers remember it to process each event at most once in effect. */
  id: string;
  /** `<domain>.<aggregate>.<what happened>`, e.g. `sales.order.confirmed`. */
  type: string;
  tenantId: string;
  /** ISO-8601 UTC, e.g. `2026-01-31T09:15:00.000Z`. */
  occurredAt: string;
  /** The service that produced it, e.g. `sales`. */
  producer: string;
  /** Version of `payload`'s shape for this `type`; consumers refuse versions they do not know. */
  schemaVersion: number;
  /** The aggregate (document) the event is about; ordering is guaranteed per aggregate. */
  aggregateId: string;
  payload: P;
  /** The request that caused it, when there was one (log correlation). */
  requestId?: string;
}

export const EVENT_TYPE_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-zA-Z0-9_]*){2,}$/;
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

const envelopeSchema = z
  .object({
    id: z.string().min(1).max(200),
    type: z.string().regex(EVENT_TYPE_PATTERN, 'type must look like domain.aggregate.happened'),
    tenantId: z.string().min(1),
    occurredAt: z
      .string()
      .regex(UTC_INSTANT, 'occurredAt must be an ISO-8601 UTC instant')
      .refine((s) => !Number.isNaN(Date.parse(s)), 'occurredAt must be a real instant'),
    producer: z.string().min(1),
    schemaVersion: z.number().int().positive(),
    aggregateId: z.string().min(1),
    payload: z.record(z.unknown()),
    requestId: z.string().min(1).optional(),
  })
  .strict();

export class InvalidEventError extends Error {}

/** Checks an envelope (e.g. one read back from a bus) and returns it typed; throws InvalidEventError. */
export function parseEnvelope(raw: unknown): EventEnvelope {
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(envelope)'}: ${i.message}`);
    throw new InvalidEventError(`Invalid event: ${problems.join('; ')}`);
  }
  return parsed.data as EventEnvelope;
}

export interface NewEvent<P> {
  type: string;
  tenantId: string;
  producer: string;
  aggregateId: string;
  payload: P;
  schemaVersion?: number;
  requestId?: string;
  /** Defaults to now. */
  occurredAt?: Date;
  /** Defaults to a random UUID; pass one only to make a retried command produce the same event. */
  id?: string;
}

/** A new, valid envelope: a fresh id, the time now in UTC, schema version 1 unless given. */
export function createEvent<P extends Record<string, unknown>>(input: NewEvent<P>): EventEnvelope<P> {
  const event: EventEnvelope<P> = {
    id: input.id ?? randomUUID(),
    type: input.type,
    tenantId: input.tenantId,
    occurredAt: (input.occurredAt ?? new Date()).toISOString(),
    producer: input.producer,
    schemaVersion: input.schemaVersion ?? 1,
    aggregateId: input.aggregateId,
    payload: input.payload,
    ...(input.requestId ? { requestId: input.requestId } : {}),
  };
  parseEnvelope(event); // refuse a malformed event at the producer, not at every consumer
  return event;
}

/** The envelope's own fields only (drops storage fields such as `_id` or a log position). */
export function pickEnvelope(doc: Record<string, unknown>): EventEnvelope {
  const { id, type, tenantId, occurredAt, producer, schemaVersion, aggregateId, payload, requestId } = doc;
  return parseEnvelope({
    id,
    type,
    tenantId,
    occurredAt,
    producer,
    schemaVersion,
    aggregateId,
    payload,
    ...(requestId === undefined || requestId === null ? {} : { requestId }),
  });
}
