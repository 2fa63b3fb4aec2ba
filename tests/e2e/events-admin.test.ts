/**
 * Event administration through the gateway: a tenant admin sees its own tenant's events, consumer
 * lag and dead letters (of every group, kept in the shared events database), and replays a dead
 * letter; the consumer that owns it, running elsewhere, picks the request up. A real EventConsumer
 * on the platform's bus plays a domain consumer here (the domain flows live in the subgraphs).
 */
import { createEvent, EventConsumer, type EventEnvelope } from '../../lib/events';
import { createServiceMetrics } from '../../lib/metrics';
import { eventMetricsSource } from '../../lib/subgraph';
import { graphql } from '../helpers/graphql';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';

let platform: TestPlatform;
let consumer: EventConsumer;
const GROUP = 'finance.test-admin-drafter';
const handled: string[] = [];
let broken = true;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Event types no domain consumer handles: only this test's group reacts to them (and dead-letters them).
const publish = (tenantId: string, aggregateId: string, payload: Record<string, unknown>, type = 'probe.deal.won') =>
  platform.subgraphs.sales.events.bus.publish(createEvent({ type, tenantId, producer: 'sales', aggregateId, payload }));

// This group's letters only: the platform's real consumers (finance, inventory) also dead-letter the
// test's payloads, which are not the catalog's shapes.
const DEAD_LETTERS = `query($filter: DeadLetterFilter = { group: "finance.test-admin-drafter" }, $after: String) {
  deadLetters(first: 10, after: $after, filter: $filter) {
    totalCount
    edges { node { id group status attempts lastError blockedBy eventType aggregateId payload } }
  }
}`;

beforeAll(async () => {
  platform = await startTestPlatform();
  const finance = platform.subgraphs.finance;
  // Like a finance consumer group: processed ids in finance's database, dead letters in the shared events database.
  consumer = new EventConsumer({
    bus: finance.events.bus,
    connection: finance.database.connection,
    deadLetterConnection: finance.events.database.connection,
    group: GROUP,
    types: ['probe.deal.won'],
    maxAttempts: 2,
    retryDelayMs: 1,
    handle: async (e: EventEnvelope) => {
      if (e.payload.poison && broken) throw new Error('cannot draft an invoice for this deal');
      handled.push(`${e.tenantId}:${e.aggregateId}:${e.payload.step}`);
    },
  });
  const { tenantA, tenantB } = platform;
  await publish(tenantA.id, 'deal-1', { step: 1, poison: true });
  await publish(tenantA.id, 'deal-2', { step: 1 });
  await publish(tenantA.id, 'deal-1', { step: 2 }); // parked behind the poison
  await publish(tenantB.id, 'deal-9', { step: 1, poison: true });
  await publish(tenantA.id, 'deal-2', { step: 1 }, 'probe.order.confirmed'); // not this group's type
  while ((await consumer.runOnce()) > 0);
});

afterAll(async () => {
  await consumer?.stop();
  await platform?.stop();
});

describe('event administration through the gateway', () => {
  it('lists only the tenant own events, newest first, with filters and cursor pages', async () => {
    const { tenantA, tenantB } = platform;
    const page1 = await tenantA.data(
      `{ events(first: 2) { edges { cursor node { id type aggregateId producer schemaVersion payload position publishedAt occurredAt } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(page1.events.edges.map((e: any) => [e.node.type, e.node.aggregateId])).toEqual([
      ['probe.order.confirmed', 'deal-2'],
      ['probe.deal.won', 'deal-1'],
    ]);
    expect(JSON.parse(page1.events.edges[1].node.payload)).toEqual({ step: 2 });
    expect(page1.events.pageInfo.hasNextPage).toBe(true);
    const page2 = await tenantA.data(
      `query($after: String) { events(first: 10, after: $after) { edges { node { aggregateId } } pageInfo { hasNextPage } } }`,
      {
        after: page1.events.pageInfo.endCursor,
      },
    );
    expect(page2.events.edges.map((e: any) => e.node.aggregateId)).toEqual(['deal-2', 'deal-1']);
    expect(page2.events.pageInfo.hasNextPage).toBe(false);

    const filtered = await tenantA.data(
      `{ events(filter: { type: "probe.deal.won", aggregateId: "deal-1" }) { edges { node { aggregateId type } } } }`,
    );
    expect(filtered.events.edges).toHaveLength(2);
    const ofB = await tenantB.data(`{ events { edges { node { aggregateId } } } }`);
    expect(ofB.events.edges.map((e: any) => e.node.aggregateId)).toEqual(['deal-9']);
    const bad = await tenantA.query(`{ events(after: "bm9wZQ") { edges { cursor } } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows each consumer group, its lag and open dead letters for the tenant', async () => {
    const { tenantA } = platform;
    const data = await tenantA.data(
      `{ eventConsumers { totalCount edges { node { group position pending oldestPendingAt oldestPendingAgeSeconds openDeadLetters } } } }`,
    );
    const mine = data.eventConsumers.edges.map((e: any) => e.node).find((n: any) => n.group === GROUP);
    expect(mine).toEqual({
      group: GROUP,
      position: '5',
      pending: 0,
      oldestPendingAt: null,
      oldestPendingAgeSeconds: 0,
      openDeadLetters: 2,
    });

    // A burst the group has not read yet shows as lag.
    await publish(tenantA.id, 'deal-3', { step: 1 });
    const behind = await tenantA.data(`{ eventConsumers { edges { node { group pending oldestPendingAt } } } }`);
    const lagging = behind.eventConsumers.edges.map((e: any) => e.node).find((n: any) => n.group === GROUP);
    expect(lagging.pending).toBe(1);
    expect(Date.parse(lagging.oldestPendingAt)).not.toBeNaN();
    while ((await consumer.runOnce()) > 0);
  });

  it('exposes the group lag and dead-letter counts as Prometheus metrics', async () => {
    const finance = platform.subgraphs.finance;
    const metrics = createServiceMetrics('finance', { defaultMetrics: false });
    metrics.observeEvents(eventMetricsSource(finance.events.bus, finance.events.database.connection, [GROUP]));
    const text = await metrics.registry.metrics();
    expect(text).toContain(`event_consumer_lag_events{group="${GROUP}",service="finance"} 0`);
    expect(text).toContain(`event_dead_letters{group="${GROUP}",status="failed",service="finance"} 2`); // one per tenant
    expect(text).toContain(`event_dead_letters{group="${GROUP}",status="parked",service="finance"} 1`);
  });

  it('keeps dead letters and their replay within the tenant, and needs events:admin', async () => {
    const { tenantA, tenantB } = platform;
    const ofA = (await tenantA.data(DEAD_LETTERS)).deadLetters;
    expect(ofA.totalCount).toBe(2);
    expect(ofA.edges.map((e: any) => [e.node.status, e.node.aggregateId, e.node.attempts])).toEqual([
      ['PARKED', 'deal-1', 0],
      ['FAILED', 'deal-1', 2],
    ]);
    const failed = ofA.edges[1].node;
    expect(failed).toMatchObject({ group: GROUP, eventType: 'probe.deal.won', lastError: expect.stringMatching(/cannot draft/) });
    expect(ofA.edges[0].node.blockedBy).toBe(failed.id);
    const ofB = (await tenantB.data(DEAD_LETTERS)).deadLetters;
    expect(ofB.edges.map((e: any) => e.node.aggregateId)).toEqual(['deal-9']);
    expect((await tenantA.data(DEAD_LETTERS, { filter: { status: 'PARKED', group: GROUP } })).deadLetters.totalCount).toBe(1);

    const REPLAY = `mutation($id: ID!) { replayDeadLetter(input: { id: $id }) { deadLetter { id status replayRequestedAt } userErrors { field code message } } }`;
    const fromB = await tenantB.data(REPLAY, { id: failed.id });
    expect(fromB.replayDeadLetter).toEqual({
      deadLetter: null,
      userErrors: [{ field: ['input', 'id'], code: 'NOT_FOUND', message: expect.any(String) }],
    });
    const parked = await tenantA.data(REPLAY, { id: ofA.edges[0].node.id });
    expect(parked.replayDeadLetter.userErrors).toEqual([
      { field: ['input', 'id'], code: 'ILLEGAL_TRANSITION', message: expect.stringMatching(/PARKED/) },
    ]);

    const viewerKey = (
      await tenantA.data(`mutation { createApiKey(input: { name: "viewer", scopes: ["customers:read"] }) { key } }`)
    ).createApiKey.key;
    const denied = await graphql(platform.gatewayUrl, REPLAY, { id: failed.id }, { 'x-api-key': viewerKey });
    expect(denied.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const deniedRead = await graphql(platform.gatewayUrl, DEAD_LETTERS, {}, { 'x-api-key': viewerKey });
    expect(deniedRead.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });

    broken = false; // the fix is deployed
    const requested = await tenantA.data(REPLAY, { id: failed.id });
    expect(requested.replayDeadLetter).toMatchObject({
      deadLetter: { id: failed.id, status: 'REPLAY_REQUESTED' },
      userErrors: [],
    });
    expect((await tenantA.data(REPLAY, { id: failed.id })).replayDeadLetter.userErrors[0].code).toBe('ILLEGAL_TRANSITION');

    // The owning consumer (polling in its own loop, as in its service) replays it, then the parked event, in order.
    consumer.start();
    await waitFor('the replay', async () => {
      const letters = (await tenantA.data(DEAD_LETTERS)).deadLetters.edges.map((e: any) => e.node.status);
      return letters.every((s: string) => s === 'REPLAYED');
    });
    expect(handled.filter((h) => h.endsWith('deal-1:1') || h.endsWith('deal-1:2'))).toEqual([
      `${tenantA.id}:deal-1:1`,
      `${tenantA.id}:deal-1:2`,
    ]);
    expect((await tenantB.data(DEAD_LETTERS)).deadLetters.edges[0].node.status).toBe('FAILED'); // B's untouched
  });
});
