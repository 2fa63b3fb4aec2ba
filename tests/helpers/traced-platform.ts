/**
 * Run as a child process by tests/e2e/observability.test.ts (`tsx tests/helpers/traced-platform.ts`):
 * the test platform with tracing started from the environment, as scripts/start.ts does. The
 * OTLP exporter loads node:http with a dynamic import(), which jest's CommonJS sandbox refuses.
 * Prints one JSON line (gateway URL, tenant A's id and key); SIGTERM flushes spans and stops.
 */
import { startTracing } from '../../lib/tracing';
import { startTestPlatform } from './platform';

async function main(): Promise<void> {
  const tracing = await startTracing('traced-test-platform');
  if (!tracing) throw new Error('OTEL_EXPORTER_OTLP_ENDPOINT is not set');
  const platform = await startTestPlatform();
  process.once('SIGTERM', () => {
    platform
      .stop()
      .then(() => tracing.shutdown())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  });
  const { gatewayUrl, tenantA } = platform;
  process.stdout.write(`${JSON.stringify({ gatewayUrl, tenantId: tenantA.id, key: tenantA.key })}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
