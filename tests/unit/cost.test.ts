import { readFileSync } from 'node:fs';
import { buildSchema, getIntrospectionQuery, getOperationAST, getVariableValues, graphqlSync, parse } from 'graphql';
import { COST_WEIGHTS, actualQueryCost, requestedQueryCost, type CostInput } from '../../gateway/cost';
import { SUPERGRAPH_PATH } from '../../lib/schema';

const schema = buildSchema(readFileSync(SUPERGRAPH_PATH, 'utf8'));

function input(query: string, variables: Record<string, unknown> = {}): CostInput {
  const document = parse(query);
  const operation = getOperationAST(document)!;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0];
  return { schema, document, operation, variables: coerced.coerced };
}

const requested = (query: string, variables?: Record<string, unknown>) => requestedQueryCost(input(query, variables)).cost;

describe('requested query cost', () => {
  it('charges nothing for scalars and enums, 1 per object', () => {
    expect(requested(`{ customer(id: "1") { id name status } }`)).toBe(1);
    expect(requested(`{ customer(id: "1") { id tags } }`)).toBe(1); // a list of scalars is a leaf
    expect(requested(`{ __typename }`)).toBe(0);
  });

  it('prices a plain list at its cap (lib/list-caps.ts), or at its slicing argument', () => {
    // Customer.contacts holds at most 100 contacts: priced at 100.
    expect(requested(`{ customer(id: "1") { id contacts { name } } }`)).toBe(1 + 100 * 1);
    // Lists inside documents and trees are priced at a typical size below their cap (an order's
    // lines at 20 of at most 200; a task's children at 10 of 500), so nested levels do not
    // multiply caps that cannot all be reached; what a response holds beyond is the overrun.
    expect(requested(`{ order(id: "1") { lines { quantity product { id } } } }`)).toBe(1 + 20 * (1 + 1));
    expect(requested(`{ project(id: "1") { milestones { children { children { name } } } } }`)).toBe(
      1 + 20 * (1 + 10 * (1 + 10)),
    );
    // Sliced lists: the argument's value (its schema default when not given), never above the cap.
    expect(requested(`{ deal(id: "1") { stageHistory(last: 5) { to } } }`)).toBe(1 + 5);
    expect(requested(`{ deal(id: "1") { stageHistory { to } } }`)).toBe(1 + 50);
    expect(requested(`query($n: Int!) { arAging { rows(first: $n) { customerId } } }`, { n: 7 })).toBe(1 + 7);
    expect(requested(`{ arAging { rows(first: 100000) { customerId } } }`)).toBe(1 + 500);
  });

  it('prices a connection at 2 + page size x node selection, with the schema default of 20', () => {
    expect(requested(`{ customers(first: 10) { edges { node { id name } } } }`)).toBe(2 + 10 * 1);
    expect(requested(`{ customers { edges { node { id } } } }`)).toBe(2 + 20 * 1);
    expect(requested(`{ customers(first: 5) { totalCount pageInfo { hasNextPage } } }`)).toBe(2 + 1);
    expect(requested(`query($n: Int!) { customers(first: $n) { edges { cursor node { id } } } }`, { n: 50 })).toBe(2 + 50);
  });

  it('multiplies nested connections', () => {
    const query = `{ customers(first: 10) { edges { node { orders(first: 5) { edges { node { total { amount } } } } } } } }`;
    // per customer: node 1 + orders (2 + 5 x (order 1 + total 1))
    expect(requested(query)).toBe(2 + 10 * (1 + 2 + 5 * 2));
  });

  it('charges 10 per mutation plus its payload', () => {
    const one = `mutation { createDepartment(input: { name: "x" }) { department { id } userErrors { code } } }`;
    expect(requested(one)).toBe(COST_WEIGHTS.mutation + 1 + 20); // userErrors: the first 20 are returned
    const two = `mutation { a: createDepartment(input: { name: "x" }) { department { id } } b: createDepartment(input: { name: "y" }) { department { id } } }`;
    expect(requested(two)).toBe(2 * (COST_WEIGHTS.mutation + 1));
  });

  it('counts fragments and honours @skip/@include', () => {
    const query = `
      query($withContacts: Boolean!) { customer(id: "1") { ...C } customers(first: 3) { edges { node { ...C } } } }
      fragment C on Customer { id contacts @include(if: $withContacts) { name } }`;
    expect(requested(query, { withContacts: true })).toBe(1 + 100 + (2 + 3 * (1 + 100)));
    expect(requested(query, { withContacts: false })).toBe(1 + (2 + 3 * 1));
  });

  it('stays linear when fragments spread into each other (no exponential walk)', () => {
    const levels = 60;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Customer { id ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : 'contacts { name }'} }`,
    ).join('\n');
    const started = Date.now();
    const { cost } = requestedQueryCost(input(`{ customer(id: "1") { ...F0 } } ${fragments}`));
    expect(Date.now() - started).toBeLessThan(500);
    expect(cost).toBe(1 + 100 * 2 ** (levels - 1)); // an honest upper bound, far over any maximum
  });

  it('reports the largest page size asked, for the page-size limit', () => {
    const { largestPageSize } = requestedQueryCost(
      input(`{ customers(first: 3) { edges { node { orders(first: 250) { totalCount } } } } invoices(first: 7) { totalCount } }`),
    );
    expect(largestPageSize).toBe(250);
  });
});

describe('actual query cost', () => {
  it('counts the objects actually returned', () => {
    const query = `{ customers(first: 10) { edges { node { id contacts { name } orders(first: 5) { edges { node { id } } } } } } }`;
    const data = {
      customers: {
        edges: [
          { node: { id: '1', contacts: [{ name: 'a' }, { name: 'b' }], orders: { edges: [{ node: { id: 'o1' } }] } } },
          { node: { id: '2', contacts: [], orders: { edges: [] } } },
        ],
      },
    };
    // 2 + customer 1: (1 + 2 contacts + orders 2 + 1 order) + customer 2: (1 + orders 2)
    expect(actualQueryCost(input(query), data)).toBe(2 + (1 + 2 + 2 + 1) + (1 + 2));
    expect(requestedQueryCost(input(query)).cost).toBe(2 + 10 * (1 + 100 + 2 + 5));
  });

  it('is zero for a null root object and for no data at all', () => {
    expect(actualQueryCost(input(`{ customer(id: "1") { id contacts { name } } }`), { customer: null })).toBe(0);
    expect(actualQueryCost(input(`{ customer(id: "1") { id } }`), null)).toBe(0);
  });

  it('charges a mutation that ran even when its payload is null', () => {
    const query = `mutation { createDepartment(input: { name: "x" }) { department { id } } }`;
    expect(actualQueryCost(input(query), { createDepartment: null })).toBe(10);
    expect(actualQueryCost(input(query), { createDepartment: { department: { id: 'd' } } })).toBe(11);
  });

  it('charges introspection one object, however much of the schema it returns', () => {
    const query = getIntrospectionQuery();
    const data = graphqlSync({ schema, source: query }).data as Record<string, unknown>;
    expect(requested(query)).toBe(1);
    expect(actualQueryCost(input(query), data)).toBe(1);
  });

  it('reads aliased fields under their alias', () => {
    const query = `{ a: customer(id: "1") { id } b: customer(id: "2") { id } }`;
    expect(actualQueryCost(input(query), { a: { id: '1' }, b: null })).toBe(1);
  });
});
