/**
 * Archiving and restoring through the gateway (issue "Records people can correct"): customers,
 * deals, products, suppliers, warehouses and employees. For each: an archived record leaves the
 * default list and comes back with `includeArchived`, still resolves by id, its event is published;
 * a stale `expectedVersion` is a CONFLICT, archiving twice (or restoring a record in use) an
 * ILLEGAL_TRANSITION, another tenant's id NOT_FOUND, an id over the cap is refused before any
 * subgraph runs, and a read-only key is FORBIDDEN, each changing nothing. Then each record's own
 * rule for when it may not be archived.
 */
import type { EventType } from '../../lib/events/catalog';
import { createCustomer, createProduct } from '../helpers/fixtures';
import { asScopedKey, settleEvents, startTestPlatform, type TestPlatform, type TestTenant } from '../helpers/platform';

let platform: TestPlatform;
let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  platform = await startTestPlatform();
  a = platform.tenantA;
  b = platform.tenantB;
});
afterAll(() => platform?.stop());

const codes = (payload: { userErrors: Array<{ code: string }> }) => payload.userErrors.map((e) => e.code);

const asKey = (scopes: string[], query: string, variables: Record<string, unknown>) =>
  asScopedKey(platform, scopes, query, variables);

async function createWarehouse(tenant: TestTenant, code: string): Promise<string> {
  const { createWarehouse } = await tenant.data(
    `mutation($c: String!) { createWarehouse(input: { code: $c, name: "Archive test" }) { warehouse { id } userErrors { code } } }`,
    { c: code },
  );
  expect(createWarehouse.userErrors).toEqual([]);
  return createWarehouse.warehouse.id;
}

async function createSupplier(tenant: TestTenant, name: string): Promise<string> {
  const { createSupplier } = await tenant.data(
    `mutation($n: String!) { createSupplier(input: { name: $n, currency: "EUR" }) { supplier { id } userErrors { code } } }`,
    { n: name },
  );
  expect(createSupplier.userErrors).toEqual([]);
  return createSupplier.supplier.id;
}

async function createEmployee(tenant: TestTenant, name: string, terminated: boolean): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@archive.example`;
  const { createEmployee } = await tenant.data(
    `mutation($n: String!, $e: String!) { createEmployee(input: { name: $n, email: $e, startDate: "2024-01-01" }) { employee { id } userErrors { code message } } }`,
    { n: name, e: email },
  );
  expect(createEmployee.userErrors).toEqual([]);
  const id = createEmployee.employee.id;
  if (terminated) {
    const { terminateEmployee } = await tenant.data(
      `mutation($id: ID!) { terminateEmployee(input: { id: $id, date: "2024-06-30", reason: "Left" }) { userErrors { code message } } }`,
      { id },
    );
    expect(terminateEmployee.userErrors).toEqual([]);
  }
  return id;
}

async function createDeal(tenant: TestTenant, name: string, close?: 'WON' | 'LOST'): Promise<string> {
  const customerId = await createCustomer(tenant, `${name} customer`);
  const { createDeal } = await tenant.data(
    `mutation($i: CreateDealInput!) { createDeal(input: $i) { deal { id } userErrors { code message } } }`,
    { i: { name, customerId, amount: { amount: '500.00', currency: 'EUR' }, expectedCloseDate: '2027-01-31' } },
  );
  expect(createDeal.userErrors).toEqual([]);
  const id = createDeal.deal.id;
  if (close === 'LOST') {
    const { loseDeal } = await tenant.data(
      `mutation($id: ID!) { loseDeal(input: { id: $id, reason: "Duplicate" }) { userErrors { code message } } }`,
      { id },
    );
    expect(loseDeal.userErrors).toEqual([]);
  }
  return id;
}

interface Archivable {
  /** `Customer`: archiveCustomer, restoreCustomer, ArchiveCustomerInput. */
  type: string;
  /** The payload's field and the by-id query: `customer`. */
  field: string;
  /** The default list's query field: `customers`. */
  list: string;
  subgraph: 'customers' | 'sales' | 'inventory' | 'hr';
  readScope: string;
  event: string;
  /** A record of tenant `t` that may be archived. */
  create: (t: TestTenant, n: number) => Promise<string>;
}

const CASES: Archivable[] = [
  {
    type: 'Customer',
    field: 'customer',
    list: 'customers',
    subgraph: 'customers',
    readScope: 'customers:read',
    event: 'customers.customer',
    create: (t, n) => createCustomer(t, `Archivable customer ${n}`),
  },
  {
    type: 'Deal',
    field: 'deal',
    list: 'deals',
    subgraph: 'sales',
    readScope: 'sales:read',
    event: 'sales.deal',
    create: (t, n) => createDeal(t, `Archivable deal ${n}`, 'LOST'),
  },
  {
    type: 'Product',
    field: 'product',
    list: 'products',
    subgraph: 'inventory',
    readScope: 'inventory:read',
    event: 'inventory.product',
    create: (t, n) => createProduct(t, `ARCH-${n}`, `Archivable product ${n}`),
  },
  {
    type: 'Supplier',
    field: 'supplier',
    list: 'suppliers',
    subgraph: 'inventory',
    readScope: 'inventory:read',
    event: 'inventory.supplier',
    create: (t, n) => createSupplier(t, `Archivable supplier ${n}`),
  },
  {
    type: 'Warehouse',
    field: 'warehouse',
    list: 'warehouses',
    subgraph: 'inventory',
    readScope: 'inventory:read',
    event: 'inventory.warehouse',
    create: (t, n) => createWarehouse(t, `ARCH-${n}`),
  },
  {
    type: 'Employee',
    field: 'employee',
    list: 'employees',
    subgraph: 'hr',
    readScope: 'hr:read',
    event: 'hr.employee',
    create: (t, n) => createEmployee(t, `Former Employee ${n}`, true),
  },
];

const mutation = (c: Archivable, verb: 'archive' | 'restore') =>
  `mutation($i: Archive${c.type}Input!) { r: ${verb}${c.type}(input: $i) { ${c.field} { id version archivedAt } userErrors { field code message } } }`;
const listed = async (c: Archivable, tenant: TestTenant, includeArchived: boolean): Promise<string[]> => {
  const data = await tenant.data(
    `query($all: Boolean) { l: ${c.list}(first: 100, includeArchived: $all) { totalCount edges { node { id } } } }`,
    { all: includeArchived },
  );
  const ids = data.l.edges.map((e: { node: { id: string } }) => e.node.id);
  expect(data.l.totalCount).toBe(ids.length); // the count follows the same filter
  return ids;
};
const byId = async (c: Archivable, tenant: TestTenant, id: string) =>
  (await tenant.data(`query($id: ID!) { r: ${c.field}(id: $id) { id version archivedAt } }`, { id })).r;

describe.each(CASES.map((c) => [c.type, c]))('archive%s and restore', (_type, c) => {
  it('leaves the default list, still resolves by id, comes back on restore, and says so in events', async () => {
    const id = await c.create(a, 1);
    const before = await byId(c, a, id);
    expect(before.archivedAt).toBeNull();
    expect(await listed(c, a, false)).toContain(id);

    const stale = (await a.data(mutation(c, 'archive'), { i: { id, expectedVersion: before.version + 5 } })).r;
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.userErrors[0].field).toEqual(['input', 'expectedVersion']);
    expect(await byId(c, a, id)).toEqual(before);

    const archived = (await a.data(mutation(c, 'archive'), { i: { id, expectedVersion: before.version } })).r;
    expect(archived.userErrors).toEqual([]);
    expect(archived[c.field]).toEqual({ id, version: before.version + 1, archivedAt: expect.any(String) });
    expect(Date.parse(archived[c.field].archivedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await listed(c, a, false)).not.toContain(id);
    expect(await listed(c, a, true)).toContain(id);
    expect(await byId(c, a, id)).toEqual(archived[c.field]);

    const twice = (await a.data(mutation(c, 'archive'), { i: { id } })).r;
    expect(codes(twice)).toEqual(['ILLEGAL_TRANSITION']);
    expect((await byId(c, a, id)).version).toBe(before.version + 1);

    const restored = (await a.data(mutation(c, 'restore'), { i: { id } })).r;
    expect(restored.userErrors).toEqual([]);
    expect(restored[c.field]).toEqual({ id, version: before.version + 2, archivedAt: null });
    expect(await listed(c, a, false)).toContain(id);
    expect(codes((await a.data(mutation(c, 'restore'), { i: { id } })).r)).toEqual(['ILLEGAL_TRANSITION']);

    await settleEvents(platform);
    const bus = platform.subgraphs[c.subgraph].events.bus;
    const published = async (suffix: string) =>
      (await bus.recent(a.id, { limit: 10, type: `${c.event}.${suffix}` as EventType, aggregateId: id })).map(
        (l) => l.event.payload,
      );
    expect(await published('archived')).toEqual([
      { id, label: expect.any(String), archivedAt: archived[c.field].archivedAt, version: before.version + 1 },
    ]);
    expect(await published('restored')).toEqual([
      { id, label: expect.any(String), archivedAt: null, version: before.version + 2 },
    ]);
  });

  it("finds nothing of another tenant's, refuses an id over the cap, and needs the write scope", async () => {
    const id = await c.create(a, 2);
    const before = await byId(c, a, id);
    for (const verb of ['archive', 'restore'] as const) {
      const theirs = (await b.data(mutation(c, verb), { i: { id } })).r;
      expect(codes(theirs)).toEqual(['NOT_FOUND']);
      expect(theirs[c.field]).toBeNull();
    }
    expect(await byId(c, b, id)).toBeNull();
    const long = await a.query(mutation(c, 'archive'), { i: { id: 'x'.repeat(201) } });
    expect(long.errors?.map((e: any) => e.extensions?.code)).toEqual(['OPERATION_LIMIT_EXCEEDED']);
    const readOnly = await asKey([c.readScope], mutation(c, 'archive'), { i: { id } });
    expect(readOnly.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await byId(c, a, id)).toEqual(before);
    expect(await listed(c, a, false)).toContain(id);
  });
});

describe('what each record must be before it is archived', () => {
  it('a deal: closed first; an archived lost deal is restored before it is reopened', async () => {
    const open = await createDeal(a, 'Open deal');
    const refused = (await a.data(mutation(CASES[1], 'archive'), { i: { id: open } })).r;
    expect(codes(refused)).toEqual(['ILLEGAL_TRANSITION']);
    expect(refused.userErrors[0].message).toMatch(/OPEN/);
    expect((await byId(CASES[1], a, open)).archivedAt).toBeNull();

    const lost = await createDeal(a, 'Lost duplicate', 'LOST');
    expect((await a.data(mutation(CASES[1], 'archive'), { i: { id: lost } })).r.userErrors).toEqual([]);
    const REOPEN = `mutation($id: ID!) { reopenDeal(input: { id: $id }) { deal { status } userErrors { code message } } }`;
    const reopen = (await a.data(REOPEN, { id: lost })).reopenDeal;
    expect(codes(reopen)).toEqual(['ILLEGAL_TRANSITION']);
    expect(reopen.userErrors[0].message).toMatch(/archived/);
    await a.data(mutation(CASES[1], 'restore'), { i: { id: lost } });
    expect((await a.data(REOPEN, { id: lost })).reopenDeal).toEqual({ deal: { status: 'OPEN' }, userErrors: [] });
  });

  it('an employee: terminated first', async () => {
    const active = await createEmployee(a, 'Still Employed', false);
    const refused = (await a.data(mutation(CASES[5], 'archive'), { i: { id: active } })).r;
    expect(codes(refused)).toEqual(['ILLEGAL_TRANSITION']);
    expect((await byId(CASES[5], a, active)).archivedAt).toBeNull();
  });

  it('a warehouse: empty first; a supplier: no open purchase order; nothing new is ordered from or into an archived one', async () => {
    const warehouse = await createWarehouse(a, 'ARCH-FULL');
    const product = await createProduct(a, 'ARCH-STOCK', 'Stocked product');
    const adjust = async (delta: number) =>
      (
        await a.data(`mutation($i: AdjustStockInput!) { adjustStock(input: $i) { userErrors { code message } } }`, {
          i: { productId: product, warehouseId: warehouse, delta, reason: 'Archive test' },
        })
      ).adjustStock;
    expect((await adjust(3)).userErrors).toEqual([]);
    const full = (await a.data(mutation(CASES[4], 'archive'), { i: { id: warehouse } })).r;
    expect(codes(full)).toEqual(['INVALID']);
    expect(full.userErrors[0].message).toMatch(/ARCH-FULL still holds stock/);
    expect((await byId(CASES[4], a, warehouse)).archivedAt).toBeNull();
    expect((await adjust(-3)).userErrors).toEqual([]);
    expect((await a.data(mutation(CASES[4], 'archive'), { i: { id: warehouse } })).r.userErrors).toEqual([]);

    const supplier = await createSupplier(a, 'Open order supplier');
    const other = await createWarehouse(a, 'ARCH-OPEN');
    const PO = `mutation($i: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $i) { purchaseOrder { id number } userErrors { field code message } } }`;
    const poInput = (s: string, w: string, p: string) => ({
      i: { supplierId: s, warehouseId: w, lines: [{ productId: p, quantity: 2, unitCost: { amount: '3.00', currency: 'EUR' } }] },
    });
    const po = (await a.data(PO, poInput(supplier, other, product))).createPurchaseOrder;
    expect(po.userErrors).toEqual([]);
    const busy = (await a.data(mutation(CASES[3], 'archive'), { i: { id: supplier } })).r;
    expect(codes(busy)).toEqual(['INVALID']);
    expect(busy.userErrors[0].message).toContain(po.purchaseOrder.number);
    const cancel = await a.data(
      `mutation($id: ID!) { cancelPurchaseOrder(input: { id: $id }) { userErrors { code message } } }`,
      { id: po.purchaseOrder.id },
    );
    expect(cancel.cancelPurchaseOrder.userErrors).toEqual([]);
    expect((await a.data(mutation(CASES[3], 'archive'), { i: { id: supplier } })).r.userErrors).toEqual([]);

    // Ordering from the archived supplier, into the archived warehouse, or an archived product: one error each.
    const retired = await createProduct(a, 'ARCH-RETIRED', 'Retired product');
    expect((await a.data(mutation(CASES[2], 'archive'), { i: { id: retired } })).r.userErrors).toEqual([]);
    const refused = (await a.data(PO, poInput(supplier, warehouse, retired))).createPurchaseOrder;
    expect(refused.purchaseOrder).toBeNull();
    expect(refused.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code])).toEqual([
      ['input.supplierId', 'INVALID'],
      ['input.warehouseId', 'INVALID'],
      ['input.lines.0.productId', 'INVALID'],
    ]);
    const { purchaseOrders } = await a.data(`{ purchaseOrders(first: 100) { totalCount } }`);
    expect(purchaseOrders.totalCount).toBe(1); // only the cancelled one
  });
});
