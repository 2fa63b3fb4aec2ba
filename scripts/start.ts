/**
 * `npm start`: picks the database, starts the subgraphs and the gateway in this process,
 * seeds the demo tenants on first run, and prints where to go. Ctrl-C stops everything.
 */
import { join } from 'node:path';
import { loadConfig } from '../lib/env';
import { logger } from '../lib/logger';
import { startDatabase, type DatabaseServer } from '../lib/mongo/server';
import { startTracing } from '../lib/tracing';
import { DUNNING_JOB } from '../subgraphs/finance/jobs/dunning';
import { demoApiKey } from '../subgraphs/identity/models';
import { ensureDemoTenants, startSeedingGateway } from './demo-data';
import { APP_NAME, APP_VERSION, PERSISTED_DOCUMENTS } from '../examples/typed-client';
import { publishDocuments } from '../gateway/trusted-documents';
import { platformOptionsFrom, startPlatform, type Platform } from './platform';

async function main(): Promise<void> {
  const config = loadConfig();
  const say = (msg: string) => console.log(msg);
  // Before any service starts, so their spans are recorded; nothing is loaded unless OTEL_EXPORTER_OTLP_ENDPOINT is set.
  const tracing = await startTracing('crm-erp-platform');
  if (tracing) say('Tracing: exporting spans over OTLP/HTTP');
  let database: DatabaseServer | undefined;
  let platform: Platform | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping...`);
    await platform?.stop().catch((err) => logger.error({ err }, 'stopping the platform failed'));
    await database?.stop().catch((err) => logger.error({ err }, 'stopping the database failed'));
    await tracing?.shutdown().catch((err) => logger.error({ err }, 'flushing spans failed'));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  database = await startDatabase({ log: say, dataDir: join(process.cwd(), '.data') });
  say(`Database: ${database.description}`);
  platform = await startPlatform({
    ...platformOptionsFrom(config, database.uri),
    host: process.env.HOST ?? '127.0.0.1',
    ports: config.ports,
    // The explorer's headers editor starts with the acme demo key (derived, so known before seeding).
    explorer: { enabled: config.explorerEnabled, defaultHeaders: { 'x-api-key': demoApiKey(config.demoKeySeed, 'acme') } },
    dashboard: { enabled: config.dashboardEnabled },
  });
  const running = platform;
  const seedingGateway = () =>
    startSeedingGateway({
      mongoUri: database!.uri,
      dbPrefix: config.dbPrefix,
      signingSecrets: config.signingSecrets,
      jwtSecrets: config.jwtSecrets,
      nodeEnv: config.nodeEnv,
      subgraphUrls: running.subgraphUrls,
    });
  // The example client's operations, published as its app (gateway/trusted-documents.ts): it runs
  // under TRUSTED_DOCUMENTS=enforce too. Publishing the same version again changes nothing.
  const published = await publishDocuments(platform.gateway.identity.TrustedDocument, {
    app: APP_NAME,
    version: APP_VERSION,
    documents: PERSISTED_DOCUMENTS,
  });
  say(
    `Trusted documents (${config.trustedDocuments}): ${published.documents} published for ${published.app} ${published.version}`,
  );
  const demo = config.seedDemoData
    ? await ensureDemoTenants(platform.gateway.identity, config.demoCredentials, seedingGateway, say)
    : [];
  // Unpaid demo invoices due in earlier months get their reminders now, not at the dunning job's
  // first round (10 minutes in); a round is idempotent, so a restart changes nothing.
  if (config.seedDemoData) await platform.subgraphs.finance?.jobs[DUNNING_JOB]?.runOnce();
  say('');
  say(`Gateway: http://localhost:${config.ports.gateway}/graphql`);
  if (config.explorerEnabled) say(`Explorer: open http://localhost:${config.ports.gateway}/graphql in a browser`);
  if (config.dashboardEnabled) say(`Dashboard: open http://localhost:${config.ports.gateway}/dashboard in a browser`);
  for (const { tenant, key, admin } of demo) {
    say(`Demo API key (${tenant.slug}): ${key}`);
    say(`Demo sign-in (${tenant.slug}): tenant "${tenant.slug}", ${admin.email} / ${admin.password}`);
  }
  say('');
  say(
    `Try: curl -s http://localhost:${config.ports.gateway}/graphql -H 'content-type: application/json' -H 'x-api-key: ${demo[0]?.key ?? '<key>'}' --data '{"query":"{ customers(first: 3) { edges { node { id name } } } }"}'`,
  );
  if (stopping) await stop('stop');
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
