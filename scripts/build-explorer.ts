/**
 * `npm run build`, second step: bundles the GraphiQL explorer into dist/explorer, which the
 * gateway serves in production (where neither esbuild nor the client sources are installed).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
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
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
