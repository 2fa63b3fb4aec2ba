/**
 * Runs ONE service per process, as in docker-compose: `node dist/scripts/serve.js <service>`,
 * where <service> is gateway, customers, sales, finance, inventory, hr, identity, operations or reporting. Needs MONGODB_URI.
 *
 * - Ready when `GET /readyz` answers 200 (a subgraph: its database answers, and its relay and
 *   consumers were started before it listened; the gateway: its database and every subgraph).
 * - `EVENTS_DISABLED=true` starts a subgraph without its outbox relay, consumers and jobs: its
 *   writes are stored with their events in their outboxes and published by the next normal start
 *   (maintenance; tests/e2e/process-faults.test.ts kills a producer before its relay publishes).
 * - SIGINT/SIGTERM stop it cleanly; after SIGKILL nothing is lost (outboxes and consumer positions
 *   are in the database), and a new process on the same databases carries on.
 */
import { loadConfig, SUBGRAPHS, type SubgraphName } from '../lib/env';
import { logger } from '../lib/logger';
import { startTracing } from '../lib/tracing';
import { SUBGRAPH_FACTORIES } from './subgraph-factories';

async function main(): Promise<void> {
  const service = process.argv[2] ?? process.env.SERVICE;
  if (service !== 'gateway' && !SUBGRAPHS.includes(service as SubgraphName)) {
    throw new Error(`Usage: serve <gateway|${SUBGRAPHS.join('|')}>; got ${JSON.stringify(service)}`);
  }
  const config = loadConfig();
  if (!config.mongodbUri) throw new Error('MONGODB_URI is required to run a single service.');
  // Before the service starts; loads nothing unless OTEL_EXPORTER_OTLP_ENDPOINT is set.
  const tracing = await startTracing(service);
  const host = process.env.HOST ?? '0.0.0.0';
  const common = {
    mongoUri: config.mongodbUri,
    dbPrefix: config.dbPrefix,
    signingSecrets: config.signingSecrets,
    nodeEnv: config.nodeEnv,
    jwtSecrets: config.jwtSecrets,
    accessTokenTtlSeconds: config.accessTokenTtlSeconds,
    events: config.events,
  };

  let stop: () => Promise<void>;
  if (service === 'gateway') {
    // Loaded here, not above: a subgraph's process loads only its own subgraph's code.
    const { createGateway } = await import('../gateway');
    const gateway = await createGateway({
      ...common,
      subgraphUrls: config.subgraphUrls,
      authCacheTtlMs: config.authCacheTtlMs,
      responseCache: { ttlMs: config.responseCacheTtlMs },
      trustedProxyHops: config.trustedProxyHops,
      limits: config.gatewayLimits,
      explorer: { enabled: config.explorerEnabled },
      dashboard: { enabled: config.dashboardEnabled },
      metricsToken: config.metricsToken,
      trustedDocuments: config.trustedDocuments,
      redisUrl: config.events.redisUrl,
      events: config.events,
    });
    await gateway.listen(config.ports.gateway, host);
    if (config.admin) await gateway.listenAdmin(config.admin.port, config.admin.host);
    stop = gateway.stop;
    if (config.seedDemoData) {
      const { ensureDemoTenants, startSeedingGateway } = await import('./demo-data');
      const seedingGateway = () => startSeedingGateway({ ...common, subgraphUrls: config.subgraphUrls });
      const demo = await ensureDemoTenants(gateway.identity, config.demoCredentials, seedingGateway, (msg) => logger.info(msg));
      // Printed on stdout as plain lines, never through the logger (whose records are shipped and
      // kept): in production these are random and shown this once, when the tenants are created.
      for (const { tenant, key, admin } of demo) {
        process.stdout.write(
          `Demo API key (${tenant.slug}): ${key}\nDemo sign-in (${tenant.slug}): ${admin.email} / ${admin.password}\n`,
        );
      }
    }
  } else {
    const subgraph = await SUBGRAPH_FACTORIES[service as SubgraphName](common);
    await subgraph.listen(config.ports[service as SubgraphName], host);
    stop = subgraph.stop;
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'stopping');
      stop()
        .then(() => tracing?.shutdown())
        .then(
          () => process.exit(0),
          (err) => {
            logger.error({ err }, 'stop failed');
            process.exit(1);
          },
        );
    });
  }
}

main().catch((err) => {
  logger.fatal({ err }, 'service failed to start');
  process.exit(1);
});
