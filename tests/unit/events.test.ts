import { createEvent, parseEnvelope, pickEnvelope, InvalidEventError } from '../../lib/events/envelope';
import { withEvents, withNewEvents } from '../../lib/events/outbox';
import { markApplied, onlyOnce } from '../../lib/events/consumer';

const base = { type: 'sales.order.confirmed', tenantId: 't1', producer: 'sales', aggregateId: 'o1', payload: { n: 1 } };

describe('event envelope', () => {
  it('creates an envelope with a fresh id, UTC time and schema version 1', () => {
    const a = createEvent({ ...base, occurredAt: new Date(Date.UTC(2026, 0, 31, 9, 15)) });
    const b = createEvent(base);
    expect(a).toEqual({ ...base, id: expect.any(String), occurredAt: '2026-01-31T09:15:00.000Z', schemaVersion: 1 });
    expect(a.id).not.toBe(b.id);
    expect(b.occurredAt.endsWith('Z')).toBe(true);
    expect(createEvent({ ...base, schemaVersion: 3, requestId: 'r-1', id: 'fixed' })).toMatchObject({
      id: 'fixed',
      schemaVersion: 3,
      requestId: 'r-1',
    });
    expect('requestId' in a).toBe(false);
  });

  it('refuses malformed events with every problem named', () => {
    expect(() => createEvent({ ...base, type: 'OrderConfirmed' })).toThrow(InvalidEventError);
    expect(() => createEvent({ ...base, type: 'sales.order' })).toThrow(/type/);
    expect(() => createEvent({ ...base, tenantId: '' })).toThrow(/tenantId/);
    expect(() => createEvent({ ...base, schemaVersion: 0 })).toThrow(/schemaVersion/);
    const valid = createEvent(base);
    expect(() => parseEnvelope({ ...valid, occurredAt: '2026-01-31T10:15:00+01:00' })).toThrow(/occurredAt/);
    expect(() => parseEnvelope({ ...valid, extra: 1 })).toThrow(/extra|Unrecognized/);
    expect(() => parseEnvelope({ ...valid, payload: [1] })).toThrow(/payload/);
    expect(() => parseEnvelope(null)).toThrow(InvalidEventError);
  });

  it('picks the envelope out of a stored document', () => {
    const event = createEvent(base);
    expect(pickEnvelope({ ...event, _id: 7, publishedAt: new Date(), requestId: null })).toEqual(event);
  });
});

describe('outbox and applied-once fragments', () => {
  it('adds events to an update as one push, keeping the update and other pushes', () => {
    const e1 = createEvent(base);
    const e2 = createEvent({ ...base, type: 'sales.order.fulfilled' });
    expect(withEvents({ $set: { status: 'CONFIRMED' }, $push: { notes: 'x' } }, e1, e2)).toEqual({
      $set: { status: 'CONFIRMED' },
      $push: { notes: 'x', outbox: { $each: [e1, e2] } },
    });
    const update = { $set: { a: 1 } };
    expect(withEvents(update)).toBe(update);
    expect(() => withEvents({ $push: { outbox: 1 } }, e1)).toThrow(/already/);
    expect(() => withEvents({}, { ...e1, type: 'bad' })).toThrow(InvalidEventError);
    expect(withNewEvents({ number: 'SO-1' }, e1)).toEqual({ number: 'SO-1', outbox: [e1] });
  });

  it('guards a handler write by event id', () => {
    expect(markApplied({ $inc: { n: 1 }, $push: { log: 'a' } }, 'ev1')).toEqual({
      $inc: { n: 1 },
      $push: { log: 'a', appliedEventIds: 'ev1' },
    });
    const filter = onlyOnce('ev1') as { appliedEventIds: unknown };
    expect(JSON.parse(JSON.stringify(filter.appliedEventIds))).toEqual({ $ne: 'ev1' });
    // marked trusted, so mongoose's sanitizeFilter keeps the operator instead of wrapping it in $eq
    expect(Object.getOwnPropertySymbols(filter.appliedEventIds).length).toBe(1);
  });
});
