import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { captureLogs } from '../../lib/logger';
import { dataOf, graphql } from '../helpers/graphql';
import { createCustomer, createInvoice, createOrder, createProduct } from '../helpers/fixtures';
import { startTestPlatform, type TestPlatform, type TestTenant } from '../helpers/platform';

const CUSTOMER_360 = /* GraphQL */ `
  query Customer360($id: ID!) {
    customer(id: $id) {
      id
      name
      contacts {
        name
      }
      invoices(status: OPEN, first: 10) {
        totalCount
        edges {
          node {
            number
          }
        }
      }
      orders(first: 10) {
        totalCount
        edges {
          node {
            number
            lines {
              quantity
              product {
                sku
                name
              }
            }
          }
        }
      }
    }
  }
`;

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: { key: string; value: { stringValue?: string } }[];
}

/** A minimal OTLP/HTTP receiver: keeps the spans of every JSON export request. */
async function startOtlpReceiver(): Promise<{ url: string; spans: OtlpSpan[]; close(): Promise<void> }> {
  const spans: OtlpSpan[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      for (const rs of body.resourceSpans ?? []) for (const ss of rs.scopeSpans ?? []) spans.push(...(ss.spans ?? []));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The value of one sample line of a Prometheus text exposition, or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const labelText = line.slice(name.length + 1, line.lastIndexOf('}'));
    if (Object.entries(labels).every(([k, v]) => labelText.includes(`${k}="${v}"`))) return Number(line.split(' ').pop());
  }
  return undefined;
}

/** A customer with an order line (inventory product) and an open invoice: Customer360 touches four subgraphs. */
async function seedCustomer360(tenant: TestTenant): Promise<string> {
  const customerId = await createCustomer(tenant, 'Observed Ltd');
  const product = await createProduct(tenant, 'OBS-1', 'Observed widget', '2.00');
  await createOrder(tenant, customerId, [{ productId: product, quantity: 3, unitPrice: '2.00' }]);
  await createInvoice(tenant, customerId, '6.00', { issue: true, dueDate: '2030-01-31' });
  return customerId;
}

/** Sends Customer360 with a chosen request id; returns the id the gateway answered with. */
async function customer360Via(gatewayUrl: string, key: string, customerId: string, requestId: string): Promise<string> {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key, 'x-request-id': requestId },
    body: JSON.stringify({ query: CUSTOMER_360, variables: { id: customerId } }),
  });
  const body = (await res.json()) as any;
  expect(body.errors).toBeUndefined();
  expect(body.data.customer.orders.edges[0].node.lines[0].product.sku).toBe('OBS-1');
  return res.headers.get('x-request-id')!;
}

describe('observability: metrics and request-id logs', () => {
  let platform: TestPlatform;
  let logs: ReturnType<typeof captureLogs>;
  let customerId: string;

  const customer360 = (requestId: string) => customer360Via(platform.gatewayUrl, platform.tenantA.key, customerId, requestId);

  const metricsOf = async (graphqlUrl: string) => (await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'))).text();

  beforeAll(async () => {
    logs = captureLogs('debug'); // before the services exist: their loggers take this level
    platform = await startTestPlatform();
    customerId = await seedCustomer360(platform.tenantA);
  });

  afterAll(async () => {
    logs?.stop();
    await platform?.stop();
  });

  it('serves Prometheus metrics on the gateway and on each subgraph', async () => {
    await customer360('metrics-check');
    await platform.tenantA.query('{ customers(first: 1) { totalCount } }'); // anonymous operation
    await platform.tenantA.query('{ nope }'); // fails validation

    // The gateway's metrics are on its admin listener (loopback), not on the public port.
    const gateway = await metricsOf(`${await platform.gateway.listenAdmin(0)}/graphql`);
    const base = { service: 'gateway', type: 'query' };
    expect(
      sample(gateway, 'graphql_operations_total', { ...base, operation: 'Customer360', outcome: 'success' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(gateway, 'graphql_operations_total', { ...base, operation: 'anonymous', outcome: 'success' }),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(gateway, 'graphql_operations_total', { operation: 'unknown', type: 'unknown', outcome: 'error' })).toBe(1);
    expect(
      sample(gateway, 'graphql_operation_duration_seconds_count', { ...base, operation: 'Customer360', outcome: 'success' }),
    ).toBeGreaterThanOrEqual(1);
    for (const subgraph of ['customers', 'sales', 'finance', 'inventory']) {
      expect(
        sample(gateway, 'gateway_subgraph_fetch_duration_seconds_count', { subgraph, outcome: 'success' }),
      ).toBeGreaterThanOrEqual(1);
    }
    // The gateway reads API keys from the identity database.
    expect(
      sample(gateway, 'mongodb_command_duration_seconds_count', { service: 'gateway', command: 'find', outcome: 'success' }),
    ).toBeGreaterThanOrEqual(1);
    expect(gateway).toMatch(/^process_cpu_user_seconds_total\{service="gateway"\} /m); // default process metrics
    expect(gateway).toMatch(/^nodejs_eventloop_lag_seconds\{service="gateway"\} /m);

    const customers = await metricsOf(platform.subgraphUrls.customers);
    expect(
      sample(customers, 'graphql_operations_total', {
        service: 'customers',
        operation: 'Customer360__customers__0',
        outcome: 'success',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(customers, 'mongodb_command_duration_seconds_count', { service: 'customers', command: 'find', outcome: 'success' }),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(customers, 'mongodb_command_duration_seconds_bucket', { command: 'find', le: '+Inf' })).toBeGreaterThanOrEqual(
      1,
    );
  });

  it('puts the request id on every log line written while serving one request, in every service', async () => {
    const from = logs.lines.length;
    const requestId = await customer360('obs-log-check-1');
    expect(requestId).toBe('obs-log-check-1');
    await new Promise((resolve) => setImmediate(resolve));
    const lines = logs.lines.slice(from);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => line.requestId !== requestId)).toEqual([]);
    const components = new Set(lines.map((line) => line.component));
    for (const component of ['gateway', 'subgraph:customers', 'subgraph:sales', 'subgraph:finance', 'subgraph:inventory']) {
      expect(components).toContain(component);
    }
    expect(lines.find((line) => line.component === 'gateway')).toMatchObject({
      msg: 'operation served',
      operation: 'Customer360',
      outcome: 'success',
    });
  });
});

describe('observability: OpenTelemetry traces over OTLP/HTTP', () => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let child: ChildProcess | undefined;
  let traced: { gatewayUrl: string; tenant: TestTenant };
  let customerId: string;

  /** Stops the traced platform (once) and waits for it to exit. */
  const stopChild = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  };

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    // The platform with tracing on runs in its own process, started the way scripts/start.ts starts tracing.
    child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/traced-platform.ts'], {
      env: { ...process.env, OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const started = await new Promise<{ gatewayUrl: string; key: string }>((resolve, reject) => {
      let out = '';
      child!.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]));
      });
      child!.once('exit', (code) => reject(new Error(`traced platform exited with ${code}`)));
    });
    const query = <T>(q: string, variables: Record<string, unknown> = {}) =>
      graphql<T>(started.gatewayUrl, q, variables, { 'x-api-key': started.key });
    const tenant: TestTenant = {
      id: '',
      key: started.key,
      query,
      data: async <T>(q: string, v?: Record<string, unknown>) => dataOf<T>(await query<T>(q, v)),
    };
    traced = { gatewayUrl: started.gatewayUrl, tenant };
    customerId = await seedCustomer360(tenant);
  }, 60_000);

  afterAll(async () => {
    await stopChild();
    await receiver?.close();
  });

  it('exports spans from the gateway, the subgraphs and MongoDB in one trace', async () => {
    const requestId = await customer360Via(traced.gatewayUrl, traced.tenant.key, customerId, 'obs-trace-check-1');
    await stopChild(); // SIGTERM: the child flushes its spans before it exits
    const root = receiver.spans.find((s) =>
      s.attributes?.some((a) => a.key === 'request.id' && a.value.stringValue === requestId),
    );
    if (!root) throw new Error(`no gateway span for the request among ${receiver.spans.length} spans`);
    const trace = receiver.spans.filter((s) => s.traceId === root.traceId);
    const names = new Set(trace.map((s) => s.name));
    for (const name of [
      'gateway POST /graphql',
      'gateway.request',
      'gateway.plan',
      'gateway.fetch',
      'customers POST /graphql',
      'sales POST /graphql',
      'finance POST /graphql',
      'inventory POST /graphql',
      'mongodb.find',
    ]) {
      expect(names).toContain(name);
    }
    // Every span but the root has its parent in the same trace: gateway -> subgraph -> MongoDB is one tree.
    const ids = new Set(trace.map((s) => s.spanId));
    for (const span of trace) if (span !== root) expect(ids).toContain(span.parentSpanId);
    const mongoFind = trace.find(
      (s) => s.name === 'mongodb.find' && s.attributes?.some((a) => a.value.stringValue === 'customers'),
    )!;
    expect(trace.find((s) => s.spanId === mongoFind.parentSpanId)?.name).toMatch(/ POST \/graphql$/);
  });
});
