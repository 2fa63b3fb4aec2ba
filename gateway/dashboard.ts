/**
 * The business-health dashboard: a small browser client of the public GraphQL API (KPI cards, a
 * weekly revenue and cash chart drawn with uPlot, the pipeline by stage, overdue receivables and
 * low-stock items), updating live over graphql-ws. Served by the gateway on the same origin, like
 * the explorer (gateway/explorer.ts), and loading nothing from a CDN.
 *
 * - `GET /dashboard` is the page (not cached); its bundle is served from `/dashboard/assets/<file>`
 *   with content-hashed names, cached for a year.
 * - `npm run build` writes the bundle to `dist/dashboard/` (scripts/build-explorer.ts); without it
 *   (development, tests) esbuild builds it when the gateway starts, cached under node_modules/.cache.
 * - Off in production unless `DASHBOARD_ENABLED=true`; when off, both paths are the gateway's plain
 *   JSON 404.
 * - Its operations (gateway/dashboard/operations.ts) are published, when the dashboard is served, as
 *   the trusted documents of the app `dashboard`, under a version that is their hash: a signed-in
 *   user's dashboard runs under TRUSTED_DOCUMENTS=enforce like any published app.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, extname, join } from 'node:path';
import type { Model } from 'mongoose';
import { sendJson } from '../lib/http';
import type { TrustedDocumentDoc } from '../subgraphs/identity/models';
import { DASHBOARD_APP, DASHBOARD_DOCUMENTS } from './dashboard/operations';
import { documentHash, publishDocuments } from './trusted-documents';

export interface DashboardOptions {
  enabled: boolean;
}

export interface DashboardBundle {
  files: Map<string, Buffer>;
  manifest: DashboardManifest;
}

export interface DashboardManifest {
  js: string;
  css: string;
}

export const DASHBOARD_PATH = '/dashboard';
export const DASHBOARD_ASSET_PREFIX = '/dashboard/assets/';
const ROOT = join(__dirname, '..');
const CLIENT_DIR = join(__dirname, 'dashboard');
/** Where `npm run build` puts the bundle: dist/dashboard, next to the compiled dist/gateway. */
export const BUILT_DASHBOARD_DIR = join(__dirname, '..', 'dashboard');

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Builds the bundle with esbuild, in memory. Used by `npm run build` and, without one, at gateway start. */
export async function buildDashboardBundle(): Promise<DashboardBundle> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error(
      `The dashboard bundle is missing (${BUILT_DASHBOARD_DIR}) and esbuild is not installed to build it: run \`npm install\` and \`npm run build\`.`,
    );
  }
  const result = await esbuild.build({
    entryPoints: { dashboard: join(CLIENT_DIR, 'client.ts') },
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    outdir: join(ROOT, '.dashboard-out'), // nothing is written: outputs stay in memory
    write: false,
    logLevel: 'silent',
  });
  const files = new Map<string, Buffer>();
  for (const file of result.outputFiles) files.set(basename(file.path), Buffer.from(file.contents));
  const entry = (ext: '.js' | '.css') => {
    const found = [...files.keys()].find((f) => f.startsWith('dashboard-') && f.endsWith(ext));
    if (!found) throw new Error(`The dashboard build produced no dashboard${ext}.`);
    return found;
  };
  return { files, manifest: { js: entry('.js'), css: entry('.css') } };
}

export function writeDashboardBundle(bundle: DashboardBundle, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, body] of bundle.files) writeFileSync(join(dir, name), body);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(bundle.manifest, null, 2));
}

function readDashboardBundle(dir: string): DashboardBundle | undefined {
  if (!existsSync(join(dir, 'manifest.json'))) return undefined;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as DashboardManifest;
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) if (name !== 'manifest.json') files.set(name, readFileSync(join(dir, name)));
  return { files, manifest };
}

/** The development cache's key: the client's sources and the versions of what it bundles. */
function sourceKey(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(CLIENT_DIR).sort()) hash.update(name).update(readFileSync(join(CLIENT_DIR, name)));
  for (const pkg of ['uplot', 'graphql-ws', 'esbuild']) {
    hash.update(pkg).update(JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`, { paths: [ROOT] }), 'utf8')).version);
  }
  return hash.digest('hex').slice(0, 16);
}

/** The built bundle if there is one, else the development cache, else a fresh esbuild build (then cached). */
export async function loadDashboardBundle(): Promise<DashboardBundle> {
  const built = readDashboardBundle(BUILT_DASHBOARD_DIR);
  if (built) return built;
  if (!existsSync(join(CLIENT_DIR, 'client.ts'))) {
    throw new Error(`The dashboard bundle is missing (${BUILT_DASHBOARD_DIR}): run \`npm run build\`.`);
  }
  const cacheDir = join(ROOT, 'node_modules', '.cache', 'crm-erp-dashboard', sourceKey());
  const cached = readDashboardBundle(cacheDir);
  if (cached) return cached;
  const bundle = await buildDashboardBundle();
  try {
    writeDashboardBundle(bundle, cacheDir);
  } catch {
    // a read-only checkout: the in-memory bundle still serves this process
  }
  return bundle;
}

/** `<` escaped, so no value can close the script element it is embedded in. */
const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function dashboardPage(manifest: DashboardManifest): string {
  const asset = (name: string) => `${DASHBOARD_ASSET_PREFIX}${name}`;
  const config = { endpoint: '/graphql' };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Business health</title>
<link rel="stylesheet" href="${escapeHtml(asset(manifest.css))}">
</head>
<body>
<div id="dashboard"></div>
<script type="application/json" id="dashboard-config">${jsonForScript(config)}</script>
<script type="module" src="${escapeHtml(asset(manifest.js))}"></script>
</body>
</html>
`;
}

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-cache',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  // Only the gateway's own files; uPlot positions its elements with inline styles. connect-src
  // 'self' covers the same-origin WebSocket (graphql-ws) as well as fetch.
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

export interface Dashboard {
  /** Serves the page or an asset and returns true, or returns false for requests it does not own. */
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean>;
  /** The bundle, loaded or built once per process. */
  bundle(): Promise<DashboardBundle>;
}

export function createDashboard(log: { error(obj: object, msg: string): void; info(obj: object, msg: string): void }): Dashboard {
  let loading: Promise<DashboardBundle> | undefined;
  const bundle = () => {
    if (!loading) {
      const started = Date.now();
      loading = loadDashboardBundle().then(
        (b) => {
          log.info({ ms: Date.now() - started, files: b.files.size }, 'dashboard bundle ready');
          return b;
        },
        (err) => {
          loading = undefined; // try again on the next request
          throw err;
        },
      );
    }
    return loading;
  };
  const methodNotAllowed = (res: ServerResponse) => sendJson(res, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD' });

  return {
    bundle,
    async handle(req, res, path) {
      const read = req.method === 'GET' || req.method === 'HEAD';
      if (path === DASHBOARD_PATH || path === `${DASHBOARD_PATH}/`) {
        if (!read) {
          methodNotAllowed(res);
          return true;
        }
        const html = dashboardPage((await bundle()).manifest);
        res.writeHead(200, { ...PAGE_HEADERS, 'content-length': Buffer.byteLength(html) });
        res.end(req.method === 'HEAD' ? undefined : html);
        return true;
      }
      if (!path.startsWith(DASHBOARD_ASSET_PREFIX)) return false;
      if (!read) {
        methodNotAllowed(res);
        return true;
      }
      const name = path.slice(DASHBOARD_ASSET_PREFIX.length);
      const body = (await bundle()).files.get(name);
      if (!body) {
        sendJson(res, 404, { error: 'not found' });
        return true;
      }
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    },
  };
}

/** Publishes the dashboard's operations as the app `dashboard` (idempotent: every replica may). */
export async function publishDashboardDocuments(model: Model<TrustedDocumentDoc>) {
  const documents = Object.fromEntries(DASHBOARD_DOCUMENTS.map((body) => [documentHash(body), body]));
  const version = documentHash(Object.keys(documents).sort().join('\n')).slice(0, 12);
  return publishDocuments(model, { app: DASHBOARD_APP, version, documents });
}
