/**
 * The load generator, in its own process: autocannon against one target for one scenario.
 * Configured by the JSON in BENCH_LOAD; prints one JSON line with the figures.
 */
import autocannon from 'autocannon';
import { SCENARIOS } from './queries';

interface LoadConfig {
  url: string;
  headers: Record<string, string>;
  scenario: 'a' | 'b';
  customerIds: string[];
  duration: number;
  connections: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

async function main() {
  const config: LoadConfig = JSON.parse(process.env.BENCH_LOAD ?? '{}');
  const scenario = SCENARIOS.find((s) => s.id === config.scenario)!;
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let non2xx = 0;
  const instance = autocannon({
    url: config.url,
    connections: config.connections,
    duration: config.duration,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...config.headers },
        setupRequest: (req: any) => ({
          ...req,
          body: JSON.stringify({
            query: scenario.query,
            operationName: scenario.operationName,
            variables: scenario.variables(config.customerIds),
          }),
        }),
        onResponse: (status: number, body: string) => {
          if (status < 200 || status > 299) non2xx++;
          else if (body.includes('"errors"')) graphqlErrors++;
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
    }) + '\n',
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
