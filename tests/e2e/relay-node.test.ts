/**
 * Relay's `node(id)` / `nodes(ids)` through the real gateway: one id of every entity type of the
 * composed supergraph (so a new entity type that is not a Node, or whose ids do not carry their
 * type, fails here), mixed types in order, another tenant's ids answering null, malformed ids
 * answering null, and `nodes` of many ids of one type batched into one database command.
 */
import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import {
  getNamedType,
  isEnumType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import mongoose, { type Model } from 'mongoose';
import { SUBGRAPHS, type SubgraphName } from '../../lib/env';
import { NODES_MAX, nodeTypeOf } from '../../lib/node-id';
import { SUPERGRAPH_PATH } from '../../lib/schema';
import { runWithTenant } from '../../lib/tenancy';
import { SEEDING_GATEWAY_LIMITS, seedTenantData, type Call } from '../../scripts/seed-data';
import { createCustomer } from '../helpers/fixtures';
import { graphql } from '../helpers/graphql';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';
import { unrecorded } from '../helpers/query-shapes';

jest.setTimeout(600_000);

const supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
const api: GraphQLSchema = Supergraph.build(supergraphSdl, { supportedFeatures: null }).apiSchema().toGraphQLJSSchema();

/** Every entity type with an `id` key: the types a client can hold an id of. */
const ENTITY_TYPES: string[] = [
  ...new Set([...supergraphSdl.matchAll(/^type (\w+)[^{]*?@join__type\(graph: \w+, key: "id"/gms)].map((m) => m[1])),
].sort();

/** Where a test finds one id of each type in tenant A's data (its owning subgraph's database). */
const FIXTURE_SOURCES: Record<string, { subgraph: SubgraphName; model: string; path?: string }> = {
  Customer: { subgraph: 'customers', model: 'Customer' },
  Task: { subgraph: 'customers', model: 'Task' },
  Ticket: { subgraph: 'customers', model: 'Ticket' },
  Invoice: { subgraph: 'finance', model: 'Invoice' },
  Payment: { subgraph: 'finance', model: 'Payment' },
  Employee: { subgraph: 'hr', model: 'Employee' },
  Department: { subgraph: 'hr', model: 'Department' },
  TimeOffType: { subgraph: 'hr', model: 'TimeOffType' },
  TimeOffRequest: { subgraph: 'hr', model: 'TimeOffRequest' },
  ReviewCycle: { subgraph: 'hr', model: 'ReviewCycle' },
  Holiday: { subgraph: 'hr', model: 'Holiday' },
  PayrollRun: { subgraph: 'hr', model: 'PayrollRun' },
  User: { subgraph: 'identity', model: 'User' },
  Product: { subgraph: 'inventory', model: 'Product' },
  Warehouse: { subgraph: 'inventory', model: 'Warehouse' },
  StockLevel: { subgraph: 'inventory', model: 'StockLevel' },
  Project: { subgraph: 'operations', model: 'Project' },
  ProjectTask: { subgraph: 'operations', model: 'ProjectTask' },
  Timesheet: { subgraph: 'operations', model: 'Timesheet' },
  ResourceAllocation: { subgraph: 'operations', model: 'StaffMember', path: 'allocations' },
  Order: { subgraph: 'sales', model: 'Order' },
  Deal: { subgraph: 'sales', model: 'Deal' },
  Quote: { subgraph: 'sales', model: 'Quote' },
};

/** A non-null leaf field of the type besides `id`: answered only once the entity itself was found. */
function probeField(type: GraphQLObjectType): string {
  const leaves = Object.values(type.getFields()).filter(
    (f) =>
      f.name !== 'id' &&
      !f.args.length &&
      isNonNullType(f.type) &&
      (isScalarType(getNamedType(f.type)) || isEnumType(getNamedType(f.type))),
  );
  const preferred = ['name', 'number', 'title', 'sku', 'email', 'status', 'period', 'date'];
  const field = preferred.map((p) => leaves.find((f) => f.name === p)).find(Boolean) ?? leaves[0];
  if (!field) throw new Error(`${type.name} has no non-null leaf field to probe`);
  return field.name;
}

/** `... on T { probe: <field> }` for every Node type: what Relay's fragments look like. */
const NODE_SELECTION = `__typename id ${ENTITY_TYPES.filter((t) => isObjectType(api.getType(t)))
  .map((t) => `... on ${t} { probe_${t}: ${probeField(api.getType(t) as GraphQLObjectType)} }`)
  .join(' ')}`;

const probeOf = (node: Record<string, unknown> | null) => node && Object.entries(node).find(([k]) => k.startsWith('probe_'))?.[1];

describe('Relay node(id) and nodes(ids) through the gateway', () => {
  let platform: TestPlatform;
  /** One id of tenant A per entity type. */
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    platform = await startTestPlatform({ gatewayLimits: { ...SEEDING_GATEWAY_LIMITS, maxCost: 100_000 } });
    const a = platform.tenantA;
    await seedTenantData(a.data as Call, { slug: 'alpha', name: 'Alpha', currency: 'EUR' }, { size: 'small', seed: 25 });
    const { createUser } = await a.data(
      `mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } userErrors { message } } }`,
      { i: { email: 'node@alpha.test', name: 'Node Reader', password: 'correct horse battery', roles: ['ADMIN'] } },
    );
    expect(createUser.userErrors).toEqual([]);
    for (const type of ENTITY_TYPES) {
      const source = FIXTURE_SOURCES[type];
      if (!source) continue; // reported by the first test
      const model = (platform.subgraphs[source.subgraph].models as Record<string, Model<any>>)[source.model];
      const doc: any = await runWithTenant(a.id, () =>
        unrecorded(() =>
          model
            .findOne(source.path ? { [`${source.path}.0`]: mongoose.trusted({ $exists: true }) } : {})
            .sort({ _id: -1 })
            .lean(),
        ),
      );
      const id = source.path ? doc?.[source.path]?.[0]?._id : doc?._id;
      if (id) ids[type] = id.toString();
    }
  });

  afterAll(() => platform?.stop());

  it('covers every entity type of the supergraph: each implements Node and has a fixture', () => {
    expect(ENTITY_TYPES.length).toBeGreaterThanOrEqual(23);
    const node = api.getType('Node');
    expect(node && isInterfaceType(node)).toBe(true);
    const implementations = new Set(api.getPossibleTypes(node as never).map((t) => t.name));
    // PromiseCheck is keyed by its question (productId quantity needBy), not an id: not an entity a client refetches.
    expect(ENTITY_TYPES.filter((t) => !implementations.has(t))).toEqual([]);
    expect(ENTITY_TYPES.filter((t) => !FIXTURE_SOURCES[t])).toEqual([]);
    expect(ENTITY_TYPES.filter((t) => !ids[t])).toEqual([]);
    // Every fixture id says its type: minted through the typed path, whichever service created it.
    expect(Object.fromEntries(ENTITY_TYPES.map((t) => [t, nodeTypeOf(ids[t])]))).toEqual(
      Object.fromEntries(ENTITY_TYPES.map((t) => [t, t])),
    );
  });

  it('answers node(id) for one id of every entity type, from its owning subgraph', async () => {
    const failures: string[] = [];
    for (const type of ENTITY_TYPES) {
      const res = await platform.tenantA.query(`query($id: ID!) { node(id: $id) { ${NODE_SELECTION} } }`, { id: ids[type] });
      const node = res.data?.node;
      if (res.errors || node?.__typename !== type || node.id !== ids[type] || probeOf(node) == null) {
        failures.push(`${type}: ${JSON.stringify(res)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers nodes(ids) of mixed types in the order asked, null where an id is malformed or unknown', async () => {
    const asked = [ids.Invoice, 'not-an-id', ids.Customer, ids.User, '0123456789abcdef01234567', ids.Project, ids.Invoice];
    const { nodes } = await platform.tenantA.data(`query($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_SELECTION} } }`, {
      ids: asked,
    });
    expect(nodes.map((n: any) => n && [n.__typename, n.id])).toEqual([
      ['Invoice', ids.Invoice],
      null,
      ['Customer', ids.Customer],
      ['User', ids.User],
      null,
      ['Project', ids.Project],
      ['Invoice', ids.Invoice],
    ]);
    for (const n of nodes) if (n) expect(probeOf(n)).not.toBeNull();
  });

  it("answers null for every one of another tenant's ids, the same as for an id that does not exist", async () => {
    const all = ENTITY_TYPES.map((t) => ids[t]);
    const res = await platform.tenantB.query(`query($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_SELECTION} } }`, { ids: all });
    expect(res.errors).toBeUndefined();
    expect(res.data?.nodes).toEqual(all.map(() => null));
    for (const type of ['Customer', 'User', 'PayrollRun']) {
      const one = await platform.tenantB.query(`query($id: ID!) { node(id: $id) { ${NODE_SELECTION} } }`, { id: ids[type] });
      expect(one.data?.node).toBeNull();
    }
    // Even a selection identity alone could answer (the id and its type): the owner is asked.
    const bare = `query($id: ID!, $ids: [ID!]!) { node(id: $id) { id __typename } nodes(ids: $ids) { id } }`;
    const theirs = await platform.tenantB.query(bare, { id: ids.Customer, ids: all });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data).toEqual({ node: null, nodes: all.map(() => null) });
    const ours = await platform.tenantA.data(bare, { id: ids.Customer, ids: all });
    expect(ours).toEqual({ node: { id: ids.Customer, __typename: 'Customer' }, nodes: all.map((id) => ({ id })) });
  });

  it("applies each entity's own scopes: a key without hr:sensitive reads a customer but not a payroll run", async () => {
    const { createApiKey } = await platform.tenantA.data(
      `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key userErrors { message } } }`,
      { i: { name: 'crm only', scopes: ['customers:read'] } },
    );
    expect(createApiKey.userErrors).toEqual([]);
    const res = await graphql(
      platform.gatewayUrl,
      `query($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_SELECTION} } }`,
      { ids: [ids.Customer, ids.PayrollRun] },
      { 'x-api-key': createApiKey.key },
    );
    expect(res.data?.nodes?.[0]).toMatchObject({ __typename: 'Customer', id: ids.Customer });
    expect(res.data?.nodes?.[1]).toBeNull();
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });

  it(`refuses more than ${NODES_MAX} ids in one nodes(ids)`, async () => {
    const res = await platform.tenantA.query(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: Array.from({ length: NODES_MAX + 1 }, () => ids.Customer),
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('batches nodes(ids) of many ids of one type into one database command of the owning subgraph', async () => {
    const a = platform.tenantA;
    const customers = [
      ids.Customer,
      ...(await Promise.all(Array.from({ length: 39 }, (_, i) => createCustomer(a, `Node ${i}`)))),
    ];
    // Count request work only: event relays, consumers and jobs run in the background.
    await Promise.all(
      SUBGRAPHS.flatMap((name) => {
        const { events, jobs } = platform.subgraphs[name];
        return [events.relay?.stop(), ...events.consumers.map((c) => c.stop()), ...Object.values(jobs).map((j) => j.stop())];
      }),
    );
    const commandsFor = async (asked: string[]) => {
      const before = Object.fromEntries(SUBGRAPHS.map((n) => [n, platform.subgraphs[n].database.commandCount()]));
      const { nodes } = await a.data(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Customer { name } } }`, {
        ids: asked,
      });
      expect(nodes.map((n: any) => n.id)).toEqual(asked);
      expect(nodes.every((n: any) => typeof n.name === 'string')).toBe(true);
      return Object.fromEntries(SUBGRAPHS.map((n) => [n, platform.subgraphs[n].database.commandCount() - before[n]]));
    };
    await commandsFor(customers.slice(0, 2)); // warm-up
    const two = await commandsFor(customers.slice(0, 2));
    const forty = await commandsFor(customers);
    expect(forty).toEqual(two);
    // identity decodes the ids without reading anything; customers reads them in one `$in`.
    expect(forty).toEqual({ customers: 1, sales: 0, finance: 0, inventory: 0, hr: 0, identity: 0, operations: 0, reporting: 0 });
  });
});
