/**
 * Correcting records through the gateway (issue "Records people can correct"): suppliers,
 * warehouses, tickets, tax rates, draft quotes and draft orders. For each: the happy path, a stale
 * `expectedVersion` (CONFLICT, nothing written), a status or state that forbids the change, another
 * tenant's id (NOT_FOUND, nothing written), input over its caps, and the scope a key needs.
 */
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
const LONG = 'x'.repeat(201);

/** The gateway refuses a string over its cap before any subgraph runs: a typed error, nothing written. */
async function overCap(tenant: TestTenant, query: string, variables: Record<string, unknown>) {
  const response = await tenant.query(query, variables);
  return response.errors?.map((e: any) => e.extensions?.code);
}

const asKey = (scopes: string[], query: string, variables: Record<string, unknown>) =>
  asScopedKey(platform, scopes, query, variables);

describe('updateSupplier', () => {
  const SUPPLIER = `supplier { id version name email phone currency address { line1 line2 city postalCode country } }`;
  const UPDATE = `mutation($i: UpdateSupplierInput!) { updateSupplier(input: $i) { ${SUPPLIER} userErrors { field code message } } }`;
  const READ = `query { suppliers(first: 50) { edges { node { id name email phone currency version } } } }`;
  const readSupplier = async (tenant: TestTenant, id: string) =>
    (await tenant.data(READ)).suppliers.edges.map((e: any) => e.node).find((s: any) => s.id === id);

  it('corrects name, contact details and address; null clears; a stale version changes nothing', async () => {
    const { createSupplier } = await a.data(
      `mutation { createSupplier(input: { name: "Nordic Parts", email: "sales@nordic.example", currency: "EUR", address: { line1: "Hafenstr. 1", city: "Hamburg", country: "DE" } }) { ${SUPPLIER} userErrors { code } } }`,
    );
    expect(createSupplier.userErrors).toEqual([]);
    const supplier = createSupplier.supplier;
    expect(supplier.address).toEqual({ line1: 'Hafenstr. 1', line2: null, city: 'Hamburg', postalCode: null, country: 'DE' });

    const fixed = (
      await a.data(UPDATE, {
        i: {
          id: supplier.id,
          expectedVersion: supplier.version,
          name: ' Nordic Parts GmbH ',
          phone: '+49 40 123456',
          email: null,
          address: { line1: 'Kaistr. 9', line2: 'Tor 3', city: 'Hamburg', postalCode: '20457', country: 'DE' },
        },
      })
    ).updateSupplier;
    expect(fixed.userErrors).toEqual([]);
    expect(fixed.supplier).toMatchObject({
      name: 'Nordic Parts GmbH',
      email: null,
      phone: '+49 40 123456',
      currency: 'EUR',
      address: { line1: 'Kaistr. 9', line2: 'Tor 3', postalCode: '20457' },
      version: supplier.version + 1,
    });
    // The same correction again writes nothing: the version stays.
    const again = (await a.data(UPDATE, { i: { id: supplier.id, name: 'Nordic Parts GmbH' } })).updateSupplier;
    expect(again.supplier.version).toBe(supplier.version + 1);

    const stale = (await a.data(UPDATE, { i: { id: supplier.id, expectedVersion: supplier.version, name: 'Stale' } }))
      .updateSupplier;
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect((await readSupplier(a, supplier.id)).name).toBe('Nordic Parts GmbH');

    const bad = async (change: Record<string, unknown>) =>
      codes((await a.data(UPDATE, { i: { id: supplier.id, ...change } })).updateSupplier);
    expect(await overCap(a, UPDATE, { i: { id: supplier.id, name: LONG } })).toEqual(['OPERATION_LIMIT_EXCEEDED']);
    expect(await bad({ name: '  ' })).toEqual(['REQUIRED']);
    expect(await bad({ email: 'nope' })).toEqual(['INVALID']);
    expect(await bad({ phone: 'call me' })).toEqual(['INVALID']);
    expect(await bad({ currency: 'EURO' })).toEqual(['INVALID']);
    expect(await bad({ address: { line1: 'x', city: 'y', country: 'Germany' } })).toEqual(['INVALID']);
    const cleared = (await a.data(UPDATE, { i: { id: supplier.id, address: null } })).updateSupplier;
    expect(cleared.supplier.address).toBeNull();
    expect(await readSupplier(a, supplier.id)).toMatchObject({ name: 'Nordic Parts GmbH', version: supplier.version + 2 });
  });

  it('changes the currency only while no purchase order names the supplier', async () => {
    const { x, y } = await a.data(
      `mutation { x: createSupplier(input: { name: "Currency Co", currency: "EUR" }) { supplier { id } } y: createSupplier(input: { name: "Ordered From Co", currency: "EUR" }) { supplier { id } } }`,
    );
    const toUsd = (await a.data(UPDATE, { i: { id: x.supplier.id, currency: 'USD' } })).updateSupplier;
    expect(toUsd.userErrors).toEqual([]);
    expect(toUsd.supplier.currency).toBe('USD');

    const id = y.supplier.id;
    const product = await createProduct(a, 'CORR-1', 'Correctable widget');
    const { createWarehouse } = await a.data(
      `mutation { createWarehouse(input: { code: "CORR-W", name: "Corrections" }) { warehouse { id } } }`,
    );
    const po = await a.data(
      `mutation($s: ID!, $w: ID!, $p: ID!) { createPurchaseOrder(input: { supplierId: $s, warehouseId: $w, lines: [{ productId: $p, quantity: 2, unitCost: { amount: "3.00", currency: "EUR" } }] }) { userErrors { code } } }`,
      { s: id, w: createWarehouse.warehouse.id, p: product },
    );
    expect(po.createPurchaseOrder.userErrors).toEqual([]);
    const refused = (await a.data(UPDATE, { i: { id, currency: 'USD', name: 'Ordered From Company' } })).updateSupplier;
    expect(codes(refused)).toEqual(['CURRENCY_MISMATCH']);
    expect(await readSupplier(a, id)).toMatchObject({ name: 'Ordered From Co', currency: 'EUR' });
    // Everything but the currency still corrects.
    expect(codes((await a.data(UPDATE, { i: { id, name: 'Ordered From Company' } })).updateSupplier)).toEqual([]);
  });

  it("finds nothing of another tenant's and needs inventory:write", async () => {
    const { createSupplier } = await a.data(
      `mutation { createSupplier(input: { name: "Mine", currency: "EUR" }) { supplier { id } } }`,
    );
    const id = createSupplier.supplier.id;
    const theirs = (await b.data(UPDATE, { i: { id, name: 'Theirs' } })).updateSupplier;
    expect(codes(theirs)).toEqual(['NOT_FOUND']);
    expect(theirs.supplier).toBeNull();
    expect((await readSupplier(a, id)).name).toBe('Mine');
    const readOnly = await asKey(['inventory:read'], UPDATE, { i: { id, name: 'Read only' } });
    expect(readOnly.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await readSupplier(a, id)).name).toBe('Mine');
  });
});

describe('updateWarehouse', () => {
  const UPDATE = `mutation($i: UpdateWarehouseInput!) { updateWarehouse(input: $i) { warehouse { id code name version } userErrors { field code } } }`;

  it('corrects code and name, keeps codes unique, checks the version and the tenant', async () => {
    const created = await a.data(
      `mutation { x: createWarehouse(input: { code: "HAM-1", name: "Hamburg" }) { warehouse { id version } } y: createWarehouse(input: { code: "BER-1", name: "Berlin" }) { warehouse { id } } }`,
    );
    const { id, version } = created.x.warehouse;
    const product = await createProduct(a, 'CORR-WH', 'Stocked widget');
    await a.data(
      `mutation($p: ID!, $w: ID!) { adjustStock(input: { productId: $p, warehouseId: $w, delta: 7, reason: "count" }) { userErrors { code } } }`,
      { p: product, w: id },
    );
    const fixed = (await a.data(UPDATE, { i: { id, expectedVersion: version, code: 'HAM-2', name: 'Hamburg Port' } }))
      .updateWarehouse;
    expect(fixed).toEqual({ warehouse: { id, code: 'HAM-2', name: 'Hamburg Port', version: version + 1 }, userErrors: [] });
    // The stock stays where it was: levels refer to the warehouse by id.
    const { product: stocked } = await a.data(`query($p: ID!) { product(id: $p) { stock { onHand warehouse { code } } } }`, {
      p: product,
    });
    expect(stocked.stock).toEqual([{ onHand: 7, warehouse: { code: 'HAM-2' } }]);

    expect(codes((await a.data(UPDATE, { i: { id, code: 'BER-1' } })).updateWarehouse)).toEqual(['TAKEN']);
    expect(codes((await a.data(UPDATE, { i: { id, expectedVersion: version, name: 'Stale' } })).updateWarehouse)).toEqual([
      'CONFLICT',
    ]);
    expect(codes((await a.data(UPDATE, { i: { id, code: 'C'.repeat(33) } })).updateWarehouse)).toEqual(['INVALID']);
    expect(codes((await b.data(UPDATE, { i: { id, name: 'Theirs' } })).updateWarehouse)).toEqual(['NOT_FOUND']);
    const { warehouses } = await a.data(`query { warehouses(first: 50) { edges { node { id code name version } } } }`);
    expect(warehouses.edges.map((e: any) => e.node).find((w: any) => w.id === id)).toEqual({
      id,
      code: 'HAM-2',
      name: 'Hamburg Port',
      version: version + 1,
    });
  });
});

describe('updateTicket', () => {
  const TICKET = `ticket { id version subject description priority tags status slaDueAt createdAt assignee { id } }`;
  const UPDATE = `mutation($i: UpdateTicketInput!) { updateTicket(input: $i) { ${TICKET} userErrors { field code } } }`;

  it('corrects priority (SLA counted again from opening), tags and assignee, with its events', async () => {
    const customer = await createCustomer(a, 'Ticket Corrections Ltd');
    const { createTicket } = await a.data(
      `mutation($c: ID!) { createTicket(input: { customerId: $c, subject: "Printer jam", priority: LOW, tags: ["hardware"], assigneeId: "emp-1" }) { ${TICKET} } }`,
      { c: customer },
    );
    const ticket = createTicket.ticket;
    const fixed = (
      await a.data(UPDATE, {
        i: {
          id: ticket.id,
          expectedVersion: ticket.version,
          priority: 'URGENT',
          tags: ['Hardware', 'vip'],
          description: 'Tray 2',
        },
      })
    ).updateTicket;
    expect(fixed.userErrors).toEqual([]);
    expect(fixed.ticket).toMatchObject({
      priority: 'URGENT',
      tags: ['hardware', 'vip'],
      description: 'Tray 2',
      version: ticket.version + 1,
    });
    expect(Date.parse(fixed.ticket.slaDueAt) - Date.parse(ticket.createdAt)).toBe(4 * 3_600_000);

    const moved = (await a.data(UPDATE, { i: { id: ticket.id, assigneeId: 'emp-2' } })).updateTicket;
    expect(moved.ticket.assignee).toEqual({ id: 'emp-2' });
    await settleEvents(platform);
    const bus = platform.subgraphs.customers.events.bus;
    const updated = await bus.recent(a.id, { limit: 10, type: 'customers.ticket.updated', aggregateId: ticket.id });
    expect(updated.map((l) => l.event.payload)).toEqual([
      expect.objectContaining({
        changed: ['description', 'priority', 'tags'],
        priority: 'URGENT',
        slaDueAt: fixed.ticket.slaDueAt,
      }),
    ]);
    const assigned = await bus.recent(a.id, { limit: 10, type: 'customers.ticket.assigned', aggregateId: ticket.id });
    expect(assigned.map((l) => (l.event.payload as { assigneeId: string }).assigneeId)).toEqual(['emp-2', 'emp-1']);

    expect(
      codes((await a.data(UPDATE, { i: { id: ticket.id, expectedVersion: ticket.version, subject: 'Stale' } })).updateTicket),
    ).toEqual(['CONFLICT']);
    expect(await overCap(a, UPDATE, { i: { id: ticket.id, subject: LONG } })).toEqual(['OPERATION_LIMIT_EXCEEDED']);
    expect(
      codes((await a.data(UPDATE, { i: { id: ticket.id, tags: Array.from({ length: 25 }, (_, i) => `t${i}`) } })).updateTicket),
    ).toEqual(['INVALID']);
    expect(codes((await b.data(UPDATE, { i: { id: ticket.id, priority: 'LOW' } })).updateTicket)).toEqual(['NOT_FOUND']);
    for (const step of ['openTicket', 'resolveTicket', 'closeTicket']) {
      const moved = await a.data(`mutation($id: ID!) { r: ${step}(input: { id: $id }) { userErrors { code } } }`, {
        id: ticket.id,
      });
      expect([step, moved.r.userErrors]).toEqual([step, []]);
    }
    expect(codes((await a.data(UPDATE, { i: { id: ticket.id, priority: 'LOW' } })).updateTicket)).toEqual(['ILLEGAL_TRANSITION']);
    const { ticket: after } = await a.data(`query($id: ID!) { ticket(id: $id) { subject priority status } }`, { id: ticket.id });
    expect(after).toEqual({ subject: 'Printer jam', priority: 'URGENT', status: 'CLOSED' });
  });
});

describe('updateTaxRate', () => {
  const UPDATE = `mutation($i: UpdateTaxRateInput!) { updateTaxRate(input: $i) { taxRate { id name ratePercent inclusive version } userErrors { field code } } }`;

  it('corrects a rate for documents priced from now on; drafted invoices keep their tax', async () => {
    const created = await a.data(
      `mutation { x: createTaxRate(input: { name: "Reduced", rate: "7" }) { taxRate { id version } } y: createTaxRate(input: { name: "Standard", rate: "19" }) { taxRate { id } } }`,
    );
    const { id, version } = created.x.taxRate;
    const customer = await createCustomer(a, 'Tax Corrections GmbH');
    const draft = await a.data(
      `mutation($c: ID!, $t: ID!) { createInvoice(input: { customerId: $c, currency: "EUR", dueDate: "2030-01-31", lines: [{ description: "Books", quantity: 1, unitPrice: { amount: "100.00", currency: "EUR" }, taxRateId: $t }] }) { invoice { id taxTotal { amount } } userErrors { code } } }`,
      { c: customer, t: id },
    );
    expect(draft.createInvoice.userErrors).toEqual([]);
    expect(draft.createInvoice.invoice.taxTotal.amount).toBe('7.00');

    const fixed = (await a.data(UPDATE, { i: { id, expectedVersion: version, rate: '5.5', name: 'Reduced (books)' } }))
      .updateTaxRate;
    expect(fixed).toEqual({
      taxRate: { id, name: 'Reduced (books)', ratePercent: '5.5', inclusive: false, version: version + 1 },
      userErrors: [],
    });
    const { invoice } = await a.data(`query($id: ID!) { invoice(id: $id) { taxTotal { amount } } }`, {
      id: draft.createInvoice.invoice.id,
    });
    expect(invoice.taxTotal.amount).toBe('7.00');

    expect(codes((await a.data(UPDATE, { i: { id, name: 'Standard' } })).updateTaxRate)).toEqual(['TAKEN']);
    expect(codes((await a.data(UPDATE, { i: { id, rate: '101' } })).updateTaxRate)).toEqual(['INVALID']);
    expect(codes((await a.data(UPDATE, { i: { id, expectedVersion: version, inclusive: true } })).updateTaxRate)).toEqual([
      'CONFLICT',
    ]);
    expect(codes((await b.data(UPDATE, { i: { id, rate: '0' } })).updateTaxRate)).toEqual(['NOT_FOUND']);
    const { taxRates } = await a.data(`query { taxRates { id ratePercent inclusive } }`);
    expect(taxRates.find((t: any) => t.id === id)).toEqual({ id, ratePercent: '5.5', inclusive: false });
  });
});

describe('updateContact and removeContact', () => {
  const CUSTOMER = `customer { id version contacts { id name email phone role } }`;
  const UPDATE = `mutation($i: UpdateContactInput!) { updateContact(input: $i) { ${CUSTOMER} userErrors { field code message } } }`;
  const REMOVE = `mutation($i: RemoveContactInput!) { removeContact(input: $i) { ${CUSTOMER} userErrors { field code message } } }`;
  const READ = `query($id: ID!) { customer(id: $id) { version contacts { id name email phone role } } }`;
  const SEARCH = `query($s: String!) { customers(filter: { search: $s }) { edges { node { id } } } }`;

  async function customerWithContacts(tenant: TestTenant, name: string) {
    const id = await createCustomer(tenant, name);
    for (const contact of ['Ada Byron', 'Grace Hopper']) {
      const { addContact } = await tenant.data(
        `mutation($i: AddContactInput!) { addContact(input: $i) { userErrors { code } } }`,
        { i: { customerId: id, name: contact, email: `${contact.split(' ')[0].toLowerCase()}@contacts.example` } },
      );
      expect(addContact.userErrors).toEqual([]);
    }
    return { id, ...(await tenant.data(READ, { id })).customer };
  }

  it('corrects a contact (search follows), a stale version or unknown contact changes nothing, and removes one', async () => {
    const c = await customerWithContacts(a, 'Contactful Ltd');
    const [ada, grace] = c.contacts;
    const fixed = (
      await a.data(UPDATE, {
        i: {
          customerId: c.id,
          contactId: ada.id,
          expectedVersion: c.version,
          name: 'Ada Lovelace',
          phone: '+44 20 7946 0000',
          role: 'CTO',
          email: null,
        },
      })
    ).updateContact;
    expect(fixed.userErrors).toEqual([]);
    expect(fixed.customer.version).toBe(c.version + 1);
    expect(fixed.customer.contacts).toEqual([
      { id: ada.id, name: 'Ada Lovelace', email: null, phone: '+44 20 7946 0000', role: 'CTO' },
      grace,
    ]);
    const found = async (s: string) => (await a.data(SEARCH, { s })).customers.edges.map((e: any) => e.node.id);
    expect(await found('lovelace')).toEqual([c.id]);
    expect(await found('byron')).toEqual([]);
    // The same correction again writes nothing.
    const again = (await a.data(UPDATE, { i: { customerId: c.id, contactId: ada.id, name: 'Ada Lovelace' } })).updateContact;
    expect(again.customer.version).toBe(c.version + 1);

    const stale = (
      await a.data(UPDATE, { i: { customerId: c.id, contactId: ada.id, expectedVersion: c.version, name: 'Stale' } })
    ).updateContact;
    expect(codes(stale)).toEqual(['CONFLICT']);
    const unknown = (await a.data(UPDATE, { i: { customerId: c.id, contactId: '0123456789abcdef01234567', name: 'X' } }))
      .updateContact;
    expect(unknown.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([['input.contactId', 'NOT_FOUND']]);
    const bad = async (change: Record<string, unknown>) =>
      codes((await a.data(UPDATE, { i: { customerId: c.id, contactId: ada.id, ...change } })).updateContact);
    expect(await bad({ name: ' ' })).toEqual(['REQUIRED']);
    expect(await bad({ email: 'not-an-email' })).toEqual(['INVALID']);
    expect(await overCap(a, UPDATE, { i: { customerId: c.id, contactId: ada.id, role: LONG } })).toEqual([
      'OPERATION_LIMIT_EXCEEDED',
    ]);
    expect((await a.data(READ, { id: c.id })).customer.version).toBe(c.version + 1);

    const removed = (await a.data(REMOVE, { i: { customerId: c.id, contactId: grace.id, expectedVersion: c.version + 1 } }))
      .removeContact;
    expect(removed.userErrors).toEqual([]);
    expect(removed.customer.contacts.map((x: any) => x.id)).toEqual([ada.id]);
    expect(await found('hopper')).toEqual([]);
    expect(codes((await a.data(REMOVE, { i: { customerId: c.id, contactId: grace.id } })).removeContact)).toEqual(['NOT_FOUND']);
  });

  it("finds nothing of another tenant's and needs customers:write", async () => {
    const c = await customerWithContacts(a, 'Private contacts');
    const [ada] = c.contacts;
    const theirs = (await b.data(UPDATE, { i: { customerId: c.id, contactId: ada.id, name: 'Theirs' } })).updateContact;
    expect(codes(theirs)).toEqual(['NOT_FOUND']);
    expect(codes((await b.data(REMOVE, { i: { customerId: c.id, contactId: ada.id } })).removeContact)).toEqual(['NOT_FOUND']);
    const readOnly = await asKey(['customers:read'], REMOVE, { i: { customerId: c.id, contactId: ada.id } });
    expect(readOnly.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await a.data(READ, { id: c.id })).customer).toEqual({ version: c.version, contacts: c.contacts });
  });
});

describe('updatePurchaseOrder', () => {
  const PO = `purchaseOrder { id version status supplier { id } warehouse { id } expectedDate total { amount } lines { product { id } quantity unitCost { amount } } }`;
  const UPDATE = `mutation($i: UpdatePurchaseOrderInput!) { updatePurchaseOrder(input: $i) { ${PO} userErrors { field code message } } }`;
  const READ = `query($id: ID!) { purchaseOrder(id: $id) { version supplier { id } total { amount } } }`;
  const line = (productId: string, quantity: number, amount: string) => ({
    productId,
    quantity,
    unitCost: { amount, currency: 'EUR' },
  });

  async function draft(tenant: TestTenant, tag: string) {
    const { s1, s2 } = await tenant.data(
      `mutation($a: String!, $b: String!) { s1: createSupplier(input: { name: $a, currency: "EUR" }) { supplier { id } } s2: createSupplier(input: { name: $b, currency: "EUR" }) { supplier { id } } }`,
      { a: `${tag} first`, b: `${tag} second` },
    );
    const { createWarehouse } = await tenant.data(
      `mutation($c: String!) { createWarehouse(input: { code: $c, name: "PO corrections" }) { warehouse { id } } }`,
      { c: `PO-${tag}` },
    );
    const product = await createProduct(tenant, `PO-${tag}`, `Ordered widget ${tag}`);
    const created = (
      await tenant.data(
        `mutation($i: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $i) { ${PO} userErrors { code } } }`,
        { i: { supplierId: s1.supplier.id, warehouseId: createWarehouse.warehouse.id, lines: [line(product, 2, '3.00')] } },
      )
    ).createPurchaseOrder;
    expect(created.userErrors).toEqual([]);
    return { po: created.purchaseOrder, other: s2.supplier.id as string, product };
  }

  it('corrects a DRAFT (lines re-totalled, supplier changed), a stale version changes nothing, an ordered one is refused', async () => {
    const { po, other, product } = await draft(a, 'fix');
    expect(po.total.amount).toBe('6.00');
    const fixed = (
      await a.data(UPDATE, {
        i: {
          id: po.id,
          expectedVersion: po.version,
          supplierId: other,
          expectedDate: '2027-02-01',
          lines: [line(product, 5, '2.50')],
        },
      })
    ).updatePurchaseOrder;
    expect(fixed.userErrors).toEqual([]);
    expect(fixed.purchaseOrder).toMatchObject({
      version: po.version + 1,
      supplier: { id: other },
      expectedDate: '2027-02-01',
      total: { amount: '12.50' },
      lines: [{ product: { id: product }, quantity: 5, unitCost: { amount: '2.50' } }],
    });
    // The same correction again, or only the version check, writes nothing.
    const again = (await a.data(UPDATE, { i: { id: po.id, supplierId: other } })).updatePurchaseOrder;
    expect(again.purchaseOrder.version).toBe(po.version + 1);

    const stale = (await a.data(UPDATE, { i: { id: po.id, expectedVersion: po.version, lines: [line(product, 1, '1.00')] } }))
      .updatePurchaseOrder;
    expect(codes(stale)).toEqual(['CONFLICT']);
    const bad = async (change: Record<string, unknown>) =>
      (await a.data(UPDATE, { i: { id: po.id, ...change } })).updatePurchaseOrder.userErrors.map((e: any) => [
        e.field.join('.'),
        e.code,
      ]);
    expect(await bad({ lines: [] })).toEqual([['input.lines', 'REQUIRED']]);
    expect(await bad({ lines: [line(product, 0, '1.00')] })).toEqual([['input.lines.0.quantity', 'INVALID']]);
    expect(await bad({ lines: [{ ...line(product, 1, '1.00'), unitCost: { amount: '1.00', currency: 'USD' } }] })).toEqual(
      expect.arrayContaining([['input.lines.0.unitCost.currency', 'CURRENCY_MISMATCH']]),
    );
    expect(await bad({ warehouseId: '0123456789abcdef01234567' })).toEqual([['input.warehouseId', 'NOT_FOUND']]);
    expect(
      await overCap(a, UPDATE, { i: { id: po.id, lines: [{ ...line(product, 1, '1.00'), description: 'x'.repeat(5_001) }] } }),
    ).toEqual(['OPERATION_LIMIT_EXCEEDED']);
    expect((await a.data(READ, { id: po.id })).purchaseOrder).toEqual({
      version: po.version + 1,
      supplier: { id: other },
      total: { amount: '12.50' },
    });

    await a.data(`mutation($id: ID!) { orderPurchaseOrder(input: { id: $id }) { userErrors { code } } }`, { id: po.id });
    const ordered = (await a.data(UPDATE, { i: { id: po.id, lines: [line(product, 9, '1.00')] } })).updatePurchaseOrder;
    expect(codes(ordered)).toEqual(['ILLEGAL_TRANSITION']);
    expect((await a.data(READ, { id: po.id })).purchaseOrder.total).toEqual({ amount: '12.50' });
  });

  it("finds nothing of another tenant's and needs inventory:write", async () => {
    const { po, product } = await draft(a, 'iso');
    const theirs = (await b.data(UPDATE, { i: { id: po.id, lines: [line(product, 9, '1.00')] } })).updatePurchaseOrder;
    expect(codes(theirs)).toEqual(['NOT_FOUND']);
    const readOnly = await asKey(['inventory:read'], UPDATE, { i: { id: po.id, expectedDate: '2027-03-01' } });
    expect(readOnly.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await a.data(READ, { id: po.id })).purchaseOrder.version).toBe(po.version);
  });
});

describe('updateQuote', () => {
  const QUOTE = `quote { id version status validUntil subtotal { amount currency } total { amount currency } lines { description quantity unitPrice { amount } total { amount } } }`;
  const CREATE = `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { ${QUOTE} userErrors { code } } }`;
  const UPDATE = `mutation($i: UpdateQuoteInput!) { updateQuote(input: $i) { ${QUOTE} userErrors { field code message } } }`;
  const READ = `query($id: ID!) { quote(id: $id) { id version validUntil total { amount } lines { quantity } } }`;
  const readQuote = async (tenant: TestTenant, id: string) => (await tenant.data(READ, { id })).quote;
  let customerId: string;
  let productId: string;
  const draft = async () => {
    const { createQuote } = await a.data(CREATE, {
      i: {
        customerId,
        currency: 'EUR',
        validUntil: '2030-01-31',
        lines: [{ productId, quantity: 1, unitPrice: { amount: '10.00', currency: 'EUR' } }],
      },
    });
    expect(createQuote.userErrors).toEqual([]);
    return createQuote.quote;
  };

  beforeAll(async () => {
    customerId = await createCustomer(a, 'Quote Corrections Ltd');
    productId = await createProduct(a, 'CORR-Q1', 'Quoted widget', '12.50');
    await settleEvents(platform);
  });

  it('replaces the lines re-priced as create prices them, moves validUntil; the same correction writes nothing', async () => {
    const quote = await draft();
    expect(quote.total.amount).toBe('10.00');
    const i = {
      id: quote.id,
      expectedVersion: quote.version,
      validUntil: '2030-02-28',
      lines: [{ productId, quantity: 3, discountPercent: '10', taxRatePercent: '20' }],
    };
    const fixed = (await a.data(UPDATE, { i })).updateQuote;
    expect(fixed.userErrors).toEqual([]);
    expect(fixed.quote).toMatchObject({
      status: 'DRAFT',
      validUntil: '2030-02-28',
      subtotal: { amount: '37.50', currency: 'EUR' },
      total: { amount: '40.50', currency: 'EUR' },
      lines: [{ description: 'Quoted widget', quantity: 3, unitPrice: { amount: '12.50' }, total: { amount: '40.50' } }],
      version: quote.version + 1,
    });
    const again = (await a.data(UPDATE, { i: { ...i, expectedVersion: undefined } })).updateQuote;
    expect(again.userErrors).toEqual([]);
    expect(again.quote.version).toBe(quote.version + 1);

    const stale = (await a.data(UPDATE, { i: { id: quote.id, expectedVersion: quote.version, validUntil: '2031-01-01' } }))
      .updateQuote;
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(await readQuote(a, quote.id)).toMatchObject({ validUntil: '2030-02-28', version: quote.version + 1 });
    expect(await overCap(a, UPDATE, { i: { id: quote.id, lines: [{ productId: LONG, quantity: 1 }] } })).toEqual([
      'OPERATION_LIMIT_EXCEEDED',
    ]);
    expect(codes((await a.data(UPDATE, { i: { id: quote.id, currency: 'USD' } })).updateQuote)).toEqual(['INVALID']);
    expect(await readQuote(a, quote.id)).toMatchObject({ total: { amount: '40.50' }, version: quote.version + 1 });
  });

  it('corrects only a DRAFT quote', async () => {
    const quote = await draft();
    await a.data(`mutation($id: ID!) { sendQuote(input: { id: $id }) { userErrors { code } } }`, { id: quote.id });
    const refused = (await a.data(UPDATE, { i: { id: quote.id, validUntil: '2031-01-01' } })).updateQuote;
    expect(codes(refused)).toEqual(['ILLEGAL_TRANSITION']);
    expect(refused.userErrors[0].message).toContain('SENT');
    expect(await readQuote(a, quote.id)).toMatchObject({ validUntil: '2030-01-31', version: quote.version + 1 });
  });

  it("finds nothing of another tenant's and needs sales:write", async () => {
    const quote = await draft();
    const theirs = (await b.data(UPDATE, { i: { id: quote.id, validUntil: '2031-01-01' } })).updateQuote;
    expect(codes(theirs)).toEqual(['NOT_FOUND']);
    expect(theirs.quote).toBeNull();
    const readOnly = await asKey(['sales:read'], UPDATE, { i: { id: quote.id, validUntil: '2031-01-01' } });
    expect(readOnly.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await readQuote(a, quote.id)).toMatchObject({ validUntil: '2030-01-31', version: quote.version });
  });
});

describe('updateOrder', () => {
  const ORDER = `order { id version status total { amount currency } lines { quantity unitPrice { amount } total { amount } } }`;
  const CREATE = `mutation($i: CreateOrderInput!) { createOrder(input: $i) { ${ORDER} userErrors { code } } }`;
  const UPDATE = `mutation($i: UpdateOrderInput!) { updateOrder(input: $i) { ${ORDER} userErrors { field code message } } }`;
  const READ = `query($id: ID!) { order(id: $id) { id version total { amount } lines { quantity } } }`;
  const readOrder = async (tenant: TestTenant, id: string) => (await tenant.data(READ, { id })).order;
  let customerId: string;
  let productId: string;
  const eur = (amount: string) => ({ amount, currency: 'EUR' });
  const draft = async () => {
    const { createOrder } = await a.data(CREATE, {
      i: { customerId, currency: 'EUR', lines: [{ productId, quantity: 1, unitPrice: eur('10.00') }] },
    });
    expect(createOrder.userErrors).toEqual([]);
    return createOrder.order;
  };

  beforeAll(async () => {
    customerId = await createCustomer(a, 'Order Corrections Ltd');
    productId = await createProduct(a, 'CORR-O1', 'Ordered widget');
  });

  it('replaces the lines re-priced as create prices them; the same correction writes nothing', async () => {
    const order = await draft();
    const i = { id: order.id, expectedVersion: order.version, lines: [{ productId, quantity: 4, unitPrice: eur('2.25') }] };
    const fixed = (await a.data(UPDATE, { i })).updateOrder;
    expect(fixed.userErrors).toEqual([]);
    expect(fixed.order).toMatchObject({
      status: 'DRAFT',
      total: eur('9.00'),
      lines: [{ quantity: 4, unitPrice: { amount: '2.25' }, total: { amount: '9.00' } }],
      version: order.version + 1,
    });
    const again = (await a.data(UPDATE, { i: { ...i, expectedVersion: undefined } })).updateOrder;
    expect(again.userErrors).toEqual([]);
    expect(again.order.version).toBe(order.version + 1);

    const stale = (
      await a.data(UPDATE, {
        i: { id: order.id, expectedVersion: order.version, lines: [{ productId, quantity: 9, unitPrice: eur('1.00') }] },
      })
    ).updateOrder;
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(await readOrder(a, order.id)).toMatchObject({ total: { amount: '9.00' }, version: order.version + 1 });
    expect(
      await overCap(a, UPDATE, { i: { id: order.id, lines: [{ productId: LONG, quantity: 1, unitPrice: eur('1.00') }] } }),
    ).toEqual(['OPERATION_LIMIT_EXCEEDED']);
    expect(codes((await a.data(UPDATE, { i: { id: order.id, currency: 'USD' } })).updateOrder)).toEqual(['INVALID']);
    expect(await readOrder(a, order.id)).toMatchObject({ total: { amount: '9.00' }, version: order.version + 1 });
  });

  it('corrects only a DRAFT order', async () => {
    const order = await draft();
    const confirmed = await a.data(`mutation($id: ID!) { confirmOrder(input: { id: $id }) { userErrors { code } } }`, {
      id: order.id,
    });
    expect(confirmed.confirmOrder.userErrors).toEqual([]);
    const refused = (await a.data(UPDATE, { i: { id: order.id, lines: [{ productId, quantity: 2, unitPrice: eur('1.00') }] } }))
      .updateOrder;
    expect(codes(refused)).toEqual(['ILLEGAL_TRANSITION']);
    expect(refused.userErrors[0].message).toContain('CONFIRMED');
    expect(await readOrder(a, order.id)).toMatchObject({ total: { amount: '10.00' }, lines: [{ quantity: 1 }] });
  });

  it("finds nothing of another tenant's and needs sales:write", async () => {
    const order = await draft();
    const change = { id: order.id, lines: [{ productId, quantity: 2, unitPrice: eur('1.00') }] };
    const theirs = (await b.data(UPDATE, { i: change })).updateOrder;
    expect(codes(theirs)).toEqual(['NOT_FOUND']);
    expect(theirs.order).toBeNull();
    const readOnly = await asKey(['sales:read'], UPDATE, { i: change });
    expect(readOnly.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await readOrder(a, order.id)).toMatchObject({ total: { amount: '10.00' }, version: order.version });
  });
});

describe('updateInvoice', () => {
  const INVOICE = `invoice { id version status dueDate pricesIncludeTax subtotal { amount } taxTotal { amount } total { amount } lines { description quantity net { amount } tax { amount } } }`;
  const UPDATE = `mutation($i: UpdateInvoiceInput!) { updateInvoice(input: $i) { ${INVOICE} userErrors { field code message } } }`;
  const READ = `query($id: ID!) { invoice(id: $id) { id version status dueDate total { amount } lines { description } } }`;
  const line = (description: string, amount: string, taxRate?: string) => ({
    description,
    quantity: 2,
    unitPrice: { amount, currency: 'EUR' },
    ...(taxRate && { taxRate }),
  });
  const draft = async (customer: string) =>
    (
      await a.data(
        `mutation($c: ID!, $l: [InvoiceLineInput!]!) { createInvoice(input: { customerId: $c, currency: "EUR", dueDate: "2030-01-31", lines: $l }) { ${INVOICE} userErrors { code } } }`,
        { c: customer, l: [line('Consulting', '100.00', '19')] },
      )
    ).createInvoice.invoice;

  it('corrects a DRAFT: lines re-totalled with tax, due date; the same again writes nothing; stale is a CONFLICT', async () => {
    const customer = await createCustomer(a, 'Invoice Corrections AG');
    const invoice = await draft(customer);
    expect(invoice.total.amount).toBe('238.00');
    const fixed = (
      await a.data(UPDATE, {
        i: {
          id: invoice.id,
          expectedVersion: invoice.version,
          dueDate: '2030-02-28',
          lines: [line('Consulting', '90.00', '19'), line('Travel', '10.00', '7')],
        },
      })
    ).updateInvoice;
    expect(fixed.userErrors).toEqual([]);
    expect(fixed.invoice).toMatchObject({
      status: 'DRAFT',
      dueDate: '2030-02-28',
      subtotal: { amount: '200.00' },
      taxTotal: { amount: '35.60' },
      total: { amount: '235.60' },
      version: invoice.version + 1,
    });
    expect(fixed.invoice.lines.map((l: any) => l.description)).toEqual(['Consulting', 'Travel']);
    // Prices including tax: the kept lines are totalled again (tax carved out of 200.00).
    const inclusive = (await a.data(UPDATE, { i: { id: invoice.id, pricesIncludeTax: true } })).updateInvoice;
    expect(inclusive.invoice).toMatchObject({
      pricesIncludeTax: true,
      total: { amount: '200.00' },
      version: invoice.version + 2,
    });
    const again = (await a.data(UPDATE, { i: { id: invoice.id, dueDate: '2030-02-28', pricesIncludeTax: true } })).updateInvoice;
    expect(again.userErrors).toEqual([]);
    expect(again.invoice.version).toBe(invoice.version + 2);

    const stale = (await a.data(UPDATE, { i: { id: invoice.id, expectedVersion: invoice.version, dueDate: '2031-01-01' } }))
      .updateInvoice;
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect((await a.data(READ, { id: invoice.id })).invoice).toMatchObject({
      dueDate: '2030-02-28',
      version: invoice.version + 2,
    });
    expect(codes((await a.data(UPDATE, { i: { id: invoice.id, lines: [] } })).updateInvoice)).toEqual(['REQUIRED']);
    expect(
      codes(
        (
          await a.data(UPDATE, {
            i: { id: invoice.id, lines: [{ ...line('X', '1.00'), unitPrice: { amount: '1.00', currency: 'USD' } }] },
          })
        ).updateInvoice,
      ),
    ).toEqual(['CURRENCY_MISMATCH']);
    expect(await overCap(a, UPDATE, { i: { id: invoice.id, lines: [line('x'.repeat(5_001), '1.00')] } })).toEqual([
      'OPERATION_LIMIT_EXCEEDED',
    ]);
    // (The invoice input has no 200-character field: a line's description is capped at 5,000 by the gateway.)
    expect((await a.data(READ, { id: invoice.id })).invoice.version).toBe(invoice.version + 2);
  });

  it('refuses an issued invoice, finds nothing of another tenant and needs finance:write', async () => {
    const customer = await createCustomer(a, 'Issued Invoices SA');
    const invoice = await draft(customer);
    const issued = await a.data(
      `mutation($id: ID!) { issueInvoice(input: { id: $id }) { invoice { version } userErrors { code } } }`,
      {
        id: invoice.id,
      },
    );
    expect(issued.issueInvoice.userErrors).toEqual([]);
    const refused = (await a.data(UPDATE, { i: { id: invoice.id, dueDate: '2031-01-01' } })).updateInvoice;
    expect(codes(refused)).toEqual(['ILLEGAL_TRANSITION']);
    expect(refused.userErrors[0].message).toContain('OPEN');
    const other = await draft(customer);
    const theirs = (await b.data(UPDATE, { i: { id: other.id, dueDate: '2031-01-01' } })).updateInvoice;
    expect(codes(theirs)).toEqual(['NOT_FOUND']);
    expect(theirs.invoice).toBeNull();
    const readOnly = await asKey(['finance:read'], UPDATE, { i: { id: other.id, dueDate: '2031-01-01' } });
    expect(readOnly.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await a.data(READ, { id: invoice.id })).invoice).toMatchObject({
      status: 'OPEN',
      dueDate: '2030-01-31',
      version: issued.issueInvoice.invoice.version,
    });
    expect((await a.data(READ, { id: other.id })).invoice).toMatchObject({ dueDate: '2030-01-31', version: other.version });
  });
});

describe('updateSupplierBill', () => {
  const BILL = `supplierBill { id version status supplierName dueDate net { amount } tax { amount } total { amount } lines { description quantity total { amount } } }`;
  const UPDATE = `mutation($i: UpdateSupplierBillInput!) { updateSupplierBill(input: $i) { ${BILL} userErrors { field code message } } }`;
  const READ = `query($id: ID!) { supplierBill(id: $id) { id version status supplierName dueDate total { amount } } }`;
  const line = (description: string, amount: string, taxRate?: string) => ({
    description,
    quantity: 3,
    unitCost: { amount, currency: 'EUR' },
    ...(taxRate && { taxRate }),
  });
  const draft = async () =>
    (
      await a.data(
        `mutation($l: [SupplierBillLineInput!]!) { createSupplierBill(input: { supplierId: "sup-corr", supplierName: "Acme Suplies", currency: "EUR", dueDate: "2030-01-31", lines: $l }) { ${BILL} userErrors { code } } }`,
        { l: [line('Paper', '10.00', '19')] },
      )
    ).createSupplierBill.supplierBill;

  it('corrects a DRAFT: name, due date, lines re-totalled with tax; the same again writes nothing; stale is a CONFLICT', async () => {
    const bill = await draft();
    expect(bill.total.amount).toBe('35.70');
    const fixed = (
      await a.data(UPDATE, {
        i: {
          id: bill.id,
          expectedVersion: bill.version,
          supplierName: ' Acme Supplies ',
          dueDate: '2030-03-31',
          lines: [line('Paper', '12.00', '19'), line('Toner', '5.00', '7')],
        },
      })
    ).updateSupplierBill;
    expect(fixed.userErrors).toEqual([]);
    expect(fixed.supplierBill).toMatchObject({
      status: 'DRAFT',
      supplierName: 'Acme Supplies',
      dueDate: '2030-03-31',
      net: { amount: '51.00' },
      tax: { amount: '7.89' },
      total: { amount: '58.89' },
      version: bill.version + 1,
    });
    const again = (await a.data(UPDATE, { i: { id: bill.id, supplierName: 'Acme Supplies', dueDate: '2030-03-31' } }))
      .updateSupplierBill;
    expect(again.userErrors).toEqual([]);
    expect(again.supplierBill.version).toBe(bill.version + 1);
    const stale = (await a.data(UPDATE, { i: { id: bill.id, expectedVersion: bill.version, supplierName: 'Stale' } }))
      .updateSupplierBill;
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(codes((await a.data(UPDATE, { i: { id: bill.id, supplierName: '  ' } })).updateSupplierBill)).toEqual(['REQUIRED']);
    expect(await overCap(a, UPDATE, { i: { id: bill.id, supplierName: LONG } })).toEqual(['OPERATION_LIMIT_EXCEEDED']);
    expect((await a.data(READ, { id: bill.id })).supplierBill).toMatchObject({
      supplierName: 'Acme Supplies',
      total: { amount: '58.89' },
      version: bill.version + 1,
    });
  });

  it('refuses an approved bill, finds nothing of another tenant and needs finance:write', async () => {
    const bill = await draft();
    const approved = await a.data(
      `mutation($id: ID!) { approveSupplierBill(input: { id: $id }) { supplierBill { version } userErrors { code } } }`,
      { id: bill.id },
    );
    expect(approved.approveSupplierBill.userErrors).toEqual([]);
    const refused = (await a.data(UPDATE, { i: { id: bill.id, dueDate: '2031-01-01' } })).updateSupplierBill;
    expect(codes(refused)).toEqual(['ILLEGAL_TRANSITION']);
    expect(refused.userErrors[0].message).toContain('OPEN');
    const other = await draft();
    const theirs = (await b.data(UPDATE, { i: { id: other.id, supplierName: 'Theirs' } })).updateSupplierBill;
    expect(codes(theirs)).toEqual(['NOT_FOUND']);
    expect(theirs.supplierBill).toBeNull();
    const readOnly = await asKey(['finance:read'], UPDATE, { i: { id: other.id, supplierName: 'Read only' } });
    expect(readOnly.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await a.data(READ, { id: bill.id })).supplierBill).toMatchObject({
      status: 'OPEN',
      dueDate: '2030-01-31',
      version: approved.approveSupplierBill.supplierBill.version,
    });
    expect((await a.data(READ, { id: other.id })).supplierBill).toMatchObject({
      supplierName: 'Acme Suplies',
      version: other.version,
    });
  });
});

describe('updatePipeline', () => {
  const PIPELINE = `pipeline { id version name stages(includeRetired: true) { name label probabilityBps kind retired } }`;
  const UPDATE = `mutation($i: UpdatePipelineInput!) { updatePipeline(input: $i) { ${PIPELINE} userErrors { field code message } } }`;
  const stage = (name: string, probabilityBps: number, kind = 'OPEN', label?: string) => ({
    name,
    probabilityBps,
    kind,
    ...(label && { label }),
  });
  const WON = stage('WON', 10000, 'WON');
  const LOST = stage('LOST', 0, 'LOST');

  async function pipelineWithDeal(tenant: TestTenant) {
    const { createPipeline } = await tenant.data(
      `mutation($s: [PipelineStageInput!]!) { createPipeline(input: { name: "Renewals", stages: $s }) { ${PIPELINE} userErrors { code } } }`,
      { s: [stage('CONTACTED', 1000), stage('QUOTED', 4000), WON, LOST] },
    );
    expect(createPipeline.userErrors).toEqual([]);
    const customerId = await createCustomer(tenant, 'Pipeline Customer');
    const { createDeal } = await tenant.data(
      `mutation($i: CreateDealInput!) { createDeal(input: $i) { deal { id stage } userErrors { code } } }`,
      {
        i: {
          name: 'Renewal 2027',
          customerId,
          pipelineId: createPipeline.pipeline.id,
          amount: { amount: '1000.00', currency: 'EUR' },
          expectedCloseDate: '2027-03-31',
        },
      },
    );
    expect(createDeal.deal.stage).toBe('CONTACTED');
    const moved = await tenant.data(
      `mutation($id: ID!) { moveDealStage(input: { id: $id, stage: "QUOTED" }) { userErrors { code } } }`,
      { id: createDeal.deal.id },
    );
    expect(moved.moveDealStage.userErrors).toEqual([]);
    return { pipeline: createPipeline.pipeline, dealId: createDeal.deal.id as string };
  }
  const DEAL = `query($id: ID!) { deal(id: $id) { stage probabilityBps stageHistory { from to } } }`;

  it('relabels, reprices, reorders, adds and retires stages; deals keep their stage and history', async () => {
    const { pipeline, dealId } = await pipelineWithDeal(a);
    const changed = (
      await a.data(UPDATE, {
        i: {
          id: pipeline.id,
          expectedVersion: pipeline.version,
          name: 'Renewals 2027',
          stages: [stage('DISCOVERY', 500, 'OPEN', 'Discovery call'), stage('QUOTED', 6000, 'OPEN', 'Quote sent'), WON, LOST],
        },
      })
    ).updatePipeline;
    expect(changed.userErrors).toEqual([]);
    expect(changed.pipeline).toMatchObject({ name: 'Renewals 2027', version: pipeline.version + 1 });
    expect(changed.pipeline.stages).toEqual([
      { name: 'DISCOVERY', label: 'Discovery call', probabilityBps: 500, kind: 'OPEN', retired: false },
      { name: 'QUOTED', label: 'Quote sent', probabilityBps: 6000, kind: 'OPEN', retired: false },
      { name: 'WON', label: 'WON', probabilityBps: 10000, kind: 'WON', retired: false },
      { name: 'LOST', label: 'LOST', probabilityBps: 0, kind: 'LOST', retired: false },
      { name: 'CONTACTED', label: 'CONTACTED', probabilityBps: 1000, kind: 'OPEN', retired: true },
    ]);
    // The deal stays where it was, at the stage's new probability, with its history intact.
    expect((await a.data(DEAL, { id: dealId })).deal).toEqual({
      stage: 'QUOTED',
      probabilityBps: 6000,
      stageHistory: [
        { from: null, to: 'CONTACTED' },
        { from: 'CONTACTED', to: 'QUOTED' },
      ],
    });
    // Lists and the board show active stages only; a retired stage takes no deal.
    const { pipeline: read, pipelineBoard } = await a.data(
      `query($id: ID!) { pipeline(id: $id) { stages { name } } pipelineBoard(pipelineId: $id) { columns { stage { name label } dealCount } } }`,
      { id: pipeline.id },
    );
    expect(read.stages.map((s: any) => s.name)).toEqual(['DISCOVERY', 'QUOTED', 'WON', 'LOST']);
    expect(pipelineBoard.columns).toEqual([
      { stage: { name: 'DISCOVERY', label: 'Discovery call' }, dealCount: 0 },
      { stage: { name: 'QUOTED', label: 'Quote sent' }, dealCount: 1 },
    ]);
    const back = await a.data(
      `mutation($id: ID!) { moveDealStage(input: { id: $id, stage: "CONTACTED" }) { userErrors { code message } } }`,
      {
        id: dealId,
      },
    );
    expect(back.moveDealStage.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', message: expect.stringMatching(/retired/) }),
    ]);
    const customerId = await createCustomer(a, 'Second Pipeline Customer');
    const { createDeal } = await a.data(`mutation($i: CreateDealInput!) { createDeal(input: $i) { deal { stage } } }`, {
      i: {
        name: 'New one',
        customerId,
        pipelineId: pipeline.id,
        amount: { amount: '10.00', currency: 'EUR' },
        expectedCloseDate: '2027-03-31',
      },
    });
    expect(createDeal.deal.stage).toBe('DISCOVERY');

    await settleEvents(platform);
    const events = await platform.subgraphs.sales.events.bus.recent(a.id, {
      limit: 5,
      type: 'sales.pipeline.updated',
      aggregateId: pipeline.id,
    });
    expect(events.map((l) => l.event.payload)).toEqual([
      expect.objectContaining({ name: 'Renewals 2027', added: ['DISCOVERY'], retired: ['CONTACTED'] }),
    ]);
  });

  it('refuses retiring a stage with open deals, changing a kind, dropping WON or LOST, a stale version and another tenant', async () => {
    const { pipeline } = await pipelineWithDeal(a);
    const refused = async (i: Record<string, unknown>, tenant = a) =>
      codes((await tenant.data(UPDATE, { i: { id: pipeline.id, ...i } })).updatePipeline);
    expect(await refused({ stages: [stage('CONTACTED', 1000), WON, LOST] })).toEqual(['ILLEGAL_TRANSITION']); // QUOTED holds the deal
    expect(
      await refused({
        stages: [stage('CONTACTED', 1000), stage('QUOTED', 4000), stage('WON', 0, 'LOST'), stage('LOST', 10000, 'WON')],
      }),
    ).toEqual([
      // kinds swapped
      'INVALID',
      'INVALID',
    ]);
    expect(await refused({ stages: [stage('CONTACTED', 1000), stage('QUOTED', 4000), WON] })).toEqual(['INVALID', 'INVALID']);
    expect(await refused({ stages: [stage('QUOTED', 4000, 'OPEN', ' '), WON, LOST] })).toEqual(['INVALID']);
    expect(await refused({ expectedVersion: pipeline.version - 1, name: 'Stale' })).toEqual(['CONFLICT']);
    expect(await refused({ name: 'Theirs' }, b)).toEqual(['NOT_FOUND']);
    expect(await overCap(a, UPDATE, { i: { id: pipeline.id, name: LONG } })).toEqual(['OPERATION_LIMIT_EXCEEDED']);
    const readOnly = await asKey(['sales:read'], UPDATE, { i: { id: pipeline.id, name: 'Reader' } });
    expect(readOnly.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { pipeline: after } = await a.data(`query($id: ID!) { ${PIPELINE.replace('pipeline {', 'pipeline(id: $id) {')} }`, {
      id: pipeline.id,
    });
    expect(after).toEqual(pipeline);
  });
});
