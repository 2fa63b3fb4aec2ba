/**
 * `npm run build`, second step: bundles the GraphiQL explorer into dist/explorer and the
 * business-health dashboard into dist/dashboard, which the gateway serves in production (where
 * neither esbuild nor the client sources are installed).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildDashboardBundle, writeDashboardBundle } from '../gateway/dashboard';
import { buildExplorerBundle, writeExplorerBundle } from '../gateway/explorer';

async function main(): Promise<void> {
  const started = Date.now();
  const dir = join(__dirname, '..', 'dist', 'explorer');
  const bundle = await buildExplorerBundle();
  rmSync(dir, { recursive: true, force: true });
  writeExplorerBundle(bundle, dir);
  const bytes = [...bundle.files.values()].reduce((sum, f) => sum + f.length, 0);
  console.log(
    `Explorer bundle: ${bundle.files.size} files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${dir} (${Date.now() - started} ms)`,
  );
  const dashStarted = Date.now();
  const dashDir = join(__dirname, '..', 'dist', 'dashboard');
  const dashboard = await buildDashboardBundle();
  rmSync(dashDir, { recursive: true, force: true });
  writeDashboardBundle(dashboard, dashDir);
  const dashBytes = [...dashboard.files.values()].reduce((sum, f) => sum + f.length, 0);
  console.log(
    `Dashboard bundle: ${dashboard.files.size} files, ${(dashBytes / 1024).toFixed(0)} KB in ${dashDir} (${Date.now() - dashStarted} ms)`,
  );
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
