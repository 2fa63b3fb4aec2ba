import { composeServices } from '@apollo/composition';
import { DEFAULT_PORTS, SUBGRAPHS } from './env';
import { subgraphTypeDefs } from './schema';

/**
 * Composes the subgraph SDLs (lib/env.ts SUBGRAPHS) into the supergraph the gateway serves. The routing URLs
 * written into it are the local defaults; the gateway overrides them from the environment.
 */
export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPHS.map((name) => ({
      name,
      typeDefs: subgraphTypeDefs(name),
      url: `http://localhost:${DEFAULT_PORTS[name]}/graphql`,
    })),
  );
  if (result.errors?.length) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return `# Composed by \`npm run compose\` from schema/*.graphql. Do not edit by hand.\n${result.supergraphSdl}`;
}
