import { randomUUID } from 'node:crypto';
import { runWithTenant } from '../../lib/tenancy';
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

  it('sorts customer lists by name (ignoring case) or last activity, each customer once, ties in creation order', async () => {
    const tenant = `t-${randomUUID()}`;
    const as = () => subgraph.as(tenant);
    const ids: Record<string, string> = {};
    for (const [name, status] of [
      ['Delta', 'PROSPECT'],
      ['alpha', 'LEAD'],
      ['Charlie', 'PROSPECT'],
      ['bravo', 'PROSPECT'],
      ['Echo', 'LEAD'],
      ['echo', 'PROSPECT'],
    ]) {
      const r = (
        await as().data(
          `mutation($i: CreateCustomerInput!) { r: createCustomer(input: $i) { customer { id } userErrors { code } } }`,
          { i: { name, kind: 'COMPANY', status } },
        )
      ).r;
      expect(r.userErrors).toEqual([]);
      ids[name] = r.customer.id;
    }
    const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
    const log = async (name: string, occurredAt: string) =>
      expect(
        (
          await as().data(`mutation($i: LogInteractionInput!) { r: logInteraction(input: $i) { userErrors { code } } }`, {
            i: { customerId: ids[name], kind: 'CALL', subject: 'Catch-up', occurredAt },
          })
        ).r.userErrors,
      ).toEqual([]);
    await log('Charlie', daysAgo(3));
    await log('alpha', daysAgo(1));
    await log('Echo', daysAgo(2));
    await log('alpha', daysAgo(5)); // logged later, happened earlier: the last activity stays a day ago

    const walk = async (sort: string, filter?: Record<string, unknown>) => {
      const names: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = (
          await as().data(
            `query($sort: CustomerSort, $after: String, $filter: CustomerFilter) { customers(first: 2, after: $after, sort: $sort, filter: $filter) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`,
            { sort, after, filter },
          )
        ).customers;
        names.push(...page.edges.map((e: any) => e.node.name));
        if (!page.pageInfo.hasNextPage) return names;
        after = page.pageInfo.endCursor;
      }
    };
    expect(await walk('NAME_ASC')).toEqual(['alpha', 'bravo', 'Charlie', 'Delta', 'Echo', 'echo']);
    expect(await walk('NAME_DESC')).toEqual(['echo', 'Echo', 'Delta', 'Charlie', 'bravo', 'alpha']);
    expect(await walk('LAST_ACTIVITY_DESC')).toEqual(['alpha', 'Echo', 'Charlie', 'echo', 'bravo', 'Delta']);
    expect(await walk('LAST_ACTIVITY_ASC')).toEqual(['Delta', 'bravo', 'echo', 'Charlie', 'Echo', 'alpha']);
    expect(await walk('OLDEST_FIRST')).toEqual(['Delta', 'alpha', 'Charlie', 'bravo', 'Echo', 'echo']);
    expect(await walk('NEWEST_FIRST')).toEqual(['echo', 'Echo', 'bravo', 'Charlie', 'alpha', 'Delta']);
    expect(await walk('NAME_ASC', { status: 'PROSPECT' })).toEqual(['bravo', 'Charlie', 'Delta', 'echo']);

    // A rename moves the customer in the name order.
    await as().data(`mutation($id: ID!) { updateCustomer(input: { id: $id, name: "  Aardvark" }) { userErrors { code } } }`, {
      id: ids.Delta,
    });
    expect(await walk('NAME_ASC')).toEqual(['Aardvark', 'alpha', 'bravo', 'Charlie', 'Echo', 'echo']);

    // A customer written before names had a sort key: listed once, as "no value" (first A to Z), until its next write.
    const { Customer } = subgraph.service.models as any;
    await runWithTenant(tenant, () => Customer.updateOne({ _id: ids.Charlie }, { $unset: { nameKey: 1 } }));
    expect(await walk('NAME_ASC')).toEqual(['Charlie', 'Aardvark', 'alpha', 'bravo', 'Echo', 'echo']);
    expect(await walk('NAME_DESC')).toEqual(['echo', 'Echo', 'bravo', 'alpha', 'Aardvark', 'Charlie']);
    await as().data(`mutation($id: ID!) { updateCustomer(input: { id: $id, tags: ["legacy"] }) { userErrors { code } } }`, {
      id: ids.Charlie,
    });
    expect(await walk('NAME_ASC')).toEqual(['Aardvark', 'alpha', 'bravo', 'Charlie', 'Echo', 'echo']);

    // A cursor of one sort is refused by another.
    const cursorOf = async (sort: string) =>
      (await as().data(`query($s: CustomerSort) { customers(first: 1, sort: $s) { pageInfo { endCursor } } }`, { s: sort }))
        .customers.pageInfo.endCursor;
    for (const [from, to] of [
      ['NAME_ASC', 'NEWEST_FIRST'],
      ['NEWEST_FIRST', 'LAST_ACTIVITY_DESC'],
      ['NAME_ASC', 'LAST_ACTIVITY_DESC'],
      ['NAME_ASC', 'NAME_DESC'],
    ]) {
      const wrong = await as().query(
        `query($a: String, $s: CustomerSort) { customers(first: 1, after: $a, sort: $s) { totalCount } }`,
        {
          a: await cursorOf(from),
          s: to,
        },
      );
      expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
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
