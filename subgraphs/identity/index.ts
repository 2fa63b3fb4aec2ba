import { createSubgraphService, type SubgraphConfig, type SubgraphService } from '../../lib/subgraph';
import { subgraphTypeDefs } from '../../lib/schema';
import { identityLoaders } from './loaders';
import { identityModels, type IdentityModels } from './models';
import { identityResolvers } from './resolvers';

export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 3600_000;

/** The identity subgraph: tenants, users, sign-in sessions, API keys, audit log. No side effects until called. */
export function createIdentitySubgraph(config: SubgraphConfig): Promise<SubgraphService<IdentityModels>> {
  if (!config.jwtSecrets?.length) throw new Error('The identity subgraph needs jwtSecrets to sign access tokens.');
  const resolvers = identityResolvers({
    jwtSecrets: config.jwtSecrets,
    accessTokenTtlSeconds: config.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlMs: REFRESH_TOKEN_TTL_MS,
  });
  return createSubgraphService(
    {
      name: 'identity',
      typeDefs: subgraphTypeDefs('identity'),
      resolvers: resolvers as never,
      models: identityModels,
      loaders: identityLoaders,
    },
    config,
  );
}
