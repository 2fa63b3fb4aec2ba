/**
 * The business-health dashboard, in a real browser: Debian's chromium driven by playwright-core (as
 * the explorer's test). A user signs in with the login mutation, sees the KPI cards, a deal is won
 * through the API, and the bookings card changes without a reload (graphql-ws pushes
 * businessHealthChanged, the page refetches); then signs out and in again with a pasted API key,
 * and with a key lacking reports:read and finance:read (those panels say why, the others load).
 * Also the HTTP contract: the page with its headers, hashed assets with content types and long
 * caching, nothing from a CDN, and a plain JSON 404 when the dashboard is off (production without
 * DASHBOARD_ENABLED).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createGateway, type GatewayService } from '../../gateway';
import { createCustomer, createInvoice, createProduct } from '../helpers/fixtures';
import { adjustStock, createWarehouse, mutate, OPS, waitUntil } from '../helpers/flows';
import { TEST_JWT_SECRET, TEST_SECRET, testMongoUri } from '../helpers/db';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';
import { graphql } from '../helpers/graphql';
import { CLIENT_NAME_HEADER, DASHBOARD_APP, DASHBOARD_DOCUMENTS, HEALTH, LOGIN } from '../../gateway/dashboard/operations';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = join(__dirname, '..', 'artifacts', 'dashboard.png');
const BROWSER_HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const EMAIL = 'ceo@alpha.example';
const PASSWORD = 'a long dashboard password';

const BOOKINGS = `query($p: ReportPeriod!) { businessHealth(period: $p) { kpi(metric: BOOKINGS) { value } } }`;

describe('business-health dashboard', () => {
  let platform: TestPlatform;
  let origin: string;
  let customerId: string;
  let browser: BrowserContext | undefined;
  let profileDir: string | undefined;
  const extraGateways: GatewayService[] = [];

  /** The cards' default period: the last 30 UTC days, today included. */
  const period = () => {
    const end = Math.floor(Date.now() / 86_400_000) * 86_400_000 + 86_400_000;
    return { from: new Date(end - 30 * 86_400_000).toISOString(), to: new Date(end).toISOString() };
  };
  const bookings = async () => (await platform.tenantA.data(BOOKINGS, { p: period() })).businessHealth.kpi.value as string;

  const newDeal = async (name: string, amount: string) =>
    (
      await mutate(platform.tenantA, OPS.createDeal, {
        i: { name, customerId, expectedCloseDate: '2031-01-31', amount: { amount, currency: 'EUR' } },
      })
    ).deal.id as string;
  const win = (id: string) => mutate(platform.tenantA, OPS.win, { id });

  beforeAll(async () => {
    platform = await startTestPlatform({ dashboard: { enabled: true } });
    origin = new URL(platform.gatewayUrl).origin;
    const a = platform.tenantA;
    const { createUser } = await a.data(
      `mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } userErrors { code message } } }`,
      { i: { email: EMAIL, name: 'Chief Executive', password: PASSWORD, roles: ['VIEWER'] } },
    );
    expect(createUser.userErrors).toEqual([]);

    customerId = await createCustomer(a, 'Dashboard Trading Ltd');
    // Something for every panel: an open deal, a deal already won, an overdue invoice, a low-stock item.
    await newDeal('Open opportunity', '2500.00');
    await win(await newDeal('First win', '1000.00'));
    await createInvoice(a, customerId, '300.00', { issue: true, dueDate: '2026-01-15' });
    const product = await createProduct(a, 'DASH-1', 'Dashboard widget');
    const warehouse = await createWarehouse(a, 'DASH-WH');
    await adjustStock(a, product, warehouse, 2);
    await mutate(
      a,
      `mutation($i: SetReorderPointInput!) { r: setReorderPoint(input: $i) { stockLevel { id } userErrors { field code message } } }`,
      { i: { productId: product, warehouseId: warehouse, rule: { min: 5, reorderQuantity: 20 } } },
    );
    await waitUntil('reporting to count the first win', bookings, (v) => Number(v) === 1000);
  }, 180_000); // the whole platform, a dozen writes and the events settling; under CI's load past 60 s

  afterAll(async () => {
    await browser?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    await Promise.all(extraGateways.map((g) => g.stop()));
    await platform?.stop();
  });

  it('serves the page and its hashed, long-cached assets from the gateway, nothing from a CDN', async () => {
    const page = await fetch(`${origin}/dashboard`, { headers: { accept: BROWSER_HTML } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const html = await page.text();
    expect(html).toContain('<div id="dashboard">');
    expect(html).not.toMatch(/https?:\/\//);

    const assets = [...html.matchAll(/(?:src|href)="(\/dashboard\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets).toHaveLength(2);
    for (const path of assets) {
      expect(path).toMatch(/\/dashboard-[A-Z0-9]{8}\.(js|css)$/); // content-hashed names
      const res = await fetch(origin + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(
        path.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
      );
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const body = await res.text();
      expect(body).not.toMatch(/https?:\/\/(cdn|unpkg|fonts)\./);
    }
    const missing = await fetch(`${origin}/dashboard/assets/nope.js`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'not found' });
    const post = await fetch(`${origin}/dashboard`, { method: 'POST' });
    expect(post.status).toBe(405);
    await post.arrayBuffer();
  });

  it('is off in production unless enabled: /dashboard and its assets are then a plain JSON 404', async () => {
    const gateway = await createGateway({
      mongoUri: testMongoUri(),
      dbPrefix: platform.dbPrefix,
      signingSecrets: [TEST_SECRET],
      jwtSecrets: [TEST_JWT_SECRET],
      subgraphUrls: platform.subgraphUrls,
      nodeEnv: 'production',
      dashboard: { enabled: false },
    });
    extraGateways.push(gateway);
    const base = new URL(await gateway.listen(0)).origin;
    for (const path of ['/dashboard', '/dashboard/assets/dashboard-ABCDEFGH.js']) {
      const res = await fetch(base + path, { headers: { accept: BROWSER_HTML } });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(await res.json()).toEqual({ error: 'not found' });
    }
  });

  it('runs under TRUSTED_DOCUMENTS=enforce with a user session: its operations are published as the app "dashboard"', async () => {
    const gateway = await createGateway({
      mongoUri: testMongoUri(),
      dbPrefix: platform.dbPrefix,
      signingSecrets: [TEST_SECRET],
      jwtSecrets: [TEST_JWT_SECRET],
      subgraphUrls: platform.subgraphUrls,
      trustedDocuments: 'enforce',
      dashboard: { enabled: true },
    });
    extraGateways.push(gateway);
    const url = await gateway.listen(0);
    const send = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
      graphql(url, query, variables, { [CLIENT_NAME_HEADER]: DASHBOARD_APP, ...headers });
    const signedIn = await send(LOGIN, { input: { tenant: 'alpha', email: EMAIL, password: PASSWORD } });
    expect(signedIn.errors).toBeUndefined();
    const auth = { authorization: `Bearer ${(signedIn.data as any).login.accessToken}` };
    const health = await send(HEALTH, { period: period() }, auth);
    expect(health.errors).toBeUndefined();
    expect((health.data as any).businessHealth.kpis.length).toBeGreaterThan(10);
    for (const document of DASHBOARD_DOCUMENTS) expect(document).toMatch(/^(query|mutation|subscription) Dashboard/);
    // Anything else, even named as the dashboard, is refused before it runs.
    const other = await send(`query Sneaky { customers(first: 1) { totalCount } }`, {}, auth);
    expect(other.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('signs in, shows the cards, and updates the bookings card live when a deal is won', async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `The dashboard's browser test needs Debian's chromium at ${CHROMIUM}: run \`apt-get update && apt-get install -y chromium\` (.ci/run installs it).`,
      );
    }
    const started = Date.now();
    profileDir = mkdtempSync(join(tmpdir(), 'dashboard-chromium-'));
    browser = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 1000 },
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
    const page = browser.pages()[0] ?? (await browser.newPage());
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(origin)) return route.continue();
      problems.push(`request outside the gateway: ${route.request().url()}`);
      return route.abort();
    });
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });

    try {
      await useDashboard(page);
    } catch (err) {
      const failure = SCREENSHOT.replace(/\.png$/, '-failure.png');
      await page.screenshot({ path: failure, fullPage: true }).catch(() => undefined);
      console.log(`dashboard failure screenshot: ${failure}\n${problems.join('\n')}`);
      throw err;
    }
    console.log(`dashboard screenshot: ${SCREENSHOT} (browser part ${Date.now() - started} ms)`);
    expect(navigations).toBe(1); // the first load only: the update came without a reload
    expect(problems).toEqual([]);
  }, 120_000);

  async function useDashboard(page: Page): Promise<void> {
    await page.goto(`${origin}/dashboard`, { waitUntil: 'load' });
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.waitFor({ timeout: 30_000 });
    await form.getByLabel('Tenant').fill('alpha');
    await form.getByLabel('Email').fill(EMAIL);
    await form.getByLabel('Password').fill(PASSWORD);
    await form.getByRole('button', { name: 'Sign in' }).click();

    // The cards, named from the catalogue, with the first win counted.
    const bookingsCard = page.locator('[data-metric="BOOKINGS"]');
    await bookingsCard.locator('.kpi-value').getByText('€1,000.00').waitFor({ timeout: 30_000 });
    await bookingsCard.locator('.kpi-name').getByText('Bookings', { exact: false }).waitFor();
    await showsText(page.locator('[data-metric="DEALS_WON"] .kpi-value'), '1');
    await page.locator('#live[data-state="live"]').waitFor({ timeout: 15_000 });

    // The other panels: the chart, the board, the overdue invoice, the low-stock item.
    await page.locator('#revenue-cash-chart canvas').waitFor();
    await showsText(page.locator('#pipeline [data-stage="TOTAL"]'), '€2,500.00');
    await showsText(page.locator('#receivables'), 'Dashboard Trading Ltd');
    await showsText(page.locator('#low-stock'), 'DASH-1');

    // A marker that a reload would wipe.
    await page.evaluate('window.__dashboardMarker = 42');

    // Win a deal through the API: the bookings card follows without a reload.
    await win(await newDeal('Live win', '4321.00'));
    await bookingsCard.locator('.kpi-value').getByText('€5,321.00').waitFor({ timeout: 15_000 });
    await showsText(page.locator('[data-metric="DEALS_WON"] .kpi-value'), '2');
    expect(await page.evaluate('window.__dashboardMarker')).toBe(42);

    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    // Sign out, then in again with a pasted API key: the same figures.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await form.waitFor();
    await form.getByLabel('API key').fill(platform.tenantA.key);
    await form.getByRole('button', { name: 'Use API key' }).click();
    await bookingsCard.locator('.kpi-value').getByText('€5,321.00').waitFor({ timeout: 15_000 });
    await page.locator('#live[data-state="live"]').waitFor({ timeout: 15_000 });

    // A key without reports:read or finance:read: those panels say why, the others still load.
    const { createApiKey } = await platform.tenantA.data(
      `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key userErrors { code } } }`,
      { i: { name: 'board only', scopes: ['sales:read', 'inventory:read'] } },
    );
    expect(createApiKey.userErrors).toEqual([]);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await form.getByLabel('API key').fill(createApiKey.key);
    await form.getByRole('button', { name: 'Use API key' }).click();
    await showsText(page.locator('#pipeline [data-stage="TOTAL"]'), '€2,500.00');
    await showsText(page.locator('#low-stock'), 'DASH-1');
    await page.locator('#kpi-cards .error').getByText('Key figures:').waitFor();
    await page.locator('#receivables .error').waitFor();
    expect(await page.locator('[data-metric]').count()).toBe(0);
  }
});

async function showsText(locator: ReturnType<Page['locator']>, text: string): Promise<void> {
  await locator.getByText(text, { exact: false }).first().waitFor({ timeout: 15_000 });
}
