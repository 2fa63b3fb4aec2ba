/**
 * Subscriptions: a graphql-ws server on the gateway's own `/graphql` path (ARCHITECTURE.md
 * section 6), because @apollo/gateway executes queries and mutations only.
 *
 * How an event reaches a subscriber:
 * 1. Every gateway instance tails the shared event log (`<prefix>_events`, lib/events/bus.ts) on
 *    its own: it remembers the last position at start and reads what comes after. It never
 *    acknowledges anything, so every instance sees every event (several gateways, one stream).
 * 2. `SUBSCRIPTION_FIELDS` maps each Subscription field to its event types, the root Query field
 *    that looks the entity up, the payload field holding the entity id, and filter arguments.
 * 3. An event goes to the subscriptions of its tenant only (event.tenantId === the subscriber's
 *    tenant, always) whose filter arguments match the payload.
 * 4. The subscriber's selection is run as a QUERY through the gateway's own Apollo Server with the
 *    subscriber's principal: `subscription { invoiceStatusChanged(customerId: $c) { ...sel } }`
 *    becomes `query { e0: invoice(id: $_sub_id0) { ...sel } }`. So the query plan's entity fetches,
 *    the operation limits, the cost limit, and the subgraphs' own authorization all apply as over
 *    HTTP. Events of one poll for the same subscription go out as one aliased query (`e0`, `e1`...),
 *    so the subgraphs' DataLoaders batch their entity lookups. Subscribers with the same principal,
 *    operation and variables share one execution.
 *
 * Close codes (graphql-ws's own, plus two of ours):
 * 4400 bad message, 4401 subscribe before ack, 4403 forbidden (no valid credential in
 * connection_init, or the credential was revoked / expired while connected), 4408 no
 * connection_init in time, 4409 duplicate subscription id, 4429 a second connection_init,
 * 1013 "try again later": the connection's outbound queue went over its cap (a hopeless reader).
 */
import { randomUUID } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  parse,
  print,
  specifiedRules,
  validate,
  valueFromASTUntyped,
  visit,
  type DirectiveNode,
  type DocumentNode,
  type ExecutionArgs,
  type FieldNode,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';
import { type Context as WsContext, type SubscribePayload } from 'graphql-ws';
// `graphql-ws/use/ws` is an exports-map entry, which this project's node10 module resolution cannot see for types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { useServer } = require('graphql-ws/use/ws') as typeof import('graphql-ws/dist/use/ws');
import { WebSocketServer, type WebSocket } from 'ws';
import { ANONYMOUS, authorize } from '../lib/authorization';
import type { GatewayLimits } from '../lib/env';
import { ErrorCode } from '../lib/errors';
import type { EventEnvelope } from '../lib/events';
import type { Logger } from '../lib/logger';
import type { RequestPrincipal } from '../lib/signed-context';
import type { Authenticate } from './auth';
import type { EventLogTail } from './event-tail';
import { COST_WEIGHTS, requestedQueryCost } from './cost';
import { limitExceeded, measureOperation, operationLimitsRule } from './limits';
import type { LeakyBucket } from './throttle';

/** One Subscription field: which events feed it and how the payload entity is looked up. */
export interface SubscriptionField {
  /** The field under `type Subscription`. */
  field: string;
  /** Event types (lib/events/catalog.ts) that produce it. */
  eventTypes: string[];
  /** Root Query field taking `id: ID!` that returns the payload entity. */
  lookup: string;
  /** Payload field holding that id. */
  idFrom: string;
  /** Optional field arguments: argument name -> payload field it must equal. */
  filters: Record<string, string>;
}

/** The contract table of the common brief; entries whose field the supergraph lacks are ignored. */
export const SUBSCRIPTION_FIELDS: SubscriptionField[] = [
  {
    field: 'dealStageChanged',
    eventTypes: ['sales.deal.stageChanged'],
    lookup: 'deal',
    idFrom: 'dealId',
    filters: { pipelineId: 'pipelineId' },
  },
  { field: 'dealWon', eventTypes: ['sales.deal.won'], lookup: 'deal', idFrom: 'dealId', filters: {} },
  {
    field: 'orderStatusChanged',
    eventTypes: ['sales.order.confirmed', 'sales.order.cancelled', 'sales.order.fulfilled'],
    lookup: 'order',
    idFrom: 'orderId',
    filters: { customerId: 'customerId' },
  },
  {
    field: 'invoiceStatusChanged',
    eventTypes: ['finance.invoice.statusChanged'],
    lookup: 'invoice',
    idFrom: 'invoiceId',
    filters: { customerId: 'customerId' },
  },
  { field: 'paymentReceived', eventTypes: ['finance.payment.received'], lookup: 'payment', idFrom: 'paymentId', filters: {} },
  {
    field: 'stockLow',
    eventTypes: ['inventory.stock.low'],
    lookup: 'stockLevel',
    idFrom: 'stockLevelId',
    filters: { warehouseId: 'warehouseId' },
  },
  {
    field: 'ticketAssigned',
    eventTypes: ['customers.ticket.assigned'],
    lookup: 'ticket',
    idFrom: 'ticketId',
    filters: { assigneeId: 'assigneeId' },
  },
  {
    field: 'taskDue',
    eventTypes: ['customers.task.due'],
    lookup: 'task',
    idFrom: 'taskId',
    filters: { assigneeId: 'assigneeId' },
  },
];

/** Close code when a connection's outbound queue exceeds its cap (RFC 6455 "Try Again Later"). */
export const CLOSE_TOO_SLOW = 1013;
/** Close code when the connection's credential stops being valid (graphql-ws's Forbidden). */
export const CLOSE_FORBIDDEN = 4403;

export interface SubscriptionOptions {
  /** How often the gateway reads the event log, for subscriptions and response-cache invalidation alike (default 100 ms). */
  pollIntervalMs?: number;
  /** How often every connection's credential is checked again (default 5 s; also checked before each delivery). */
  credentialCheckMs?: number;
  /** Messages queued for one connection before it is closed with 1013 (default 1000). */
  maxQueuedPerConnection?: number;
  /** Wait for connection_init before closing with 4408 (default 3 s). */
  connectionInitWaitMs?: number;
  /** WebSocket ping interval; a peer that misses a pong is dropped (default 12 s). */
  keepAliveMs?: number;
}

export interface SubscriptionServerDeps {
  httpServer: HttpServer;
  apollo: ApolloServer<any>;
  /** The API schema the gateway serves (its Subscription type included). */
  apiSchema: GraphQLSchema;
  /** The supergraph SDL, for the `@requiresScopes` of each Subscription field and its type. */
  supergraphSdl: string;
  authenticate: Authenticate;
  limits: GatewayLimits;
  bucket: LeakyBucket;
  production: boolean;
  /** The gateway's reader of the shared event log (gateway/event-tail.ts). */
  eventTail: EventLogTail;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  log: Logger;
  options?: SubscriptionOptions;
}

export interface SubscriptionServer {
  /** Subscriptions currently open on this instance. */
  readonly activeSubscriptions: number;
  stop(): Promise<void>;
}

type Result = FormattedExecutionResult;

interface Conn {
  socket: WebSocket;
  /** connection_init params read like request headers (`x-api-key`, `authorization`). */
  credentials: Map<string, string>;
  ip?: string;
  principal: Omit<RequestPrincipal, 'requestId'>;
  queued: number;
  subs: Set<Sub>;
  closed: boolean;
}

/** Subscribers that share principal, operation and variables: one execution per event serves all. */
interface Group {
  key: string;
  entry: SubscriptionField;
  tenantId: string;
  /** payload field -> required value. */
  filters: Array<[string, string]>;
  responseKey: string;
  /** The rewritten query for `n` events, built lazily. */
  query(n: number): string;
  variables: Record<string, unknown>;
  operationName?: string;
  chunkSize: number;
  members: Set<Sub>;
  /** The group's deliveries, one after the other. */
  chain: Promise<void>;
}

const EVENT_ALIAS = 'e';
const ID_VARIABLE = '_sub_id';
const PAYLOAD_FRAGMENT = '_SubscriptionPayload';

/** A subscriber's stream: an async iterator over a queue that the fan-out fills. */
class Sub implements AsyncIterableIterator<Result> {
  private readonly queue: Result[] = [];
  private waiting?: (r: IteratorResult<Result>) => void;
  done = false;

  constructor(
    readonly conn: Conn,
    readonly group: Group,
    private readonly cap: number,
    private readonly onDone: (sub: Sub) => void,
  ) {}

  push(result: Result): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: result, done: false });
      return;
    }
    this.queue.push(result);
    this.conn.queued += 1;
    if (this.conn.queued > this.cap && !this.conn.closed) {
      this.conn.closed = true;
      this.conn.socket.close(CLOSE_TOO_SLOW, `Too slow: more than ${this.cap} messages waiting; reconnect and resubscribe.`);
    }
  }

  next(): Promise<IteratorResult<Result>> {
    const value = this.queue.shift();
    if (value) {
      this.conn.queued -= 1;
      return Promise.resolve({ value, done: false });
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<Result>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  end(): void {
    if (this.done) return;
    this.done = true;
    this.conn.queued -= this.queue.length;
    this.queue.length = 0;
    this.waiting?.({ value: undefined, done: true });
    this.waiting = undefined;
    this.onDone(this);
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

const err = (message: string, code: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extensions } });

/** The error with a code (graphql's own validation errors have none, and uncoded errors are masked). */
const coded = (e: GraphQLError, code: string) =>
  e.extensions.code ? e : new GraphQLError(e.message, { nodes: e.nodes, extensions: { ...e.extensions, code } });

/** Checks the mapping table against the API schema; throws listing every problem. Returns the usable entries. */
export function checkSubscriptionFields(schema: GraphQLSchema, table = SUBSCRIPTION_FIELDS): Map<string, SubscriptionField> {
  const subscription = schema.getSubscriptionType();
  const query = schema.getQueryType();
  const active = new Map<string, SubscriptionField>();
  const problems: string[] = [];
  for (const field of Object.values(subscription?.getFields() ?? {})) {
    const entry = table.find((e) => e.field === field.name);
    if (!entry) {
      problems.push(`Subscription.${field.name} has no entry in SUBSCRIPTION_FIELDS (gateway/subscriptions.ts)`);
      continue;
    }
    const lookup = query?.getFields()[entry.lookup];
    if (!lookup || !lookup.args.some((a) => a.name === 'id')) {
      problems.push(`Subscription.${field.name}: Query.${entry.lookup}(id:) does not exist`);
    } else if (getNamedType(lookup.type).name !== getNamedType(field.type).name) {
      problems.push(
        `Subscription.${field.name} returns ${getNamedType(field.type).name} but Query.${entry.lookup} returns ${getNamedType(lookup.type).name}`,
      );
    }
    for (const arg of field.args) {
      if (!entry.filters[arg.name]) problems.push(`Subscription.${field.name}(${arg.name}:) has no payload field in its filters`);
    }
    active.set(field.name, entry);
  }
  if (problems.length) throw new Error(`Subscriptions are misconfigured:\n  - ${problems.join('\n  - ')}`);
  return active;
}

type Requirement = { authenticated: boolean; scopes: string[][] };

/** `@requiresScopes` of each Subscription field, combined with that of its return type (as lib/authorization.ts does). */
function subscriptionRequirements(supergraphSdl: string): Map<string, Requirement> {
  const doc = parse(supergraphSdl);
  const of = (directives: readonly DirectiveNode[] | undefined): string[][] =>
    (directives ?? [])
      .filter((d) => d.name.value === 'requiresScopes')
      .flatMap((d) => valueFromASTUntyped(d.arguments!.find((a) => a.name.value === 'scopes')!.value) as string[][]);
  const types = new Map<string, string[][]>();
  const subscriptionFields: Array<{ name: string; type: string; scopes: string[][] }> = [];
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    types.set(def.name.value, [...(types.get(def.name.value) ?? []), ...of(def.directives)]);
    if (def.name.value !== 'Subscription') continue;
    for (const field of def.fields ?? []) {
      let type = field.type;
      while (type.kind !== Kind.NAMED_TYPE) type = type.type;
      subscriptionFields.push({ name: field.name.value, type: type.name.value, scopes: of(field.directives) });
    }
  }
  const result = new Map<string, Requirement>();
  for (const field of subscriptionFields) {
    const typeScopes = types.get(field.type) ?? [];
    const scopes =
      typeScopes.length && field.scopes.length
        ? typeScopes.flatMap((t) => field.scopes.map((f) => [...t, ...f]))
        : [...typeScopes, ...field.scopes];
    result.set(field.name, { authenticated: true, scopes });
  }
  return result;
}

/**
 * The subscription operation as a query for `n` events: the root field becomes `n` aliased
 * lookups of the entity, each spreading one fragment that holds the subscriber's selection (so
 * the document grows by one line per event). The operation's name, variables and fragments stay.
 */
function rewriteForEvents(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  root: FieldNode,
  entry: SubscriptionField,
  typeName: string,
) {
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const payload = {
    kind: Kind.FRAGMENT_DEFINITION,
    name: { kind: Kind.NAME, value: PAYLOAD_FRAGMENT },
    typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: typeName } },
    directives: [],
    selectionSet: root.selectionSet!,
  } as const;
  // Variables only the subscription's filter arguments used would be unused (invalid) in the query.
  const used = new Set<string>();
  const collect = { Variable: (node: { name: { value: string } }) => void used.add(node.name.value) };
  visit(root.selectionSet!, collect);
  for (const directive of [...(root.directives ?? []), ...(operation.directives ?? [])]) visit(directive, collect);
  for (const fragment of fragments) visit(fragment, collect);
  const kept = (operation.variableDefinitions ?? []).filter((v) => used.has(v.variable.name.value));
  const cache = new Map<number, string>();
  return (n: number): string => {
    const known = cache.get(n);
    if (known) return known;
    const variableDefinitions: VariableDefinitionNode[] = [...kept];
    const selections: FieldNode[] = [];
    for (let i = 0; i < n; i++) {
      variableDefinitions.push({
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: `${ID_VARIABLE}${i}` } },
        type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } } },
      });
      selections.push({
        kind: Kind.FIELD,
        alias: { kind: Kind.NAME, value: `${EVENT_ALIAS}${i}` },
        name: { kind: Kind.NAME, value: entry.lookup },
        arguments: [
          {
            kind: Kind.ARGUMENT,
            name: { kind: Kind.NAME, value: 'id' },
            value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: `${ID_VARIABLE}${i}` } },
          },
        ],
        directives: root.directives,
        selectionSet: {
          kind: Kind.SELECTION_SET,
          selections: [{ kind: Kind.FRAGMENT_SPREAD, name: { kind: Kind.NAME, value: PAYLOAD_FRAGMENT }, directives: [] }],
        },
      });
    }
    const query: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [
        {
          ...operation,
          operation: 'query' as OperationDefinitionNode['operation'],
          variableDefinitions,
          selectionSet: { kind: Kind.SELECTION_SET, selections },
        },
        payload,
        ...fragments,
      ],
    };
    const text = print(query);
    cache.set(n, text);
    return text;
  };
}

/** Reads a connection_init payload like request headers: case-insensitive names, string values. */
function credentialsOf(params: Record<string, unknown> | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, value] of Object.entries(params ?? {})) if (typeof value === 'string') map.set(key.toLowerCase(), value);
  return map;
}

const MAX_CONCURRENT_EXECUTIONS = 32;
const MAX_PENDING_CHUNKS = 5_000;

class Semaphore {
  private readonly waiting: Array<() => void> = [];
  constructor(private free: number) {}
  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}

export async function startSubscriptionServer(deps: SubscriptionServerDeps): Promise<SubscriptionServer> {
  const { apiSchema, limits, log, authenticate } = deps;
  const options = deps.options ?? {};
  const cap = options.maxQueuedPerConnection ?? 1000;
  const fields = checkSubscriptionFields(apiSchema);
  const requirements = subscriptionRequirements(deps.supergraphSdl);
  const eventTypes = new Set([...fields.values()].flatMap((f) => f.eventTypes));
  const validationRules = [
    ...specifiedRules,
    operationLimitsRule(limits),
    ...(deps.production ? [NoSchemaIntrospectionCustomRule] : []),
  ];

  const connections = new Map<WsContext<any, any>, Conn>();
  const groups = new Map<string, Group>();
  let active = 0;
  let pendingChunks = 0;
  const drained: Array<() => void> = [];
  const executions = new Semaphore(MAX_CONCURRENT_EXECUTIONS);

  /**
   * Credential checks, shared by every connection presenting the same credential and reused for
   * `credentialCheckMs`: 1000 subscribers of one API key cost one lookup per interval, not 1000
   * per event (the authenticator's own cache does not merge concurrent misses).
   */
  const checkEvery = options.credentialCheckMs ?? 5_000;
  const checks = new Map<string, { at: number; result: Promise<RequestPrincipal | null> }>();
  function check(conn: Conn): Promise<RequestPrincipal | null> {
    const key = `${conn.credentials.get('x-api-key') ?? ''}\n${conn.credentials.get('authorization') ?? ''}`;
    const now = Date.now();
    const known = checks.get(key);
    if (known && now - known.at < checkEvery) return known.result;
    const result = authenticate(conn.credentials, conn.ip).then(
      (p) => p,
      () => null,
    );
    checks.set(key, { at: now, result });
    if (checks.size > 10_000) checks.delete(checks.keys().next().value!);
    return result;
  }

  /** Whether the connection's credential still holds (checked at most every `credentialCheckMs`); closes it with 4403 when not. */
  async function stillValid(conn: Conn): Promise<RequestPrincipal | null> {
    if (conn.closed) return null;
    const principal = await check(conn);
    if (principal && principal.tenantId === conn.principal.tenantId && principal.principal === conn.principal.principal) {
      return principal;
    }
    if (!conn.closed) {
      conn.closed = true;
      conn.socket.close(CLOSE_FORBIDDEN, 'Forbidden: the credential was revoked or has expired.');
    }
    return null;
  }

  const wss = new WebSocketServer({ server: deps.httpServer, path: '/graphql' });
  const server = useServer<Record<string, unknown>, { socket: WebSocket; request: import('node:http').IncomingMessage }>(
    {
      connectionInitWaitTimeout: options.connectionInitWaitMs ?? 3_000,
      async onConnect(ctx) {
        const credentials = credentialsOf(ctx.connectionParams);
        const ip = ctx.extra.request.socket.remoteAddress ?? undefined;
        let principal: RequestPrincipal;
        try {
          principal = await authenticate(credentials, ip);
        } catch {
          return false; // 4403 Forbidden
        }
        if (principal.principal === ANONYMOUS) return false;
        const { requestId: _requestId, ...who } = principal;
        connections.set(ctx, {
          socket: ctx.extra.socket,
          credentials,
          ip,
          principal: who,
          queued: 0,
          subs: new Set(),
          closed: false,
        });
        return true;
      },
      onClose(ctx) {
        const conn = connections.get(ctx);
        if (!conn) return;
        conn.closed = true;
        for (const sub of [...conn.subs]) sub.end();
        connections.delete(ctx);
      },
      async onSubscribe(ctx, _id, payload) {
        const conn = connections.get(ctx);
        if (!conn) return [err('Not connected.', ErrorCode.UNAUTHENTICATED)];
        return prepare(conn, payload);
      },
      execute: (args) => (args.contextValue as { run: () => Promise<Result> }).run() as never,
      subscribe: (args) => (args.contextValue as { sub: Sub }).sub as never,
      onNext: (_ctx, _id, _payload, _args, result) => result as Result,
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => deps.formatError(e.toJSON(), e)),
    },
    wss,
    options.keepAliveMs ?? 12_000,
  );

  /** Validates one subscribe message and returns what graphql-ws runs, or the errors it sends back. */
  async function prepare(conn: Conn, payload: SubscribePayload): Promise<ExecutionArgs | GraphQLError[]> {
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: limits.maxTokens });
    } catch (e) {
      const tokens = /more th(?:at|an) (\d+) tokens/.exec((e as Error).message);
      if (tokens) return [limitExceeded('tokens', limits.maxTokens, `Document has more than ${limits.maxTokens} tokens.`)];
      return [err((e as Error).message, ErrorCode.GRAPHQL_PARSE_FAILED)];
    }
    const errors = validate(apiSchema, document, validationRules);
    if (errors.length) return errors.map((e) => coded(e, ErrorCode.GRAPHQL_VALIDATION_FAILED));
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) return [err('Unable to identify the operation.', ErrorCode.BAD_USER_INPUT)];
    const base = { schema: apiSchema, document, operationName: payload.operationName, variableValues: payload.variables };

    if (operation.operation !== 'subscription') {
      // Queries and mutations over the socket take exactly the HTTP path (limits, cost, budget).
      const run = async (): Promise<Result> => {
        const principal = await stillValid(conn);
        if (!principal)
          return {
            errors: [{ message: 'The credential was revoked or has expired.', extensions: { code: ErrorCode.UNAUTHENTICATED } }],
          };
        const response = await deps.apollo.executeOperation(
          { query: payload.query, variables: payload.variables ?? undefined, operationName: payload.operationName ?? undefined },
          { contextValue: { principal: { ...principal, requestId: randomUUID() } } },
        );
        return response.body.kind === 'single'
          ? response.body.singleResult
          : { errors: [{ message: 'Incremental delivery is not supported here.' }] };
      };
      return { ...base, contextValue: { run } };
    }

    const roots = operation.selectionSet.selections;
    const root = roots[0];
    if (roots.length !== 1 || root.kind !== Kind.FIELD) {
      return [err('A subscription selects exactly one field.', ErrorCode.BAD_USER_INPUT)];
    }
    const entry = fields.get(root.name.value);
    const fieldDef = apiSchema.getSubscriptionType()?.getFields()[root.name.value];
    if (!entry || !fieldDef) return [err(`Subscription.${root.name.value} is not available.`, ErrorCode.BAD_USER_INPUT)];

    const coerced = getVariableValues(apiSchema, operation.variableDefinitions ?? [], payload.variables ?? {});
    if (coerced.errors) return coerced.errors.map((e) => coded(e, ErrorCode.BAD_USER_INPUT));
    const args = getArgumentValues(fieldDef, root, coerced.coerced);
    try {
      authorize(
        conn.principal,
        requirements.get(entry.field) ?? { authenticated: true, scopes: [] },
        `Subscription.${entry.field}`,
      );
    } catch (e) {
      return [e as GraphQLError];
    }

    const typeName = getNamedType(fieldDef.type).name;
    const query = rewriteForEvents(document, operation, root, entry, typeName);
    // Cost and limits of one delivery, priced as the query it runs; the budget is charged once, now.
    const single = parse(query(1));
    const singleOperation = getOperationAST(single)!;
    const variables = { ...coerced.coerced, [`${ID_VARIABLE}0`]: 'x' };
    const { cost, largestPageSize } = requestedQueryCost(
      { schema: apiSchema, document: single, operation: singleOperation, variables },
      COST_WEIGHTS,
    );
    if (largestPageSize > limits.maxPageSize) {
      return [
        limitExceeded(
          'pageSize',
          limits.maxPageSize,
          `Page size ${largestPageSize} exceeds the maximum of ${limits.maxPageSize}.`,
        ),
      ];
    }
    if (cost > limits.maxCost) {
      return [
        err(`Query cost ${cost} exceeds the maximum of ${limits.maxCost}.`, ErrorCode.MAX_COST_EXCEEDED, { max: limits.maxCost }),
      ];
    }
    const taken = deps.bucket.take(conn.principal.principal, cost);
    if (!taken.ok) {
      return [
        err(`Throttled: subscription cost ${cost} is over the available budget; retry later.`, ErrorCode.THROTTLED, {
          retryAfterSeconds: taken.retryAfterSeconds,
        }),
      ];
    }
    // How many events one aliased query may carry without breaking a limit.
    const shape = measureOperation(
      singleOperation,
      (name) => single.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name) as never,
    );
    const perEventDirectives = Math.max(0, shape.directives - (operation.directives?.length ?? 0));
    const chunkSize = Math.max(
      1,
      Math.min(
        10,
        limits.maxRootFields,
        Math.floor(limits.maxAliases / Math.max(1, shape.aliases)),
        perEventDirectives ? Math.floor(limits.maxDirectives / perEventDirectives) : 10,
        Math.floor(limits.maxCost / Math.max(1, cost)),
      ),
    );

    const filters = Object.entries(entry.filters).flatMap(([arg, payloadField]): Array<[string, string]> =>
      args[arg] === undefined || args[arg] === null ? [] : [[payloadField, String(args[arg])]],
    );
    const key = JSON.stringify([
      conn.principal.tenantId,
      conn.principal.principal,
      [...conn.principal.scopes].sort(),
      payload.query,
      payload.operationName ?? null,
      coerced.coerced,
    ]);
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        entry,
        tenantId: conn.principal.tenantId,
        filters,
        responseKey: root.alias?.value ?? root.name.value,
        query,
        variables: coerced.coerced,
        operationName: payload.operationName ?? undefined,
        chunkSize,
        members: new Set(),
        chain: Promise.resolve(),
      };
      groups.set(key, group);
    }
    const sub = new Sub(conn, group, cap, (done) => {
      done.group.members.delete(done);
      if (!done.group.members.size) groups.delete(done.group.key);
      done.conn.subs.delete(done);
      active -= 1;
    });
    group.members.add(sub);
    conn.subs.add(sub);
    active += 1;
    return { ...base, contextValue: { sub } };
  }

  /**
   * Delivers one poll's events: per group, the matching ones, resolved in aliased chunks. Each
   * group works through its own chain (events stay in order per subscriber), so a slow group
   * does not hold up the others; at most `MAX_CONCURRENT_EXECUTIONS` queries run at once, and
   * the tail stops reading while `MAX_PENDING_CHUNKS` chunks are waiting.
   */
  async function deliver(events: EventEnvelope[]): Promise<void> {
    for (const group of groups.values()) {
      const matching = events.filter(
        (e) =>
          e.tenantId === group.tenantId &&
          group.entry.eventTypes.includes(e.type) &&
          typeof e.payload[group.entry.idFrom] === 'string' &&
          group.filters.every(([field, value]) => String(e.payload[field] ?? '') === value),
      );
      for (let start = 0; start < matching.length; start += group.chunkSize) {
        const chunk = matching.slice(start, start + group.chunkSize);
        pendingChunks += 1;
        group.chain = group.chain
          .then(() => deliverChunk(group, chunk))
          .catch((e) => log.error({ err: e }, 'subscription delivery failed'))
          .finally(() => {
            pendingChunks -= 1;
            if (pendingChunks < MAX_PENDING_CHUNKS) for (const resume of drained.splice(0)) resume();
          });
      }
    }
    while (pendingChunks >= MAX_PENDING_CHUNKS) await new Promise<void>((resolve) => drained.push(resolve));
  }

  async function deliverChunk(group: Group, chunk: EventEnvelope[]): Promise<void> {
    if (!group.members.size) return;
    // Per event: every member's credential still holds (the authenticator caches for a few seconds).
    const conns = [...new Set([...group.members].map((m) => m.conn))];
    const valid = (await Promise.all(conns.map(stillValid))).find((p): p is RequestPrincipal => p !== null);
    if (!valid) return;
    await executions.acquire();
    let results: Array<Result | null>;
    try {
      results = await resolveChunk(group, chunk, valid);
    } finally {
      executions.release();
    }
    for (const result of results) {
      if (!result) continue;
      for (const member of [...group.members]) if (!member.conn.closed) member.push(result);
    }
  }

  async function resolveChunk(group: Group, chunk: EventEnvelope[], principal: RequestPrincipal): Promise<Array<Result | null>> {
    const variables: Record<string, unknown> = { ...group.variables };
    chunk.forEach((e, i) => (variables[`${ID_VARIABLE}${i}`] = e.payload[group.entry.idFrom]));
    const requestId = randomUUID();
    let result: Result;
    try {
      const response = await deps.apollo.executeOperation(
        { query: group.query(chunk.length), variables, operationName: group.operationName },
        { contextValue: { principal: { ...principal, requestId }, subscriptionDelivery: true } },
      );
      if (response.body.kind !== 'single') return [];
      result = response.body.singleResult;
    } catch (e) {
      log.error({ err: e, requestId }, 'subscription delivery failed');
      return [];
    }
    const data = (result.data ?? {}) as Record<string, unknown>;
    return chunk.map((_event, i) => {
      const alias = `${EVENT_ALIAS}${i}`;
      const errors = (result.errors ?? [])
        .filter((e) => !e.path || e.path[0] === alias)
        .map((e) => (e.path ? { ...e, path: [group.responseKey, ...e.path.slice(1)] } : e));
      const entity = data[alias];
      // Not visible to this subscriber (deleted, or filtered by a subgraph): nothing to deliver.
      if ((entity === null || entity === undefined) && !errors.length) return null;
      return {
        data: entity === null || entity === undefined ? null : { [group.responseKey]: entity },
        ...(errors.length ? { errors } : {}),
      };
    });
  }

  const unsubscribe = deps.eventTail.subscribe((events) => {
    const wanted = events.filter((e) => eventTypes.has(e.type));
    return wanted.length ? deliver(wanted) : undefined;
  });

  const recheck = setInterval(() => {
    for (const conn of connections.values()) void stillValid(conn);
  }, checkEvery);
  recheck.unref();

  return {
    get activeSubscriptions() {
      return active;
    },
    stop: async () => {
      clearInterval(recheck);
      unsubscribe();
      await Promise.all([...groups.values()].map((g) => g.chain));
      for (const client of wss.clients) client.close(1001, 'Going away');
      await new Promise((resolve) => setTimeout(resolve, 20));
      for (const client of wss.clients) client.terminate();
      await server.dispose();
    },
  };
}
