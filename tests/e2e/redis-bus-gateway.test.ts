/**
 * `EVENT_BUS=redis` end to end (the compose `redis` profile): the subgraphs publish to Redis
 * Streams, and the gateway's event tail reads the same streams, so subscriptions deliver (and
 * revocations and cache invalidations arrive) as on the MongoDB log.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createCustomer } from '../helpers/fixtures';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';
import { startTestRedis, type TestRedis } from '../helpers/redis';

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('the gateway on the Redis Streams bus', () => {
  let redis: TestRedis;
  let platform: TestPlatform;

  beforeAll(async () => {
    redis = await startTestRedis();
    platform = await startTestPlatform({ events: { bus: 'redis', redisUrl: redis.url } });
  });

  afterAll(async () => {
    await platform?.stop();
    await redis?.stop();
  });

  it('delivers a subscription from events published to Redis', async () => {
    const customerId = await createCustomer(platform.tenantA, 'Streams Customer Ltd');
    const results: any[] = [];
    const client = createClient({
      url: platform.gatewayUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { 'x-api-key': platform.tenantA.key },
      retryAttempts: 0,
    });
    const dispose = client.subscribe(
      { query: `subscription { ticketAssigned { subject } }` },
      { next: (r) => void results.push(r), error: (e) => void results.push({ error: e }), complete: () => undefined },
    );
    try {
      // Give the subscription time to be accepted before the event is published.
      await new Promise((r) => setTimeout(r, 300));
      const created = await platform.tenantA.data(
        `mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id } userErrors { code } } }`,
        { i: { customerId, subject: 'Printer on fire', assigneeId: 'emp-streams' } },
      );
      expect(created.createTicket.userErrors).toEqual([]);
      await waitFor('the ticketAssigned event', () => results.length > 0);
      expect(results[0]).toEqual({ data: { ticketAssigned: { subject: 'Printer on fire' } } });
    } finally {
      dispose();
      await client.dispose();
    }
  });
});
