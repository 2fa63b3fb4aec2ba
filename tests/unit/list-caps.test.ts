import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { getNamedType, getNullableType, isLeafType, isListType, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { LIST_CAPS, LIST_TOO_LONG, USER_ERRORS_CAP, capList, enforceListCaps, listCap } from '../../lib/list-caps';
import { SUPERGRAPH_PATH } from '../../lib/schema';

const api: GraphQLSchema = Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8'), { supportedFeatures: null })
  .apiSchema()
  .toGraphQLJSSchema();

/** Every plain (non-connection) list of objects a client can read. */
function plainObjectLists(schema: GraphQLSchema): Array<{ type: string; field: string; args: string[] }> {
  return Object.values(schema.getTypeMap()).flatMap((type) => {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name.endsWith('Connection')) return [];
    return Object.values(type.getFields())
      .filter((f) => isListType(getNullableType(f.type)) && !isLeafType(getNamedType(f.type)))
      .map((f) => ({ type: type.name, field: f.name, args: f.args.map((a) => a.name) }));
  });
}

describe('list caps', () => {
  it('cap every plain list of objects in the composed API schema, and slice by an argument the field declares', () => {
    const lists = plainObjectLists(api);
    expect(lists.length).toBeGreaterThan(100);
    const missing = lists.filter((l) => !listCap(l.type, l.field)).map((l) => `${l.type}.${l.field}`);
    expect(missing).toEqual([]);
    for (const l of lists) {
      const cap = listCap(l.type, l.field)!;
      if (cap.slicing) expect(`${l.type}.${l.field}(${l.args.join(',')})`).toContain(cap.slicing);
    }
    // No stale entries: each names a list that exists.
    const known = new Set(lists.map((l) => `${l.type}.${l.field}`));
    expect(Object.keys(LIST_CAPS).filter((k) => !known.has(k))).toEqual([]);
  });

  it('cut a sliced list to first/last from offset and refuse a slice over the cap', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(capList({ max: 5, slicing: 'first' }, items, { first: 3, offset: 2 }, 'T.f')).toEqual([2, 3, 4]);
    expect(capList({ max: 5, slicing: 'first' }, items, {}, 'T.f')).toEqual([0, 1, 2, 3, 4]);
    expect(capList({ max: 5, slicing: 'last' }, items, { last: 3 }, 'T.f')).toEqual([7, 8, 9]);
    expect(capList({ max: 5, slicing: 'last' }, items, { last: 3, offset: 8 }, 'T.f')).toEqual([0, 1]);
    expect(() => capList({ max: 5, slicing: 'first' }, items, { first: 6 }, 'T.f')).toThrow(/between 0 and 5/);
    expect(() => capList({ max: 5, slicing: 'first' }, items, { first: 2, offset: -1 }, 'T.f')).toThrow(/offset/);
  });

  it('fail a bounded list above its cap (LIST_TOO_LONG) instead of answering more than was priced; cut userErrors', () => {
    expect(capList({ max: 3 }, [1, 2, 3], {}, 'T.f')).toEqual([1, 2, 3]);
    try {
      capList({ max: 3 }, [1, 2, 3, 4], {}, 'T.f');
      throw new Error('not refused');
    } catch (e: any) {
      expect(e.extensions.code).toBe(LIST_TOO_LONG);
    }
    const errors = Array.from({ length: 50 }, (_, i) => ({ message: String(i) }));
    expect(capList({ max: USER_ERRORS_CAP }, errors, {}, 'P.userErrors', true)).toHaveLength(USER_ERRORS_CAP);
  });

  it("wrap a subgraph's own capped lists: default resolvers too, and a slicing argument the SDL lacks is a start-up error", async () => {
    const schema = buildSubgraphSchema({
      typeDefs: parse(`type Query { pipelines: [Pipeline!]! } type Pipeline { stages: [S!]! } type S { n: Int }`),
      resolvers: { Query: { pipelines: () => [{ stages: Array.from({ length: 201 }, () => ({ n: 1 })) }] } },
    });
    expect(enforceListCaps(schema)).toBe(2);
    const stages = schema.getType('Pipeline') as any;
    expect(() => stages.getFields().stages.resolve({ stages: [{}, {}] }, {}, {}, { fieldName: 'stages' })).not.toThrow();
    expect(() => stages.getFields().stages.resolve({ stages: new Array(201).fill({}) }, {}, {}, { fieldName: 'stages' })).toThrow(
      /over its cap of 200/,
    );
    const unsliced = buildSubgraphSchema({
      typeDefs: parse(`type Query { stalledDeals(days: Int!): [D!]! } type D { n: Int }`),
      resolvers: { Query: { stalledDeals: () => [] } },
    });
    expect(() => enforceListCaps(unsliced)).toThrow(/declares no such argument/);
  });
});
