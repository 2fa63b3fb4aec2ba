import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { isInterfaceType, parse, print } from 'graphql';
import mongoose from 'mongoose';
import { nodeProbes, settleNodes, withNodeProbes } from '../../gateway/relay-node';
import { NODE_TYPE_CODES, NODE_TYPE_OWNERS, NODE_TYPES, asNodeId, newNodeId, nodeTypeOf } from '../../lib/node-id';
import { SUPERGRAPH_PATH } from '../../lib/schema';

const sdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
const api = Supergraph.build(sdl, { supportedFeatures: null }).apiSchema().toGraphQLJSSchema();

describe('typed node ids (lib/node-id.ts)', () => {
  it('mint ObjectIds that say their type, still ordered by creation time', () => {
    for (const type of NODE_TYPES) {
      const id = newNodeId(type).toString();
      expect(mongoose.isObjectIdOrHexString(id)).toBe(true);
      expect(nodeTypeOf(id)).toBe(type);
    }
    const before = new mongoose.Types.ObjectId().getTimestamp().getTime();
    expect(Math.abs(newNodeId('Customer').getTimestamp().getTime() - before)).toBeLessThan(2000);
    const many = new Set(Array.from({ length: 1000 }, () => newNodeId('Order').toString()));
    expect(many.size).toBe(1000);
  });

  it('answer null for malformed, untyped and unknown-code ids; stamp derived ids deterministically', () => {
    for (const id of ['', 'abc', 'zz'.repeat(12), '0123456789abcdef01234567', 42, null]) expect(nodeTypeOf(id)).toBeNull();
    const untyped = new mongoose.Types.ObjectId().toString();
    expect(nodeTypeOf(`${untyped.slice(0, 8)}6eff${untyped.slice(12)}`)).toBeNull();
    expect(asNodeId(untyped, 'Task').toString()).toBe(asNodeId(untyped, 'Task').toString());
    expect(nodeTypeOf(asNodeId(untyped, 'Task').toString())).toBe('Task');
  });

  it('keep codes unique and give every type an owner', () => {
    expect(new Set(Object.values(NODE_TYPE_CODES)).size).toBe(NODE_TYPES.length);
    expect(Object.keys(NODE_TYPE_OWNERS).sort()).toEqual([...NODE_TYPES].sort());
  });

  it('cover exactly the Node implementations of the composed API schema', () => {
    const node = api.getType('Node');
    expect(node && isInterfaceType(node)).toBe(true);
    const implementations = api.getPossibleTypes(node as never).map((t) => t.name);
    expect(implementations.sort()).toEqual([...NODE_TYPES].sort());
  });
});

describe('node probes (gateway/relay-node.ts)', () => {
  const probes = nodeProbes(sdl);

  it('choose, for every Node type, a non-null field only its owning subgraph resolves', () => {
    expect([...probes.keys()].sort()).toEqual([...NODE_TYPES].sort());
    expect(probes.get('Customer')).toBeDefined();
    expect(probes.get('Customer')).not.toBe('id');
  });

  it('add the probes under node and nodes (aliased, in fragments too) and nowhere else', () => {
    const doc = parse(`query { me { tenantId } n: node(id: "x") { id } ...F }
      fragment F on Query { nodes(ids: ["y"]) { __typename } }`);
    const probed = withNodeProbes(api, doc, probes)!;
    expect([...probed.responseKeys].sort()).toEqual(['n', 'nodes']);
    const text = print(probed.document);
    expect(text.match(/_relayNodeFound_Customer/g)).toHaveLength(2);
    expect(withNodeProbes(api, parse('{ me { tenantId } }'), probes)).toBeNull();
  });

  it('null a node whose probe is missing, strip probes, leave settled nodes alone', () => {
    const data: Record<string, unknown> = {
      n: { id: 'a', _relayNodeFound_Customer: null },
      nodes: [{ id: 'b', _relayNodeFound_Customer: 'Acme' }, null, { id: 'c' }],
    };
    settleNodes(data, new Set(['n', 'nodes']));
    expect(data).toEqual({ n: null, nodes: [{ id: 'b' }, null, { id: 'c' }] });
  });
});
