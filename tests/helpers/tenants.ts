import { type IdentityModels } from '../../subgraphs/identity/models';
import { createApiKey } from '../../subgraphs/identity/services/api-keys';
import { createTenant } from '../../subgraphs/identity/services/tenants';
import { dataOf, graphql, type GraphQLResponse } from './graphql';

export interface TestTenant {
  id: string;
  key: string;
  /** Sends a query to the gateway with this tenant's API key. */
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Same, asserting no errors. */
  data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** A new tenant with an API key of every scope, provisioned in the identity database (as an operator does), called through `gatewayUrl`. */
export async function createTestTenant(identity: IdentityModels, gatewayUrl: string, slug: string): Promise<TestTenant> {
  const doc = await createTenant(identity, { slug, name: `Tenant ${slug}`, currency: 'EUR' });
  const id = doc._id.toString();
  const { key } = await createApiKey(identity, id, 'test key');
  const query = <T>(q: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(gatewayUrl, q, variables, { 'x-api-key': key });
  return { id, key, query, data: async <T>(q: string, v?: Record<string, unknown>) => dataOf<T>(await query<T>(q, v)) };
}
