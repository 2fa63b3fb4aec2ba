/**
 * Closing the loop between sales, inventory and finance, end to end through the gateway with real
 * mutations: one invoice per sale under each invoicing policy (events redelivered and out of
 * order, finance stopped mid-flow), shipments posting cost of goods sold exactly once, and the
 * margin that follows from both.
 */
import { graphql } from '../helpers/graphql';
import { createCustomer, createProduct } from '../helpers/fixtures';
import {
  adjustStock,
  busEvents,
  createDealWithLine,
  createWarehouse,
  mutate,
  OPS,
  startSubgraphAgain,
  stopSubgraph,
  waitUntil,
} from '../helpers/flows';
import { startTestPlatform, type TestPlatform, type TestTenant } from '../helpers/platform';

jest.setTimeout(240_000);

const E = `userErrors { field code message }`;
const SETTINGS = `mutation($i: UpdateFinanceSettingsInput!) { r: updateFinanceSettings(input: $i) { settings { invoicingPolicy } ${E} } }`;
const QUOTE = `mutation($i: CreateQuoteInput!) { r: createQuote(input: $i) { quote { id } ${E} } }`;
const quoteMove = (name: string) => `mutation($id: ID!) { r: ${name}(input: { id: $id }) { quote { id status } ${E} } }`;
const CONVERT = `mutation($id: ID!) { r: convertQuoteToOrder(input: { id: $id }) { order { id deal { id } quote { id } } ${E} } }`;
const SALE = `query($c: ID!, $d: ID!, $o: ID!) {
  invoices(first: 20, filter: { customerId: $c }) { totalCount edges { node { id status total { amount } deal { id } order { id }
    lines { description quantity } } } }
  deal(id: $d) { invoice { id status } }
  order(id: $o) { invoice { id status } margin { revenue { amount currency } costOfGoodsSold { amount } grossMargin { amount } percent } }
}`;
const COGS = `query($p: String!) { journalEntries(first: 20, filter: { sourcePrefix: $p }) { totalCount edges { node { source lines { account { code } debit { amount } credit { amount } } } } } }`;

describe('one invoice per sale, cost of goods sold', () => {
  let platform: TestPlatform;
  let a: TestTenant;
  let main: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    a = platform.tenantA;
    main = await createWarehouse(a, 'MAIN');
    await mutate(a, `mutation($i: UpdateInventorySettingsInput!) { r: updateInventorySettings(input: $i) { ${E} } }`, {
      i: { defaultWarehouseId: main },
    });
  });
  afterAll(() => platform?.stop());

  /** A deal won, quoted, ordered and fulfilled; `at` sees the sale after each step. */
  async function sellThroughDeal(sku: string, at: { won?: () => Promise<void>; confirmed?: () => Promise<void> } = {}) {
    const customerId = await createCustomer(a, `Customer ${sku}`);
    const productId = await createProduct(a, sku, `Product ${sku}`, '150.00');
    await adjustStock(a, productId, main, 10); // 10 units at 1.00
    const dealId = await createDealWithLine(a, customerId, productId, `Deal ${sku}`);
    await mutate(a, OPS.win, { id: dealId });
    await at.won?.();
    const quote = await mutate(a, QUOTE, {
      i: {
        customerId,
        dealId,
        currency: 'EUR',
        lines: [{ productId, quantity: 2, unitPrice: { amount: '150.00', currency: 'EUR' }, taxRatePercent: '19' }],
      },
    });
    const quoteId = quote.quote.id;
    await mutate(a, quoteMove('sendQuote'), { id: quoteId });
    await mutate(a, quoteMove('acceptQuote'), { id: quoteId });
    const { order } = await mutate(a, CONVERT, { id: quoteId });
    expect(order).toMatchObject({ deal: { id: dealId }, quote: { id: quoteId } });
    await mutate(a, OPS.order('confirmOrder'), { id: order.id });
    await at.confirmed?.();
    await mutate(a, OPS.order('fulfillOrder'), { id: order.id });
    // The shipment's cost is posted after finance saw the fulfilment (bus order): then the sale is complete.
    const sale = await waitUntil(
      'the sale invoiced and its cost posted',
      () => a.data(SALE, { c: customerId, d: dealId, o: order.id }),
      (s: any) => s.order.margin?.costOfGoodsSold.amount === '2.00' && s.order.invoice?.status === 'OPEN',
    );
    return { customerId, productId, dealId, orderId: order.id, sale };
  }

  const invoiceStatusOf = async (customerId: string) =>
    (await a.data(OPS.invoicesOf, { c: customerId })).invoices.edges.map((e: any) => e.node.status);

  function expectOneInvoice(s: { customerId: string; dealId: string; orderId: string; sale: any }) {
    expect(s.sale.invoices.totalCount).toBe(1);
    const [invoice] = s.sale.invoices.edges.map((e: any) => e.node);
    // The order's lines (with its 19 % tax), on the invoice of the deal: one invoice for the sale.
    expect(invoice).toMatchObject({
      status: 'OPEN',
      total: { amount: '357.00' },
      deal: { id: s.dealId },
      order: { id: s.orderId },
      lines: [{ quantity: 2 }],
    });
    expect(s.sale.deal.invoice.id).toBe(invoice.id);
    expect(s.sale.order.invoice.id).toBe(invoice.id);
    expect(s.sale.order.margin).toEqual({
      revenue: { amount: '300.00', currency: 'EUR' },
      costOfGoodsSold: { amount: '2.00' },
      grossMargin: { amount: '298.00' },
      percent: '99.33',
    });
  }

  it('ON_ORDER_FULFILLED (the default): the deal drafts, the order fulfils into that draft; one invoice', async () => {
    expect((await a.data(`{ financeSettings { invoicingPolicy } }`)).financeSettings.invoicingPolicy).toBe('ON_ORDER_FULFILLED');
    let customer = '';
    const s = await sellThroughDeal('POL-F', {
      won: async () => {
        customer = (await a.data(`{ deals(first: 1) { edges { node { customer { id } } } } }`)).deals.edges[0].node.customer.id;
        await waitUntil(
          'the draft',
          () => invoiceStatusOf(customer),
          (st) => st.length === 1,
        );
        expect(await invoiceStatusOf(customer)).toEqual(['DRAFT']);
      },
      confirmed: async () => expect(await invoiceStatusOf(customer)).toEqual(['DRAFT']),
    });
    expectOneInvoice(s);
  });

  it('ON_ORDER_CONFIRMED: the draft is issued at confirmation with the order lines; fulfilment adds nothing', async () => {
    await mutate(a, SETTINGS, { i: { invoicingPolicy: 'ON_ORDER_CONFIRMED' } });
    let customerId = '';
    const s = await sellThroughDeal('POL-C', {
      won: async () => {
        customerId = (await a.data(`{ deals(first: 1) { edges { node { customer { id } } } } }`)).deals.edges[0].node.customer.id;
        await waitUntil(
          'the draft',
          () => invoiceStatusOf(customerId),
          (st) => st.length === 1,
        );
      },
      confirmed: async () => {
        await waitUntil(
          'the issue at confirmation',
          () => invoiceStatusOf(customerId),
          (st) => st[0] === 'OPEN',
        );
      },
    });
    expectOneInvoice(s);
  });

  it('ON_DEAL_WON: issued when won; the order of the deal is linked to it, never billed again', async () => {
    await mutate(a, SETTINGS, { i: { invoicingPolicy: 'ON_DEAL_WON' } });
    const customerId = await createCustomer(a, 'Won first');
    const productId = await createProduct(a, 'POL-W', 'Product POL-W', '150.00');
    await adjustStock(a, productId, main, 10);
    const dealId = await createDealWithLine(a, customerId, productId, 'Deal W');
    await mutate(a, OPS.win, { id: dealId });
    await waitUntil(
      'the issue at win',
      () => invoiceStatusOf(customerId),
      (st) => st[0] === 'OPEN',
    );
    const quote = await mutate(a, QUOTE, {
      i: {
        customerId,
        dealId,
        currency: 'EUR',
        lines: [{ productId, quantity: 2, unitPrice: { amount: '150.00', currency: 'EUR' } }],
      },
    });
    await mutate(a, quoteMove('sendQuote'), { id: quote.quote.id });
    await mutate(a, quoteMove('acceptQuote'), { id: quote.quote.id });
    const { order } = await mutate(a, CONVERT, { id: quote.quote.id });
    await mutate(a, OPS.order('confirmOrder'), { id: order.id });
    await mutate(a, OPS.order('fulfillOrder'), { id: order.id });
    const sale = await waitUntil(
      'the cost posted',
      () => a.data(SALE, { c: customerId, d: dealId, o: order.id }),
      (s: any) => s.order.margin?.costOfGoodsSold.amount === '2.00' && s.order.invoice !== null,
    );
    expect(sale.invoices.totalCount).toBe(1);
    expect(sale.invoices.edges[0].node).toMatchObject({
      status: 'OPEN',
      total: { amount: '300.00' },
      deal: { id: dealId },
      order: { id: order.id },
    });
    expect(sale.deal.invoice.id).toBe(sale.order.invoice.id);
    await mutate(a, SETTINGS, { i: { invoicingPolicy: 'ON_ORDER_FULFILLED' } });
  });

  it('events delivered twice and out of order, finance stopped mid-flow: still one invoice and one COGS posting per shipment', async () => {
    const finance = await stopSubgraph(platform, 'finance');
    const customerId = await createCustomer(a, 'Stopped finance');
    const productId = await createProduct(a, 'POL-X', 'Product POL-X', '150.00');
    await adjustStock(a, productId, main, 10);
    const dealId = await createDealWithLine(a, customerId, productId, 'Deal X');
    await mutate(a, OPS.win, { id: dealId });
    const quote = await mutate(a, QUOTE, {
      i: {
        customerId,
        dealId,
        currency: 'EUR',
        lines: [{ productId, quantity: 2, unitPrice: { amount: '150.00', currency: 'EUR' } }],
      },
    });
    await mutate(a, quoteMove('sendQuote'), { id: quote.quote.id });
    await mutate(a, quoteMove('acceptQuote'), { id: quote.quote.id });
    const { order } = await mutate(a, CONVERT, { id: quote.quote.id });
    await mutate(a, OPS.order('confirmOrder'), { id: order.id });
    await mutate(a, OPS.order('fulfillOrder'), { id: order.id });
    await waitUntil(
      'the shipment',
      () => a.data(OPS.reservation, { id: order.id }),
      (d: any) => d.orderReservation?.status === 'CONSUMED',
    );
    // Redelivered out of order while finance is down: fulfilled, then won, then confirmed again.
    const bus = platform.subgraphs.sales.events.bus;
    const ofSale = await busEvents(bus, (e) => e.aggregateId === dealId || e.aggregateId === order.id);
    const byType = (t: string) => ofSale.find((e) => e.type === t)!;
    for (const t of ['sales.order.fulfilled', 'sales.deal.won', 'sales.order.confirmed', 'sales.order.fulfilled'])
      await bus.publish(byType(t));
    const moved = await busEvents(bus, (e) => e.type === 'inventory.stock.moved' && e.payload.orderId === order.id);
    expect(moved).toHaveLength(1);
    await bus.publish(moved[0]);
    await startSubgraphAgain(platform, 'finance', finance);
    const sale = await waitUntil(
      'finance caught up',
      () => a.data(SALE, { c: customerId, d: dealId, o: order.id }),
      (s: any) => s.order.margin?.costOfGoodsSold.amount === '2.00' && s.order.invoice?.status === 'OPEN',
    );
    // A later sale proves the redeliveries were all consumed (one group, bus order).
    await sellThroughDeal('POL-MARK');
    const after = await a.data(SALE, { c: customerId, d: dealId, o: order.id });
    expect(after.invoices.totalCount).toBe(1);
    expect(after.invoices.edges[0].node.id).toBe(sale.order.invoice.id);
    const cogs = await a.data(COGS, { p: `cogs:order:${order.id}:` });
    expect(cogs.journalEntries.totalCount).toBe(1);
    expect(cogs.journalEntries.edges[0].node.lines).toEqual([
      { account: { code: '5000' }, debit: { amount: '2.00' }, credit: { amount: '0.00' } },
      { account: { code: '1200' }, debit: { amount: '0.00' }, credit: { amount: '2.00' } },
    ]);
    // The customer's margin is the order's; another tenant sees none of it.
    const viaCustomer = await a.data(
      `query($c: ID!) { customer(id: $c) { grossMargin { revenue { amount } costOfGoodsSold { amount } percent } } }`,
      {
        c: customerId,
      },
    );
    expect(viaCustomer.customer.grossMargin).toEqual([
      { revenue: { amount: '300.00' }, costOfGoodsSold: { amount: '2.00' }, percent: '99.33' },
    ]);
    expect((await platform.tenantB.data(`query($o: ID!) { order(id: $o) { id } }`, { o: order.id })).order).toBeNull();
    expect((await platform.tenantB.data(COGS, { p: `cogs:order:${order.id}:` })).journalEntries.totalCount).toBe(0);
  });

  it('settings: a typed error for a bad policy is impossible (enum), scopes are enforced', async () => {
    const viewerKey = (await a.data(`mutation { createApiKey(input: { name: "viewer", scopes: ["finance:read"] }) { key } }`))
      .createApiKey.key;
    const denied = await graphql(
      platform.gatewayUrl,
      SETTINGS,
      { i: { invoicingPolicy: 'ON_DEAL_WON' } },
      { 'x-api-key': viewerKey },
    );
    expect(denied.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const noRead = (await a.data(`mutation { createApiKey(input: { name: "crm", scopes: ["customers:read"] }) { key } }`))
      .createApiKey.key;
    const deniedRead = await graphql(
      platform.gatewayUrl,
      `
        {
          financeSettings {
            invoicingPolicy
          }
        }
      `,
      {},
      { 'x-api-key': noRead },
    );
    expect(deniedRead.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await platform.tenantB.data(`{ financeSettings { invoicingPolicy } }`)).financeSettings.invoicingPolicy).toBe(
      'ON_ORDER_FULFILLED',
    );
  });
});
