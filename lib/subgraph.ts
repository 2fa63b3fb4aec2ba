/**
 * What every subgraph service shares: its own database connection, an Apollo subgraph server,
 * the gateway-signature check, tenant scoping, health endpoints and clean shutdown.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { Connection } from 'mongoose';
import type { DocumentNode } from 'graphql';
import { databaseName, openDatabase, syncModels, type Database } from './mongo/connection';
import { verifyContext, type RequestPrincipal } from './signed-context';
import { runWithTenant } from './tenancy';
import { enforceAuthorization } from './authorization';
import { executeApollo, headerMap, httpService, sendGraphQLError, sendJson } from './http';
import { maskError, ErrorCode } from './errors';
import { childLogger, runWithRequestContext } from './logger';
import { createServiceMetrics } from './metrics';
import { withServerSpan } from './tracing';
import type { SubgraphName } from './env';

export interface SubgraphConfig {
  /** Server connection string (no database name). */
  mongoUri: string;
  dbPrefix?: string;
  signingSecrets: string[];
  signedContextMaxAgeMs?: number;
  nodeEnv?: string;
  /** HS256 secrets for user access tokens: the first signs (identity), all verify. */
  jwtSecrets?: string[];
  accessTokenTtlSeconds?: number;
}

export interface SubgraphDefinition<TModels, TLoaders> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<any>;
  models(connection: Connection): TModels;
  loaders(models: TModels): TLoaders;
}

export interface SubgraphContext<TModels, TLoaders> extends RequestPrincipal {
  models: TModels;
  loaders: TLoaders;
}

export interface SubgraphService<TModels = unknown> {
  name: SubgraphName;
  database: Database;
  models: TModels;
  /** Starts listening; resolves to the GraphQL endpoint URL. */
  listen(port?: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

export async function createSubgraphService<TModels, TLoaders>(
  definition: SubgraphDefinition<TModels, TLoaders>,
  config: SubgraphConfig,
): Promise<SubgraphService<TModels>> {
  const log = childLogger(`subgraph:${definition.name}`);
  const metrics = createServiceMetrics(definition.name);
  const database = await openDatabase(config.mongoUri, databaseName(config.dbPrefix ?? '', definition.name), {
    observeCommand: metrics.observeMongoCommand,
  });
  const models = definition.models(database.connection);
  await syncModels(database.connection);

  const schema = buildSubgraphSchema({ typeDefs: definition.typeDefs, resolvers: definition.resolvers });
  enforceAuthorization(schema);
  const apollo = new ApolloServer<SubgraphContext<TModels, TLoaders>>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // the process owner stops services in order
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), metrics.graphqlPlugin(log)],
    formatError: (formatted, error) => {
      const masked = maskError(formatted, error);
      if (masked.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) log.error({ err: error }, 'resolver failed');
      return masked;
    },
  });
  await apollo.start();
  const maxAge = config.signedContextMaxAgeMs ?? 60_000;

  const http = httpService(log, async (req, res, path) => {
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/metrics') return metrics.serve(res);
    if (path === '/readyz') {
      const ok = await database.connection
        .db!.admin()
        .ping()
        .then(
          () => true,
          () => false,
        );
      return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'database unreachable' });
    }
    if (path !== '/graphql' && path !== '/') return sendJson(res, 404, { error: 'not found' });
    const verified = verifyContext(headerMap(req), config.signingSecrets, maxAge);
    if (!verified.ok) {
      return sendGraphQLError(res, 401, ErrorCode.UNAUTHENTICATED, `Subgraph refused the request: ${verified.reason}.`);
    }
    const principal = verified.context;
    const execute = () =>
      executeApollo(apollo, req, res, async () => ({ ...principal, models, loaders: definition.loaders(models) }));
    // The gateway's request id goes on every log line written while serving this request.
    await runWithRequestContext({ requestId: principal.requestId }, () =>
      withServerSpan(`${definition.name} ${req.method} ${path}`, req.headers, { 'graphql.subgraph': definition.name }, () =>
        // An anonymous caller has no tenant: every tenant-scoped read or write then fails closed.
        principal.tenantId ? runWithTenant(principal.tenantId, execute) : execute(),
      ),
    );
  });

  return {
    name: definition.name,
    database,
    models,
    listen: http.listen,
    stop: async () => {
      await http.close();
      await apollo.stop();
      await database.close();
    },
  };
}
