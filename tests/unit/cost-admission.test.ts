import { ApolloServer } from '@apollo/server';
import { buildSchema, getOperationAST, parse, type GraphQLError, type GraphQLFormattedError } from 'graphql';
import { costPlugin, createCostAdmission, type CostAdmission } from '../../gateway/cost-admission';
import type { GatewayContext } from '../../gateway/context';
import type { SubscriberConnection } from '../../gateway/subscriptions/connection-auth';
import type { Fanout } from '../../gateway/subscriptions/fanout';
import { checkSubscriptionFields } from '../../gateway/subscriptions/fields';
import { createSubscribeHandler } from '../../gateway/subscriptions/subscribe';
import { LeakyBucket } from '../../gateway/throttle';
import { DEFAULT_GATEWAY_LIMITS, type GatewayLimits } from '../../lib/env';

const schema = buildSchema(`
  type Query { order(id: ID!): Order }
  type Order { id: ID! number: String! lines(first: Int): LineConnection! }
  type LineConnection { edges: [LineEdge!]! }
  type LineEdge { node: Line! }
  type Line { id: ID! }
  type Subscription { orderStatusChanged(customerId: ID): Order! }
`);

const PRINCIPAL = { tenantId: 't1', principal: 'apikey:1', scopes: [] as string[] };

/** The same selection, sent as an HTTP query and as a WebSocket subscription. */
const selection = (lines: number) => `{ number lines(first: ${lines}) { edges { node { id } } } }`;
const httpQuery = (lines: number) => `query { order(id: "o1") ${selection(lines)} }`;
const subscription = (lines: number) => `subscription { orderStatusChanged ${selection(lines)} }`;

function setup(limits: Partial<GatewayLimits> = {}) {
  const all = { ...DEFAULT_GATEWAY_LIMITS, ...limits };
  let now = 0;
  const bucket = new LeakyBucket(all.costBucketSize, all.costRestoreRate, () => now);
  const admission = createCostAdmission(all, bucket);
  return { limits: all, bucket, admission, advance: (ms: number) => (now += ms) };
}

/** Over HTTP: the gateway's Apollo Server with the cost plugin; the error as Apollo Server sends it. */
async function overHttp(admission: CostAdmission, query: string) {
  const apollo = new ApolloServer<GatewayContext>({
    schema,
    plugins: [costPlugin<GatewayContext>(admission)],
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  try {
    const response = await apollo.executeOperation({ query }, { contextValue: { principal: { ...PRINCIPAL, requestId: 'r1' } } });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, headers: response.http.headers, result: response.body.singleResult };
  } finally {
    await apollo.stop();
  }
}

/** Over the WebSocket: the subscribe handler graphql-ws calls; the errors it would send back. */
async function overSocket(admission: CostAdmission, limits: GatewayLimits, query: string) {
  const joined: unknown[] = [];
  const fanout = { join: (_conn: unknown, spec: unknown) => (joined.push(spec), {}) } as unknown as Fanout;
  const prepare = createSubscribeHandler({
    apiSchema: schema,
    limits,
    production: false,
    fields: checkSubscriptionFields(schema),
    requirements: new Map(),
    costAdmission: admission,
    apollo: undefined as never,
    stillValid: async () => null,
    fanout,
  });
  const conn = { principal: PRINCIPAL, subs: new Set(), queued: 0, closed: false } as unknown as SubscriberConnection;
  const prepared = await prepare(conn, { query });
  return { errors: Array.isArray(prepared) ? (prepared as GraphQLError[]) : undefined, joined };
}

/** A refusal as the client reads it: message and extensions, the HTTP-only part set apart. */
function asSent(error: GraphQLError): { sent: GraphQLFormattedError; http: unknown } {
  const { http, ...extensions } = error.extensions as Record<string, unknown>;
  return { sent: { message: error.message, extensions }, http };
}

describe('cost admission, shared by HTTP and the WebSocket', () => {
  it('refuses the same over-budget operation with the same THROTTLED error on both', async () => {
    const http = setup({ costBucketSize: 10, costRestoreRate: 1, maxCost: 10 });
    const ws = setup({ costBucketSize: 10, costRestoreRate: 1, maxCost: 10 });
    for (const { bucket } of [http, ws]) expect(bucket.take(PRINCIPAL.principal, 8)).toEqual({ ok: true }); // 2 left

    const overHttpResult = await overHttp(http.admission, httpQuery(5)); // 1 + 2 + 5 = 8
    const socket = await overSocket(ws.admission, ws.limits, subscription(5));

    const expected = {
      message: 'Throttled: query cost 8 is over the available budget; retry later.',
      extensions: { code: 'THROTTLED', retryAfterSeconds: 6 },
    };
    expect(overHttpResult.result.errors).toEqual([expected]);
    expect(overHttpResult.status).toBe(429);
    expect(overHttpResult.headers.get('retry-after')).toBe('6');
    expect(overHttpResult.result.extensions?.cost).toEqual({
      requestedQueryCost: 8,
      actualQueryCost: null,
      throttleStatus: { maximumAvailable: 10, currentlyAvailable: 2, restoreRate: 1 },
    });

    expect(socket.errors).toHaveLength(1);
    const { sent, http: httpPart } = asSent(socket.errors![0]);
    expect(sent).toEqual(expected);
    expect(httpPart).toMatchObject({ status: 429 }); // what Apollo Server turns into the HTTP answer; the socket drops it
    expect(socket.joined).toEqual([]);
  });

  it('refuses the same costly and the same oversized operation identically', async () => {
    const cases: Array<[Partial<GatewayLimits>, number, GraphQLFormattedError]> = [
      [
        { maxCost: 20 },
        50,
        { message: 'Query cost 53 exceeds the maximum of 20.', extensions: { code: 'MAX_COST_EXCEEDED', max: 20 } },
      ],
      [
        {},
        500,
        {
          message: 'Page size 500 exceeds the maximum of 100.',
          extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'pageSize', max: 100 },
        },
      ],
    ];
    for (const [limits, lines, expected] of cases) {
      const http = setup(limits);
      const ws = setup(limits);
      const overHttpResult = await overHttp(http.admission, httpQuery(lines));
      const socket = await overSocket(ws.admission, ws.limits, subscription(lines));
      expect(overHttpResult.result.errors).toEqual([expected]);
      expect(overHttpResult.status).toBe(400);
      expect(socket.errors!.map((e) => asSent(e).sent)).toEqual([expected]);
      // Nothing was charged on either side.
      for (const { bucket, limits: all } of [http, ws]) expect(bucket.available(PRINCIPAL.principal)).toBe(all.costBucketSize);
    }
  });

  it('charges an admitted operation to the one budget, whichever way it came', async () => {
    const { admission, bucket, limits } = setup({ costBucketSize: 100, costRestoreRate: 1 });
    const socket = await overSocket(admission, limits, subscription(5));
    expect(socket.errors).toBeUndefined();
    expect(socket.joined).toHaveLength(1);
    expect(bucket.available(PRINCIPAL.principal)).toBe(100 - 8);

    // Over HTTP the unused part is refunded (the order is null: nothing was returned).
    const overHttpResult = await overHttp(admission, httpQuery(5));
    expect(overHttpResult.result.errors).toBeUndefined();
    expect(overHttpResult.result.extensions?.cost).toEqual({
      requestedQueryCost: 8,
      actualQueryCost: 0,
      throttleStatus: { maximumAvailable: 100, currentlyAvailable: 92, restoreRate: 1 },
    });
  });

  it('admits a subscription delivery without charging it, and gives anonymous callers a budget per address', async () => {
    const { admission, bucket } = setup({ costBucketSize: 10, costRestoreRate: 1 });
    const document = parse(httpQuery(5));
    const input = { schema, document, operation: getOperationAST(document)!, variables: {} };
    expect(await admission.admit(input, PRINCIPAL, { charge: false })).toMatchObject({ ok: true, cost: 8, charged: false });
    expect(bucket.available(PRINCIPAL.principal)).toBe(10);

    expect(await admission.admit(input, { principal: 'anonymous', ip: '10.0.0.1' })).toMatchObject({ ok: true, charged: true });
    expect(await admission.admit(input, { principal: 'anonymous', ip: '10.0.0.2' })).toMatchObject({ ok: true, charged: true });
    expect(await admission.admit(input, { principal: 'anonymous', ip: '10.0.0.1' })).toMatchObject({ ok: false });
  });

  it('charges a response that returned more than was priced its overrun, into debt', async () => {
    // Order.lines here is a connection priced by `first`; a subgraph that answered more edges than
    // asked (a broken cap) is charged what it returned, not what was priced.
    const { admission, bucket } = setup({ costBucketSize: 100, costRestoreRate: 1 });
    const document = parse(httpQuery(2));
    const input = { schema, document, operation: getOperationAST(document)!, variables: {} };
    const admitted = await admission.admit(input, PRINCIPAL);
    expect(admitted).toMatchObject({ ok: true, cost: 1 + 2 + 2 });
    const edges = Array.from({ length: 150 }, (_, i) => ({ node: { id: String(i) } }));
    const settled = await admission.settle(PRINCIPAL, admitted, { order: { number: 'SO-1', lines: { edges } } });
    expect(settled.actualQueryCost).toBe(1 + 2 + 150);
    expect(bucket.available(PRINCIPAL.principal)).toBe(100 - 153);
  });
});
