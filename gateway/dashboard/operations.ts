/**
 * Every operation the dashboard sends, and nothing else: the client imports them from here, and the
 * gateway that serves the dashboard publishes exactly these as the trusted documents of the app
 * `dashboard` (gateway/dashboard.ts), so the page works under TRUSTED_DOCUMENTS=enforce with a
 * user's session, like any published app. Plain strings: this file is bundled for the browser too.
 */

/** The app name the dashboard sends (`apollographql-client-name`, and in `connection_init`). */
export const DASHBOARD_APP = 'dashboard';
export const CLIENT_NAME_HEADER = 'apollographql-client-name';

export const LOGIN = `mutation DashboardLogin($input: LoginInput!) {
  login(input: $input) { accessToken accessTokenExpiresAt refreshToken userErrors { message code } }
}`;
export const REFRESH = `mutation DashboardRefresh($input: RefreshTokenInput!) {
  refreshToken(input: $input) { accessToken accessTokenExpiresAt refreshToken userErrors { message code } }
}`;
export const CATALOGUE = `query DashboardCatalogue { kpiCatalogue { metric name unit description } }`;
export const HEALTH = `query DashboardHealth($period: ReportPeriod!) {
  businessHealth(period: $period, compareTo: PREVIOUS_PERIOD) {
    currency asOf
    kpis { metric value previousValue change changePercent }
  }
}`;
export const SERIES = `query DashboardRevenueCash($from: DateTime!, $to: DateTime!) {
  revenue: kpiSeries(metric: REVENUE_INVOICED, interval: WEEK, from: $from, to: $to) { points { start value } }
  cash: kpiSeries(metric: CASH_COLLECTED, interval: WEEK, from: $from, to: $to) { points { start value } }
}`;
export const PIPELINE = `query DashboardPipeline {
  pipelineBoard {
    pipeline { name currency }
    dealCount amount { amount currency } weighted { amount currency }
    columns { stage { name probabilityBps } dealCount amount { amount currency } weighted { amount currency } }
  }
}`;
export const RECEIVABLES = `query DashboardReceivables($currency: String!) {
  arAging(currency: $currency) {
    totals { current { amount } total { amount currency } }
    rows(first: 10) {
      customer { id name }
      buckets {
        current { amount } days1to30 { amount } days31to60 { amount } days61to90 { amount } over90 { amount }
        total { amount currency }
      }
    }
  }
}`;
export const LOW_STOCK = `query DashboardLowStock {
  productsBelowReorderPoint(first: 10) {
    totalCount
    edges { node { id available reorderPoint product { sku name } warehouse { name } } }
  }
}`;
export const HEALTH_CHANGED = `subscription DashboardHealthChanged { businessHealthChanged { id metrics eventType occurredAt } }`;
export const STAGE_CHANGED = `subscription DashboardStageChanged { dealStageChanged { id } }`;

/** hash-free list of every document, for publishing. */
export const DASHBOARD_DOCUMENTS: readonly string[] = [
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
];
