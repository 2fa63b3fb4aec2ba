/**
 * The gateway sends identical subgraph queries that are in flight at the same time only once
 * (gateway/index.ts SignedDataSource.process), and never shares across tenants or mutations.
 */
import { startTestPlatform, type TestPlatform } from '../helpers/platform';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
  for (const [tenant, name] of [
    [platform.tenantA, 'Alpha Only Ltd'],
    [platform.tenantB, 'Beta Only Ltd'],
  ] as const)
    await tenant.data(`mutation($name: String!) { createCustomer(input: { name: $name, kind: COMPANY }) { customer { id } } }`, {
      name,
    });
});
afterAll(() => platform?.stop());

const PAGE = `{ customers(first: 5) { totalCount edges { node { name } } } }`;
const names = (data: any): string[] => data.customers.edges.map((e: any) => e.node.name);

it('answers a burst of identical queries with fewer subgraph fetches, each tenant its own data', async () => {
  const customersDb = platform.subgraphs.customers.database;
  const before = customersDb.commandCount();
  const [a, b] = await Promise.all([
    Promise.all(Array.from({ length: 8 }, () => platform.tenantA.data(PAGE))),
    Promise.all(Array.from({ length: 8 }, () => platform.tenantB.data(PAGE))),
  ]);
  const commands = customersDb.commandCount() - before;

  for (const data of a) expect(names(data)).toEqual(['Alpha Only Ltd']);
  for (const data of b) expect(names(data)).toEqual(['Beta Only Ltd']);
  // Sent one by one, the 16 requests cost 32 commands (a find and a count each).
  expect(commands).toBeLessThanOrEqual(20); // measured 9-12 with the sharing, 35 without
  expect(commands).toBeGreaterThanOrEqual(4); // at least one fetch per tenant
});

it('never shares a mutation: identical concurrent creates all happen', async () => {
  const create = `mutation { createCustomer(input: { name: "Twin Co", kind: COMPANY }) { customer { id } } }`;
  const results = await Promise.all(Array.from({ length: 3 }, () => platform.tenantA.data(create)));
  expect(new Set(results.map((r: any) => r.createCustomer.customer.id)).size).toBe(3);
  const found = await platform.tenantA.data(`{ customers(first: 10, filter: { search: "Twin" }) { totalCount } }`);
  expect(found.customers.totalCount).toBe(3);
});
