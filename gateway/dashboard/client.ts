/**
 * The business-health dashboard's browser entry, bundled by gateway/dashboard.ts with esbuild.
 *
 * A client of the public GraphQL API and nothing more: it signs in with the identity `login`
 * mutation (or a pasted API key), reads every number from `kpiCatalogue`, `businessHealth`,
 * `kpiSeries`, `pipelineBoard`, `arAging` and `productsBelowReorderPoint`, and refetches when
 * `businessHealthChanged` (or `dealStageChanged`, for the board) arrives over graphql-ws.
 * Everything it loads comes from the gateway itself; values reach the page as text, never as HTML.
 */
import { createClient, type Client } from 'graphql-ws';
import {
  CLIENT_NAME_HEADER,
  DASHBOARD_APP,
  LOGIN,
  REFRESH,
  CATALOGUE,
  HEALTH,
  SERIES,
  PIPELINE,
  RECEIVABLES,
  LOW_STOCK,
  HEALTH_CHANGED,
  STAGE_CHANGED,
} from './operations';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './styles.css';

interface PageConfig {
  endpoint: string;
}

type Credential =
  | { kind: 'key'; key: string }
  | { kind: 'jwt'; accessToken: string; expiresAt?: string; refreshToken?: string; email: string; tenant: string };

interface Money {
  amount: string;
  currency: string;
}
type Unit = 'MONEY' | 'COUNT' | 'HOURS' | 'PERCENT';
interface KpiDefinition {
  metric: string;
  name: string;
  unit: Unit;
  description: string;
}
interface Kpi {
  metric: string;
  value: string;
  previousValue: string;
  change: string;
  changePercent: string | null;
}
interface GraphQLResult<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const config = JSON.parse(document.getElementById('dashboard-config')!.textContent!) as PageConfig;
const STORAGE_KEY = 'crm-erp-dashboard-credential';
const PERIODS: Record<string, number> = { '7': 7, '30': 30, '90': 90 };
const CHART_WEEKS = 12;
const DAY_MS = 86_400_000;

// Every number on the page comes from one of the operations in ./operations.

// ---- the API ----------------------------------------------------------------------------------

let credential: Credential | undefined = readCredential();

function readCredential(): Credential | undefined {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Credential) : undefined;
  } catch {
    return undefined;
  }
}

function saveCredential(value: Credential | undefined): void {
  credential = value;
  if (value) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(value));
  else sessionStorage.removeItem(STORAGE_KEY);
}

function authHeaders(): Record<string, string> {
  if (!credential) return {};
  return credential.kind === 'key' ? { 'x-api-key': credential.key } : { authorization: `Bearer ${credential.accessToken}` };
}

class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

async function post<T>(
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<GraphQLResult<T>> {
  const res = await fetch(config.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      [CLIENT_NAME_HEADER]: DASHBOARD_APP,
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json().catch(() => ({ errors: [{ message: `HTTP ${res.status}` }] }))) as GraphQLResult<T>;
  if (!body.data && !body.errors) body.errors = [{ message: `HTTP ${res.status}` }];
  return body;
}

/** The headers to send, after renewing an access token that expires within 30 s. */
async function freshHeaders(): Promise<Record<string, string>> {
  if (credential?.kind === 'jwt' && credential.expiresAt && Date.parse(credential.expiresAt) - Date.now() < 30_000) {
    await refresh();
  }
  return authHeaders();
}

/** Runs an operation with the current credential; an expired access token is refreshed once. */
async function gql<T>(query: string, variables: Record<string, unknown> = {}, retried = false): Promise<T> {
  const headers = await freshHeaders();
  const body = await post<T>(query, variables, headers);
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code;
    if (code === 'UNAUTHENTICATED' && !retried && credential?.kind === 'jwt') {
      // Another request may have renewed the token meanwhile; else renew it here.
      const renewed = headers.authorization !== `Bearer ${credential.accessToken}` || (await refresh());
      if (renewed) return gql(query, variables, true);
    }
    if (code === 'UNAUTHENTICATED') signOut('Your session ended: sign in again.');
    throw new ApiError(error.message, code);
  }
  return body.data as T;
}

let refreshing: Promise<boolean> | undefined;

/**
 * Trades the refresh token for a new pair. One at a time: a refresh token works once, and using
 * one twice revokes the whole session, so panels failing together share the same renewal.
 */
function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    if (credential?.kind !== 'jwt' || !credential.refreshToken) return false;
    type R = {
      refreshToken: { accessToken: string | null; accessTokenExpiresAt: string | null; refreshToken: string | null };
    };
    const body = await post<R>(REFRESH, { input: { refreshToken: credential.refreshToken } }, {}).catch(() => undefined);
    const payload = body?.data?.refreshToken;
    if (!payload?.accessToken || credential?.kind !== 'jwt') return false;
    saveCredential({
      ...credential,
      accessToken: payload.accessToken,
      expiresAt: payload.accessTokenExpiresAt ?? undefined,
      refreshToken: payload.refreshToken ?? undefined,
    });
    return true;
  })().finally(() => {
    refreshing = undefined;
  });
  return refreshing;
}

// ---- DOM helpers (text only) ------------------------------------------------------------------

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

const root = document.getElementById('dashboard')!;

// ---- formatting -------------------------------------------------------------------------------

let currency = 'EUR';
const moneyFormat = (code: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: code, maximumFractionDigits: 2, minimumFractionDigits: 2 });

function formatMoney(amount: string, code = currency): string {
  try {
    return moneyFormat(code).format(Number(amount));
  } catch {
    return `${amount} ${code}`;
  }
}

function formatValue(value: string, unit: Unit): string {
  switch (unit) {
    case 'MONEY':
      return formatMoney(value);
    case 'COUNT':
      return new Intl.NumberFormat('en').format(Number(value));
    case 'HOURS':
      return `${Number(value).toFixed(2)} h`;
    case 'PERCENT':
      return `${value} %`;
  }
}

function formatChange(kpi: Kpi, unit: Unit): { text: string; trend: 'up' | 'down' | 'flat' } {
  const change = Number(kpi.change);
  const trend = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const magnitude = formatValue(kpi.change.replace(/^-/, ''), unit);
  const percent = kpi.changePercent === null ? 'new' : `${kpi.changePercent.replace(/^-/, '')} %`;
  return { text: `${sign}${magnitude} (${change === 0 ? '0 %' : percent}) vs previous period`, trend };
}

// ---- periods ----------------------------------------------------------------------------------

const startOfUtcDay = (t: number) => Math.floor(t / DAY_MS) * DAY_MS;

function cardPeriod(days: number): { from: string; to: string } {
  const end = startOfUtcDay(Date.now()) + DAY_MS;
  return { from: new Date(end - days * DAY_MS).toISOString(), to: new Date(end).toISOString() };
}

function chartWindow(): { from: string; to: string } {
  const today = startOfUtcDay(Date.now());
  const weekday = (new Date(today).getUTCDay() + 6) % 7; // Monday = 0
  const nextMonday = today - weekday * DAY_MS + 7 * DAY_MS;
  return { from: new Date(nextMonday - CHART_WEEKS * 7 * DAY_MS).toISOString(), to: new Date(nextMonday).toISOString() };
}

// ---- the sign-in form -------------------------------------------------------------------------

function showSignIn(message = ''): void {
  root.replaceChildren();
  const error = el('p', { class: 'error', role: 'alert' }, message);
  const tenant = el('input', { name: 'tenant', autocomplete: 'organization', placeholder: 'acme', required: '' });
  const email = el('input', { name: 'email', type: 'email', autocomplete: 'username', required: '' });
  const password = el('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: '' });
  const apiKey = el('input', { name: 'apiKey', type: 'password', autocomplete: 'off', placeholder: 'paste a key' });
  const signIn = el('button', { type: 'submit' }, 'Sign in');
  const useKey = el('button', { type: 'button', class: 'secondary' }, 'Use API key');
  const form = el(
    'form',
    { class: 'signin', 'aria-label': 'Sign in' },
    el('h2', {}, 'Business health'),
    el('label', {}, 'Tenant', tenant),
    el('label', {}, 'Email', email),
    el('label', {}, 'Password', password),
    signIn,
    el('div', { class: 'or' }, 'or'),
    el('label', {}, 'API key', apiKey),
    useKey,
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.textContent = '';
    void (async () => {
      type L = {
        login: {
          accessToken: string | null;
          accessTokenExpiresAt: string | null;
          refreshToken: string | null;
          userErrors: { message: string }[];
        };
      };
      const body = await post<L>(
        LOGIN,
        { input: { tenant: tenant.value.trim(), email: email.value.trim(), password: password.value } },
        {},
      ).catch((err: Error) => ({ errors: [{ message: err.message }] }) as GraphQLResult<L>);
      const payload = body.data?.login;
      if (!payload?.accessToken) {
        error.textContent = payload?.userErrors[0]?.message ?? body.errors?.[0]?.message ?? 'Sign-in failed.';
        return;
      }
      saveCredential({
        kind: 'jwt',
        accessToken: payload.accessToken,
        expiresAt: payload.accessTokenExpiresAt ?? undefined,
        refreshToken: payload.refreshToken ?? undefined,
        email: email.value.trim(),
        tenant: tenant.value.trim(),
      });
      void start();
    })();
  });
  useKey.addEventListener('click', () => {
    if (!apiKey.value.trim()) {
      error.textContent = 'Paste an API key first.';
      return;
    }
    saveCredential({ kind: 'key', key: apiKey.value.trim() });
    void start();
  });
  root.append(form);
}

// ---- the dashboard ----------------------------------------------------------------------------

let catalogue: KpiDefinition[] = [];
let ws: Client | undefined;
let unsubscribers: (() => void)[] = [];
let chart: uPlot | undefined;
let periodDays = 30;
let generation = 0; // a sign-out or a newer refresh makes older answers stale

const live = el('span', { class: 'live', id: 'live', 'data-state': 'connecting' }, 'connecting…');
const asOf = el('span', { class: 'live', id: 'as-of' });
const cards = el('section', { class: 'cards', id: 'kpi-cards', 'aria-label': 'Key figures' });
const chartBox = el('div', { id: 'revenue-cash-chart' });
const pipelineBody = el('div', { id: 'pipeline' });
const receivablesBody = el('div', { id: 'receivables' });
const lowStockBody = el('div', { id: 'low-stock' });
const panel = (title: string, body: HTMLElement, extra = '') =>
  el('section', { class: `panel ${extra}`.trim(), 'data-panel': body.id }, el('h2', {}, title), body);

function showDashboard(): void {
  const period = el('select', { 'aria-label': 'Period' });
  for (const days of Object.keys(PERIODS)) {
    const option = el('option', { value: days }, `Last ${days} days`);
    if (Number(days) === periodDays) option.selected = true;
    period.append(option);
  }
  period.addEventListener('change', () => {
    periodDays = PERIODS[period.value] ?? 30;
    void refreshHealth();
  });
  const signOutButton = el('button', { type: 'button', class: 'secondary' }, 'Sign out');
  signOutButton.addEventListener('click', () => signOut());
  const who = credential?.kind === 'jwt' ? `${credential.email} · ${credential.tenant}` : 'API key';
  root.replaceChildren(
    el('header', {}, el('h1', {}, 'Business health'), asOf, live, el('span', { class: 'live' }, who), period, signOutButton),
    el(
      'main',
      {},
      cards,
      el(
        'div',
        { class: 'panels' },
        panel(`Revenue invoiced and cash collected, by week (last ${CHART_WEEKS} weeks)`, chartBox, 'wide'),
        panel('Pipeline by stage', pipelineBody),
        panel('Overdue receivables', receivablesBody),
        panel('Low stock', lowStockBody),
      ),
    ),
  );
}

function signOut(message = ''): void {
  generation++;
  for (const stop of unsubscribers) stop();
  unsubscribers = [];
  void ws?.dispose();
  ws = undefined;
  chart?.destroy();
  chart = undefined;
  saveCredential(undefined);
  showSignIn(message);
}

async function start(): Promise<void> {
  showDashboard();
  let haveCatalogue = true;
  try {
    catalogue = (await gql<{ kpiCatalogue: KpiDefinition[] }>(CATALOGUE)).kpiCatalogue;
  } catch (err) {
    if (!credential) return; // signed out: the credential was refused
    cards.replaceChildren(el('p', { class: 'error' }, `Key figures: ${(err as Error).message}`));
    haveCatalogue = false;
  }
  connectLive();
  // Receivables after the cards: they are read in the tenant's base currency, which businessHealth gives.
  const healthThenReceivables = async () => {
    if (haveCatalogue) await refreshHealth();
    await refreshReceivables();
  };
  await Promise.all([healthThenReceivables(), refreshSeries(), refreshPipeline(), refreshLowStock()]);
}

/** Each panel loads on its own, so one the caller may not read (a missing scope) leaves the rest. */
async function load<T>(target: HTMLElement, query: string, variables: Record<string, unknown>, render: (data: T) => void) {
  const mine = generation;
  try {
    const data = await gql<T>(query, variables);
    if (mine === generation) render(data);
  } catch (err) {
    if (mine === generation && credential) target.replaceChildren(el('p', { class: 'error' }, (err as Error).message));
  }
}

async function refreshHealth(changed: string[] = []): Promise<void> {
  if (!catalogue.length) return; // the catalogue was refused: the cards show why
  type H = { businessHealth: { currency: string; asOf: string | null; kpis: Kpi[] } };
  await load<H>(cards, HEALTH, { period: cardPeriod(periodDays) }, ({ businessHealth }) => {
    currency = businessHealth.currency;
    asOf.textContent = businessHealth.asOf ? `as of ${new Date(businessHealth.asOf).toLocaleString('en')}` : 'no events yet';
    const byMetric = new Map(businessHealth.kpis.map((k) => [k.metric, k]));
    cards.replaceChildren(
      ...catalogue
        .filter((d) => byMetric.has(d.metric))
        .map((definition) => {
          const kpi = byMetric.get(definition.metric)!;
          const change = formatChange(kpi, definition.unit);
          return el(
            'article',
            {
              class: changed.includes(definition.metric) ? 'card flash' : 'card',
              'data-metric': definition.metric,
              title: definition.description,
            },
            el('div', { class: 'kpi-name' }, definition.name),
            el('div', { class: 'kpi-value' }, formatValue(kpi.value, definition.unit)),
            el('div', { class: 'kpi-change', 'data-trend': change.trend }, change.text),
          );
        }),
    );
    // The cards an event changed stay outlined for a moment.
    if (changed.length) setTimeout(() => cards.querySelectorAll('.flash').forEach((c) => c.classList.remove('flash')), 2000);
  });
}

async function refreshSeries(): Promise<void> {
  type Points = { points: { start: string; value: string }[] };
  await load<{ revenue: Points; cash: Points }>(chartBox, SERIES, chartWindow(), ({ revenue, cash }) => {
    const xs = revenue.points.map((p) => Date.parse(p.start) / 1000);
    const cashByStart = new Map(cash.points.map((p) => [p.start, Number(p.value)]));
    const data: uPlot.AlignedData = [
      xs,
      revenue.points.map((p) => Number(p.value)),
      revenue.points.map((p) => cashByStart.get(p.start) ?? 0),
    ];
    if (chart) {
      chart.setData(data);
      return;
    }
    chartBox.replaceChildren();
    const money = (_u: uPlot, v: number | null) => (v === null ? '–' : formatMoney(String(v)));
    chart = new uPlot(
      {
        width: Math.max(320, chartBox.clientWidth || 900),
        height: 260,
        scales: { x: { time: true } },
        series: [
          { label: 'Week of' },
          { label: 'Revenue invoiced', stroke: '#2f5bd3', fill: 'rgba(47, 91, 211, 0.08)', width: 2, value: money },
          { label: 'Cash collected', stroke: '#1a7f4b', width: 2, value: money },
        ],
        axes: [{}, { size: 80, values: (_u, splits) => splits.map((v) => formatMoney(String(v)).replace(/\.00$/, '')) }],
      },
      data,
      chartBox,
    );
  });
}

async function refreshPipeline(): Promise<void> {
  type Column = { stage: { name: string; probabilityBps: number }; dealCount: number; amount: Money; weighted: Money };
  type B = {
    pipelineBoard: null | { pipeline: { name: string }; dealCount: number; amount: Money; weighted: Money; columns: Column[] };
  };
  await load<B>(pipelineBody, PIPELINE, {}, ({ pipelineBoard: board }) => {
    if (!board) {
      pipelineBody.replaceChildren(el('p', { class: 'empty' }, 'No pipeline yet.'));
      return;
    }
    const largest = Math.max(1, ...board.columns.map((c) => Number(c.amount.amount)));
    const row = (cells: (string | Node)[], attrs: Record<string, string> = {}) =>
      el('tr', attrs, ...cells.map((c, i) => el('td', i >= 2 ? { class: 'num' } : i === 1 ? { class: 'bar-cell' } : {}, c)));
    pipelineBody.replaceChildren(
      el(
        'table',
        {},
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', {}, 'Stage'),
            el('th', {}, ''),
            el('th', { class: 'num' }, 'Deals'),
            el('th', { class: 'num' }, 'Amount'),
            el('th', { class: 'num' }, 'Weighted'),
          ),
        ),
        el(
          'tbody',
          {},
          ...board.columns.map((c) => {
            const bar = el('div', { class: 'bar' });
            bar.style.width = `${Math.round((Number(c.amount.amount) / largest) * 100)}%`;
            return row(
              [
                `${c.stage.name} (${c.stage.probabilityBps / 100} %)`,
                bar,
                String(c.dealCount),
                formatMoney(c.amount.amount, c.amount.currency),
                formatMoney(c.weighted.amount, c.weighted.currency),
              ],
              { 'data-stage': c.stage.name },
            );
          }),
          row(
            [
              `Total · ${board.pipeline.name}`,
              '',
              String(board.dealCount),
              formatMoney(board.amount.amount, board.amount.currency),
              formatMoney(board.weighted.amount, board.weighted.currency),
            ],
            { 'data-stage': 'TOTAL' },
          ),
        ),
      ),
    );
  });
}

async function refreshReceivables(): Promise<void> {
  type Buckets = Record<'current' | 'days1to30' | 'days31to60' | 'days61to90' | 'over90', { amount: string }> & { total: Money };
  type A = {
    arAging: {
      totals: { current: { amount: string }; total: Money };
      rows: { customer: { id: string; name: string }; buckets: Buckets }[];
    };
  };
  await load<A>(receivablesBody, RECEIVABLES, { currency }, ({ arAging }) => {
    const overdue = (b: { current: { amount: string }; total: Money }) => Number(b.total.amount) - Number(b.current.amount);
    const rows = arAging.rows.filter((r) => overdue(r.buckets) > 0);
    const total = el(
      'p',
      { id: 'overdue-total' },
      `Overdue: ${formatMoney(String(overdue(arAging.totals)))} of ${formatMoney(arAging.totals.total.amount)} open`,
    );
    if (!rows.length) {
      receivablesBody.replaceChildren(total, el('p', { class: 'empty' }, 'Nothing overdue.'));
      return;
    }
    const money = (m: { amount: string }) => el('td', { class: 'num' }, formatMoney(m.amount));
    receivablesBody.replaceChildren(
      total,
      el(
        'table',
        {},
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ...['Customer', '1–30', '31–60', '61–90', '90+', 'Overdue'].map((h, i) => el('th', i ? { class: 'num' } : {}, h)),
          ),
        ),
        el(
          'tbody',
          {},
          ...rows.map((r) =>
            el(
              'tr',
              { 'data-customer': r.customer.id },
              el('td', {}, r.customer.name),
              money(r.buckets.days1to30),
              money(r.buckets.days31to60),
              money(r.buckets.days61to90),
              money(r.buckets.over90),
              el('td', { class: 'num' }, formatMoney(String(overdue(r.buckets)))),
            ),
          ),
        ),
      ),
    );
  });
}

async function refreshLowStock(): Promise<void> {
  type S = {
    productsBelowReorderPoint: {
      totalCount: number;
      edges: {
        node: {
          id: string;
          available: number;
          reorderPoint: number | null;
          product: { sku: string; name: string };
          warehouse: { name: string };
        };
      }[];
    };
  };
  await load<S>(lowStockBody, LOW_STOCK, {}, ({ productsBelowReorderPoint: low }) => {
    if (!low.edges.length) {
      lowStockBody.replaceChildren(el('p', { class: 'empty' }, 'Every item is above its reorder point.'));
      return;
    }
    lowStockBody.replaceChildren(
      el('p', {}, `${low.totalCount} at or below their reorder point`),
      el(
        'table',
        {},
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', {}, 'Product'),
            el('th', {}, 'Warehouse'),
            el('th', { class: 'num' }, 'Available'),
            el('th', { class: 'num' }, 'Reorder at'),
          ),
        ),
        el(
          'tbody',
          {},
          ...low.edges.map(({ node }) =>
            el(
              'tr',
              { 'data-stock-level': node.id },
              el('td', {}, `${node.product.sku} · ${node.product.name}`),
              el('td', {}, node.warehouse.name),
              el('td', { class: 'num' }, String(node.available)),
              el('td', { class: 'num' }, String(node.reorderPoint ?? '–')),
            ),
          ),
        ),
      ),
    );
  });
}

// ---- live updates -----------------------------------------------------------------------------

let pending: ReturnType<typeof setTimeout> | undefined;
let changedMetrics = new Set<string>();

/** Events come in bursts (a win drafts an invoice, which posts a journal entry...): refetch once per burst. */
function scheduleRefresh(metrics: string[]): void {
  for (const m of metrics) changedMetrics.add(m);
  if (pending) return;
  pending = setTimeout(() => {
    pending = undefined;
    const changed = [...changedMetrics];
    changedMetrics = new Set();
    void Promise.all([refreshHealth(changed), refreshSeries(), refreshPipeline(), refreshReceivables(), refreshLowStock()]);
  }, 150);
}

function setLive(state: 'connecting' | 'live' | 'error', text: string): void {
  live.dataset.state = state;
  live.textContent = text;
}

function connectLive(): void {
  const url = new URL(config.endpoint, location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  ws = createClient({
    url: url.toString(),
    lazy: false,
    retryAttempts: Infinity,
    shouldRetry: () => Boolean(credential),
    connectionParams: async () => ({ ...(await freshHeaders()), [CLIENT_NAME_HEADER]: DASHBOARD_APP }),
    on: {
      connected: () => setLive('live', 'live'),
      closed: () => setLive('connecting', 'reconnecting…'),
      error: () => setLive('error', 'offline'),
    },
  });
  const subscribe = (query: string, onNext: (data: Record<string, unknown>) => void) =>
    unsubscribers.push(
      ws!.subscribe<Record<string, unknown>>(
        { query },
        {
          next: (result) => {
            if (result.data) onNext(result.data);
          },
          error: () => setLive('error', 'live updates unavailable'),
          complete: () => undefined,
        },
      ),
    );
  subscribe(HEALTH_CHANGED, (data) => {
    const change = data.businessHealthChanged as { metrics: string[] } | undefined;
    scheduleRefresh(change?.metrics ?? []);
  });
  // Moving a deal between open stages changes the board but no KPI.
  subscribe(STAGE_CHANGED, () => void refreshPipeline());
}

window.addEventListener('resize', () => {
  if (chart) chart.setSize({ width: Math.max(320, chartBox.clientWidth), height: 260 });
});

if (credential) void start();
else showSignIn();
