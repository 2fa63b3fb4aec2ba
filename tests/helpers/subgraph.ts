import { randomUUID } from 'node:crypto';
import type { SubgraphName } from '../../lib/env';
import { ALL_SCOPES } from '../../lib/scopes';
import type { SubgraphService } from '../../lib/subgraph';
import { SUBGRAPH_FACTORIES } from '../../scripts/subgraph-factories';
import { TEST_JWT_SECRET, TEST_SECRET, testMongoUri, uniquePrefix } from './db';
import { dataOf, signedGraphql, type GraphQLResponse } from './graphql';

export interface SubgraphCaller {
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export interface TestSubgraph {
  url: string;
  /** The database prefix: pass it to `startSubgraph` to run a second process of the subgraph on the same data. */
  dbPrefix: string;
  service: SubgraphService<any>;
  /** Calls the subgraph directly, signed as the gateway would sign a request of this tenant. */
  as(tenantId: string, scopes?: string[]): SubgraphCaller;
  stop(): Promise<void>;
}

/** One subgraph on its own fresh database (or on `dbPrefix`'s, shared), called over real HTTP. */
export async function startSubgraph(name: SubgraphName, dbPrefix = uniquePrefix()): Promise<TestSubgraph> {
  const service = await SUBGRAPH_FACTORIES[name]({
    mongoUri: testMongoUri(),
    dbPrefix,
    signingSecrets: [TEST_SECRET],
    jwtSecrets: [TEST_JWT_SECRET],
  });
  const url = await service.listen(0);
  return {
    url,
    dbPrefix,
    service,
    as: (tenantId, scopes = ALL_SCOPES) => {
      const query = <T>(q: string, variables: Record<string, unknown> = {}) =>
        signedGraphql<T>(url, name, q, variables, { tenantId, principal: 'test', scopes, requestId: randomUUID() }, TEST_SECRET);
      return { query, data: async <T>(q: string, v?: Record<string, unknown>) => dataOf<T>(await query<T>(q, v)) };
    },
    stop: async () => {
      await service.database.connection.dropDatabase().catch(() => undefined);
      await service.stop();
    },
  };
}

/** The `_entities` query the gateway sends to resolve references. */
export const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on %TYPE% { id %FIELDS% } } }`;
export const entitiesQuery = (type: string, fields: string) => ENTITIES.replace('%TYPE%', type).replace('%FIELDS%', fields);
