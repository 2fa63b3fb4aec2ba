import { z } from 'zod';

/** The subgraphs, in the order they are started and composed. */
export const SUBGRAPHS = ['customers', 'sales', 'finance', 'inventory', 'hr', 'identity', 'operations', 'reporting'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

export const DEFAULT_PORTS: Record<SubgraphName | 'gateway', number> = {
  gateway: 4000,
  customers: 4001,
  sales: 4002,
  finance: 4003,
  inventory: 4004,
  hr: 4005,
  identity: 4006,
  operations: 4007,
  reporting: 4008,
};

const DEV_SIGNING_SECRET = 'dev-only-gateway-signing-secret-change-me';
const DEV_JWT_SECRET = 'dev-only-jwt-secret-change-me';

/**
 * Every secret value ever committed to this repository (development defaults, compose placeholders,
 * test and benchmark secrets). They are public: production refuses each of them.
 * tests/unit/secrets.test.ts fails when a new one is committed without being listed here.
 */
export const PUBLIC_SECRETS: readonly string[] = [
  DEV_SIGNING_SECRET,
  DEV_JWT_SECRET,
  'change-me-in-production-please',
  'change-me-too-in-production-please',
  'test-signing-secret',
  'test-jwt-secret',
  'bench-signing-secret',
  'bench-jwt-secret',
  'not-the-secret',
  'not-the-gateway-secret',
  'demo',
  // tests/e2e/webhooks.test.ts: partner endpoint secrets, and one too short to be accepted
  'flaky-secret-0123456789',
  'down-secret-0123456789',
  'short',
];

/** Production secrets: at least this many bytes each (HS256 and HMAC-SHA256 keys of 256 bits). */
export const MIN_SECRET_BYTES = 32;

/** What is wrong with the production secrets, one message per problem (none when they are fine). */
export function secretProblems(env: { GATEWAY_SIGNING_SECRETS?: string; JWT_SECRETS?: string }): Array<[string, string]> {
  const problems: Array<[string, string]> = [];
  const lists = { GATEWAY_SIGNING_SECRETS: env.GATEWAY_SIGNING_SECRETS, JWT_SECRETS: env.JWT_SECRETS };
  for (const [name, value] of Object.entries(lists)) {
    if (!value) {
      problems.push([name, 'is required in production']);
      continue;
    }
    for (const secret of splitSecrets(value)) {
      if (Buffer.byteLength(secret) < MIN_SECRET_BYTES)
        problems.push([name, `each secret must be at least ${MIN_SECRET_BYTES} bytes long in production`]);
      if (PUBLIC_SECRETS.includes(secret))
        problems.push([name, 'holds a value committed to the repository (public); generate a new one (openssl rand -base64 48)']);
    }
  }
  const signing = splitSecrets(lists.GATEWAY_SIGNING_SECRETS ?? '');
  if (splitSecrets(lists.JWT_SECRETS ?? '').some((s) => signing.includes(s)))
    problems.push(['JWT_SECRETS', 'must not share a secret with GATEWAY_SIGNING_SECRETS']);
  return problems;
}

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

/** What the gateway lets one operation and one caller do; docs/partners.md "Limits and cost". */
export interface GatewayLimits {
  /** Deepest field nesting (root fields are depth 1; introspection fields not counted). */
  maxDepth: number;
  /** Aliased fields in the operation, fragments expanded. */
  maxAliases: number;
  /** Fields selected at the root of the operation. */
  maxRootFields: number;
  /** Lexical tokens in the document (graphql `parse` option `maxTokens`). */
  maxTokens: number;
  /** Directives used in the operation, fragments expanded. */
  maxDirectives: number;
  /** Field selections in the operation, fragments expanded (Apollo Router's `max_height`): 500 copies of one field count 500. */
  maxHeight: number;
  /** Longest String or ID value of any argument or input field (tighter caps by field name: gateway/input-limits.ts). */
  maxStringLength: number;
  /** Most items of any list value an operation passes (lines, contacts, allocations...). */
  maxListLength: number;
  /** Largest `first`/`last` on a connection field. */
  maxPageSize: number;
  /** Largest calculated cost of one operation. */
  maxCost: number;
  /** Per-principal cost budget: bucket size and how many points come back per second. */
  costBucketSize: number;
  costRestoreRate: number;
  /** Largest HTTP request body, in bytes (413 above). */
  maxBodyBytes: number;
  /** How long the gateway waits for one subgraph fetch. */
  subgraphTimeoutMs: number;
}

export const DEFAULT_GATEWAY_LIMITS: GatewayLimits = {
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
};

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MONGODB_URI: z.string().url().optional(),
    /** Prefix of every database name, so several stacks can share one server. */
    DB_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9_]*$/)
      .default(''),
    /** Comma-separated HMAC secrets; the first signs, all verify (rotation). */
    GATEWAY_SIGNING_SECRETS: z.string().min(1).optional(),
    /** How old a signed gateway context may be before a subgraph refuses it. */
    SIGNED_CONTEXT_MAX_AGE_MS: z.coerce.number().int().positive().max(5_000).default(5_000),
    /** Comma-separated HS256 secrets for user access tokens; the first signs, all verify. */
    JWT_SECRETS: z.string().min(1).optional(),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
    /** How long the gateway trusts a cached API-key or session lookup (revocation delay). */
    AUTH_CACHE_TTL_MS: z.coerce.number().int().min(0).default(5_000),
    // The gateway's response cache (gateway/response-cache.ts): how long an entry may live; 0 = off.
    RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(0).default(0),
    /** Take the client address from X-Forwarded-For (only behind a proxy you trust). */
    TRUST_PROXY: z.enum(['true', 'false']).default('false'),
    /** Proxies in front of the gateway that append to X-Forwarded-For; the client is that many entries from the right. TRUST_PROXY=true means 1. */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).optional(),
    GATEWAY_PORT: port.default(DEFAULT_PORTS.gateway),
    CUSTOMERS_PORT: port.default(DEFAULT_PORTS.customers),
    SALES_PORT: port.default(DEFAULT_PORTS.sales),
    FINANCE_PORT: port.default(DEFAULT_PORTS.finance),
    INVENTORY_PORT: port.default(DEFAULT_PORTS.inventory),
    HR_PORT: port.default(DEFAULT_PORTS.hr),
    IDENTITY_PORT: port.default(DEFAULT_PORTS.identity),
    OPERATIONS_PORT: port.default(DEFAULT_PORTS.operations),
    REPORTING_PORT: port.default(DEFAULT_PORTS.reporting),
    CUSTOMERS_URL: z.string().url().optional(),
    SALES_URL: z.string().url().optional(),
    FINANCE_URL: z.string().url().optional(),
    INVENTORY_URL: z.string().url().optional(),
    HR_URL: z.string().url().optional(),
    IDENTITY_URL: z.string().url().optional(),
    OPERATIONS_URL: z.string().url().optional(),
    REPORTING_URL: z.string().url().optional(),
    GATEWAY_MAX_DEPTH: positiveInt.default(DEFAULT_GATEWAY_LIMITS.maxDepth),
    GATEWAY_MAX_ALIASES: positiveInt.default(DEFAULT_GATEWAY_LIMITS.maxAliases),
    GATEWAY_MAX_ROOT_FIELDS: positiveInt.default(DEFAULT_GATEWAY_LIMITS.maxRootFields),
    GATEWAY_MAX_TOKENS: positiveInt.default(DEFAULT_GATEWAY_LIMITS.maxTokens),
    GATEWAY_MAX_DIRECTIVES: positiveInt.default(DEFAULT_GATEWAY_LIMITS.maxDirectives),
    GATEWAY_MAX_HEIGHT: positiveInt.default(DEFAULT_GATEWAY_LIMITS.maxHeight),
    GATEWAY_MAX_STRING_LENGTH: positiveInt.default(DEFAULT_GATEWAY_LIMITS.maxStringLength),
    GATEWAY_MAX_LIST_LENGTH: positiveInt.default(DEFAULT_GATEWAY_LIMITS.maxListLength),
    GATEWAY_MAX_PAGE_SIZE: positiveInt.default(DEFAULT_GATEWAY_LIMITS.maxPageSize),
    GATEWAY_MAX_COST: positiveInt.default(DEFAULT_GATEWAY_LIMITS.maxCost),
    GATEWAY_COST_BUCKET_SIZE: positiveInt.default(DEFAULT_GATEWAY_LIMITS.costBucketSize),
    GATEWAY_COST_RESTORE_RATE: z.coerce.number().positive().default(DEFAULT_GATEWAY_LIMITS.costRestoreRate),
    GATEWAY_MAX_BODY_BYTES: positiveInt.default(DEFAULT_GATEWAY_LIMITS.maxBodyBytes),
    GATEWAY_SUBGRAPH_TIMEOUT_MS: positiveInt.default(DEFAULT_GATEWAY_LIMITS.subgraphTimeoutMs),
    /** The event bus: `mongo` (a log in the events database, no extra server) or `redis` (Redis Streams, needs REDIS_URL). */
    EVENT_BUS: z.enum(['mongo', 'redis']).default('mongo'),
    /** Redis for EVENT_BUS=redis and for gateway replicas' shared budgets and APQ cache, e.g. redis://localhost:6379/0 (empty: none). */
    REDIS_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
    /** Days of event log and processed event ids kept (trimmed hourly; 0 keeps everything). */
    EVENT_RETENTION_DAYS: z.coerce.number().min(0).default(30),
    /** Start a service without its outbox relay, consumers and jobs: state changes wait in their outboxes (maintenance, fault tests). */
    EVENTS_DISABLED: z.enum(['true', 'false']).default('false'),
    /** Seed the demo tenants when they do not exist; default on, but off in production unless asked for. */
    SEED_DEMO_DATA: z.enum(['true', 'false']).optional(),
    /** Outside production, demo API keys and passwords are derived from this value so they survive restarts. */
    DEMO_KEY_SEED: z.string().min(1).default('demo'),
    /** Trusted documents: `enforce` runs only operations an app published (npm run documents:publish), `log` logs the others, `off` runs any. */
    TRUSTED_DOCUMENTS: z.enum(['enforce', 'log', 'off']).default('off'),
    /** Bearer token that unlocks /metrics and detailed /readyz on the gateway's public port (unset: only on the admin listener). */
    METRICS_TOKEN: z.string().min(32).optional(),
    /** The gateway's admin listener (/metrics, detailed /readyz): port (unset: off) and address (loopback by default). */
    ADMIN_PORT: port.optional(),
    ADMIN_HOST: z.string().min(1).default('127.0.0.1'),
    /** The GraphiQL explorer on GET /graphql; default on outside production. */
    EXPLORER_ENABLED: z.enum(['true', 'false']).optional(),
    /** The business-health dashboard on GET /dashboard; default on outside production. */
    DASHBOARD_ENABLED: z.enum(['true', 'false']).optional(),
    /** OTLP/HTTP collector base URL (spans go to <url>/v1/traces); unset: tracing off. Read by lib/tracing.ts. */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
    /** Full OTLP/HTTP traces URL; overrides OTEL_EXPORTER_OTLP_ENDPOINT for traces. */
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.string().url().optional(),
    /** The `service.name` of exported spans (default: the service, or crm-erp-platform for npm start). */
    OTEL_SERVICE_NAME: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production') {
      for (const [name, message] of secretProblems(env)) ctx.addIssue({ code: 'custom', path: [name], message });
    }
    if (env.EVENT_BUS === 'redis' && !env.REDIS_URL) {
      ctx.addIssue({ code: 'custom', path: ['REDIS_URL'], message: 'is required when EVENT_BUS=redis' });
    }
    if (env.GATEWAY_MAX_COST > env.GATEWAY_COST_BUCKET_SIZE) {
      ctx.addIssue({ code: 'custom', path: ['GATEWAY_MAX_COST'], message: 'must not exceed GATEWAY_COST_BUCKET_SIZE' });
    }
  });

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: string;
  mongodbUri?: string;
  dbPrefix: string;
  signingSecrets: string[];
  signedContextMaxAgeMs: number;
  jwtSecrets: string[];
  accessTokenTtlSeconds: number;
  authCacheTtlMs: number;
  /** The gateway's response cache TTL (ms); 0 turns it off (the default). */
  responseCacheTtlMs: number;
  trustProxy: boolean;
  /** How many proxies append to X-Forwarded-For before the gateway (0: the header is ignored). */
  trustedProxyHops: number;
  ports: Record<SubgraphName | 'gateway', number>;
  subgraphUrls: Record<SubgraphName, string>;
  seedDemoData: boolean;
  /**
   * How demo credentials are made: derived from DEMO_KEY_SEED (the same on every restart, and on
   * every machine: development only), or random in production (printed once when created).
   */
  demoCredentials: { kind: 'derived'; seed: string } | { kind: 'random' };
  demoKeySeed: string;
  explorerEnabled: boolean;
  dashboardEnabled: boolean;
  metricsToken?: string;
  trustedDocuments: 'enforce' | 'log' | 'off';
  /** The gateway's admin listener; absent: off. */
  admin?: { port: number; host: string };
  gatewayLimits: GatewayLimits;
  /** Which event bus the subgraph services use, how long event history is kept, and whether relays and consumers run. */
  events: { bus: 'mongo' | 'redis'; redisUrl?: string; retentionDays: number; disabled: boolean };
}

/** Reads and validates the environment once, reporting every problem together. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  const e = parsed.data;
  const ports = {
    gateway: e.GATEWAY_PORT,
    customers: e.CUSTOMERS_PORT,
    sales: e.SALES_PORT,
    finance: e.FINANCE_PORT,
    inventory: e.INVENTORY_PORT,
    hr: e.HR_PORT,
    identity: e.IDENTITY_PORT,
    operations: e.OPERATIONS_PORT,
    reporting: e.REPORTING_PORT,
  };
  const url = (name: SubgraphName, given?: string) => given ?? `http://localhost:${ports[name]}/graphql`;
  return {
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    mongodbUri: e.MONGODB_URI,
    dbPrefix: e.DB_PREFIX,
    signingSecrets: splitSecrets(e.GATEWAY_SIGNING_SECRETS ?? DEV_SIGNING_SECRET),
    signedContextMaxAgeMs: e.SIGNED_CONTEXT_MAX_AGE_MS,
    jwtSecrets: splitSecrets(e.JWT_SECRETS ?? DEV_JWT_SECRET),
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    authCacheTtlMs: e.AUTH_CACHE_TTL_MS,
    responseCacheTtlMs: e.RESPONSE_CACHE_TTL_MS,
    trustProxy: e.TRUST_PROXY === 'true' || (e.TRUSTED_PROXY_HOPS ?? 0) > 0,
    trustedProxyHops: e.TRUSTED_PROXY_HOPS ?? (e.TRUST_PROXY === 'true' ? 1 : 0),
    ports,
    subgraphUrls: {
      customers: url('customers', e.CUSTOMERS_URL),
      sales: url('sales', e.SALES_URL),
      finance: url('finance', e.FINANCE_URL),
      inventory: url('inventory', e.INVENTORY_URL),
      hr: url('hr', e.HR_URL),
      identity: url('identity', e.IDENTITY_URL),
      operations: url('operations', e.OPERATIONS_URL),
      reporting: url('reporting', e.REPORTING_URL),
    },
    seedDemoData: e.SEED_DEMO_DATA ? e.SEED_DEMO_DATA === 'true' : e.NODE_ENV !== 'production',
    demoCredentials: e.NODE_ENV === 'production' ? { kind: 'random' } : { kind: 'derived', seed: e.DEMO_KEY_SEED },
    demoKeySeed: e.DEMO_KEY_SEED,
    explorerEnabled: e.EXPLORER_ENABLED ? e.EXPLORER_ENABLED === 'true' : e.NODE_ENV !== 'production',
    dashboardEnabled: e.DASHBOARD_ENABLED ? e.DASHBOARD_ENABLED === 'true' : e.NODE_ENV !== 'production',
    metricsToken: e.METRICS_TOKEN,
    trustedDocuments: e.TRUSTED_DOCUMENTS,
    admin: e.ADMIN_PORT === undefined ? undefined : { port: e.ADMIN_PORT, host: e.ADMIN_HOST },
    events: {
      bus: e.EVENT_BUS,
      redisUrl: e.REDIS_URL,
      retentionDays: e.EVENT_RETENTION_DAYS,
      disabled: e.EVENTS_DISABLED === 'true',
    },
    gatewayLimits: {
      maxDepth: e.GATEWAY_MAX_DEPTH,
      maxAliases: e.GATEWAY_MAX_ALIASES,
      maxRootFields: e.GATEWAY_MAX_ROOT_FIELDS,
      maxTokens: e.GATEWAY_MAX_TOKENS,
      maxDirectives: e.GATEWAY_MAX_DIRECTIVES,
      maxHeight: e.GATEWAY_MAX_HEIGHT,
      maxStringLength: e.GATEWAY_MAX_STRING_LENGTH,
      maxListLength: e.GATEWAY_MAX_LIST_LENGTH,
      maxPageSize: e.GATEWAY_MAX_PAGE_SIZE,
      maxCost: e.GATEWAY_MAX_COST,
      costBucketSize: e.GATEWAY_COST_BUCKET_SIZE,
      costRestoreRate: e.GATEWAY_COST_RESTORE_RATE,
      maxBodyBytes: e.GATEWAY_MAX_BODY_BYTES,
      subgraphTimeoutMs: e.GATEWAY_SUBGRAPH_TIMEOUT_MS,
    },
  };
}

function splitSecrets(list: string): string[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
