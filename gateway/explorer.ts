/**
 * The API explorer: GraphiQL (from the `graphiql` npm package) served by the gateway itself, so it
 * works offline and loads nothing from a CDN.
 *
 * - `GET /graphql` from a browser (Accept: text/html, no `query` parameter) gets the explorer page;
 *   every other request to `/graphql` goes to Apollo Server.
 * - The bundle (JS, CSS, fonts, Monaco's web workers) is served from `/graphql/explorer/<file>`.
 *   File names carry a content hash, so they are cached for a year; the page itself is not cached.
 * - `npm run build` writes the bundle to `dist/explorer/` (scripts/build-explorer.ts), which is what
 *   the production image serves. Without it (development, tests) the bundle is built with esbuild
 *   when the gateway starts, kept in memory, and cached on disk under node_modules/.cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, extname, join } from 'node:path';
import { sendJson } from '../lib/http';

export interface ExplorerOptions {
  enabled: boolean;
  /**
   * Request headers the headers editor starts with (e.g. a demo API key in development); read for
   * each page, so a function can supply a key created after the gateway started.
   */
  defaultHeaders?: Record<string, string> | (() => Record<string, string>);
}

/** The bundle: every file by name, and which files the page and the Monaco workers need. */
export interface ExplorerBundle {
  files: Map<string, Buffer>;
  manifest: ExplorerManifest;
}

export interface ExplorerManifest {
  js: string;
  css: string;
  workers: { editor: string; json: string; graphql: string };
}

export const ASSET_PREFIX = '/graphql/explorer/';
const ROOT = join(__dirname, '..');
const CLIENT_DIR = join(__dirname, 'explorer');
/** Where `npm run build` puts the bundle: dist/explorer, next to the compiled dist/gateway. */
export const BUILT_BUNDLE_DIR = join(__dirname, '..', 'explorer');

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

const DEFAULT_QUERY = `# Welcome to the CRM + ERP API explorer.
# Press the run button (or Ctrl-Enter) to run a query; the Docs panel on the left lists every type.
query FirstCustomers {
  customers(first: 3) {
    edges {
      node {
        id
        name
      }
    }
  }
}
`;

/** Builds the bundle with esbuild, in memory. Used by `npm run build` and, without one, at gateway start. */
export async function buildExplorerBundle(): Promise<ExplorerBundle> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error(
      `The explorer bundle is missing (${BUILT_BUNDLE_DIR}) and esbuild is not installed to build it: run \`npm install\` and \`npm run build\`.`,
    );
  }
  const workerPath = (spec: string) => require.resolve(spec, { paths: [ROOT] });
  const result = await esbuild.build({
    entryPoints: {
      explorer: join(CLIENT_DIR, 'client.tsx'),
      'editor.worker': workerPath('monaco-editor/esm/vs/editor/editor.worker.js'),
      'json.worker': workerPath('monaco-editor/esm/vs/language/json/json.worker.js'),
      'graphql.worker': workerPath('monaco-graphql/esm/graphql.worker.js'),
    },
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    outdir: join(ROOT, '.explorer-out'), // nothing is written: outputs stay in memory
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const files = new Map<string, Buffer>();
  for (const file of result.outputFiles) files.set(basename(file.path), Buffer.from(file.contents));
  const entry = (name: string, ext: '.js' | '.css') => {
    const found = [...files.keys()].find((f) => f.startsWith(`${name}-`) && f.endsWith(ext));
    if (!found) throw new Error(`The explorer build produced no ${name}${ext}.`);
    return found;
  };
  return {
    files,
    manifest: {
      js: entry('explorer', '.js'),
      css: entry('explorer', '.css'),
      workers: {
        editor: entry('editor.worker', '.js'),
        json: entry('json.worker', '.js'),
        graphql: entry('graphql.worker', '.js'),
      },
    },
  };
}

export function writeExplorerBundle(bundle: ExplorerBundle, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, body] of bundle.files) writeFileSync(join(dir, name), body);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(bundle.manifest, null, 2));
}

function readExplorerBundle(dir: string): ExplorerBundle | undefined {
  if (!existsSync(join(dir, 'manifest.json'))) return undefined;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ExplorerManifest;
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) if (name !== 'manifest.json') files.set(name, readFileSync(join(dir, name)));
  return { files, manifest };
}

/** The development cache's key: the client's sources and the versions of what it bundles. */
function sourceKey(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(CLIENT_DIR).sort()) hash.update(name).update(readFileSync(join(CLIENT_DIR, name)));
  for (const pkg of ['graphiql', '@graphiql/react', 'react', 'react-dom', 'esbuild']) {
    hash.update(pkg).update(JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`, { paths: [ROOT] }), 'utf8')).version);
  }
  return hash.digest('hex').slice(0, 16);
}

/** The built bundle if there is one, else the development cache, else a fresh esbuild build (then cached). */
export async function loadExplorerBundle(): Promise<ExplorerBundle> {
  const built = readExplorerBundle(BUILT_BUNDLE_DIR);
  if (built) return built;
  if (!existsSync(join(CLIENT_DIR, 'client.tsx'))) {
    throw new Error(`The explorer bundle is missing (${BUILT_BUNDLE_DIR}): run \`npm run build\`.`);
  }
  const cacheDir = join(ROOT, 'node_modules', '.cache', 'crm-erp-explorer', sourceKey());
  const cached = readExplorerBundle(cacheDir);
  if (cached) return cached;
  const bundle = await buildExplorerBundle();
  try {
    writeExplorerBundle(bundle, cacheDir);
  } catch {
    // a read-only checkout: the in-memory bundle still serves this process
  }
  return bundle;
}

/** `<` escaped, so no value can close the script element it is embedded in. */
const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function explorerPage(manifest: ExplorerManifest, defaultHeaders: Record<string, string>): string {
  const asset = (name: string) => `${ASSET_PREFIX}${name}`;
  const config = {
    endpoint: '/graphql',
    defaultHeaders: Object.keys(defaultHeaders).length ? JSON.stringify(defaultHeaders, null, 2) : '',
    defaultQuery: DEFAULT_QUERY,
    workers: {
      editor: asset(manifest.workers.editor),
      json: asset(manifest.workers.json),
      graphql: asset(manifest.workers.graphql),
    },
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CRM + ERP API explorer</title>
<link rel="stylesheet" href="${escapeHtml(asset(manifest.css))}">
<style>html, body, #explorer { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="explorer"></div>
<script type="application/json" id="explorer-config">${jsonForScript(config)}</script>
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
  // Only the gateway's own files; Monaco sets inline styles and loads its font as a file.
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; worker-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

/** A browser navigating to the endpoint, as Apollo Server's landing pages detect it. */
function wantsPage(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const accept = req.headers.accept ?? '';
  if (!accept.includes('text/html')) return false;
  return !new URL(req.url ?? '/', 'http://localhost').searchParams.has('query');
}

export interface Explorer {
  /** Serves the page or an asset and returns true, or returns false for requests it does not own. */
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean>;
  /** The bundle, loaded or built once per process. */
  bundle(): Promise<ExplorerBundle>;
}

export function createExplorer(
  options: ExplorerOptions,
  log: { error(obj: object, msg: string): void; info(obj: object, msg: string): void },
): Explorer {
  let loading: Promise<ExplorerBundle> | undefined;
  const bundle = () => {
    if (!loading) {
      const started = Date.now();
      loading = loadExplorerBundle().then(
        (b) => {
          log.info({ ms: Date.now() - started, files: b.files.size }, 'explorer bundle ready');
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
  const headers = () =>
    typeof options.defaultHeaders === 'function' ? options.defaultHeaders() : (options.defaultHeaders ?? {});

  return {
    bundle,
    async handle(req, res, path) {
      if (path === '/graphql' && wantsPage(req)) {
        const { manifest } = await bundle();
        const html = explorerPage(manifest, headers());
        res.writeHead(200, { ...PAGE_HEADERS, 'content-length': Buffer.byteLength(html) });
        res.end(req.method === 'HEAD' ? undefined : html);
        return true;
      }
      if (!path.startsWith(ASSET_PREFIX)) return false;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendJson(res, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD' });
        return true;
      }
      const name = path.slice(ASSET_PREFIX.length);
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
