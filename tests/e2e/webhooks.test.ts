/**
 * Partner webhooks through the gateway, delivered to a real HTTP receiver started here: signatures
 * a receiver verifies by recomputing them, a retry after a 500, a dead letter after a day of
 * retries (the sender job's clock moved forward, not waited for), the endpoint disabled after
 * failing deliveries in a row (audited), redelivery, no cross-tenant delivery, scope refusal, and
 * the production address guard (SSRF).
 */
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEvent } from '../../lib/events';
import { runWithTenant } from '../../lib/tenancy';
import type { IdentityModels } from '../../subgraphs/identity/models';
import { WEBHOOK_SENDER_JOB } from '../../subgraphs/identity/jobs/webhook-sender';
import { sendWebhook } from '../../subgraphs/identity/services/webhook-sender';
import { createWebhookEndpoint, recordWebhookDeliveries } from '../../subgraphs/identity/services/webhooks';
import { graphql } from '../helpers/graphql';
import { settleEvents, startTestPlatform, type TestPlatform } from '../helpers/platform';

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  status: number;
}

let platform: TestPlatform;
let receiver: http.Server;
let receiverUrl: string;
const received: Received[] = [];
/** Statuses to answer per path, in order; then `defaults[path]` (else 200). */
const scripted = new Map<string, number[]>();
const defaults = new Map<string, number>();

const hits = (path: string) => received.filter((r) => r.path === path);
const identityModels = () => platform.subgraphs.identity.models as IdentityModels;
const sender = () => platform.subgraphs.identity.jobs[WEBHOOK_SENDER_JOB];

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What a partner's receiver does: recompute HMAC-SHA256 over `${t}.${body}` and compare. */
function verify(secret: string, r: Received): { t: number; ok: boolean } {
  const header = String(r.headers['x-webhook-signature'] ?? '');
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=') as [string, string]));
  const expected = createHmac('sha256', secret).update(`${parts.t}.${r.body}`).digest('hex');
  return { t: Number(parts.t), ok: parts.v1 === expected };
}

const CREATE = `mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    webhookEndpoint { id url eventTypes secretPrefix enabled consecutiveDeadDeliveries }
    userErrors { field code message }
  }
}`;
const DELIVERIES = `query($endpointId: ID!) {
  webhookDeliveries(endpointId: $endpointId, first: 50) {
    totalCount
    edges { node { id endpointId eventId eventType status attempts lastResponseCode lastError lastAttemptAt nextAttemptAt deliveredAt body } }
  }
}`;
const ENDPOINT = `query($id: ID!) { webhookEndpoint(id: $id) { id enabled disabledReason disabledAt consecutiveDeadDeliveries } }`;
const REDELIVER = `mutation($id: ID!) { redeliverWebhook(input: { deliveryId: $id }) { webhookDelivery { id status nextAttemptAt attempts } userErrors { field code message } } }`;

type Tenant = TestPlatform['tenantA'];

async function createEndpoint(tenant: Tenant, path: string, eventTypes: string[], secret?: string) {
  const created = (
    await tenant.data(CREATE, { input: { url: `${receiverUrl}${path}`, eventTypes, ...(secret ? { secret } : {}) } })
  ).createWebhookEndpoint;
  expect(created.userErrors).toEqual([]);
  return created as { secret: string; webhookEndpoint: { id: string; secretPrefix: string } };
}

async function deliveriesOf(tenant: Tenant, endpointId: string): Promise<any[]> {
  return (await tenant.data(DELIVERIES, { endpointId })).webhookDeliveries.edges.map((e: any) => e.node);
}

const publish = (tenantId: string, type: string, aggregateId: string, payload: Record<string, unknown>, id?: string) =>
  platform.subgraphs.sales.events.bus.publish(createEvent({ type, tenantId, producer: 'probe', aggregateId, payload, id }));

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const status = scripted.get(path)?.shift() ?? defaults.get(path) ?? 200;
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'nope');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  platform = await startTestPlatform();
});

afterAll(async () => {
  await platform?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

describe('partner webhooks', () => {
  it('deliver a real domain event, signed so the receiver can verify it, to its own tenant only', async () => {
    const { tenantA, tenantB } = platform;
    const a = await createEndpoint(tenantA, '/a', ['customers.customer.upserted']);
    expect(a.secret).toMatch(/^whsec_/);
    expect(a.webhookEndpoint.secretPrefix).toBe(`${a.secret.slice(0, 10)}…`);
    const b = await createEndpoint(tenantB, '/b', ['customers.customer.upserted'], 'tenant-b-secret-0123456789');
    const listed = await tenantA.data(`{ webhookEndpoints { totalCount edges { node { id url eventTypes enabled } } } }`);
    expect(listed.webhookEndpoints).toEqual({
      totalCount: 1,
      edges: [
        {
          node: { id: a.webhookEndpoint.id, url: `${receiverUrl}/a`, eventTypes: ['customers.customer.upserted'], enabled: true },
        },
      ],
    });
    expect(JSON.stringify(listed)).not.toContain(a.secret);

    const customerId = (
      await tenantA.data(`mutation { createCustomer(input: { name: "Hooked Ltd", kind: COMPANY }) { customer { id } } }`)
    ).createCustomer.customer.id;
    const [hit] = await waitFor('the delivery to tenant A', () => (hits('/a').length ? hits('/a') : undefined));
    const body = JSON.parse(hit.body);
    expect(body).toMatchObject({ type: 'customers.customer.upserted', payload: { customerId, name: 'Hooked Ltd' } });
    expect(body.tenantId).toBeUndefined();
    expect(hit.headers['content-type']).toBe('application/json');
    expect(hit.headers['x-webhook-event']).toBe('customers.customer.upserted');
    expect(hit.headers['x-webhook-event-id']).toBe(body.id);
    const { ok, t } = verify(a.secret, hit);
    expect(ok).toBe(true);
    expect(Math.abs(t - Date.now() / 1000)).toBeLessThan(60);
    expect(verify('whsec_not-the-secret', hit).ok).toBe(false);

    await waitFor('delivered', async () => (await deliveriesOf(tenantA, a.webhookEndpoint.id))[0]?.status === 'DELIVERED');
    const [delivery] = await deliveriesOf(tenantA, a.webhookEndpoint.id);
    expect(delivery).toMatchObject({
      eventId: body.id,
      status: 'DELIVERED',
      attempts: 1,
      lastResponseCode: 200,
      nextAttemptAt: null,
      body: hit.body,
    });
    expect(hit.headers['x-webhook-id']).toBe(delivery.id);

    // Tenant A's event went nowhere else; tenant B's own goes to B's endpoint only.
    await settleEvents(platform);
    expect(hits('/b')).toHaveLength(0);
    expect(await deliveriesOf(tenantB, b.webhookEndpoint.id)).toEqual([]);
    await tenantB.data(`mutation { createCustomer(input: { name: "Bee GmbH", kind: COMPANY }) { customer { id } } }`);
    const [hitB] = await waitFor('the delivery to tenant B', () => (hits('/b').length ? hits('/b') : undefined));
    expect(JSON.parse(hitB.body).payload.name).toBe('Bee GmbH');
    expect(verify('tenant-b-secret-0123456789', hitB).ok).toBe(true);
    await settleEvents(platform);
    expect(hits('/a')).toHaveLength(1);
    // A tenant cannot read, redeliver or change another's.
    expect((await tenantB.data(ENDPOINT, { id: a.webhookEndpoint.id })).webhookEndpoint).toBeNull();
    expect(await deliveriesOf(tenantB, a.webhookEndpoint.id)).toEqual([]);
    expect((await tenantB.data(REDELIVER, { id: delivery.id })).redeliverWebhook.userErrors).toEqual([
      { field: ['input', 'deliveryId'], code: 'NOT_FOUND', message: expect.any(String) },
    ]);
    const disable = await tenantB.data(
      `mutation($id: ID!) { disableWebhookEndpoint(input: { id: $id }) { userErrors { code } } }`,
      {
        id: a.webhookEndpoint.id,
      },
    );
    expect(disable.disableWebhookEndpoint.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
  });

  it('retry after a 500 at the backoff time (clock moved), then deliver; a duplicate event makes no second delivery', async () => {
    const { tenantA } = platform;
    const secret = 'flaky-secret-0123456789';
    const { webhookEndpoint } = await createEndpoint(tenantA, '/flaky', ['probe.webhook.tested'], secret);
    scripted.set('/flaky', [500]);
    const event = createEvent({
      type: 'probe.webhook.tested',
      tenantId: tenantA.id,
      producer: 'probe',
      aggregateId: 'thing-1',
      payload: { n: 1 },
    });
    await platform.subgraphs.sales.events.bus.publish(event);
    const failed = await waitFor('the first, failed attempt', async () => {
      const [d] = await deliveriesOf(tenantA, webhookEndpoint.id);
      return d?.lastResponseCode === 500 && d;
    });
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'HTTP 500' });
    const wait = Date.parse(failed.nextAttemptAt) - Date.parse(failed.lastAttemptAt);
    expect(wait).toBeGreaterThanOrEqual(24_000); // 30 s less at most 20 % jitter
    expect(wait).toBeLessThanOrEqual(30_000);

    // Not due yet at the real time; due at the moved clock.
    expect(await sender().runOnce(new Date())).toBe(0);
    expect(hits('/flaky')).toHaveLength(1);
    const later = new Date(Date.parse(failed.nextAttemptAt) + 1000);
    expect(await sender().runOnce(later)).toBe(1);
    const [first, second] = hits('/flaky');
    expect([first.status, second.status]).toEqual([500, 200]);
    expect(second.body).toBe(first.body);
    expect(verify(secret, first).ok && verify(secret, second).ok).toBe(true);
    expect(verify(secret, second).t).toBe(Math.floor(later.getTime() / 1000));
    expect(second.headers['x-webhook-attempt']).toBe('2');
    const [delivered] = await deliveriesOf(tenantA, webhookEndpoint.id);
    expect(delivered).toMatchObject({ status: 'DELIVERED', attempts: 2, lastResponseCode: 200, lastError: null });

    // The bus delivers the same event again: the consumer's processed ids, and the delivery's unique key behind them.
    await platform.subgraphs.sales.events.bus.publish(event);
    await settleEvents(platform);
    const again = await runWithTenant(tenantA.id, () => recordWebhookDeliveries(identityModels(), event));
    expect(again).toBe(0);
    expect(await deliveriesOf(tenantA, webhookEndpoint.id)).toHaveLength(1);
    expect(hits('/flaky')).toHaveLength(2);
  });

  it('dead-letter after a day of retries, disable the endpoint after 3 dead in a row (audited), and redeliver', async () => {
    const { tenantA } = platform;
    const secret = 'down-secret-0123456789';
    const { webhookEndpoint } = await createEndpoint(tenantA, '/down', ['probe.webhook.failed'], secret);
    defaults.set('/down', 500);
    for (const n of [1, 2, 3]) await publish(tenantA.id, 'probe.webhook.failed', `thing-${n}`, { n });
    await waitFor('three first attempts', async () => {
      const all = await deliveriesOf(tenantA, webhookEndpoint.id);
      return all.length === 3 && all.every((d) => d.attempts === 1 && d.lastResponseCode === 500) && all;
    });

    // A day and more, three hours a round: every due retry is made, then each delivery dies.
    let clock = Date.now();
    for (let round = 0; round < 40; round++) {
      clock += 3 * 3600_000;
      await sender().runOnce(new Date(clock));
      const all = await deliveriesOf(tenantA, webhookEndpoint.id);
      if (all.every((d) => d.status === 'DEAD')) break;
    }
    const dead = await deliveriesOf(tenantA, webhookEndpoint.id);
    expect(dead.map((d) => d.status)).toEqual(['DEAD', 'DEAD', 'DEAD']);
    for (const d of dead) {
      expect(d.attempts).toBeGreaterThan(8);
      expect(d.attempts).toBeLessThan(20);
      expect(d).toMatchObject({ lastResponseCode: 500, nextAttemptAt: null });
    }
    expect(hits('/down')).toHaveLength(dead.reduce((sum, d) => sum + d.attempts, 0));
    expect(hits('/down').every((r) => verify(secret, r).ok)).toBe(true);

    const endpoint = (await tenantA.data(ENDPOINT, { id: webhookEndpoint.id })).webhookEndpoint;
    expect(endpoint).toMatchObject({ enabled: false, disabledReason: 'FAILING', consecutiveDeadDeliveries: 3 });
    const audit = await tenantA.data(
      `{ auditLog(filter: { type: WEBHOOK_ENDPOINT_DISABLED }) { edges { node { actor message } } } }`,
    );
    expect(audit.auditLog.edges).toEqual([
      { node: { actor: 'system:webhooks', message: expect.stringContaining(webhookEndpoint.id) } },
    ]);

    // Disabled: new events make no delivery, and nothing can be redelivered until it is enabled.
    await publish(tenantA.id, 'probe.webhook.failed', 'thing-4', { n: 4 });
    await settleEvents(platform);
    expect(await deliveriesOf(tenantA, webhookEndpoint.id)).toHaveLength(3);
    const refused = await tenantA.data(REDELIVER, { id: dead[0].id });
    expect(refused.redeliverWebhook.userErrors).toEqual([
      { field: ['input', 'deliveryId'], code: 'ILLEGAL_TRANSITION', message: expect.any(String) },
    ]);

    const enabled = await tenantA.data(
      `mutation($id: ID!) { enableWebhookEndpoint(input: { id: $id }) { webhookEndpoint { enabled disabledReason consecutiveDeadDeliveries } userErrors { code } } }`,
      { id: webhookEndpoint.id },
    );
    expect(enabled.enableWebhookEndpoint).toEqual({
      webhookEndpoint: { enabled: true, disabledReason: null, consecutiveDeadDeliveries: 0 },
      userErrors: [],
    });
    defaults.set('/down', 204); // the partner fixed their side
    const before = hits('/down').length;
    const redelivered = await tenantA.data(REDELIVER, { id: dead[0].id });
    expect(redelivered.redeliverWebhook).toMatchObject({
      webhookDelivery: { id: dead[0].id, status: 'PENDING' },
      userErrors: [],
    });
    const done = await waitFor('the redelivery', async () => {
      const d = (await deliveriesOf(tenantA, webhookEndpoint.id)).find((x) => x.id === dead[0].id);
      return d?.status === 'DELIVERED' && d;
    });
    expect(done).toMatchObject({ attempts: dead[0].attempts + 1, lastResponseCode: 204 });
    expect(hits('/down')).toHaveLength(before + 1);
    const last = hits('/down')[before];
    expect(last.body).toBe(dead[0].body);
    expect(verify(secret, last).ok).toBe(true);
  });

  it('refuse callers without webhooks:admin, and bad input as userErrors', async () => {
    const { tenantA } = platform;
    const key = (
      await tenantA.data(`mutation { createApiKey(input: { name: "crm reader", scopes: ["customers:read"] }) { key } }`)
    ).createApiKey.key;
    const asReader = (q: string, v?: Record<string, unknown>) => graphql(platform.gatewayUrl, q, v ?? {}, { 'x-api-key': key });
    const read = await asReader(`{ webhookEndpoints { totalCount } }`);
    expect(read.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const write = await asReader(CREATE, { input: { url: `${receiverUrl}/x`, eventTypes: ['sales.deal.won'] } });
    expect(write.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const me = await tenantA.data(`{ me { scopes } }`);
    expect(me.me.scopes).toContain('webhooks:admin');

    const bad = await tenantA.data(CREATE, { input: { url: 'ftp://partner.example/x', eventTypes: ['nope'], secret: 'short' } });
    expect(bad.createWebhookEndpoint.webhookEndpoint).toBeNull();
    expect(bad.createWebhookEndpoint.secret).toBeNull();
    expect(bad.createWebhookEndpoint.userErrors.map((e: any) => e.field.join('.'))).toEqual([
      'input.url',
      'input.eventTypes.0',
      'input.secret',
    ]);
    const { webhookEndpoint } = await createEndpoint(tenantA, '/changed', ['sales.deal.won']);
    const rotated = await tenantA.data(
      `mutation($id: ID!) { updateWebhookEndpoint(input: { id: $id, eventTypes: ["sales.deal.won", "sales.deal.lost"], rotateSecret: true }) { secret webhookEndpoint { eventTypes secretPrefix } userErrors { code } } }`,
      { id: webhookEndpoint.id },
    );
    expect(rotated.updateWebhookEndpoint).toMatchObject({
      secret: expect.stringMatching(/^whsec_/),
      webhookEndpoint: { eventTypes: ['sales.deal.won', 'sales.deal.lost'] },
      userErrors: [],
    });
    expect(rotated.updateWebhookEndpoint.webhookEndpoint.secretPrefix).not.toBe(webhookEndpoint.secretPrefix);
  });

  it('in production, refuse URLs that resolve to loopback or private addresses, when saved and when sent', async () => {
    const production = { secretKeys: ['k'], allowPrivateNetworks: false };
    const caller = { principal: 'test', requestId: 'r', ip: undefined };
    for (const url of [
      `${receiverUrl}/ssrf`,
      'http://localhost:9/x',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]:9/x',
      'http://10.0.0.1/x',
    ]) {
      await expect(
        runWithTenant(platform.tenantA.id, () =>
          createWebhookEndpoint(identityModels(), production, { url, eventTypes: ['sales.deal.won'] }, caller),
        ),
      ).rejects.toMatchObject({ errors: [expect.objectContaining({ field: ['input', 'url'], code: 'INVALID' })] });
    }
    // A name resolving to loopback at send time (DNS rebinding) is refused by the connection's own lookup.
    const port = (receiver.address() as AddressInfo).port;
    const refused = await sendWebhook(`http://localhost:${port}/ssrf`, {}, '{}', {
      allowPrivateNetworks: false,
      timeoutMs: 2000,
    });
    expect(refused).toEqual({ status: null, error: expect.stringMatching(/refused/) });
    const literal = await sendWebhook(`http://127.0.0.1:${port}/ssrf`, {}, '{}', {
      allowPrivateNetworks: false,
      timeoutMs: 2000,
    });
    expect(literal).toEqual({ status: null, error: expect.stringMatching(/refused/) });
    expect(hits('/ssrf')).toHaveLength(0);
    // Development and tests allow them.
    expect(await sendWebhook(`http://localhost:${port}/ssrf`, {}, '{}', { allowPrivateNetworks: true, timeoutMs: 2000 })).toEqual(
      { status: 200 },
    );
  });
});
