/**
 * Helpers for the end-to-end flow and fault tests: a bounded wait for asynchronous effects (never a
 * fixed sleep as an assertion), reads of the shared bus, and business records made through the gateway.
 */
import mongoose from 'mongoose';
import type { EventBus, EventEnvelope } from '../../lib/events';
import type { SubgraphName } from '../../lib/env';
import type { SubgraphService } from '../../lib/subgraph';
import { SUBGRAPH_FACTORIES } from '../../scripts/subgraph-factories';
import { TEST_JWT_SECRET, TEST_SECRET, testMongoUri } from './db';
import type { TestPlatform, TestTenant } from './platform';

/** Polls `read` until `done` holds; fails with the last value after `timeoutMs` (events settle asynchronously). */
export async function waitUntil<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 45_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await read();
      if (done(value)) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > until)
      throw new Error(`Timed out waiting for ${what}; last: ${last instanceof Error ? last.message : JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every event on the bus so far (a throw-away consumer group reads from the start). */
export async function busEvents(bus: EventBus, match: (e: EventEnvelope) => boolean = () => true): Promise<EventEnvelope[]> {
  const group = `test-reader-${new mongoose.Types.ObjectId().toString()}`;
  const events: EventEnvelope[] = [];
  for (;;) {
    const batch = await bus.poll(group, { limit: 500 });
    if (!batch.length) return events.filter(match);
    events.push(...batch.map((d) => d.event));
    await bus.ack(
      group,
      batch.map((d) => d.position),
    );
  }
}

/** Runs a mutation (`r:` alias) and fails on userErrors; returns the payload. */
export async function mutate(tenant: TestTenant, document: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { r } = await tenant.data(document, variables);
  if (r.userErrors?.length) throw new Error(JSON.stringify(r.userErrors));
  return r;
}

export const OPS = {
  createDeal: `mutation($i: CreateDealInput!) { r: createDeal(input: $i) { deal { id stage } userErrors { field code message } } }`,
  move: `mutation($id: ID!, $s: String!) { r: moveDealStage(input: { id: $id, stage: $s }) { deal { stage } userErrors { field code message } } }`,
  win: `mutation($id: ID!) { r: winDeal(input: { id: $id }) { deal { id status } userErrors { field code message } } }`,
  dealInvoice: `query($id: ID!) { deal(id: $id) { id name invoice { id status dealId customer { id } total { amount currency } lines { description quantity } } } }`,
  invoicesOf: `query($c: ID!) { invoices(first: 100, filter: { customerId: $c }) { totalCount edges { node { id status dealId orderId total { amount } } } } }`,
  order: (name: string) =>
    `mutation($id: ID!) { r: ${name}(input: { id: $id }) { order { id status } userErrors { field code message } } }`,
  warehouse: `mutation($i: CreateWarehouseInput!) { r: createWarehouse(input: $i) { warehouse { id } userErrors { field code message } } }`,
  adjust: `mutation($i: AdjustStockInput!) { r: adjustStock(input: $i) { stockLevel { id } userErrors { field code message } } }`,
  reservation: `query($id: ID!) { orderReservation(orderId: $id) { status lines { quantity backordered unshipped } } }`,
  availability: `query($id: ID!) { product(id: $id) { availability { onHand reserved available } } }`,
};

/** A deal with one product line, created through the gateway. */
export async function createDealWithLine(
  tenant: TestTenant,
  customerId: string,
  productId: string,
  name: string,
  ownerId = 'emp-sales',
): Promise<string> {
  const r = await mutate(tenant, OPS.createDeal, {
    i: {
      name,
      customerId,
      ownerId,
      expectedCloseDate: '2031-01-31',
      lines: [{ productId, description: `${name} licence`, quantity: 2, unitPrice: { amount: '150.00', currency: 'EUR' } }],
    },
  });
  return r.deal.id;
}

export async function createWarehouse(tenant: TestTenant, code: string): Promise<string> {
  return (await mutate(tenant, OPS.warehouse, { i: { code, name: code } })).warehouse.id;
}

export async function adjustStock(tenant: TestTenant, productId: string, warehouseId: string, delta: number): Promise<string> {
  const r = await mutate(tenant, OPS.adjust, {
    i: { productId, warehouseId, delta, reason: 'opening', unitCost: { amount: '1.00', currency: 'EUR' } },
  });
  return r.stockLevel.id;
}

/** Stops one subgraph service of a test platform (its HTTP server, relay and consumers). */
export async function stopSubgraph(platform: TestPlatform, name: SubgraphName): Promise<SubgraphService<any>> {
  const old = platform.subgraphs[name];
  await old.stop();
  old.stop = async () => undefined; // the platform's own stop must not stop it twice
  return old;
}

/**
 * Starts a new service of `name` on the same databases and port (the gateway keeps its URL), the way
 * a restarted container would; the platform's stop stops the new one.
 */
export async function startSubgraphAgain(
  platform: TestPlatform,
  name: SubgraphName,
  stopped: SubgraphService<any>,
): Promise<SubgraphService<any>> {
  const service = await SUBGRAPH_FACTORIES[name]({
    mongoUri: testMongoUri(),
    dbPrefix: platform.dbPrefix,
    signingSecrets: [TEST_SECRET],
    jwtSecrets: [TEST_JWT_SECRET],
    nodeEnv: 'test',
    events: { pollIntervalMs: 50 },
  });
  const url = new URL(platform.subgraphUrls[name]);
  await service.listen(Number(url.port), url.hostname);
  platform.subgraphs[name] = service;
  stopped.stop = () => service.stop(); // the platform's stop list holds the first service object
  return service;
}
