/**
 * Sales through the gateway: a deal's lifecycle on a real customer, the forecast reconciling with
 * the deals it counts, a quote becoming exactly one order under concurrent conversions, and order
 * confirmation putting `sales.order.confirmed` on the shared bus.
 */
import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '../../lib/events/envelope';
import { createApiKey } from '../../subgraphs/identity/services/api-keys';
import { createCustomer, createProduct } from '../helpers/fixtures';
import { startTestPlatform, type TestPlatform, type TestTenant } from '../helpers/platform';

describe('sales through the gateway', () => {
  let platform: TestPlatform;
  let a: TestTenant;
  let customerId: string;
  let productId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    a = platform.tenantA;
    customerId = await createCustomer(a, 'Pipeline Partners');
    productId = await createProduct(a, 'SL-1', 'Sales widget', '12.00');
  });
  afterAll(() => platform?.stop());

  const createDeal = async (tenant: TestTenant, input: Record<string, unknown>) => {
    const { createDeal } = await tenant.data(
      `mutation($i: CreateDealInput!) { createDeal(input: $i) { deal { id stage } userErrors { field code message } } }`,
      {
        i: { name: 'Deal', customerId, expectedCloseDate: '2030-02-10', amount: { amount: '100.00', currency: 'EUR' }, ...input },
      },
    );
    expect(createDeal.userErrors).toEqual([]);
    return createDeal.deal as { id: string; stage: string };
  };
  const move = (id: string, stage: string) =>
    a.data(
      `mutation($id: ID!, $s: String!) { moveDealStage(input: { id: $id, stage: $s }) { deal { stage } userErrors { code } } }`,
      { id, s: stage },
    );

  /** Events on the shared bus, read by a throwaway consumer group. */
  const busEvents = async (): Promise<EventEnvelope[]> =>
    (await platform.subgraphs.sales.events.bus.poll(`e2e-${randomUUID()}`, { limit: 1000 })).map((d) => d.event);
  async function eventually<T>(probe: () => Promise<T | undefined | false>): Promise<T> {
    for (let i = 0; i < 200; i++) {
      const v = await probe();
      if (v) return v;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('condition never met');
  }

  it('walks a deal through its stages to WON, visible from the customer with its federated fields', async () => {
    const deal = await createDeal(a, {
      name: 'Fleet renewal',
      lines: [{ productId, description: 'Widgets', quantity: 10, unitPrice: { amount: '12.00', currency: 'EUR' } }],
      amount: null,
    });
    expect(deal.stage).toBe('QUALIFICATION');
    expect((await move(deal.id, 'NEEDS_ANALYSIS')).moveDealStage.deal.stage).toBe('NEEDS_ANALYSIS');
    expect((await move(deal.id, 'NEGOTIATION')).moveDealStage.deal.stage).toBe('NEGOTIATION');
    const won = await a.data(`mutation($id: ID!) { winDeal(input: { id: $id }) { deal { status stage } userErrors { code } } }`, {
      id: deal.id,
    });
    expect(won.winDeal.deal).toEqual({ status: 'WON', stage: 'CLOSED_WON' });
    expect((await move(deal.id, 'PROPOSAL')).moveDealStage.userErrors).toEqual([{ code: 'ILLEGAL_TRANSITION' }]);
    const view = await a.data(
      `query($id: ID!, $c: ID!) {
        deal(id: $id) { name amount { amount currency } customer { id name } lines { product { id name } quantity total { amount } } stageHistory { from to } }
        customer(id: $c) { name deals(status: WON) { totalCount edges { node { id } } } } }`,
      { id: deal.id, c: customerId },
    );
    expect(view.deal).toMatchObject({
      name: 'Fleet renewal',
      amount: { amount: '120.00', currency: 'EUR' },
      customer: { id: customerId, name: 'Pipeline Partners' },
      lines: [{ product: { id: productId, name: 'Sales widget' }, quantity: 10, total: { amount: '120.00' } }],
    });
    expect(view.deal.stageHistory.map((h: { to: string }) => h.to)).toEqual([
      'QUALIFICATION',
      'NEEDS_ANALYSIS',
      'NEGOTIATION',
      'CLOSED_WON',
    ]);
    expect(view.customer.deals).toEqual({ totalCount: 1, edges: [{ node: { id: deal.id } }] });
    const won2 = await eventually(async () =>
      (await busEvents()).find((e) => e.type === 'sales.deal.won' && e.aggregateId === deal.id),
    );
    expect(won2.payload).toMatchObject({
      dealId: deal.id,
      customerId,
      amount: { minor: 12000, currency: 'EUR' },
      lines: [{ productId, description: 'Widgets', quantity: 10, unitPriceMinor: 1200 }],
    });
    // Tenant B sees none of it.
    expect((await platform.tenantB.data(`query($id: ID!) { deal(id: $id) { id } }`, { id: deal.id })).deal).toBeNull();
  });

  it('forecasts in the tenant currency; the figures add up to the deals they list', async () => {
    const specs: Array<[string, string, string | null, string]> = [
      ['1234.57', '2031-01-10', 'emp-1', 'PROPOSAL'],
      ['99.99', '2031-01-31', 'emp-2', 'NEGOTIATION'],
      ['10.01', '2031-02-01', null, 'QUALIFICATION'],
      ['777.77', '2031-03-15', 'emp-1', 'NEEDS_ANALYSIS'],
    ];
    for (const [amount, date, owner, stage] of specs) {
      const deal = await createDeal(a, { amount: { amount, currency: 'EUR' }, expectedCloseDate: date, ownerId: owner });
      if (stage !== 'QUALIFICATION') await move(deal.id, stage);
    }
    const cents = (s: string) => Number(s.replace('.', ''));
    for (const groupBy of ['MONTH', 'OWNER']) {
      const { forecast } = await a.data(
        `{ forecast(from: "2031-01-01", to: "2031-03-31", groupBy: ${groupBy}) { currency
            groups { key dealCount weighted { amount } pipeline { amount } commit { amount } bestCase { amount } deals { amount { amount } probabilityBps } }
            total { dealCount weighted { amount } pipeline { amount } commit { amount } bestCase { amount } } } }`,
      );
      expect(forecast.currency).toBe('EUR');
      expect(forecast.total.dealCount).toBe(4);
      const sumOf = (f: (g: any) => number) => forecast.groups.reduce((s: number, g: any) => s + f(g), 0);
      for (const g of forecast.groups) {
        // Half-up per deal, in integers: (amount x bps + 5000) div 10000 for non-negative amounts.
        const weighted = g.deals.reduce(
          (s: number, d: any) => s + Math.floor((cents(d.amount.amount) * d.probabilityBps + 5000) / 10000),
          0,
        );
        expect(cents(g.weighted.amount)).toBe(weighted);
        expect(cents(g.pipeline.amount)).toBe(g.deals.reduce((s: number, d: any) => s + cents(d.amount.amount), 0));
        expect(cents(g.commit.amount)).toBe(
          g.deals.filter((d: any) => d.probabilityBps >= 7500).reduce((s: number, d: any) => s + cents(d.amount.amount), 0),
        );
        expect(cents(g.bestCase.amount)).toBe(
          g.deals.filter((d: any) => d.probabilityBps >= 5000).reduce((s: number, d: any) => s + cents(d.amount.amount), 0),
        );
      }
      expect(cents(forecast.total.weighted.amount)).toBe(sumOf((g) => cents(g.weighted.amount)));
      expect(cents(forecast.total.pipeline.amount)).toBe(sumOf((g) => cents(g.pipeline.amount)));
      expect(forecast.total.pipeline.amount).toBe('2122.34');
      // 617.285 -> 617.29; 74.9925 -> 74.99; 1.001 -> 1.00; 155.554 -> 155.55
      expect(forecast.total.weighted.amount).toBe('848.83');
      if (groupBy === 'MONTH') expect(forecast.groups.map((g: any) => g.key)).toEqual(['2031-01', '2031-02', '2031-03']);
      else
        expect(forecast.groups.map((g: any) => [g.key, g.dealCount])).toEqual([
          ['UNASSIGNED', 1],
          ['emp-1', 2],
          ['emp-2', 1],
        ]);
    }
  });

  it('turns an accepted quote into exactly one order under concurrent conversions', async () => {
    const { createQuote } = await a.data(
      `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { quote { id total { amount } } userErrors { field code } } }`,
      {
        i: {
          customerId,
          currency: 'EUR',
          lines: [
            {
              productId,
              quantity: 4,
              unitPrice: { amount: '12.00', currency: 'EUR' },
              discountPercent: '5',
              taxRatePercent: '19',
            },
          ],
        },
      },
    );
    expect(createQuote.userErrors).toEqual([]);
    // 48.00 - 2.40 = 45.60; + 19 % = 8.664 -> 8.66; 54.26
    expect(createQuote.quote.total.amount).toBe('54.26');
    const id = createQuote.quote.id;
    for (const m of ['sendQuote', 'acceptQuote']) {
      expect(
        (await a.data(`mutation($id: ID!) { r: ${m}(input: { id: $id }) { userErrors { code } } }`, { id })).r.userErrors,
      ).toEqual([]);
    }
    const converts = await Promise.all(
      Array.from({ length: 8 }, () =>
        a.data(
          `mutation($id: ID!) { convertQuoteToOrder(input: { id: $id }) { order { id number total { amount } customer { name } } userErrors { code } } }`,
          { id },
        ),
      ),
    );
    const orders = converts.map((r) => r.convertQuoteToOrder.order);
    expect(new Set(orders.map((o) => `${o.id}/${o.number}`)).size).toBe(1);
    expect(orders[0]).toMatchObject({ total: { amount: '54.26' }, customer: { name: 'Pipeline Partners' } });
    const { customer } = await a.data(
      `query($c: ID!) { customer(id: $c) { orders { edges { node { id } } } quotes { totalCount edges { node { id status order { id } } } } } }`,
      { c: customerId },
    );
    expect(customer.orders.edges.filter((e: any) => e.node.id === orders[0].id)).toHaveLength(1);
    expect(customer.quotes.edges[0].node).toEqual({ id, status: 'ACCEPTED', order: { id: orders[0].id } });
  });

  it('puts sales.order.confirmed on the bus when an order is confirmed, and counts fulfilled orders in lifetimeValue', async () => {
    const other = await createCustomer(a, 'Lifetime Ltd');
    const { createOrder } = await a.data(
      `mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id number } userErrors { code } } }`,
      {
        i: {
          customerId: other,
          currency: 'EUR',
          lines: [{ productId, quantity: 3, unitPrice: { amount: '12.00', currency: 'EUR' } }],
        },
      },
    );
    const order = createOrder.order;
    const step = (m: string) =>
      a.data(`mutation($id: ID!) { r: ${m}(input: { id: $id }) { order { status } userErrors { code } } }`, { id: order.id });
    expect((await step('confirmOrder')).r.order.status).toBe('CONFIRMED');
    const confirmed = await eventually(async () =>
      (await busEvents()).find((e) => e.type === 'sales.order.confirmed' && e.aggregateId === order.id),
    );
    expect(confirmed).toMatchObject({
      tenantId: a.id,
      producer: 'sales',
      payload: {
        orderId: order.id,
        number: order.number,
        customerId: other,
        currency: 'EUR',
        lines: [{ productId, quantity: 3, unitPriceMinor: 1200 }],
      },
    });
    const before = await a.data(`query($c: ID!) { customer(id: $c) { lifetimeValue { amount currency } } }`, { c: other });
    expect(before.customer.lifetimeValue).toEqual({ amount: '0.00', currency: 'EUR' });
    expect((await step('fulfillOrder')).r.order.status).toBe('FULFILLED');
    const after = await a.data(`query($c: ID!) { customer(id: $c) { lifetimeValue { amount currency } } }`, { c: other });
    expect(after.customer.lifetimeValue).toEqual({ amount: '36.00', currency: 'EUR' });
  });

  it('shows a pipeline board whose columns add up to the forecast, one owner at a time if asked', async () => {
    const BOARD = `query($p: ID, $o: ID, $first: Int, $after: String) { pipelineBoard(pipelineId: $p, ownerId: $o) {
        pipeline { isDefault } ownerId dealCount amount { amount currency } weighted { amount }
        columns { stage { name probabilityBps } dealCount amount { amount } weighted { amount }
          deals(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id expectedCloseDate amount { amount } } } } } } }`;
    // Deals of another owner and a lost one: the owner's board leaves the first out, every board the second.
    const board = await createDeal(a, { name: 'Board A', ownerId: 'emp-9', expectedCloseDate: '2030-06-01' });
    await move(board.id, 'PROPOSAL');
    const early = await createDeal(a, {
      name: 'Board B',
      ownerId: 'emp-9',
      expectedCloseDate: '2030-03-01',
      amount: { amount: '0.05', currency: 'EUR' },
    });
    await move(early.id, 'PROPOSAL');
    const lost = await createDeal(a, { name: 'Board lost', ownerId: 'emp-9' });
    await a.data(`mutation($id: ID!) { loseDeal(input: { id: $id, reason: "price" }) { userErrors { code } } }`, { id: lost.id });

    const cents = (s: string) => Number(s.replace('.', ''));
    const all = (await a.data(BOARD, { first: 20 })).pipelineBoard;
    expect(all.pipeline.isDefault).toBe(true);
    expect(all.columns.map((c: any) => c.stage.name)).toEqual(['QUALIFICATION', 'NEEDS_ANALYSIS', 'PROPOSAL', 'NEGOTIATION']);
    for (const c of all.columns) {
      const deals = c.deals.edges.map((e: any) => e.node);
      expect(c.deals.totalCount).toBe(c.dealCount);
      expect(cents(c.amount.amount)).toBe(deals.reduce((s: number, d: any) => s + cents(d.amount.amount), 0));
      const weighted = deals.reduce(
        (s: number, d: any) => s + Math.floor((cents(d.amount.amount) * c.stage.probabilityBps + 5000) / 10000),
        0,
      );
      expect(cents(c.weighted.amount)).toBe(weighted);
      const dates = deals.map((d: any) => d.expectedCloseDate);
      expect(dates).toEqual([...dates].sort());
    }
    expect(all.columns.find((c: any) => c.stage.name === 'PROPOSAL').deals.edges.map((e: any) => e.node.id)).toEqual(
      expect.arrayContaining([early.id, board.id]),
    );
    expect(all.columns.flatMap((c: any) => c.deals.edges.map((e: any) => e.node.id))).not.toContain(lost.id);
    const total = (f: (c: any) => number) => all.columns.reduce((s: number, c: any) => s + f(c), 0);
    expect(all.dealCount).toBe(total((c) => c.dealCount));
    expect(cents(all.amount.amount)).toBe(total((c) => cents(c.amount.amount)));
    expect(cents(all.weighted.amount)).toBe(total((c) => cents(c.weighted.amount)));
    // Every open deal of this suite closes in 2030-2031: the forecast over those years counts the same deals.
    const { forecast } = await a.data(
      `{ forecast(from: "2030-01-01", to: "2031-12-31") { total { pipeline { amount } weighted { amount } deals(first: 100) { status } } } }`,
    );
    expect(forecast.total.deals.filter((d: any) => d.status === 'OPEN')).toHaveLength(all.dealCount);
    expect(forecast.total.pipeline.amount).toBe(all.amount.amount);
    expect(forecast.total.weighted.amount).toBe(all.weighted.amount);

    // One owner's board; a column paged one deal at a time, soonest close first.
    const mine = (await a.data(BOARD, { o: 'emp-9', first: 1 })).pipelineBoard;
    expect(mine.ownerId).toBe('emp-9');
    expect(mine.dealCount).toBe(2);
    expect(mine.amount.amount).toBe('100.05');
    const proposal = mine.columns.find((c: any) => c.stage.name === 'PROPOSAL');
    expect(proposal.deals.edges.map((e: any) => e.node.id)).toEqual([early.id]);
    expect(proposal.deals.pageInfo.hasNextPage).toBe(true);
    const next = (await a.data(BOARD, { o: 'emp-9', first: 1, after: proposal.deals.pageInfo.endCursor })).pipelineBoard;
    expect(next.columns.find((c: any) => c.stage.name === 'PROPOSAL').deals.edges.map((e: any) => e.node.id)).toEqual([board.id]);

    // Another pipeline's board, an unknown pipeline, another tenant, a caller without sales:read.
    expect((await a.data(BOARD, { p: '000000000000000000000000' })).pipelineBoard).toBeNull();
    const theirs = (await platform.tenantB.data(BOARD, {})).pipelineBoard;
    expect(theirs).toMatchObject({ dealCount: 0, amount: { amount: '0.00' } });
    expect(theirs.columns.every((c: any) => c.deals.totalCount === 0)).toBe(true);
    const theirsForOurOwner = (await platform.tenantB.data(BOARD, { o: 'emp-9', first: 20 })).pipelineBoard;
    expect(theirsForOurOwner).toMatchObject({ dealCount: 0, amount: { amount: '0.00' } });
    expect(JSON.stringify(theirsForOurOwner)).not.toMatch(new RegExp(`${early.id}|${board.id}`));
    const { key } = await createApiKey(platform.gateway.identity, a.id, 'hr only', undefined, ['hr:read']);
    const refused = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query: '{ pipelineBoard { dealCount } }' }),
    });
    const answer = (await refused.json()) as any;
    expect(answer.data?.pipelineBoard ?? null).toBeNull();
    expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('corrects an open deal, refuses a stale version, a closed deal and another tenant, and reopens a lost one', async () => {
    const DEAL = `deal { id name version status stage amount { amount } expectedCloseDate owner { id } lines { description total { amount } } stageHistory { to } }`;
    const UPDATE = `mutation($i: UpdateDealInput!) { updateDeal(input: $i) { ${DEAL} userErrors { field code message } } }`;
    const REOPEN = `mutation($i: ReopenDealInput!) { reopenDeal(input: $i) { ${DEAL} userErrors { field code message } } }`;
    const read = async (id: string) =>
      (await a.data(`query($id: ID!) { deal(id: $id) { name version amount { amount } expectedCloseDate } }`, { id })).deal;
    const deal = await createDeal(a, { name: 'Typo dael', expectedCloseDate: '2030-04-01' });
    const v0 = (await read(deal.id)).version;

    const fixed = (
      await a.data(UPDATE, {
        i: {
          id: deal.id,
          expectedVersion: v0,
          name: 'Typo deal',
          amount: { amount: '250.00', currency: 'EUR' },
          expectedCloseDate: '2030-05-15',
          ownerId: 'emp-7',
        },
      })
    ).updateDeal;
    expect(fixed.userErrors).toEqual([]);
    expect(fixed.deal).toMatchObject({
      name: 'Typo deal',
      amount: { amount: '250.00' },
      expectedCloseDate: '2030-05-15',
      version: v0 + 1,
    });
    const updated = await eventually(async () =>
      (await busEvents()).find((e) => e.type === 'sales.deal.updated' && e.aggregateId === deal.id),
    );
    expect(updated.payload).toMatchObject({
      changed: expect.arrayContaining(['name', 'amountMinor', 'expectedCloseDate', 'ownerId']),
      amount: { minor: 25000, currency: 'EUR' },
    });

    // A second editor who read version v0 is refused, and nothing changes.
    const stale = (await a.data(UPDATE, { i: { id: deal.id, expectedVersion: v0, name: 'Overwritten' } })).updateDeal;
    expect(stale).toMatchObject({ deal: null, userErrors: [{ field: ['input', 'expectedVersion'], code: 'CONFLICT' }] });
    expect(await read(deal.id)).toMatchObject({ name: 'Typo deal', version: v0 + 1 });

    // Lines replace the amount; an amount alone on a deal with lines, a wrong currency or a blank
    // name are refused with nothing changed.
    const lined = (
      await a.data(UPDATE, {
        i: { id: deal.id, lines: [{ description: 'Setup', quantity: 3, unitPrice: { amount: '40.00', currency: 'EUR' } }] },
      })
    ).updateDeal;
    expect(lined.deal).toMatchObject({
      amount: { amount: '120.00' },
      lines: [{ description: 'Setup', total: { amount: '120.00' } }],
    });
    const refusals: Array<[Record<string, unknown>, string]> = [
      [{ amount: { amount: '99.00', currency: 'EUR' } }, 'INVALID'],
      [{ lines: [], amount: { amount: '5.00', currency: 'USD' } }, 'CURRENCY_MISMATCH'],
      [{ name: '   ' }, 'REQUIRED'],
    ];
    for (const [change, code] of refusals) {
      const r = (await a.data(UPDATE, { i: { id: deal.id, ...change } })).updateDeal;
      expect([change, r.userErrors.map((e: any) => e.code)]).toEqual([change, [code]]);
    }
    // Over the input caps: refused by the gateway before it reaches sales.
    const long = await a.query(UPDATE, { i: { id: deal.id, name: 'x'.repeat(201) } });
    expect(long.errors?.[0].extensions?.code).toBe('OPERATION_LIMIT_EXCEEDED');
    expect(await read(deal.id)).toMatchObject({ name: 'Typo deal', amount: { amount: '120.00' }, version: v0 + 2 });
    // Nothing to change is no write.
    expect((await a.data(UPDATE, { i: { id: deal.id, name: 'Typo deal' } })).updateDeal.deal.version).toBe(v0 + 2);

    // Another tenant: not found, nothing changed.
    const theirs = (await platform.tenantB.data(UPDATE, { i: { id: deal.id, name: 'Stolen' } })).updateDeal;
    expect(theirs.userErrors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);
    expect((await platform.tenantB.data(REOPEN, { i: { id: deal.id } })).reopenDeal.userErrors.map((e: any) => e.code)).toEqual([
      'NOT_FOUND',
    ]);

    // Lost, then reopened in the first open stage with a new close date; a won deal stays won.
    await move(deal.id, 'PROPOSAL');
    await a.data(`mutation($id: ID!) { loseDeal(input: { id: $id, reason: "budget" }) { userErrors { code } } }`, {
      id: deal.id,
    });
    expect(
      (await a.data(UPDATE, { i: { id: deal.id, name: 'Edited while lost' } })).updateDeal.userErrors.map((e: any) => e.code),
    ).toEqual(['ILLEGAL_TRANSITION']);
    const reopened = (await a.data(REOPEN, { i: { id: deal.id, expectedCloseDate: '2030-09-30' } })).reopenDeal;
    expect(reopened.userErrors).toEqual([]);
    expect(reopened.deal).toMatchObject({ status: 'OPEN', stage: 'QUALIFICATION', expectedCloseDate: '2030-09-30' });
    expect(reopened.deal.stageHistory.map((h: any) => h.to).slice(-3)).toEqual(['PROPOSAL', 'CLOSED_LOST', 'QUALIFICATION']);
    await eventually(async () => (await busEvents()).find((e) => e.type === 'sales.deal.reopened' && e.aggregateId === deal.id));
    await a.data(`mutation($id: ID!) { winDeal(input: { id: $id }) { userErrors { code } } }`, { id: deal.id });
    expect((await a.data(REOPEN, { i: { id: deal.id } })).reopenDeal.userErrors.map((e: any) => e.code)).toEqual([
      'ILLEGAL_TRANSITION',
    ]);
    expect(
      (await a.data(UPDATE, { i: { id: deal.id, name: 'After the win' } })).updateDeal.userErrors.map((e: any) => e.code),
    ).toEqual(['ILLEGAL_TRANSITION']);
  });
});
