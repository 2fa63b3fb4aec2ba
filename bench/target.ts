/**
 * One gateway under test, in its own process (so its RSS is its own): `tsx bench/target.ts`,
 * configured by the JSON in BENCH_TARGET. Listens on a free loopback port and prints
 * `READY <url>` on stdout.
 *
 *   ours    our gateway: createGateway with the config startPlatform gives it, benchmark budget,
 *           response cache on (--cache-ttl); `ours-nocache`: the same with the cache off
 *   apollo  stock @apollo/gateway + @apollo/server, defaults, plus only the signing headers
 *   hive    Hive Gateway (@graphql-hive/gateway-runtime) on schema/supergraph.graphql, plus the signing headers
 *   direct  the lower bound: no planning, the query plan's subgraph fetches hand-written (bench/direct.ts)
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GatewayLimits, SubgraphName } from '../lib/env';
import { SUPERGRAPH_PATH } from '../lib/schema';
import { signContext, type RequestPrincipal } from '../lib/signed-context';

export type TargetKind = 'ours' | 'ours-nocache' | 'apollo' | 'hive' | 'direct';

export interface TargetConfig {
  kind: TargetKind;
  subgraphUrls: Record<SubgraphName, string>;
  signingSecret: string;
  /** What the stock gateways sign for every request (they do not authenticate callers). */
  principal: Omit<RequestPrincipal, 'requestId'>;
  /** For `ours` only. */
  ours?: {
    mongoUri: string;
    dbPrefix?: string;
    jwtSecrets: string[];
    nodeEnv?: string;
    limits: Partial<GatewayLimits>;
    /** The response cache's TTL (ms); 0: off. */
    responseCacheTtlMs: number;
  };
}

let requestSeq = 0;
/** The gateway's signed headers for one subgraph request: they cover the subgraph and the exact body. */
export const signedHeaders = (config: TargetConfig, subgraph: string, body: string): Record<string, string> =>
  signContext({ ...config.principal, requestId: `bench-${process.pid}-${++requestSeq}` }, config.signingSecret, {
    subgraph,
    body,
  });

/** The subgraph a URL of this run belongs to. */
export const subgraphOf = (config: TargetConfig, url: string): string =>
  Object.entries(config.subgraphUrls).find(([, u]) => url.startsWith(u))?.[0] ?? 'unknown';

/** The static supergraph with each subgraph's URL replaced by where it listens in this run. */
export function supergraphWithUrls(urls: Record<string, string>): string {
  return readFileSync(SUPERGRAPH_PATH, 'utf8').replace(
    /@join__graph\(name: "(\w+)", url: "[^"]*"\)/g,
    (_, name: string) => `@join__graph(name: "${name}", url: "${urls[name]}")`,
  );
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`)),
  );
}

async function startOurs(config: TargetConfig): Promise<string> {
  const { createGateway } = await import('../gateway');
  const o = config.ours!;
  const gateway = await createGateway({
    mongoUri: o.mongoUri,
    dbPrefix: o.dbPrefix,
    signingSecrets: [config.signingSecret],
    jwtSecrets: o.jwtSecrets,
    nodeEnv: o.nodeEnv,
    subgraphUrls: config.subgraphUrls,
    limits: o.limits,
    responseCache: o.responseCacheTtlMs ? { ttlMs: o.responseCacheTtlMs } : undefined,
  });
  return gateway.listen(0, '127.0.0.1');
}

async function startApollo(config: TargetConfig): Promise<string> {
  const { ApolloGateway, RemoteGraphQLDataSource } = await import('@apollo/gateway');
  const { ApolloServer } = await import('@apollo/server');
  const { startStandaloneServer } = await import('@apollo/server/standalone');
  const { supergraphForGateway } = await import('../gateway');
  class Signed extends RemoteGraphQLDataSource {
    constructor(
      options: { url: string },
      private readonly subgraph: string,
    ) {
      super(options);
    }
    override willSendRequest({ request }: { request: { http?: { headers: { set(k: string, v: string): void } } } }) {
      const { http: _http, ...sent } = request;
      for (const [k, v] of Object.entries(signedHeaders(config, this.subgraph, JSON.stringify(sent))))
        request.http?.headers.set(k, v);
    }
  }
  // supergraphForGateway: the one change @apollo/gateway needs to load this supergraph at all (docs/operators.md "Trust between gateway and subgraphs").
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphForGateway(supergraphWithUrls(config.subgraphUrls)),
    buildService: ({ name, url }) => new Signed({ url: url! }, name),
  });
  const server = new ApolloServer({ gateway: gateway as never });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return new URL('/graphql', url).toString();
}

async function startHive(config: TargetConfig): Promise<string> {
  // Resolved from bench/node_modules (bench/package.json), not the main project's dependencies.
  process.env.LOG_LEVEL = 'error'; // Hive's logger reads it too and knows no 'silent'
  const { createGatewayRuntime } = await import('@graphql-hive/gateway-runtime');
  const gateway = createGatewayRuntime({
    supergraph: supergraphWithUrls(config.subgraphUrls),
    logging: false,
    graphiql: false,
    plugins: () => [
      {
        onFetch({
          url,
          options,
          setOptions,
        }: {
          url: string;
          options: { headers?: Record<string, string>; body?: unknown };
          setOptions(o: unknown): void;
        }) {
          const signed = signedHeaders(config, subgraphOf(config, url), typeof options.body === 'string' ? options.body : '');
          setOptions({ ...options, headers: { ...(options.headers ?? {}), ...signed } });
        },
      },
    ],
  } as never);
  return listen(createServer(gateway as never));
}

async function startDirect(config: TargetConfig): Promise<string> {
  const { createDirectHandler } = await import('./direct');
  return listen(createServer(createDirectHandler(config)));
}

async function main() {
  const config: TargetConfig = JSON.parse(process.env.BENCH_TARGET ?? '{}');
  const start = { ours: startOurs, 'ours-nocache': startOurs, apollo: startApollo, hive: startHive, direct: startDirect }[
    config.kind
  ];
  if (!start) throw new Error(`unknown target kind ${config.kind}`);
  const url = await start(config);
  // Exit normally on the harness's SIGTERM, so `node --cpu-prof` (--profile) writes its profile.
  process.once('SIGTERM', () => process.exit(0));
  process.stdout.write(`READY ${url}\n`);
}

if (require.main === module)
  main().catch((err) => {
    process.stdout.write(
      `FAILED ${String(err?.stack ?? err)
        .split('\n')
        .slice(0, 3)
        .join(' | ')}\n`,
    );
    process.exit(1);
  });
