/**
 * The whole platform in one process: every subgraph and the gateway, through the same
 * factories the per-service containers use. `npm start` and the end-to-end tests run this.
 */
import { createGateway, type GatewayService } from '../gateway';
import type { DashboardOptions } from '../gateway/dashboard';
import type { ExplorerOptions } from '../gateway/explorer';
import type { SubscriptionOptions } from '../gateway/subscriptions';
import { SUBGRAPHS, type Config, type GatewayLimits, type SubgraphName } from '../lib/env';
import type { SubgraphConfig, SubgraphEventOptions, SubgraphService } from '../lib/subgraph';
import { SUBGRAPH_FACTORIES } from './subgraph-factories';

export { SUBGRAPH_FACTORIES };

export interface PlatformOptions {
  mongoUri: string;
  dbPrefix?: string;
  signingSecrets: string[];
  jwtSecrets: string[];
  accessTokenTtlSeconds?: number;
  authCacheTtlMs?: number;
  /** The gateway's response cache TTL (ms); 0 or absent: off. */
  responseCacheTtlMs?: number;
  nodeEnv?: string;
  host?: string;
  /** Ports to listen on; 0 or absent picks a free one. */
  ports?: Partial<Record<SubgraphName | 'gateway', number>>;
  /** The gateway's operation limits, cost budget and subgraph timeout (defaults: DEFAULT_GATEWAY_LIMITS). */
  gatewayLimits?: Partial<GatewayLimits>;
  /** Trusted documents at the gateway (default off). */
  trustedDocuments?: 'enforce' | 'log' | 'off';
  /** The GraphiQL explorer on the gateway (off when absent). */
  explorer?: ExplorerOptions;
  /** The business-health dashboard on the gateway (off when absent). */
  dashboard?: DashboardOptions;
  /** Event relays and consumers of the subgraphs (on by default). */
  events?: SubgraphEventOptions;
  /** The gateway's graphql-ws subscriptions (polling, credential re-checks, queue cap). */
  subscriptions?: SubscriptionOptions;
}

/** The options every in-process start (npm start, seed, bench) takes from the validated environment. */
export function platformOptionsFrom(config: Config, mongoUri: string): PlatformOptions {
  return {
    mongoUri,
    dbPrefix: config.dbPrefix,
    signingSecrets: config.signingSecrets,
    jwtSecrets: config.jwtSecrets,
    accessTokenTtlSeconds: config.accessTokenTtlSeconds,
    authCacheTtlMs: config.authCacheTtlMs,
    responseCacheTtlMs: config.responseCacheTtlMs,
    nodeEnv: config.nodeEnv,
    gatewayLimits: config.gatewayLimits,
    trustedDocuments: config.trustedDocuments,
    events: config.events,
  };
}

export interface Platform {
  gatewayUrl: string;
  gateway: GatewayService;
  subgraphs: Record<SubgraphName, SubgraphService<any>>;
  subgraphUrls: Record<SubgraphName, string>;
  stop(): Promise<void>;
}

export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const host = options.host ?? '127.0.0.1';
  const config: SubgraphConfig = {
    mongoUri: options.mongoUri,
    dbPrefix: options.dbPrefix,
    signingSecrets: options.signingSecrets,
    nodeEnv: options.nodeEnv,
    jwtSecrets: options.jwtSecrets,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds,
    events: options.events,
  };
  const results = await Promise.allSettled(SUBGRAPHS.map((name) => SUBGRAPH_FACTORIES[name](config)));
  const started = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((s) => s.stop()));
    throw failed.reason;
  }
  const subgraphs = Object.fromEntries(started.map((s) => [s.name, s])) as Record<SubgraphName, SubgraphService<any>>;
  const urls = await Promise.all(started.map((s) => s.listen(options.ports?.[s.name] ?? 0, host)));
  const subgraphUrls = Object.fromEntries(started.map((s, i) => [s.name, urls[i]])) as Record<SubgraphName, string>;
  const gateway = await createGateway({
    ...config,
    jwtSecrets: options.jwtSecrets,
    authCacheTtlMs: options.authCacheTtlMs,
    responseCache: options.responseCacheTtlMs ? { ttlMs: options.responseCacheTtlMs } : undefined,
    subgraphUrls,
    limits: options.gatewayLimits,
    trustedDocuments: options.trustedDocuments,
    explorer: options.explorer,
    dashboard: options.dashboard,
    subscriptions: options.subscriptions,
    redisUrl: options.events?.redisUrl,
    events: options.events,
  });
  const gatewayUrl = await gateway.listen(options.ports?.gateway ?? 0, host);
  return {
    gatewayUrl,
    gateway,
    subgraphs,
    subgraphUrls,
    stop: async () => {
      await gateway.stop();
      await Promise.all(started.map((s) => s.stop()));
    },
  };
}

/**
 * Waits until the platform's event flows are quiet: every consumer group has handled everything on
 * the bus, and the log stopped growing across two looks a few relay rounds apart (so events still
 * in an outbox, or produced by a handler just now, are published and handled too).
 */
export async function settleEvents(platform: Platform, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const look = async () => {
    let head = 0;
    let pending = 0;
    for (const service of Object.values(platform.subgraphs)) {
      for (const consumer of service.events.consumers) {
        const lag = await service.events.bus.lag(consumer.group);
        head = Math.max(head, lag.position + lag.pending);
        pending += lag.pending;
      }
    }
    return { head, pending };
  };
  let previous = await look();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const now = await look();
    if (!now.pending && !previous.pending && now.head === previous.head) return;
    if (Date.now() > deadline) throw new Error(`Event flows did not settle within ${timeoutMs} ms (${now.pending} pending).`);
    previous = now;
  }
}
