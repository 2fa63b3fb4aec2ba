import { findFilters } from '../helpers/db';
import { entitiesQuery, startSubgraph, type TestSubgraph } from '../helpers/subgraph';

describe('customers subgraph over HTTP', () => {
  let subgraph: TestSubgraph;
  const a = () => subgraph.as('tenant-a');
  const b = () => subgraph.as('tenant-b');
  const create = async (name: string, extra: Record<string, unknown> = {}) =>
    (
      await a().data(
        `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id name status } userErrors { field code message } } }`,
        { i: { name, kind: 'COMPANY', ...extra } },
      )
    ).createCustomer;

  beforeAll(async () => {
    subgraph = await startSubgraph('customers');
  });
  afterAll(() => subgraph?.stop());

  it('creates a customer with defaults and refuses invalid input without writing', async () => {
    const ok = await create('Umbrella Corp', { email: 'sales@umbrella.example' });
    expect(ok.userErrors).toEqual([]);
    expect(ok.customer).toMatchObject({ name: 'Umbrella Corp', status: 'LEAD' });

    const before = (await a().data(`{ customers { totalCount } }`)).customers.totalCount;
    const bad = await create('  ', { email: 'not-an-email', phone: 'call me' });
    expect(bad.customer).toBeNull();
    expect(bad.userErrors.map((e: { code: string; field: string[] }) => [e.code, e.field.join('.')])).toEqual([
      ['REQUIRED', 'input.name'],
      ['INVALID', 'input.email'],
      ['INVALID', 'input.phone'],
    ]);
    expect((await a().data(`{ customers { totalCount } }`)).customers.totalCount).toBe(before);
  });

  it('finds customers by word prefix of name, email and contact names, case-insensitively', async () => {
    const { customer } = await create('Wayne Enterprises', { email: 'info@wayne.example' });
    await a().data(
      `mutation($id: ID!) { addContact(input: { customerId: $id, name: "Lucius Fox", role: "CTO" }) { userErrors { message } } }`,
      { id: customer.id },
    );
    const search = async (term: string) =>
      (
        await a().data(`query($s: String) { customers(filter: { search: $s }) { edges { node { name } } } }`, { s: term })
      ).customers.edges.map((e: any) => e.node.name);
    expect(await search('ENTER')).toEqual(['Wayne Enterprises']);
    expect(await search('luc')).toEqual(['Wayne Enterprises']);
    expect(await search('wayne fox')).toEqual(['Wayne Enterprises']);
    expect(await search('info@wayne')).toEqual(['Wayne Enterprises']);
    expect(await search('.*')).toEqual([]);
    expect(await search('nobody')).toEqual([]);
  });

  it('pages newest first with cursors and a total count', async () => {
    const names = ['P1', 'P2', 'P3', 'P4', 'P5'];
    for (const name of names) await create(name, { status: 'PROSPECT' });
    const page = async (after?: string) =>
      (
        await a().data(
          `query($after: String) { customers(first: 2, after: $after, filter: { status: PROSPECT }) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        )
      ).customers;
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const p = await page(cursor);
      expect(p.totalCount).toBe(5);
      seen.push(...p.edges.map((e: any) => e.node.name));
      if (!p.pageInfo.hasNextPage) break;
      cursor = p.pageInfo.endCursor;
    }
    expect(seen).toEqual([...names].reverse());
    const tooMany = await a().query(`{ customers(first: 101) { totalCount } }`);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves _entities representations for its own tenant only', async () => {
    const { customer } = await create('Stark Industries');
    const query = entitiesQuery('Customer', 'name');
    const representations = [
      { __typename: 'Customer', id: customer.id },
      { __typename: 'Customer', id: 'not-an-id' },
    ];
    expect((await a().data(query, { representations }))._entities).toEqual([
      { __typename: 'Customer', id: customer.id, name: 'Stark Industries' },
      null,
    ]);
    expect((await b().data(query, { representations }))._entities).toEqual([null, null]);
  });

  it("never lets a tenant read or change another tenant's customer", async () => {
    const { customer } = await create('Cyberdyne Systems');
    expect((await b().data(`query($id: ID!) { customer(id: $id) { name } }`, { id: customer.id })).customer).toBeNull();
    expect((await b().data(`{ customers(filter: { search: "cyberdyne" }) { totalCount } }`)).customers.totalCount).toBe(0);
    const update = await b().data(
      `mutation($id: ID!) { updateCustomer(input: { id: $id, name: "Hijacked" }) { customer { id } userErrors { code } } }`,
      { id: customer.id },
    );
    expect(update.updateCustomer).toEqual({ customer: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const contact = await b().data(
      `mutation($id: ID!) { addContact(input: { customerId: $id, name: "Mole" }) { userErrors { code } } }`,
      { id: customer.id },
    );
    expect(contact.addContact.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect(
      (await a().data(`query($id: ID!) { customer(id: $id) { name contacts { name } } }`, { id: customer.id })).customer,
    ).toEqual({ name: 'Cyberdyne Systems', contacts: [] });
  });

  it('reads one customer by id with a filter on _id alone, and still only for its tenant', async () => {
    const { customer } = await create('Tyrell Corp');
    const read = `query($id: ID!) { customer(id: $id) { name } }`;
    const filters = await findFilters(
      subgraph.service.database.connection,
      async () => {
        expect((await a().data(read, { id: customer.id })).customer).toEqual({ name: 'Tyrell Corp' });
        expect((await b().data(read, { id: customer.id })).customer).toBeNull();
      },
      'customers',
    );
    // FerretDB answers only an exact _id from its primary key; {_id, tenantId} reads every tenant's customers.
    // (The outbox relay may also read the new customer by _id meanwhile: the same shape.)
    expect(filters.length).toBeGreaterThanOrEqual(2);
    for (const filter of filters) expect(Object.keys(filter)).toEqual(['_id']);
  });

  it('treats operator payloads in free-text arguments as plain text', async () => {
    const injected = await a().query(`query($s: String) { customers(filter: { search: $s }) { totalCount } }`, {
      s: '{"$ne": null}',
    });
    expect(injected.data?.customers.totalCount).toBe(0);
    const asObject = await a().query(`query($s: String) { customers(filter: { search: $s }) { totalCount } }`, {
      s: { $ne: null },
    });
    expect(asObject.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
