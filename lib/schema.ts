import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import type { SubgraphName } from './env';

/** The schema/ folder, from source (tsx, ts-jest) or from a build in dist/. */
export const SCHEMA_DIR = [resolve(__dirname, '..', 'schema'), resolve(__dirname, '..', '..', 'schema')].find((dir) =>
  existsSync(join(dir, 'shared.graphql')),
)!;

/** A subgraph's SDL as served: its own file plus the shared value types. */
export function subgraphSdl(name: SubgraphName): string {
  const own = readFileSync(join(SCHEMA_DIR, `${name}.graphql`), 'utf8');
  const shared = readFileSync(join(SCHEMA_DIR, 'shared.graphql'), 'utf8');
  return `${own}\n${shared}`;
}

export function subgraphTypeDefs(name: SubgraphName): DocumentNode {
  return parse(subgraphSdl(name));
}

export const SUPERGRAPH_PATH = join(SCHEMA_DIR, 'supergraph.graphql');
