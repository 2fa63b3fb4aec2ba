import { signContext, type RequestPrincipal } from './signed-context';

/** Plain HTTP calls to a GraphQL endpoint, the way a client makes them (seed script, tests). */
export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string } }>;
}

export async function graphql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  return send<T>(url, JSON.stringify({ query, variables }), headers);
}

async function send<T>(url: string, body: string, headers: Record<string, string>): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const parsed = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  return { status: response.status, headers: response.headers, ...parsed };
}

/**
 * A call straight to a subgraph, signed as the gateway signs it: the signature covers the
 * subgraph and this exact body (tests, tools; `lib/signed-context.ts`).
 */
export function signedGraphql<T = any>(
  url: string,
  subgraph: string,
  query: string,
  variables: Record<string, unknown>,
  principal: RequestPrincipal,
  secret: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const body = JSON.stringify({ query, variables });
  return send<T>(url, body, { ...headers, ...signContext(principal, secret, { subgraph, body }) });
}

/** Asserts a GraphQL response has no errors and returns its data. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}
