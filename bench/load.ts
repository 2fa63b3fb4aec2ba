/**
 * The load generator, in its own process: autocannon against one target for one scenario.
 * Configured by the JSON in BENCH_LOAD; prints one JSON line with the figures.
 */
import autocannon from 'autocannon';
import { CANCEL_ORDER, CONFIRM_ORDER, CREATE_ORDER, SCENARIOS, WRITE_SHARE, type ScenarioId } from './queries';

interface LoadConfig {
  url: string;
  headers: Record<string, string>;
  scenario: ScenarioId;
  customerIds: string[];
  /** Scenario c: products to order, with their list price. */
  products?: Array<{ id: string; price: { amount: string; currency: string } }>;
  duration: number;
  connections: number;
  /** Seconds before autocannon gives up on a response (a socket error); default 30. */
  timeout?: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

async function main() {
  const config: LoadConfig = JSON.parse(process.env.BENCH_LOAD ?? '{}');
  const scenario = SCENARIOS.find((s) => s.id === config.scenario)!;
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let non2xx = 0;
  let userErrors = 0;
  const writes = { create: 0, transition: 0 };
  /** Scenario c: DRAFT orders this run created, waiting for a transition. */
  const drafts: string[] = [];
  const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];
  /** The operation for the next request: always the scenario's, except scenario c's writes. */
  const nextOperation = (context: Record<string, unknown>) => {
    context.kind = 'read';
    if (config.scenario === 'c' && Math.random() < WRITE_SHARE) {
      const draft = drafts.length && Math.random() < 0.5 ? drafts.shift() : undefined;
      if (draft) {
        context.kind = 'transition';
        writes.transition++;
        const confirm = Math.random() < 0.5;
        return {
          query: confirm ? CONFIRM_ORDER : CANCEL_ORDER,
          operationName: confirm ? 'ConfirmOrder' : 'CancelOrder',
          variables: { input: { id: draft } },
        };
      }
      const product = pick(config.products ?? []);
      context.kind = 'create';
      writes.create++;
      return {
        query: CREATE_ORDER,
        operationName: 'CreateOrder',
        variables: {
          input: {
            customerId: pick(config.customerIds),
            currency: product.price.currency,
            lines: [{ productId: product.id, quantity: 1 + Math.floor(Math.random() * 3), unitPrice: product.price }],
          },
        },
      };
    }
    return { query: scenario.query, operationName: scenario.operationName, variables: scenario.variables(config.customerIds) };
  };
  const instance = autocannon({
    url: config.url,
    connections: config.connections,
    duration: config.duration,
    // autocannon's default 10 s aborts and counts as errors requests that a saturated database answers later.
    timeout: config.timeout ?? 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...config.headers },
        setupRequest: (req: any, context: Record<string, unknown>) => ({ ...req, body: JSON.stringify(nextOperation(context)) }),
        onResponse: (status: number, body: string, context: Record<string, unknown>) => {
          if (status < 200 || status > 299) non2xx++;
          else if (body.includes('"errors"')) graphqlErrors++;
          else if (context.kind !== 'read') {
            const payload: any = Object.values(JSON.parse(body).data ?? {})[0];
            if (payload?.userErrors?.length) userErrors++;
            else if (context.kind === 'create' && payload?.order?.id) drafts.push(payload.order.id);
          }
        },
      },
    ],
  } as any);
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
    latencies.push(responseTime),
  );
  const result: any = await instance;
  latencies.sort((a, b) => a - b);
  const seconds = result.duration as number;
  const requests = latencies.length;
  process.stdout.write(
    JSON.stringify({
      requests,
      seconds,
      rps: requests / seconds,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      non2xx,
      graphqlErrors,
      socketErrors: result.errors + result.timeouts,
      userErrors,
      writes,
    }) + '\n',
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
