/**
 * Relay's `node`/`nodes`: the type comes from the id itself (lib/node-id.ts), never from a
 * database this subgraph does not own. Identity answers `{ __typename, id }`; the gateway's plan
 * then fetches the entity from its owning subgraph, whose tenant-scoped reference resolver
 * answers null for another tenant's id. Users are identity's own, so they are loaded here.
 */
import { badInput } from '../../../lib/errors';
import { NODES_MAX, nodeTypeOf } from '../../../lib/node-id';
import type { NodeResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import type { IdentityContext } from '../context';

async function resolveNode(id: string, { loaders }: IdentityContext) {
  const type = nodeTypeOf(id);
  if (!type) return null;
  if (type === 'User') {
    const user = await loaders.user.load(id);
    return user && { ...user, __typename: 'User' as const };
  }
  return { __typename: type, id };
}

export const nodeQueries: Pick<QueryResolvers, 'node' | 'nodes'> = {
  node: (_, { id }, context) => resolveNode(id, context) as never,
  nodes: (_, { ids }, context) => {
    if (ids.length > NODES_MAX) throw badInput(`nodes takes at most ${NODES_MAX} ids (got ${ids.length}).`);
    return Promise.all(ids.map((id) => resolveNode(id, context))) as never;
  },
};

export const Node: NodeResolvers = {
  __resolveType: (node) => (node as { __typename: NonNullable<ReturnType<typeof nodeTypeOf>> }).__typename,
};
