/**
 * What one `subscribe` message becomes. It is parsed (token limit), validated against the API
 * schema with the same operation limits as HTTP (introspection off in production), checked
 * against the field's `@requiresScopes`, and admitted by the cost admission HTTP uses
 * (gateway/cost-admission.ts), priced as the query one delivery runs and charged once, now.
 * Queries and mutations sent over the socket take the HTTP path unchanged.
 */
import { randomUUID } from 'node:crypto';
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
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { authorize } from '../../lib/authorization';
import type { GatewayLimits } from '../../lib/env';
import { ErrorCode } from '../../lib/errors';
import type { RequestPrincipal } from '../../lib/signed-context';
import type { GatewayContext } from '../context';
import type { CostAdmission } from '../cost-admission';
import type { TrustedDocuments } from '../trusted-documents';
import { limitExceeded, measureOperation, operationLimitsRule } from '../limits';
import type { SubscriberConnection } from './connection-auth';
import { deliveryVariables, rewriteForEvents } from './delivery';
import type { Fanout } from './fanout';
import type { Requirement, SubscriptionField } from './fields';
import type { Result } from './stream';

export interface SubscribeDeps {
  apiSchema: GraphQLSchema;
  limits: GatewayLimits;
  production: boolean;
  /** The usable Subscription fields (checkSubscriptionFields). */
  fields: Map<string, SubscriptionField>;
  /** The scopes each Subscription field requires (subscriptionRequirements). */
  requirements: Map<string, Requirement>;
  costAdmission: CostAdmission;
  /** Trusted documents, as over HTTP; absent: off. */
  trusted?: TrustedDocuments;
  apollo: ApolloServer<any>;
  stillValid: (conn: SubscriberConnection) => Promise<RequestPrincipal | null>;
  fanout: Fanout;
}

/**
 * What graphql-ws runs for a subscribe message: `contextValue.run` answers a query or mutation
 * once; `contextValue.sub` is a subscription's stream. Or the errors sent back instead.
 */
export type Prepared = ExecutionArgs | GraphQLError[];

export const refusal = (message: string, code: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extensions } });

/** The error with a code (graphql's own validation errors have none, and uncoded errors are masked). */
const coded = (e: GraphQLError, code: string) =>
  e.extensions.code ? e : new GraphQLError(e.message, { nodes: e.nodes, extensions: { ...e.extensions, code } });

export function createSubscribeHandler(
  deps: SubscribeDeps,
): (conn: SubscriberConnection, payload: SubscribePayload) => Promise<Prepared> {
  const { apiSchema, limits, fields, requirements, stillValid } = deps;
  const validationRules = [
    ...specifiedRules,
    operationLimitsRule(limits),
    ...(deps.production ? [NoSchemaIntrospectionCustomRule] : []),
  ];

  /** Validates one subscribe message and returns what graphql-ws runs, or the errors it sends back. */
  return async function prepare(conn: SubscriberConnection, payload: SubscribePayload): Promise<Prepared> {
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: limits.maxTokens });
    } catch (e) {
      const tokens = /more th(?:at|an) (\d+) tokens/.exec((e as Error).message);
      if (tokens) return [limitExceeded('tokens', limits.maxTokens, `Document has more than ${limits.maxTokens} tokens.`)];
      return [refusal((e as Error).message, ErrorCode.GRAPHQL_PARSE_FAILED)];
    }
    const errors = validate(apiSchema, document, validationRules);
    if (errors.length) return errors.map((e) => coded(e, ErrorCode.GRAPHQL_VALIDATION_FAILED));
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) return [refusal('Unable to identify the operation.', ErrorCode.BAD_USER_INPUT)];
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
          { contextValue: { principal: { ...principal, requestId: randomUUID() }, clientName: conn.clientName } satisfies GatewayContext },
        );
        return response.body.kind === 'single'
          ? response.body.singleResult
          : { errors: [{ message: 'Incremental delivery is not supported here.' }] };
      };
      return { ...base, contextValue: { run } };
    }

    // Only published operations, as over HTTP (queries and mutations are checked on the HTTP path).
    const untrusted = await deps.trusted?.check(conn.principal, conn.clientName, payload.query);
    if (untrusted) return [untrusted];

    const roots = operation.selectionSet.selections;
    const root = roots[0];
    if (roots.length !== 1 || root.kind !== Kind.FIELD) {
      return [refusal('A subscription selects exactly one field.', ErrorCode.BAD_USER_INPUT)];
    }
    const entry = fields.get(root.name.value);
    const fieldDef = apiSchema.getSubscriptionType()?.getFields()[root.name.value];
    if (!entry || !fieldDef) return [refusal(`Subscription.${root.name.value} is not available.`, ErrorCode.BAD_USER_INPUT)];

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
    const admitted = await deps.costAdmission.admit(
      { schema: apiSchema, document: single, operation: singleOperation, variables: deliveryVariables(coerced.coerced, ['x']) },
      conn.principal,
    );
    if (!admitted.ok) return [admitted.error];
    const { cost } = admitted;
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
        Math.floor(limits.maxHeight / Math.max(1, shape.height)),
        perEventDirectives ? Math.floor(limits.maxDirectives / perEventDirectives) : 10,
        Math.floor(limits.maxCost / Math.max(1, cost)),
      ),
    );

    const filters = Object.entries(entry.filters).flatMap(([arg, payloadField]): Array<[string, string]> =>
      args[arg] === undefined || args[arg] === null ? [] : [[payloadField, String(args[arg])]],
    );
    // Grouped by the document's normalised form (printed, without the operation's name), so byte-different
    // copies of one subscription (spacing, comments, names) share one execution per event.
    const key = JSON.stringify([
      conn.principal.tenantId,
      conn.principal.principal,
      [...conn.principal.scopes].sort(),
      print({
        ...document,
        definitions: document.definitions.map((d) => (d === operation ? { ...operation, name: undefined } : d)),
      }),
      coerced.coerced,
    ]);
    const sub = deps.fanout.join(conn, {
      key,
      entry,
      tenantId: conn.principal.tenantId,
      filters,
      responseKey: root.alias?.value ?? root.name.value,
      query,
      variables: coerced.coerced,
      operationName: payload.operationName ?? undefined,
      chunkSize,
    });
    return { ...base, contextValue: { sub } };
  };
}
