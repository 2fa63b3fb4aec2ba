/**
 * Scenario d: subscriptions. `npm run bench -- --scenarios d [--subscribers 1000] [--events 20]
 * [--subscriber-keys 1000] [--event-interval 500]`
 *
 * Starts the database and every subgraph in this process on fresh databases, our gateway in
 * its own process (its RSS is its own), opens `subscribers` graphql-ws connections to it, each
 * with one `orderStatusChanged { number status customer { name } }` subscription (customer comes
 * from another subgraph, through the query plan), then measures two latencies,
 * `events` per phase, one every `event-interval` ms (same clock: publisher, client and subscribers are this process):
 * - publish -> receipt: sales.order.confirmed events published by hand on the shared bus, from just
 *   before the publish call to the subscriber's receipt (the gateway's own share);
 * - mutation response -> receipt: a real `confirmOrder` mutation through the gateway, from the
 *   moment its response arrives to the subscriber's receipt (what a user sees: sales' outbox
 *   relay, the bus, the gateway's poll and the federated resolution; default poll intervals).
 *
 * `subscriber-keys` spreads the subscribers over that many API keys (principals). Subscribers with
 * the same principal and operation share one execution per event, so 1000 keys is the worst case
 * (one federated query per subscriber per event) and 1 key the best.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ChildProcess } from 'node:child_process';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '../lib/env';
import { domainEvent } from '../lib/events';
import { dataOf, graphql } from '../lib/graphql-client';
import { startDatabase } from '../lib/mongo/server';
import { platformOptionsFrom, startPlatform } from '../scripts/platform';
import { createApiKey } from '../subgraphs/identity/services/api-keys';
import { createTenant } from '../subgraphs/identity/services/tenants';
import { BENCH_GATEWAY_LIMITS } from './platform';
import type { TargetConfig } from './target';

export interface SubscriptionBenchOptions {
  subscribers: number;
  events: number;
  keys: number;
  intervalMs: number;
  log: (msg: string) => void;
  startTarget(config: TargetConfig): Promise<{ child: ChildProcess; url: string }>;
  stopChild(child: ChildProcess): Promise<void>;
  rssMB(pid: number): number;
}

/** Latency figures of one phase, in ms. */
export interface LatencyFigures {
  events: number;
  delivered: number;
  expected: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface SubscriptionBenchResult {
  subscribers: number;
  /** Connections acknowledged (and not closed) when the events were published. */
  connected: number;
  keys: number;
  events: number;
  delivered: number;
  expected: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  rssIdleMB: number;
  rssSubscribedMB: number;
  rssMaxMB: number;
  /** Mutation response -> receipt, for real confirmOrder mutations through the gateway. */
  mutation: LatencyFigures & {
    /** The confirmOrder round trips themselves (p50 / p99). */
    mutationP50: number;
    mutationP99: number;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;

export async function runSubscriptionBench(o: SubscriptionBenchOptions): Promise<SubscriptionBenchResult> {
  const config = loadConfig();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-subs-'));
  const database = await startDatabase({ log: o.log, dataDir });
  const dbPrefix = `benchsubs${Date.now().toString(36)}`;
  const platform = await startPlatform({
    ...platformOptionsFrom(config, database.uri),
    dbPrefix,
    gatewayLimits: { ...config.gatewayLimits, ...BENCH_GATEWAY_LIMITS },
  });
  let target: { child: ChildProcess; url: string } | undefined;
  const clients: Client[] = [];
  try {
    const tenant = await createTenant(platform.gateway.identity, {
      slug: 'bench-subs',
      name: 'Bench subscriptions',
      currency: 'EUR',
    });
    const tenantId = tenant._id.toString();
    const keys: string[] = [];
    for (let i = 0; i < o.keys; i++) keys.push((await createApiKey(platform.gateway.identity, tenantId, `subscriber ${i}`)).key);
    const call = async (query: string, variables: Record<string, unknown> = {}) =>
      dataOf<any>(await graphql(platform.gatewayUrl, query, variables, { 'x-api-key': keys[0] }));
    const customer = (
      await call(`mutation { createCustomer(input: { name: "Bench Buyer", kind: COMPANY }) { customer { id } } }`)
    ).createCustomer.customer.id as string;
    const product = (
      await call(
        `mutation { createProduct(input: { sku: "BS-1", name: "Bench widget", price: { amount: "9.00", currency: "EUR" } }) { product { id } } }`,
      )
    ).createProduct.product.id as string;
    const orders: Array<{ id: string; number: string }> = [];
    for (let i = 0; i < 2 * o.events; i++) {
      const created = await call(
        `mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id number } userErrors { message } } }`,
        {
          i: {
            customerId: customer,
            currency: 'EUR',
            lines: [{ productId: product, quantity: 1, unitPrice: { amount: '9.00', currency: 'EUR' } }],
          },
        },
      );
      orders.push(created.createOrder.order);
    }

    target = await o.startTarget({
      kind: 'ours',
      subgraphUrls: platform.subgraphUrls,
      signingSecret: config.signingSecrets[0],
      principal: { tenantId, principal: 'apikey:bench', scopes: [] },
      ours: {
        mongoUri: database.uri,
        dbPrefix,
        jwtSecrets: config.jwtSecrets,
        nodeEnv: config.nodeEnv,
        limits: { ...config.gatewayLimits, ...BENCH_GATEWAY_LIMITS },
      },
    });
    const pid = target.child.pid!;
    await sleep(1000);
    const rssIdleMB = o.rssMB(pid);
    o.log(`Opening ${o.subscribers} graphql-ws connections over ${o.keys} API keys ...`);

    // Each receipt is recorded as (order number, time); latencies are computed once all are in, so
    // an event that arrives before its mutation's response has been handled is still counted right.
    const receipts: Array<{ number: string; at: number }> = [];
    const publishedAt = new Map<string, number>();
    const respondedAt = new Map<string, number>();
    let acked = 0;
    let closed = 0;
    const wsUrl = target.url.replace(/^http/, 'ws');
    // Connections are opened 50 at a time (each batch acknowledged before the next): the figures
    // are for 1000 subscribers in steady state, not for a reconnect storm.
    for (let i = 0; i < o.subscribers; i++) {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { 'x-api-key': keys[i % keys.length] },
        lazy: false,
        retryAttempts: 0,
        connectionAckWaitTimeout: 30_000,
        onNonLazyError: () => undefined,
        on: { connected: () => void (acked += 1), closed: () => void (closed += 1) },
      });
      clients.push(client);
      client.subscribe(
        { query: `subscription { orderStatusChanged { number status customer { name } } }` },
        {
          next: (result: any) => {
            const number = result.data?.orderStatusChanged?.number;
            if (number) receipts.push({ number, at: performance.now() });
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
      if (i % 50 === 49 || i === o.subscribers - 1) {
        const until = Date.now() + 30_000;
        while (acked + closed < i + 1 && Date.now() < until) await sleep(20);
      }
    }
    await sleep(2000); // the last subscribe messages are processed
    if (closed) o.log(`${closed} connections were closed before the events.`);
    const rssSubscribedMB = o.rssMB(pid);
    o.log(
      `${acked} connected; RSS ${rssSubscribedMB.toFixed(0)} MB. Publishing ${o.events} events, one every ${o.intervalMs} ms ...`,
    );

    let rssMaxMB = rssSubscribedMB;
    const sampler = setInterval(() => (rssMaxMB = Math.max(rssMaxMB, o.rssMB(pid))), 250);
    const bus = platform.subgraphs.sales.events.bus;
    const byHand = orders.slice(0, o.events);
    const byMutation = orders.slice(o.events);
    for (const order of byHand) {
      publishedAt.set(order.number, performance.now());
      await bus.publish(
        domainEvent('sales.order.confirmed', {
          tenantId,
          aggregateId: order.id,
          payload: { orderId: order.id, number: order.number, customerId: customer, currency: 'EUR', lines: [] },
        }),
      );
      await sleep(o.intervalMs);
    }
    const connected = acked - closed;
    const count = (numbers: Map<string, number>) => receipts.filter((r) => numbers.has(r.number)).length;
    const waitForAll = async (numbers: Map<string, number>, expected: number) => {
      const deadline = Date.now() + 120_000;
      while (count(numbers) < expected && Date.now() < deadline) await sleep(100);
    };
    await waitForAll(publishedAt, connected * o.events);
    o.log(`Publish phase done; now ${o.events} confirmOrder mutations through the gateway, one every ${o.intervalMs} ms ...`);
    const roundTrips: number[] = [];
    for (const order of byMutation) {
      const sent = performance.now();
      const res = await graphql(
        target.url,
        `
          mutation ($id: ID!) {
            confirmOrder(input: { id: $id }) {
              order {
                status
              }
              userErrors {
                code
              }
            }
          }
        `,
        { id: order.id },
        { 'x-api-key': keys[0] },
      );
      const at = performance.now();
      respondedAt.set(order.number, at);
      roundTrips.push(at - sent);
      const payload = (res.data as any)?.confirmOrder;
      if (res.errors || payload?.userErrors?.length) throw new Error(`confirmOrder failed: ${JSON.stringify(res)}`);
      await sleep(o.intervalMs);
    }
    await waitForAll(respondedAt, connected * o.events);
    clearInterval(sampler);
    const figures = (from: Map<string, number>): LatencyFigures => {
      const sorted = receipts
        .filter((r) => from.has(r.number))
        .map((r) => r.at - from.get(r.number)!)
        .sort((a, b) => a - b);
      return {
        events: o.events,
        delivered: sorted.length,
        expected: connected * o.events,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        max: sorted[sorted.length - 1] ?? NaN,
      };
    };
    const published = figures(publishedAt);
    const sortedTrips = [...roundTrips].sort((a, b) => a - b);
    return {
      subscribers: o.subscribers,
      connected,
      keys: o.keys,
      ...published,
      rssIdleMB,
      rssSubscribedMB,
      rssMaxMB,
      mutation: { ...figures(respondedAt), mutationP50: percentile(sortedTrips, 50), mutationP99: percentile(sortedTrips, 99) },
    };
  } finally {
    // A client still connecting may never settle its dispose: do not wait for it forever.
    await Promise.race([Promise.all(clients.map((c) => c.dispose())), sleep(5000)]);
    if (target) await o.stopChild(target.child);
    await platform.stop();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
