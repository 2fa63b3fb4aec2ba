/**
 * The GraphiQL explorer, in a real browser: Debian's chromium driven by playwright-core (which never
 * downloads a browser of its own). Also the HTTP contract around it: the page only for browsers,
 * JSON requests to /graphql unchanged, hashed assets with content types and long caching, and a
 * plain JSON answer when the explorer is off.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { createGateway, type GatewayService } from '../../gateway';
import { createCustomer } from '../helpers/fixtures';
import { TEST_JWT_SECRET, TEST_SECRET, testMongoUri } from '../helpers/db';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = join(__dirname, '..', 'artifacts', 'explorer.png');
const BROWSER_HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

const CUSTOMER_360 = `query Customer360($id: ID!) {
  customer(id: $id) {
    id name
    contacts { name email }
    invoices(status: OPEN, first: 10) { totalCount edges { node { number status dueDate total { amount currency } } } }
    orders(first: 10) { totalCount edges { node { number status total { amount currency } lines { quantity product { sku name } } } } }
  }
}
`;

describe('API explorer', () => {
  let platform: TestPlatform;
  let customerId: string;
  let origin: string;
  let browser: BrowserContext | undefined;
  let profileDir: string | undefined;
  const extraGateways: GatewayService[] = [];

  beforeAll(async () => {
    platform = await startTestPlatform({ explorer: { enabled: true, tenantAKeyHeader: true } });
    origin = new URL(platform.gatewayUrl).origin;
    customerId = await createCustomer(platform.tenantA, 'Explorer Trading Ltd', { email: 'hello@explorer.example' });
    await platform.tenantA.data(
      `mutation($id: ID!) { addContact(input: { customerId: $id, name: "Grace Contact", email: "grace@explorer.example" }) { userErrors { message } } }`,
      { id: customerId },
    );
  });

  afterAll(async () => {
    await browser?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    await Promise.all(extraGateways.map((g) => g.stop()));
    await platform?.stop();
  });

  it('serves the page to browsers and leaves GraphQL requests to /graphql as they were', async () => {
    const page = await fetch(platform.gatewayUrl, { headers: { accept: BROWSER_HTML } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<div id="explorer">');
    expect(html).toContain(platform.tenantA.key); // the headers editor's default
    expect(html).not.toMatch(/https?:\/\//); // nothing from a CDN

    // JSON POST and GET with a query: GraphQL as before, even with text/html among the accepted types.
    expect(await platform.tenantA.data('{ customer(id: "' + customerId + '") { name } }')).toEqual({
      customer: { name: 'Explorer Trading Ltd' },
    });
    const get = await fetch(`${platform.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: {
        accept: `application/json, ${BROWSER_HTML}`,
        'x-api-key': platform.tenantA.key,
        'apollo-require-preflight': 'true', // CSRF prevention, as before
      },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toMatchObject({ data: { __typename: 'Query' } });
    // A non-browser GET without a query still gets Apollo Server's JSON answer.
    const bare = await fetch(platform.gatewayUrl, { headers: { accept: 'application/json' } });
    expect(bare.headers.get('content-type')).toContain('application/json');
    expect(bare.status).toBe(400);

    // Assets: hashed names, their content types, cached for a year; anything else is a JSON 404.
    const assets = [...html.matchAll(/(?:src|href)="(\/graphql\/explorer\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets).toHaveLength(2);
    for (const path of assets) {
      const res = await fetch(origin + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(
        path.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
      );
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      await res.arrayBuffer();
    }
    const missing = await fetch(`${origin}/graphql/explorer/nope.js`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'not found' });
  });

  it('is off unless enabled: a browser then gets plain JSON, not the page', async () => {
    const gateway = await createGateway({
      mongoUri: testMongoUri(),
      dbPrefix: platform.dbPrefix,
      signingSecrets: [TEST_SECRET],
      jwtSecrets: [TEST_JWT_SECRET],
      subgraphUrls: platform.subgraphUrls,
      nodeEnv: 'production',
      explorer: { enabled: false },
    });
    extraGateways.push(gateway);
    const url = await gateway.listen(0);
    const page = await fetch(url, { headers: { accept: BROWSER_HTML } });
    expect(page.status).toBe(400);
    expect(page.headers.get('content-type')).toContain('application/json');
    await page.json();
    const asset = await fetch(`${new URL(url).origin}/graphql/explorer/anything.js`);
    expect(asset.status).toBe(404);
    expect(await asset.json()).toEqual({ error: 'not found' });
  });

  it('runs the customer-360 query in chromium and shows the result', async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `The explorer's browser test needs Debian's chromium at ${CHROMIUM}: run \`apt-get update && apt-get install -y chromium\` (.ci/run installs it).`,
      );
    }
    const started = Date.now();
    profileDir = mkdtempSync(join(tmpdir(), 'explorer-chromium-'));
    browser = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // Pasting (unlike typing) keeps Monaco from auto-closing brackets and re-indenting.
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = browser.pages()[0] ?? (await browser.newPage());
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    // Offline: any request leaving the gateway (a CDN) is refused and reported.
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(origin)) return route.continue();
      problems.push(`request outside the gateway: ${route.request().url()}`);
      return route.abort();
    });

    try {
      await useExplorer(page);
    } catch (err) {
      const failure = SCREENSHOT.replace(/\.png$/, '-failure.png');
      await page.screenshot({ path: failure }).catch(() => undefined);
      console.log(`explorer failure screenshot: ${failure}\n${problems.join('\n')}`);
      throw err;
    }
    console.log(`explorer screenshot: ${SCREENSHOT} (browser part ${Date.now() - started} ms)`);
    expect(problems).toEqual([]);
  });

  async function useExplorer(page: Page): Promise<void> {
    await page.goto(platform.gatewayUrl, { waitUntil: 'load' });
    const queryEditor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await queryEditor.waitFor({ timeout: 30_000 });

    // The headers editor starts with tenant A's key.
    await page.getByRole('button', { name: 'Headers' }).click();
    await showsText(page.locator('.graphiql-editor-tool'), platform.tenantA.key);

    // Paste the query (replacing the welcome text) and the variables.
    await paste(page, queryEditor, CUSTOMER_360);
    await page.getByRole('button', { name: 'Variables' }).click();
    const variablesEditor = page.locator('.graphiql-editor-tool .monaco-editor').filter({ visible: true });
    await paste(page, variablesEditor, JSON.stringify({ id: customerId }));

    await page.locator('button.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await result.getByText('Grace Contact').waitFor({ timeout: 30_000 });
    await showsText(result, 'Explorer Trading Ltd');
    await showsText(result, 'grace@explorer.example');

    // History remembers the run.
    await page.getByRole('button', { name: 'Show History' }).click();
    await page.locator('.graphiql-history-item-label').getByText('Customer360').waitFor();

    // Docs (from introspection) list the query type's fields.
    await page.getByRole('button', { name: /Show Documentation Explorer/i }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();

    await page.screenshot({ path: SCREENSHOT });
  }
});

/** Replaces an editor's text through the clipboard, as a person pasting a query would. */
async function paste(page: Page, editor: Locator, text: string): Promise<void> {
  // A string, so this Node-side file needs no DOM types.
  await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

/** Waits until the locator shows the text (Monaco renders lazily, so polling beats a one-off read). */
async function showsText(locator: Locator, text: string): Promise<void> {
  await locator.getByText(text, { exact: false }).first().waitFor({ timeout: 15_000 });
}
