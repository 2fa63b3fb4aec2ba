/**
 * `node(id)` answers null unless the entity's own subgraph found it.
 *
 * Identity answers `node`/`nodes` from the id alone (the type is minted into it, lib/node-id.ts),
 * and the query plan asks the owning subgraph only for fields identity cannot give. A selection of
 * `id` or `__typename` alone would then echo another tenant's id (or a made-up one) back as a
 * node. So every `node`/`nodes` selection also asks, per Node type, for one non-null leaf field
 * that only the owning subgraph resolves (its tenant-scoped reference resolver answering null
 * for an id it does not hold); a node without it becomes null, and the probe is removed from the
 * response. The probes are chosen from the supergraph at start-up: a Node type without one is a
 * start-up error, not a silent leak.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Supergraph } from '@apollo/federation-internals';
import {
  Kind,
  TypeInfo,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type InlineFragmentNode,
} from 'graphql';
import { NODE_TYPE_OWNERS, type NodeType } from '../lib/node-id';

const PROBE_PREFIX = '_relayNodeFound_';
const NODE_FIELDS = new Set(['node', 'nodes']);

/** Node type -> a non-null leaf field (no arguments) that its owning subgraph alone resolves. */
export function nodeProbes(supergraphSdl: string): Map<string, string> {
  const supergraph = Supergraph.build(supergraphSdl, { supportedFeatures: null });
  const api = supergraph.apiSchema().toGraphQLJSSchema();
  const node = api.getType('Node');
  const probes = new Map<string, string>();
  if (!node || !isInterfaceType(node)) return probes;
  const subgraphs = supergraph.subgraphs();
  const fieldsIn = (subgraph: string, type: string): Set<string> => {
    const t = subgraphs.get(subgraph)?.schema.type(type);
    return new Set(t && 'fields' in t ? t.fields().map((f) => f.name) : []);
  };
  for (const type of api.getPossibleTypes(node)) {
    const owner = NODE_TYPE_OWNERS[type.name as NodeType];
    if (!owner) throw new Error(`Node type ${type.name} has no owning subgraph in lib/node-id.ts.`);
    const own = fieldsIn(owner, type.name);
    const elsewhere = new Set(subgraphs.names().flatMap((s) => (s === owner ? [] : [...fieldsIn(s, type.name)])));
    const field = Object.values(type.getFields()).find(
      (f) =>
        own.has(f.name) && !elsewhere.has(f.name) && !f.args.length && isNonNullType(f.type) && isLeafType(getNamedType(f.type)),
    );
    if (!field) throw new Error(`Node type ${type.name} has no non-null leaf field that only ${owner} resolves.`);
    probes.set(type.name, field.name);
  }
  return probes;
}

const probeSelections = (probes: Map<string, string>): InlineFragmentNode[] =>
  [...probes].map(([type, field]) => ({
    kind: Kind.INLINE_FRAGMENT,
    typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: type } },
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        {
          kind: Kind.FIELD,
          alias: { kind: Kind.NAME, value: `${PROBE_PREFIX}${type}` },
          name: { kind: Kind.NAME, value: field },
        },
      ],
    },
  }));

/** The document with the probes added under every Query.node / Query.nodes; null when it has none. */
export function withNodeProbes(
  schema: GraphQLSchema,
  document: DocumentNode,
  probes: Map<string, string>,
): { document: DocumentNode; responseKeys: Set<string> } | null {
  const typeInfo = new TypeInfo(schema);
  const responseKeys = new Set<string>();
  const extra = probeSelections(probes);
  const rewritten = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        leave(field: FieldNode) {
          if (typeInfo.getParentType()?.name !== 'Query' || !NODE_FIELDS.has(field.name.value) || !field.selectionSet) return;
          responseKeys.add(field.alias?.value ?? field.name.value);
          return { ...field, selectionSet: { ...field.selectionSet, selections: [...field.selectionSet.selections, ...extra] } };
        },
      },
    }),
  );
  return responseKeys.size ? { document: rewritten, responseKeys } : null;
}

/**
 * The probes leave the response, and a node whose probe is null is null. (A probe is non-null, so
 * the gateway's own null propagation already empties a node its owner did not find; this is the
 * second lock.)
 */
export function settleNodes(data: Record<string, unknown>, responseKeys: Set<string>): void {
  const settle = (node: unknown): unknown => {
    if (!node || typeof node !== 'object') return node ?? null;
    const record = node as Record<string, unknown>;
    const probes = Object.keys(record).filter((k) => k.startsWith(PROBE_PREFIX));
    if (!probes.length) return record; // settled already (a response cache hit)
    const found = probes.some((k) => record[k] != null);
    for (const k of probes) delete record[k];
    return found ? record : null;
  };
  for (const key of responseKeys) {
    const value = data[key];
    if (value === undefined) continue;
    data[key] = Array.isArray(value) ? value.map(settle) : settle(value);
  }
}

export function relayNodePlugin<T extends object>(supergraphSdl: string): ApolloServerPlugin<T> {
  const probes = nodeProbes(supergraphSdl);
  return {
    async requestDidStart() {
      let responseKeys: Set<string> | undefined;
      return {
        async didResolveOperation(requestContext) {
          if (requestContext.operation?.operation !== 'query') return;
          const probed = withNodeProbes(requestContext.schema, requestContext.document, probes);
          if (!probed) return;
          responseKeys = probed.responseKeys;
          // The gateway plans and shapes the response from this document.
          (requestContext as { document: DocumentNode }).document = probed.document;
        },
        async willSendResponse({ response }) {
          if (!responseKeys || response.body.kind !== 'single' || !response.body.singleResult.data) return;
          settleNodes(response.body.singleResult.data as Record<string, unknown>, responseKeys);
        },
      };
    },
  };
}
