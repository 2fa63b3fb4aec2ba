/**
 * The sales subgraph over HTTP against the real database: pipelines, deals, leads, quotes,
 * forecasts, events in and out, tenant isolation and `_entities`.
 */
import { randomUUID } from 'node:crypto';
import { domainEvent } from '../../lib/events/catalog';
import type { EventEnvelope } from '../../lib/events/envelope';
import { entitiesQuery, startSubgraph, type TestSubgraph } from '../helpers/subgraph';

let sales: TestSubgraph;
beforeAll(async () => {
  sales = await startSubgraph('sales');
});
afterAll(() => sales?.stop());

const DEAL = `id name stage status probabilityBps amount { amount currency } customer { id } owner { id } lostReason
  stageHistory { from to by } pipeline { id name }`;

async function createDeal(tenant: string, input: Record<string, unknown>) {
  const res = await sales
    .as(tenant)
    .data(
      `mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { ${DEAL} } userErrors { field code message } } }`,
      {
        input: {
          name: 'Deal',
          customerId: 'c1',
          expectedCloseDate: '2030-01-15',
          amount: { amount: '100.00', currency: 'EUR' },
          ...input,
        },
      },
    );
  return res.createDeal;
}

/** Events the sales relay put on the bus so far, read by a throwaway consumer group. */
async function busEvents(type?: string): Promise<EventEnvelope[]> {
  const deliveries = await sales.service.events.bus.poll(`test-${randomUUID()}`, { limit: 1000 });
  return deliveries.map((d) => d.event).filter((e) => !type || e.type === type);
}

async function eventually<T>(probe: () => Promise<T | undefined | null | false>, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`never happened: ${what}`);
}

describe('deal lists sorted the way a rep works them', () => {
  it('pages through deals by amount or close date, each deal once, ties in creation order', async () => {
    const tenant = `t-${randomUUID()}`;
    const specs = [
      ['Small', '50.00', '2030-03-01'],
      ['Big', '900.00', '2030-01-10'],
      ['Mid A', '300.00', '2030-02-01'],
      ['Mid B', '300.00', '2030-01-10'],
      ['Tiny', '5.00', '2030-04-30'],
    ] as const;
    for (const [name, amount, expectedCloseDate] of specs) {
      expect((await createDeal(tenant, { name, amount: { amount, currency: 'EUR' }, expectedCloseDate })).userErrors).toEqual([]);
    }
    const walk = async (sort: string) => {
      const names: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = (
          await sales
            .as(tenant)
            .data(
              `query($sort: DealSort, $after: String) { deals(first: 2, after: $after, sort: $sort) { edges { node { name } } pageInfo { hasNextPage endCursor } } }`,
              {
                sort,
                after,
              },
            )
        ).deals;
        names.push(...page.edges.map((e: any) => e.node.name));
        if (!page.pageInfo.hasNextPage) return names;
        after = page.pageInfo.endCursor;
      }
    };
    expect(await walk('AMOUNT_DESC')).toEqual(['Big', 'Mid B', 'Mid A', 'Small', 'Tiny']);
    expect(await walk('AMOUNT_ASC')).toEqual(['Tiny', 'Small', 'Mid A', 'Mid B', 'Big']);
    expect(await walk('CLOSE_DATE_ASC')).toEqual(['Big', 'Mid B', 'Mid A', 'Small', 'Tiny']);
    expect(await walk('CLOSE_DATE_DESC')).toEqual(['Tiny', 'Small', 'Mid A', 'Mid B', 'Big']);
    expect(await walk('NEWEST_FIRST')).toEqual(['Tiny', 'Mid B', 'Mid A', 'Big', 'Small']);
    // A cursor of one sort is refused by another.
    const first = (await sales.as(tenant).data(`{ deals(first: 1, sort: AMOUNT_DESC) { pageInfo { endCursor } } }`)).deals
      .pageInfo.endCursor;
    const wrong = await sales
      .as(tenant)
      .query(`query($a: String) { deals(first: 1, after: $a, sort: NEWEST_FIRST) { totalCount } }`, { a: first });
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('pipelines', () => {
  it('creates the default pipeline once per tenant, even when first asked concurrently', async () => {
    const tenant = `t-${randomUUID()}`;
    const all = await Promise.all(
      Array.from({ length: 5 }, () =>
        sales.as(tenant).data(`{ pipelines { id isDefault currency stages { name probabilityBps kind } } }`),
      ),
    );
    const ids = new Set(all.map((r) => r.pipelines[0].id));
    expect(ids.size).toBe(1);
    expect(all[0].pipelines).toHaveLength(1);
    expect(all[0].pipelines[0]).toMatchObject({ isDefault: true, currency: 'EUR' });
    expect(all[0].pipelines[0].stages.map((s: { name: string; probabilityBps: number }) => [s.name, s.probabilityBps])).toEqual([
      ['QUALIFICATION', 1000],
      ['NEEDS_ANALYSIS', 2000],
      ['PROPOSAL', 5000],
      ['NEGOTIATION', 7500],
      ['CLOSED_WON', 10000],
      ['CLOSED_LOST', 0],
    ]);
    const other = await sales.as(`t-${randomUUID()}`).data(`{ pipelines { id } }`);
    expect(other.pipelines[0].id).not.toBe(all[0].pipelines[0].id);
  });

  it('sets the tenant currency of sales while the default pipeline is empty, then refuses', async () => {
    const tenant = `t-${randomUUID()}`;
    const set = (currency: string) =>
      sales
        .as(tenant)
        .data(
          `mutation($c: String!) { setSalesCurrency(input: { currency: $c }) { pipeline { currency } userErrors { field code } } }`,
          { c: currency },
        );
    expect((await set('XYZ')).setSalesCurrency.userErrors).toEqual([{ field: ['input', 'currency'], code: 'INVALID' }]);
    expect((await set('USD')).setSalesCurrency).toEqual({ pipeline: { currency: 'USD' }, userErrors: [] });
    const deal = await createDeal(tenant, { amount: { amount: '5.00', currency: 'USD' } });
    expect(deal.userErrors).toEqual([]);
    expect((await set('EUR')).setSalesCurrency.userErrors).toEqual([
      { field: ['input', 'currency'], code: 'ILLEGAL_TRANSITION' },
    ]);
    const lifetime = await sales.as(tenant).data(entitiesQuery('Customer', 'lifetimeValue { amount currency }'), {
      representations: [{ __typename: 'Customer', id: 'c1' }],
    });
    expect(lifetime._entities[0].lifetimeValue).toEqual({ amount: '0.00', currency: 'USD' });
  });

  it('creates a custom pipeline and refuses malformed stages', async () => {
    const create = (stages: unknown[]) =>
      sales
        .as('tenant-a')
        .data(
          `mutation($s: [PipelineStageInput!]!) { createPipeline(input: { name: "Renewals", stages: $s }) { pipeline { id name stages { name } } userErrors { field code } } }`,
          {
            s: stages,
          },
        );
    const bad = await create([
      { name: 'open', probabilityBps: 20000, kind: 'OPEN' },
      { name: 'WON', probabilityBps: 10000, kind: 'WON' },
    ]);
    expect(bad.createPipeline.pipeline).toBeNull();
    expect(bad.createPipeline.userErrors).toEqual(
      expect.arrayContaining([
        { field: ['input', 'stages', '0', 'name'], code: 'INVALID' },
        { field: ['input', 'stages', '0', 'probabilityBps'], code: 'INVALID' },
        { field: ['input', 'stages'], code: 'INVALID' },
      ]),
    );
    const good = await create([
      { name: 'RENEWAL_DUE', probabilityBps: 6000, kind: 'OPEN' },
      { name: 'RENEWED', probabilityBps: 10000, kind: 'WON' },
      { name: 'CHURNED', probabilityBps: 0, kind: 'LOST' },
    ]);
    expect(good.createPipeline.userErrors).toEqual([]);
    const deal = await createDeal('tenant-a', { pipelineId: good.createPipeline.pipeline.id });
    expect(deal.deal).toMatchObject({ stage: 'RENEWAL_DUE', probabilityBps: 6000, pipeline: { name: 'Renewals' } });
  });
});

describe('deals', () => {
  it('moves through stages with history, then is won; illegal moves are userErrors; events are published', async () => {
    const { deal } = await createDeal('tenant-a', { name: 'Big one', ownerId: 'emp-1' });
    expect(deal).toMatchObject({ stage: 'QUALIFICATION', status: 'OPEN', probabilityBps: 1000, owner: { id: 'emp-1' } });
    const move = (stage: string) =>
      sales
        .as('tenant-a')
        .data(
          `mutation($id: ID!, $s: String!) { moveDealStage(input: { id: $id, stage: $s }) { deal { ${DEAL} } userErrors { field code } } }`,
          {
            id: deal.id,
            s: stage,
          },
        );
    expect((await move('PROPOSAL')).moveDealStage.deal).toMatchObject({ stage: 'PROPOSAL', probabilityBps: 5000 });
    expect((await move('PROPOSAL')).moveDealStage).toEqual({
      deal: null,
      userErrors: [{ field: ['input', 'stage'], code: 'ILLEGAL_TRANSITION' }],
    });
    expect((await move('NOPE')).moveDealStage.userErrors).toEqual([{ field: ['input', 'stage'], code: 'INVALID' }]);
    expect((await move('CLOSED_WON')).moveDealStage.userErrors).toEqual([
      { field: ['input', 'stage'], code: 'ILLEGAL_TRANSITION' },
    ]);
    const won = await sales
      .as('tenant-a')
      .data(`mutation($id: ID!) { winDeal(input: { id: $id }) { deal { ${DEAL} closedAt } userErrors { code } } }`, {
        id: deal.id,
      });
    expect(won.winDeal.deal).toMatchObject({ status: 'WON', stage: 'CLOSED_WON' });
    expect(won.winDeal.deal.stageHistory.map((h: { from: string; to: string }) => [h.from, h.to])).toEqual([
      [null, 'QUALIFICATION'],
      ['QUALIFICATION', 'PROPOSAL'],
      ['PROPOSAL', 'CLOSED_WON'],
    ]);
    expect(won.winDeal.deal.stageHistory[1].by).toBe('test');
    const again = await sales
      .as('tenant-a')
      .data(`mutation($id: ID!) { loseDeal(input: { id: $id, reason: "price" }) { deal { id } userErrors { field code } } }`, {
        id: deal.id,
      });
    expect(again.loseDeal).toEqual({ deal: null, userErrors: [{ field: ['input', 'id'], code: 'ILLEGAL_TRANSITION' }] });
    expect((await move('NEGOTIATION')).moveDealStage.userErrors[0].code).toBe('ILLEGAL_TRANSITION');

    const events = await eventually(async () => {
      const all = (await busEvents()).filter((e) => e.aggregateId === deal.id);
      return all.length >= 3 && all;
    }, 'deal events relayed');
    expect(events.map((e) => e.type)).toEqual(['sales.deal.stageChanged', 'sales.deal.stageChanged', 'sales.deal.won']);
    expect(events[0].payload).toMatchObject({
      dealId: deal.id,
      pipelineId: deal.pipeline.id,
      fromStage: 'QUALIFICATION',
      toStage: 'PROPOSAL',
      amount: { minor: 10000, currency: 'EUR' },
    });
    expect(events[2].payload).toMatchObject({
      dealId: deal.id,
      customerId: 'c1',
      ownerId: 'emp-1',
      amount: { minor: 10000, currency: 'EUR' },
      lines: [{ description: 'Big one', quantity: 1, unitPriceMinor: 10000 }],
    });
  });

  it('loses a deal with a reason (required) and publishes sales.deal.lost', async () => {
    const { deal } = await createDeal('tenant-a', {
      lines: [{ productId: 'p1', description: 'Widget', quantity: 3, unitPrice: { amount: '2.50', currency: 'EUR' } }],
      amount: null,
    });
    expect(deal.amount).toEqual({ amount: '7.50', currency: 'EUR' });
    const lose = (reason: string) =>
      sales
        .as('tenant-a')
        .data(
          `mutation($id: ID!, $r: String!) { loseDeal(input: { id: $id, reason: $r }) { deal { status stage lostReason } userErrors { field code } } }`,
          {
            id: deal.id,
            r: reason,
          },
        );
    expect((await lose('  ')).loseDeal.userErrors).toEqual([{ field: ['input', 'reason'], code: 'REQUIRED' }]);
    expect((await lose('Too expensive')).loseDeal.deal).toEqual({
      status: 'LOST',
      stage: 'CLOSED_LOST',
      lostReason: 'Too expensive',
    });
    const lost = await eventually(
      async () => (await busEvents('sales.deal.lost')).find((e) => e.aggregateId === deal.id),
      'lost event',
    );
    expect(lost.payload).toEqual({ dealId: deal.id, customerId: 'c1', reason: 'Too expensive' });
  });

  it('validates a new deal and writes nothing on bad input', async () => {
    const tenant = `t-${randomUUID()}`;
    const bad = await createDeal(tenant, {
      name: '',
      amount: { amount: '1.00', currency: 'USD' },
      pipelineId: '000000000000000000000000',
    });
    expect(bad.deal).toBeNull();
    expect(bad.userErrors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
    const bad2 = await createDeal(tenant, { name: '', amount: { amount: '1.00', currency: 'USD' } });
    expect(bad2.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code])).toEqual([
      ['input.name', 'REQUIRED'],
      ['input.amount.currency', 'CURRENCY_MISMATCH'],
    ]);
    const bad3 = await createDeal(tenant, {
      amount: { amount: '9.00', currency: 'EUR' },
      lines: [{ description: 'x', quantity: 2, unitPrice: { amount: '1.00', currency: 'EUR' } }],
    });
    expect(bad3.userErrors).toEqual([expect.objectContaining({ field: ['input', 'amount'], code: 'INVALID' })]);
    expect((await sales.as(tenant).data(`{ deals { totalCount } }`)).deals.totalCount).toBe(0);
  });

  it('lists deals filtered by status, stage, owner and customer, in both orders, with cursors', async () => {
    const tenant = `t-${randomUUID()}`;
    const ids: string[] = [];
    for (const [owner, customer] of [
      ['o1', 'c1'],
      ['o2', 'c1'],
      ['o1', 'c2'],
    ]) {
      ids.push((await createDeal(tenant, { ownerId: owner, customerId: customer })).deal.id);
    }
    await sales
      .as(tenant)
      .data(`mutation($id: ID!) { moveDealStage(input: { id: $id, stage: "PROPOSAL" }) { userErrors { code } } }`, {
        id: ids[2],
      });
    const list = (args: string) =>
      sales
        .as(tenant)
        .data(`{ deals${args ? `(${args})` : ''} { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`);
    const nodes = (r: any) => r.deals.edges.map((e: any) => e.node.id);
    expect(nodes(await list(''))).toEqual([ids[2], ids[1], ids[0]]);
    expect(nodes(await list('sort: OLDEST_FIRST'))).toEqual(ids);
    expect(nodes(await list('filter: { ownerId: "o1" }'))).toEqual([ids[2], ids[0]]);
    expect(nodes(await list('filter: { customerId: "c1", status: OPEN }'))).toEqual([ids[1], ids[0]]);
    expect(nodes(await list('filter: { stage: "PROPOSAL" }'))).toEqual([ids[2]]);
    const page1 = await list('first: 2, sort: OLDEST_FIRST');
    expect(page1.deals).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const page2 = await list(`first: 2, sort: OLDEST_FIRST, after: "${page1.deals.pageInfo.endCursor}"`);
    expect(nodes(page2)).toEqual([ids[2]]);
  });

  it('keeps lastActivityAt from customers.interaction.logged (ignoring older events) and lists stalled deals', async () => {
    const tenant = `t-${randomUUID()}`;
    const { deal } = await createDeal(tenant, {});
    // Back-date the deal's last stage change so that it counts as stalled for 10 days.
    const old = new Date(Date.now() - 20 * 86_400_000);
    await sales.service.database.connection
      .collection('deals')
      .updateOne({ tenantId: tenant }, { $set: { stageChangedAt: old } });
    const stalled = async () => (await sales.as(tenant).data(`{ stalledDeals(days: 10) { id lastActivityAt } }`)).stalledDeals;
    expect((await stalled()).map((d: { id: string }) => d.id)).toEqual([deal.id]);

    const interaction = (occurredAt: string) =>
      domainEvent('customers.interaction.logged', {
        tenantId: tenant,
        aggregateId: randomUUID(),
        occurredAt: new Date(occurredAt),
        payload: { interactionId: randomUUID(), customerId: 'c1', kind: 'CALL', occurredAt, dealId: deal.id },
      });
    const recent = new Date(Date.now() - 2 * 86_400_000).toISOString();
    await sales.service.events.bus.publish(interaction(recent));
    await eventually(async () => (await stalled()).length === 0, 'deal no longer stalled');
    await sales.service.events.bus.publish(interaction(new Date(Date.now() - 15 * 86_400_000).toISOString())); // older: ignored
    await sales.service.events.bus.publish(interaction(recent)); // same instant again: no change either
    await new Promise((r) => setTimeout(r, 600));
    const current = await sales.as(tenant).data(`query($id: ID!) { deal(id: $id) { lastActivityAt } }`, { id: deal.id });
    expect(current.deal.lastActivityAt).toBe(recent);
    expect(await stalled()).toEqual([]);
    expect((await sales.as(tenant).query(`{ stalledDeals(days: 0) { id } }`)).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('leads', () => {
  it('converts a lead once: ids minted by sales, one deal, one sales.lead.converted event', async () => {
    const tenant = `t-${randomUUID()}`;
    const created = await sales
      .as(tenant)
      .data(
        `mutation { createLead(input: { companyName: "Acme", contactName: "Ada", email: "ada@acme.test", source: WEB, estimatedValue: { amount: "5000.00", currency: "EUR" }, ownerId: "emp-9" }) { lead { id status estimatedValue { amount } } userErrors { code } } }`,
      );
    const lead = created.createLead.lead;
    expect(lead).toMatchObject({ status: 'NEW', estimatedValue: { amount: '5000.00' } });
    const convert = () =>
      sales
        .as(tenant)
        .data(
          `mutation($id: ID!) { convertLead(input: { id: $id, expectedCloseDate: "2030-06-30" }) { lead { status customer { id } contactId deal { id } } deal { id name status stage amount { amount } customer { id } owner { id } } userErrors { code } } }`,
          { id: lead.id },
        );
    const results = await Promise.all([convert(), convert(), convert()]);
    const first = results[0].convertLead;
    expect(first.userErrors).toEqual([]);
    expect(first.deal).toMatchObject({
      name: 'Acme',
      status: 'OPEN',
      stage: 'QUALIFICATION',
      amount: { amount: '5000.00' },
      owner: { id: 'emp-9' },
    });
    expect(first.lead.status).toBe('CONVERTED');
    expect(first.lead.customer.id).toMatch(/^[0-9a-f]{24}$/);
    expect(first.deal.customer.id).toBe(first.lead.customer.id);
    for (const r of results) expect(r.convertLead.deal.id).toBe(first.deal.id);
    expect((await convert()).convertLead.deal.id).toBe(first.deal.id);
    expect((await sales.as(tenant).data(`{ deals { totalCount } }`)).deals.totalCount).toBe(1);

    const converted = await eventually(async () => {
      const mine = (await busEvents('sales.lead.converted')).filter((e) => e.tenantId === tenant);
      return mine.length > 0 && mine;
    }, 'converted event');
    await new Promise((r) => setTimeout(r, 400)); // a second event would have been relayed by now
    expect((await busEvents('sales.lead.converted')).filter((e) => e.tenantId === tenant)).toHaveLength(1);
    expect(converted[0].payload).toEqual({
      leadId: lead.id,
      customerId: first.lead.customer.id,
      customerName: 'Acme',
      email: 'ada@acme.test',
      contactName: 'Ada',
      contactId: first.lead.contactId,
      ownerId: 'emp-9',
      dealId: first.deal.id,
    });
  });

  it('follows the lead lifecycle and refuses illegal transitions and bad input', async () => {
    const tenant = `t-${randomUUID()}`;
    const bad = await sales
      .as(tenant)
      .data(
        `mutation { createLead(input: { companyName: "", email: "nope", source: EVENT, estimatedValue: { amount: "1.005", currency: "EUR" } }) { lead { id } userErrors { field code } } }`,
      );
    expect(bad.createLead.userErrors).toEqual([
      { field: ['input', 'companyName'], code: 'REQUIRED' },
      { field: ['input', 'email'], code: 'INVALID' },
      { field: ['input', 'estimatedValue', 'amount'], code: 'INVALID' },
    ]);
    const { createLead } = await sales
      .as(tenant)
      .data(
        `mutation { createLead(input: { companyName: "Beta", source: REFERRAL, estimatedValue: { amount: "10", currency: "EUR" } }) { lead { id } } }`,
      );
    const id = createLead.lead.id;
    const act = (m: string) =>
      sales.as(tenant).data(`mutation($id: ID!) { ${m}(input: { id: $id }) { lead { status } userErrors { code } } }`, { id });
    expect((await act('qualifyLead')).qualifyLead.lead.status).toBe('QUALIFIED');
    expect((await act('qualifyLead')).qualifyLead.userErrors).toEqual([{ code: 'ILLEGAL_TRANSITION' }]);
    expect((await act('disqualifyLead')).disqualifyLead.lead.status).toBe('DISQUALIFIED');
    const convert = await sales
      .as(tenant)
      .data(`mutation($id: ID!) { convertLead(input: { id: $id }) { deal { id } userErrors { code } } }`, { id });
    expect(convert.convertLead).toEqual({ deal: null, userErrors: [{ code: 'ILLEGAL_TRANSITION' }] });
    const list = await sales.as(tenant).data(`{ leads(filter: { status: DISQUALIFIED, source: REFERRAL }) { totalCount } }`);
    expect(list.leads.totalCount).toBe(1);
  });
});

describe('quotes', () => {
  const QUOTE = `id number status subtotal { amount } discount { amount } tax { amount } total { amount }
    lines { product { id } description unitPrice { amount } discountPercent taxRatePercent gross { amount } discount { amount } tax { amount } total { amount } }
    order { id number }`;
  const createQuote = (tenant: string, lines: unknown[]) =>
    sales
      .as(tenant)
      .data(
        `mutation($lines: [QuoteLineInput!]!) { createQuote(input: { customerId: "c1", currency: "EUR", lines: $lines }) { quote { ${QUOTE} } userErrors { field code message } } }`,
        {
          lines,
        },
      );

  it('defaults unit prices from inventory.product.upserted, or asks for an explicit price when unknown', async () => {
    const tenant = `t-${randomUUID()}`;
    const unknown = await createQuote(tenant, [{ productId: 'p-later', quantity: 1 }]);
    expect(unknown.createQuote.quote).toBeNull();
    expect(unknown.createQuote.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'lines', '0', 'unitPrice'], code: 'REQUIRED' }),
    ]);
    const upserted = (price: number, occurredAt: Date) =>
      domainEvent('inventory.product.upserted', {
        tenantId: tenant,
        aggregateId: 'p-later',
        occurredAt,
        payload: { productId: 'p-later', sku: 'SKU-1', name: 'Gadget', price: { minor: price, currency: 'EUR' } },
      });
    await sales.service.events.bus.publish(upserted(1999, new Date()));
    const quote = await eventually(
      async () => (await createQuote(tenant, [{ productId: 'p-later', quantity: 2 }])).createQuote.quote,
      'price known',
    );
    expect(quote.lines[0]).toMatchObject({ description: 'Gadget', unitPrice: { amount: '19.99' }, total: { amount: '39.98' } });
    await sales.service.events.bus.publish(upserted(1, new Date(Date.now() - 86_400_000))); // older: ignored
    await new Promise((r) => setTimeout(r, 600));
    const again = await createQuote(tenant, [
      { productId: 'p-later', quantity: 1 },
      { productId: 'p-later', quantity: 1, unitPrice: { amount: '5.00', currency: 'EUR' } },
    ]);
    expect(again.createQuote.quote.lines.map((l: any) => l.unitPrice.amount)).toEqual(['19.99', '5.00']);
  });

  it('prices discounts and taxes exactly, rounding half-up per line', async () => {
    const { createQuote: res } = await createQuote('tenant-a', [
      // 3 x 3.33 = 9.99; 12.5 % discount = 1.24875 -> 1.25; net 8.74; 19 % tax = 1.6606 -> 1.66; total 10.40
      {
        productId: 'p1',
        quantity: 3,
        unitPrice: { amount: '3.33', currency: 'EUR' },
        discountPercent: '12.5',
        taxRatePercent: '19',
      },
      // 1 x 0.05; 10 % discount = 0.005 -> 0.01 (half-up); net 0.04; 7 % tax = 0.0028 -> 0.00
      {
        productId: 'p2',
        quantity: 1,
        unitPrice: { amount: '0.05', currency: 'EUR' },
        discountPercent: '10',
        taxRatePercent: '7',
      },
    ]);
    expect(res.userErrors).toEqual([]);
    expect(
      res.quote.lines.map((l: any) => [
        l.gross.amount,
        l.discount.amount,
        l.tax.amount,
        l.total.amount,
        l.discountPercent,
        l.taxRatePercent,
      ]),
    ).toEqual([
      ['9.99', '1.25', '1.66', '10.40', '12.5', '19'],
      ['0.05', '0.01', '0.00', '0.04', '10', '7'],
    ]);
    expect(res.quote).toMatchObject({
      subtotal: { amount: '10.04' },
      discount: { amount: '1.26' },
      tax: { amount: '1.66' },
      total: { amount: '10.44' },
    });
    const bad = await createQuote('tenant-a', [
      {
        productId: 'p1',
        quantity: 0,
        unitPrice: { amount: '1.00', currency: 'USD' },
        discountPercent: '101',
        taxRatePercent: '1.234',
      },
    ]);
    expect(bad.createQuote.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([
      ['input.lines.0.quantity', 'INVALID'],
      ['input.lines.0.unitPrice', 'CURRENCY_MISMATCH'],
      ['input.lines.0.discountPercent', 'INVALID'],
      ['input.lines.0.taxRatePercent', 'INVALID'],
    ]);
  });

  it('follows DRAFT -> SENT -> ACCEPTED and converts to one order, even under concurrent calls', async () => {
    const tenant = `t-${randomUUID()}`;
    const { createQuote: res } = await createQuote(tenant, [
      {
        productId: 'p1',
        quantity: 2,
        unitPrice: { amount: '10.00', currency: 'EUR' },
        discountPercent: '10',
        taxRatePercent: '20',
      },
    ]);
    const id = res.quote.id;
    const act = (m: string) =>
      sales.as(tenant).data(`mutation($id: ID!) { ${m}(input: { id: $id }) { quote { status } userErrors { code } } }`, { id });
    const convert = () =>
      sales
        .as(tenant)
        .data(
          `mutation($id: ID!) { convertQuoteToOrder(input: { id: $id }) { order { id number status total { amount } lines { description discount { amount } tax { amount } total { amount } } } userErrors { code } } }`,
          { id },
        );
    expect((await convert()).convertQuoteToOrder).toEqual({ order: null, userErrors: [{ code: 'ILLEGAL_TRANSITION' }] });
    expect((await act('acceptQuote')).acceptQuote.userErrors).toEqual([{ code: 'ILLEGAL_TRANSITION' }]);
    expect((await act('sendQuote')).sendQuote.quote.status).toBe('SENT');
    expect((await act('sendQuote')).sendQuote.userErrors).toEqual([{ code: 'ILLEGAL_TRANSITION' }]);
    expect((await act('acceptQuote')).acceptQuote.quote.status).toBe('ACCEPTED');
    expect((await act('rejectQuote')).rejectQuote.userErrors).toEqual([{ code: 'ILLEGAL_TRANSITION' }]);
    const results = await Promise.all(Array.from({ length: 6 }, convert));
    const orders = results.map((r) => r.convertQuoteToOrder.order);
    expect(new Set(orders.map((o) => o.id)).size).toBe(1);
    expect(new Set(orders.map((o) => o.number)).size).toBe(1);
    // 2 x 10.00 = 20.00; -10 % = 18.00; +20 % tax = 21.60
    expect(orders[0]).toMatchObject({
      status: 'DRAFT',
      total: { amount: '21.60' },
      lines: [{ description: 'p1', discount: { amount: '2.00' }, tax: { amount: '3.60' }, total: { amount: '21.60' } }],
    });
    expect((await sales.as(tenant).data(`{ orders { totalCount } }`)).orders.totalCount).toBe(1);
    const quote = await sales.as(tenant).data(`query($id: ID!) { quote(id: $id) { order { id } } }`, { id });
    expect(quote.quote.order.id).toBe(orders[0].id);
    expect((await sales.as(tenant).data(`{ quotes(filter: { status: ACCEPTED }) { totalCount } }`)).quotes.totalCount).toBe(1);
  });
});

describe('orders emit their status events in the same write', () => {
  it('publishes sales.order.confirmed, then sales.order.fulfilled with catalog lines', async () => {
    const tenant = `t-${randomUUID()}`;
    await sales.service.events.bus.publish(
      domainEvent('inventory.product.upserted', {
        tenantId: tenant,
        aggregateId: 'p-named',
        payload: { productId: 'p-named', sku: 'SKU-N', name: 'Named product', price: { minor: 100, currency: 'EUR' } },
      }),
    );
    await eventually(async () => !(await createQuoteProbe(tenant)), 'product known');
    const { createOrder } = await sales
      .as(tenant)
      .data(
        `mutation { createOrder(input: { customerId: "c9", currency: "EUR", lines: [{ productId: "p-named", quantity: 2, unitPrice: { amount: "1.50", currency: "EUR" } }, { productId: "p-anon", quantity: 1, unitPrice: { amount: "3.00", currency: "EUR" } }] }) { order { id number } } }`,
      );
    const order = createOrder.order;
    const act = (m: string) =>
      sales
        .as(tenant)
        .data(`mutation($id: ID!) { ${m}(input: { id: $id }) { order { status } userErrors { code } } }`, { id: order.id });
    expect((await act('fulfillOrder')).fulfillOrder.userErrors).toEqual([{ code: 'ILLEGAL_TRANSITION' }]);
    expect((await act('confirmOrder')).confirmOrder.order.status).toBe('CONFIRMED');
    expect((await act('fulfillOrder')).fulfillOrder.order.status).toBe('FULFILLED');
    const events = await eventually(async () => {
      const all = (await busEvents()).filter((e) => e.aggregateId === order.id);
      return all.length >= 2 && all;
    }, 'order events');
    expect(events.map((e) => e.type)).toEqual(['sales.order.confirmed', 'sales.order.fulfilled']);
    expect(events[0].payload).toEqual({
      orderId: order.id,
      number: order.number,
      customerId: 'c9',
      currency: 'EUR',
      dealId: null, // an order made directly, not from a deal's quote: a sale of its own
      lines: [
        { productId: 'p-named', description: 'Named product', quantity: 2, unitPriceMinor: 150, discountBps: 0, taxRateBps: 0 },
        { productId: 'p-anon', description: 'p-anon', quantity: 1, unitPriceMinor: 300, discountBps: 0, taxRateBps: 0 },
      ],
    });
    const lifetime = await sales.as(tenant).data(entitiesQuery('Customer', 'lifetimeValue { amount currency }'), {
      representations: [
        { __typename: 'Customer', id: 'c9' },
        { __typename: 'Customer', id: 'c0' },
      ],
    });
    expect(lifetime._entities).toEqual([
      { __typename: 'Customer', id: 'c9', lifetimeValue: { amount: '6.00', currency: 'EUR' } },
      { __typename: 'Customer', id: 'c0', lifetimeValue: { amount: '0.00', currency: 'EUR' } },
    ]);
  });

  async function createQuoteProbe(tenant: string) {
    const res = await sales
      .as(tenant)
      .data(`{ quotes { totalCount } }`)
      .then(() =>
        sales
          .as(tenant)
          .query(
            `mutation { createQuote(input: { customerId: "probe", currency: "EUR", lines: [{ productId: "p-named", quantity: 1 }] }) { userErrors { code } } }`,
          ),
      );
    return res.data?.createQuote.userErrors.length;
  }
});

describe('forecast', () => {
  it('weights open deals by stage probability and reconciles with the deals it lists', async () => {
    const tenant = `t-${randomUUID()}`;
    const specs: Array<[string, string, string, string]> = [
      // amount, close date, owner, stage
      ['1000.01', '2030-03-05', 'o1', 'QUALIFICATION'],
      ['333.33', '2030-03-20', 'o2', 'PROPOSAL'],
      ['250.05', '2030-04-01', 'o1', 'NEGOTIATION'],
      ['99.99', '2030-04-30', 'o2', 'NEEDS_ANALYSIS'],
      ['5000.00', '2031-01-01', 'o1', 'PROPOSAL'], // outside the range
    ];
    for (const [amount, date, owner, stage] of specs) {
      const { deal } = await createDeal(tenant, { amount: { amount, currency: 'EUR' }, expectedCloseDate: date, ownerId: owner });
      if (stage !== 'QUALIFICATION') {
        await sales
          .as(tenant)
          .data(`mutation($id: ID!, $s: String!) { moveDealStage(input: { id: $id, stage: $s }) { userErrors { code } } }`, {
            id: deal.id,
            s: stage,
          });
      }
    }
    const q = (groupBy: string) =>
      sales.as(tenant).data(
        `{ forecast(from: "2030-01-01", to: "2030-12-31", groupBy: ${groupBy}) { currency excludedDealCount
           groups { key dealCount pipeline { amount } weighted { amount } bestCase { amount } commit { amount } won { amount } deals { amount { amount } probabilityBps status } }
           total { dealCount pipeline { amount } weighted { amount } bestCase { amount } commit { amount } } } }`,
      );
    const byMonth = (await q('MONTH')).forecast;
    expect(byMonth.groups.map((g: any) => g.key)).toEqual(['2030-03', '2030-04']);
    // Exact: 1000.01 x 10 % = 100.001 -> 100.00; 333.33 x 50 % = 166.665 -> 166.67; 250.05 x 75 % = 187.5375 -> 187.54; 99.99 x 20 % = 19.998 -> 20.00
    expect(byMonth.groups.map((g: any) => g.weighted.amount)).toEqual(['266.67', '207.54']);
    expect(byMonth.total).toEqual({
      dealCount: 4,
      pipeline: { amount: '1683.38' },
      weighted: { amount: '474.21' },
      bestCase: { amount: '583.38' },
      commit: { amount: '250.05' },
    });
    const cents = (s: string) => Math.round(Number(s) * 100); // test-side only, on 2-decimal strings
    for (const forecast of [byMonth, (await q('OWNER')).forecast]) {
      let weighted = 0;
      let pipeline = 0;
      for (const group of forecast.groups) {
        const groupWeighted = group.deals.reduce((s: number, d: any) => {
          const minor = cents(d.amount.amount) * d.probabilityBps;
          return s + Math.floor(minor / 10000) + (minor % 10000 >= 5000 ? 1 : 0);
        }, 0);
        expect(cents(group.weighted.amount)).toBe(groupWeighted);
        expect(cents(group.pipeline.amount)).toBe(group.deals.reduce((s: number, d: any) => s + cents(d.amount.amount), 0));
        weighted += groupWeighted;
        pipeline += cents(group.pipeline.amount);
      }
      expect(cents(forecast.total.weighted.amount)).toBe(weighted);
      expect(cents(forecast.total.pipeline.amount)).toBe(pipeline);
    }
    expect((await q('OWNER')).forecast.groups.map((g: any) => [g.key, g.dealCount])).toEqual([
      ['o1', 2],
      ['o2', 2],
    ]);
  });
});

describe('tenant isolation and entities', () => {
  it("resolves Deal and Quote representations only within the caller's tenant, and adds deals and quotes to Customer", async () => {
    const { deal } = await createDeal('tenant-iso-a', { customerId: 'cx' });
    const other = await createDeal('tenant-iso-b', { customerId: 'cx' });
    const reps = [
      { __typename: 'Deal', id: deal.id },
      { __typename: 'Deal', id: other.deal.id },
    ];
    const seen = await sales
      .as('tenant-iso-a')
      .data(entitiesQuery('Deal', 'name stage amount { amount }'), { representations: reps });
    expect(seen._entities).toEqual([
      { __typename: 'Deal', id: deal.id, name: 'Deal', stage: 'QUALIFICATION', amount: { amount: '100.00' } },
      null,
    ]);
    expect((await sales.as('tenant-iso-b').data(`query($id: ID!) { deal(id: $id) { id } }`, { id: deal.id })).deal).toBeNull();
    const customer = await sales
      .as('tenant-iso-a')
      .data(entitiesQuery('Customer', 'deals { totalCount edges { node { id } } } quotes { totalCount }'), {
        representations: [{ __typename: 'Customer', id: 'cx' }],
      });
    expect(customer._entities[0]).toMatchObject({
      deals: { totalCount: 1, edges: [{ node: { id: deal.id } }] },
      quotes: { totalCount: 0 },
    });
    const move = await sales
      .as('tenant-iso-b')
      .data(`mutation($id: ID!) { moveDealStage(input: { id: $id, stage: "PROPOSAL" }) { userErrors { code } } }`, {
        id: deal.id,
      });
    expect(move.moveDealStage.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
  });
});
