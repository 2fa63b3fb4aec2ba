import { DEFAULT_GATEWAY_LIMITS, loadConfig } from '../../lib/env';

describe('gateway limits from the environment', () => {
  it('defaults to DEFAULT_GATEWAY_LIMITS', () => {
    expect(loadConfig({}).gatewayLimits).toEqual(DEFAULT_GATEWAY_LIMITS);
    expect(DEFAULT_GATEWAY_LIMITS).toEqual({
      maxDepth: 12,
      maxAliases: 30,
      maxRootFields: 10,
      maxTokens: 5000,
      maxDirectives: 20,
      maxHeight: 200,
      maxStringLength: 10_000,
      maxListLength: 200,
      maxPageSize: 100,
      maxCost: 1000,
      costBucketSize: 5000,
      costRestoreRate: 50,
      maxBodyBytes: 1024 * 1024,
      subgraphTimeoutMs: 10_000,
    });
  });

  it('reads every GATEWAY_* variable', () => {
    const limits = loadConfig({
      GATEWAY_MAX_DEPTH: '8',
      GATEWAY_MAX_ALIASES: '5',
      GATEWAY_MAX_ROOT_FIELDS: '3',
      GATEWAY_MAX_TOKENS: '900',
      GATEWAY_MAX_DIRECTIVES: '4',
      GATEWAY_MAX_HEIGHT: '60',
      GATEWAY_MAX_STRING_LENGTH: '500',
      GATEWAY_MAX_LIST_LENGTH: '7',
      GATEWAY_MAX_PAGE_SIZE: '50',
      GATEWAY_MAX_COST: '400',
      GATEWAY_COST_BUCKET_SIZE: '2000',
      GATEWAY_COST_RESTORE_RATE: '12.5',
      GATEWAY_MAX_BODY_BYTES: '65536',
      GATEWAY_SUBGRAPH_TIMEOUT_MS: '2500',
    }).gatewayLimits;
    expect(limits).toEqual({
      maxDepth: 8,
      maxAliases: 5,
      maxRootFields: 3,
      maxTokens: 900,
      maxDirectives: 4,
      maxHeight: 60,
      maxStringLength: 500,
      maxListLength: 7,
      maxPageSize: 50,
      maxCost: 400,
      costBucketSize: 2000,
      costRestoreRate: 12.5,
      maxBodyBytes: 65536,
      subgraphTimeoutMs: 2500,
    });
  });

  it('reports bad values together, including a maximum cost no bucket could ever pay', () => {
    expect(() => loadConfig({ GATEWAY_MAX_DEPTH: 'deep', GATEWAY_SUBGRAPH_TIMEOUT_MS: '0' })).toThrow(
      /GATEWAY_MAX_DEPTH[\s\S]*GATEWAY_SUBGRAPH_TIMEOUT_MS/,
    );
    expect(() => loadConfig({ GATEWAY_MAX_COST: '6000' })).toThrow(/GATEWAY_MAX_COST: must not exceed GATEWAY_COST_BUCKET_SIZE/);
  });
});

describe('event bus configuration', () => {
  it('keeps the MongoDB log by default and needs REDIS_URL for the Redis bus', () => {
    expect(loadConfig({}).events).toEqual({ bus: 'mongo', redisUrl: undefined, retentionDays: 30, disabled: false });
    expect(
      loadConfig({
        EVENT_BUS: 'redis',
        REDIS_URL: 'redis://127.0.0.1:6379/0',
        EVENT_RETENTION_DAYS: '7',
        EVENTS_DISABLED: 'true',
      }).events,
    ).toEqual({
      bus: 'redis',
      redisUrl: 'redis://127.0.0.1:6379/0',
      retentionDays: 7,
      disabled: true,
    });
    expect(() => loadConfig({ EVENT_BUS: 'redis' })).toThrow(/REDIS_URL: is required when EVENT_BUS=redis/);
    // Compose passes REDIS_URL through as an empty string when it is not set: that is no Redis.
    expect(loadConfig({ REDIS_URL: '' }).events.redisUrl).toBeUndefined();
    expect(() => loadConfig({ EVENT_BUS: 'redis', REDIS_URL: '' })).toThrow(/REDIS_URL: is required when EVENT_BUS=redis/);
    expect(() => loadConfig({ EVENT_BUS: 'kafka' })).toThrow(/EVENT_BUS/);
    expect(() => loadConfig({ EVENTS_DISABLED: 'yes' })).toThrow(/EVENTS_DISABLED/);
  });
});

describe('browser pages from the environment', () => {
  const production = {
    NODE_ENV: 'production',
    GATEWAY_SIGNING_SECRETS: 'a'.repeat(32),
    JWT_SECRETS: 'b'.repeat(32),
  };

  it('serves the explorer and the dashboard outside production, neither in production unless enabled', () => {
    expect(loadConfig({})).toMatchObject({ explorerEnabled: true, dashboardEnabled: true });
    expect(loadConfig({ DASHBOARD_ENABLED: 'false' }).dashboardEnabled).toBe(false);
    expect(loadConfig(production)).toMatchObject({ explorerEnabled: false, dashboardEnabled: false });
    expect(loadConfig({ ...production, DASHBOARD_ENABLED: 'true' })).toMatchObject({
      explorerEnabled: false,
      dashboardEnabled: true,
    });
    expect(() => loadConfig({ DASHBOARD_ENABLED: 'yes' })).toThrow(/DASHBOARD_ENABLED/);
  });
});
