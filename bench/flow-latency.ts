/**
 * `npm run bench:flows -- [--runs 30] [--poll-ms 200]`
 *
 * End-to-end latency of the won-deal flow: from the `winDeal` mutation's response at the gateway to
 * the deal's draft invoice being visible through the gateway (`deal(id) { invoice { id } }`, polled
 * every 5 ms). Each run creates and wins a fresh deal, one at a time, on the whole platform in this
 * process (relays and consumers polling every `--poll-ms`, 200 ms by default as in production).
 * The path measured: sales writes the deal and its outbox event -> sales' relay publishes to the bus
 * -> finance's consumer drafts the invoice -> a gateway query sees it.
 *
 * Second figure, the reporting flow (issue 20): from the same `winDeal` response to the
 * `businessHealthChanged` push carrying BOOKINGS on a graphql-ws subscription held open through the
 * gateway. The path: sales' outbox -> relay -> bus -> reporting's consumer writes the day's facts and
 * its `reporting.facts.changed` -> reporting's relay -> the gateway's event tail -> the socket.
 *
 * Database: as `npm start` (MONGODB_URI, mongodb-memory-server or FerretDB). Prints median, p90,
 * min and max and writes bench/results/flows-<time>.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { dataOf, graphql } from '../lib/graphql-client';
import { startDatabase } from '../lib/mongo/server';
import { createApiKey } from '../subgraphs/identity/services/api-keys';
import { createTenant } from '../subgraphs/identity/services/tenants';
import { startPlatform } from '../scripts/platform';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (n: number) => Math.round(n * 10) / 10;

async function main() {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '30' }, 'poll-ms': { type: 'string', default: '200' } },
  });
  const runs = Number(values.runs);
  const pollIntervalMs = Number(values['poll-ms']);
  const server = await startDatabase({ log: (m) => console.error(`[bench db] ${m}`) });
  console.error(`[bench db] ${server.description}`);
  const dbPrefix = `bench_flows_${Date.now().toString(36)}`;
  const platform = await startPlatform({
    mongoUri: server.uri,
    dbPrefix,
    signingSecrets: ['bench-signing-secret'],
    jwtSecrets: ['bench-jwt-secret'],
    nodeEnv: 'production',
    events: { pollIntervalMs },
  });
  try {
    const tenant = await createTenant(platform.gateway.identity, { slug: 'bench-flows', name: 'Bench flows', currency: 'EUR' });
    const { key } = await createApiKey(platform.gateway.identity, tenant._id.toString(), 'bench key');
    const q = async (query: string, variables: Record<string, unknown> = {}) =>
      dataOf<any>(await graphql(platform.gatewayUrl, query, variables, { 'x-api-key': key }));
    const customerId = (
      await q(`mutation { r: createCustomer(input: { name: "Bench Buyer", kind: COMPANY }) { customer { id } } }`)
    ).r.customer.id;
    const productId = (
      await q(
        `mutation { r: createProduct(input: { sku: "BENCH-1", name: "Bench licence", price: { amount: "100.00", currency: "EUR" } }) { product { id } } }`,
      )
    ).r.product.id;
    // Every push of the tenant's business health, stamped when it arrives.
    const pushes: Array<{ at: number; eventType: string; metrics: string[] }> = [];
    const socket = createClient({
      url: platform.gatewayUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { 'x-api-key': key },
    });
    const subscribed = new Promise<void>((resolve, reject) => {
      socket.on('connected', () => setTimeout(resolve, 500)); // the subscription is registered right after the ack
      socket.subscribe(
        { query: 'subscription { businessHealthChanged { id eventType metrics } }' },
        {
          next: (r: any) => r.data && pushes.push({ at: performance.now(), ...r.data.businessHealthChanged }),
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await subscribed;
    const latencies: number[] = [];
    const pushLatencies: number[] = [];
    for (let i = 0; i < runs; i++) {
      const dealId = (
        await q(`mutation($i: CreateDealInput!) { r: createDeal(input: $i) { deal { id } userErrors { message } } }`, {
          i: {
            name: `Bench deal ${i}`,
            customerId,
            expectedCloseDate: '2031-01-31',
            lines: [{ productId, description: 'Licence', quantity: 3, unitPrice: { amount: '100.00', currency: 'EUR' } }],
          },
        })
      ).r.deal.id;
      const won = await q(`mutation($id: ID!) { r: winDeal(input: { id: $id }) { deal { status } userErrors { message } } }`, {
        id: dealId,
      });
      const start = performance.now();
      const pushedBefore = pushes.length;
      if (won.r.deal?.status !== 'WON') throw new Error(`winDeal failed: ${JSON.stringify(won.r.userErrors)}`);
      for (;;) {
        const { deal } = await q(`query($id: ID!) { deal(id: $id) { invoice { id status } } }`, { id: dealId });
        if (deal.invoice) break;
        if (performance.now() - start > 60_000) throw new Error(`no invoice for deal ${dealId} after 60 s`);
        await new Promise((r) => setTimeout(r, 5));
      }
      latencies.push(performance.now() - start);
      const bookings = () =>
        pushes.slice(pushedBefore).find((p) => p.eventType === 'sales.deal.won' && p.metrics.includes('BOOKINGS'));
      while (!bookings()) {
        if (performance.now() - start > 60_000) throw new Error(`no businessHealthChanged push for deal ${dealId} after 60 s`);
        await new Promise((r) => setTimeout(r, 5));
      }
      pushLatencies.push(bookings()!.at - start);
    }
    await socket.dispose();
    const pushSorted = [...pushLatencies].sort((x, y) => x - y);
    const reporting = {
      medianMs: round(percentile(pushSorted, 50)),
      p90Ms: round(percentile(pushSorted, 90)),
      minMs: round(pushSorted[0]),
      maxMs: round(pushSorted[pushSorted.length - 1]),
    };
    const sorted = [...latencies].sort((x, y) => x - y);
    const result = {
      database: server.kind,
      pollIntervalMs,
      runs,
      medianMs: round(percentile(sorted, 50)),
      p90Ms: round(percentile(sorted, 90)),
      minMs: round(sorted[0]),
      maxMs: round(sorted[sorted.length - 1]),
      businessHealthPush: reporting,
    };
    console.log(`winDeal -> draft invoice visible via the gateway (${runs} runs, poll ${pollIntervalMs} ms, ${server.kind}):`);
    console.log(`  median ${result.medianMs} ms, p90 ${result.p90Ms} ms, min ${result.minMs} ms, max ${result.maxMs} ms`);
    console.log(`winDeal -> businessHealthChanged (BOOKINGS) pushed over graphql-ws:`);
    console.log(
      `  median ${reporting.medianMs} ms, p90 ${reporting.p90Ms} ms, min ${reporting.minMs} ms, max ${reporting.maxMs} ms`,
    );
    const file = join(__dirname, 'results', `flows-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(
      file,
      JSON.stringify({ ...result, latenciesMs: latencies.map(round), pushLatenciesMs: pushLatencies.map(round) }, null, 2),
    );
    console.log(`  written to ${file}`);
  } finally {
    await platform.stop();
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
