/**
 * The cross-domain flows end to end through the gateway: every step is a real mutation,
 * the producers' relays publish from their outboxes and the consumers react on the shared bus;
 * asynchronous effects are awaited with a bounded poll, never a fixed sleep.
 */
import { createCustomer, createOrder, createProduct } from '../helpers/fixtures';
import { adjustStock, busEvents, createDealWithLine, createWarehouse, mutate, OPS, waitUntil } from '../helpers/flows';
import { startTestPlatform, type TestPlatform, type TestTenant } from '../helpers/platform';

jest.setTimeout(180_000);

describe('cross-domain flows through the gateway', () => {
  let platform: TestPlatform;
  let a: TestTenant;
  let main: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    a = platform.tenantA;
    main = await createWarehouse(a, 'MAIN');
    await mutate(
      a,
      `mutation($i: UpdateInventorySettingsInput!) { r: updateInventorySettings(input: $i) { userErrors { field code message } } }`,
      {
        i: { defaultWarehouseId: main },
      },
    );
  });
  afterAll(() => platform?.stop());

  const invoicesOf = async (customerId: string) => (await a.data(OPS.invoicesOf, { c: customerId })).invoices;

  it('1. winDeal drafts exactly one invoice with the deal lines, however often the event is delivered; Deal.invoice resolves it', async () => {
    const customerId = await createCustomer(a, 'Won Ltd');
    const productId = await createProduct(a, 'FL1-P', 'Flow licence', '150.00');
    const dealId = await createDealWithLine(a, customerId, productId, 'Big deal');
    expect((await mutate(a, OPS.win, { id: dealId })).deal.status).toBe('WON');
    const { deal } = await waitUntil(
      'the drafted invoice',
      () => a.data(OPS.dealInvoice, { id: dealId }),
      (d: any) => d.deal.invoice !== null,
    );
    expect(deal.invoice).toMatchObject({
      status: 'DRAFT',
      dealId,
      customer: { id: customerId },
      total: { amount: '300.00', currency: 'EUR' },
      lines: [{ description: 'Big deal licence', quantity: 2 }],
    });
    // The real event, delivered again (twice): still one invoice. A later deal's invoice proves the
    // redeliveries were consumed (one consumer group, bus order).
    const [won] = await busEvents(
      platform.subgraphs.sales.events.bus,
      (e) => e.type === 'sales.deal.won' && e.aggregateId === dealId,
    );
    await platform.subgraphs.sales.events.bus.publish(won);
    await platform.subgraphs.sales.events.bus.publish(won);
    const marker = await createDealWithLine(a, customerId, productId, 'Marker deal');
    await mutate(a, OPS.win, { id: marker });
    await waitUntil(
      'the marker invoice',
      () => a.data(OPS.dealInvoice, { id: marker }),
      (d: any) => d.deal.invoice !== null,
    );
    const invoices = await invoicesOf(customerId);
    expect(invoices.totalCount).toBe(2);
    expect(invoices.edges.filter((e: any) => e.node.dealId === dealId)).toHaveLength(1);
    expect((await platform.tenantB.data(OPS.invoicesOf, { c: customerId })).invoices.totalCount).toBe(0);
  });

  it('2. confirmOrder reserves per line (backordering the rest), cancelOrder releases, fulfillOrder ships and finance issues the invoice', async () => {
    const customerId = await createCustomer(a, 'Orders GmbH');
    const p = await createProduct(a, 'FL2-P', 'Flow widget', '10.00');
    await adjustStock(a, p, main, 10);
    const avail = async () => (await a.data(OPS.availability, { id: p })).product.availability;

    const cancelled = await createOrder(a, customerId, [{ productId: p, quantity: 4, unitPrice: '10.00' }]);
    await mutate(a, OPS.order('confirmOrder'), { id: cancelled.id });
    await waitUntil(
      'the reservation',
      () => a.data(OPS.reservation, { id: cancelled.id }),
      (d: any) => d.orderReservation?.status === 'RESERVED',
    );
    expect(await avail()).toEqual({ onHand: 10, reserved: 4, available: 6 });
    await mutate(a, OPS.order('cancelOrder'), { id: cancelled.id });
    await waitUntil(
      'the release',
      () => a.data(OPS.reservation, { id: cancelled.id }),
      (d: any) => d.orderReservation?.status === 'RELEASED',
    );
    expect(await avail()).toEqual({ onHand: 10, reserved: 0, available: 10 });

    // 12 ordered, 10 in stock: 10 reserved, 2 backordered.
    const order = await createOrder(a, customerId, [{ productId: p, quantity: 12, unitPrice: '10.00' }]);
    await mutate(a, OPS.order('confirmOrder'), { id: order.id });
    const { orderReservation } = await waitUntil(
      'the reservation',
      () => a.data(OPS.reservation, { id: order.id }),
      (d: any) => d.orderReservation?.status === 'RESERVED',
    );
    expect(orderReservation.lines).toMatchObject([{ quantity: 12, backordered: 2 }]);
    await mutate(a, OPS.order('fulfillOrder'), { id: order.id });
    const shipments = await waitUntil(
      'the shipment',
      () =>
        a.data(
          `query($p: ID!) { stockMovements(filter: { productId: $p, type: SHIPMENT }) { edges { node { quantity reference onHandAfter } } } }`,
          { p },
        ),
      (d: any) => d.stockMovements.edges.length > 0,
    );
    expect(shipments.stockMovements.edges.map((e: any) => e.node.quantity)).toEqual([-10]);
    const issued = await waitUntil(
      'the issued invoice',
      () => invoicesOf(customerId),
      (i: any) => i.edges.length > 0,
    );
    expect(issued.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({ status: 'OPEN', orderId: order.id, total: { amount: '120.00' } }),
    ]);
    expect(await avail()).toMatchObject({ onHand: 0, reserved: 0 });
  });

  it('3. stock at its reorder point drafts one purchase order per level and emits stock.low; quotes and orders show availability', async () => {
    const customerId = await createCustomer(a, 'Reorder AG');
    const p = await createProduct(a, 'FL3-P', 'Reorder widget', '20.00');
    const levelId = await adjustStock(a, p, main, 12);
    const supplier = (
      await mutate(
        a,
        `mutation { r: createSupplier(input: { name: "Preferred Parts", currency: "EUR" }) { supplier { id } userErrors { field code message } } }`,
      )
    ).supplier.id;
    await mutate(
      a,
      `mutation($i: SetReorderPointInput!) { r: setReorderPoint(input: $i) { userErrors { field code message } } }`,
      {
        i: { productId: p, warehouseId: main, rule: { min: 5, reorderQuantity: 40, preferredSupplierId: supplier } },
      },
    );
    // Three confirmed orders of 3 take available 12 -> 9 -> 6 -> 3 (below 5), a fourth to 2.
    const orders = [];
    for (const quantity of [3, 3, 3, 1]) {
      const o = await createOrder(a, customerId, [{ productId: p, quantity, unitPrice: '20.00' }]);
      await mutate(a, OPS.order('confirmOrder'), { id: o.id });
      orders.push(o.id);
    }
    for (const id of orders)
      await waitUntil(
        'reserved',
        () => a.data(OPS.reservation, { id }),
        (d: any) => d.orderReservation?.status === 'RESERVED',
      );
    const lows = await waitUntil(
      'inventory.stock.low',
      () =>
        busEvents(
          platform.subgraphs.inventory.events.bus,
          (e) => e.type === 'inventory.stock.low' && (e.payload as any).productId === p,
        ),
      (events) => events.length > 0,
    );
    expect(lows).toHaveLength(1);
    expect(lows[0].payload).toMatchObject({ stockLevelId: levelId, warehouseId: main, reorderPoint: 5 });
    const drafts = await a.data(
      `query($s: ID!) { purchaseOrders(filter: { status: DRAFT, supplierId: $s }) { edges { node { id supplier { name } lines { quantity } suggestedFor { id } } } } }`,
      { s: supplier },
    );
    expect(drafts.purchaseOrders.edges.map((e: any) => e.node)).toEqual([
      {
        id: (lows[0].payload as any).purchaseOrderId,
        supplier: { name: 'Preferred Parts' },
        lines: [{ quantity: 40 }],
        suggestedFor: { id: levelId },
      },
    ]);
    // Sales sees inventory's availability on its quotes and orders (federated Product.availability).
    const { r: quote } = await a.data(
      `mutation($i: CreateQuoteInput!) { r: createQuote(input: $i) { quote { lines { product { availability { available } } } } userErrors { message } } }`,
      {
        i: {
          customerId,
          currency: 'EUR',
          lines: [{ productId: p, quantity: 1, unitPrice: { amount: '20.00', currency: 'EUR' } }],
        },
      },
    );
    expect(quote.quote.lines).toEqual([{ product: { availability: { available: 2 } } }]);
    const { order } = await a.data(
      `query($id: ID!) { order(id: $id) { lines { product { availability { onHand reserved available } } } } }`,
      { id: orders[0] },
    );
    expect(order.lines).toEqual([{ product: { availability: { onHand: 12, reserved: 10, available: 2 } } }]);
  });

  it('4. receiving a purchase order stocks up and finance records the supplier bill once per receipt', async () => {
    const p = await createProduct(a, 'FL4-P', 'Bought widget', '5.00');
    const supplier = (
      await mutate(
        a,
        `mutation { r: createSupplier(input: { name: "Bolt Supply", currency: "EUR" }) { supplier { id } userErrors { field code message } } }`,
      )
    ).supplier.id;
    const po = (
      await mutate(
        a,
        `mutation($i: CreatePurchaseOrderInput!) { r: createPurchaseOrder(input: $i) { purchaseOrder { id } userErrors { field code message } } }`,
        {
          i: {
            supplierId: supplier,
            warehouseId: main,
            lines: [{ productId: p, quantity: 30, unitCost: { amount: '2.50', currency: 'EUR' } }],
          },
        },
      )
    ).purchaseOrder.id;
    await mutate(a, `mutation($id: ID!) { r: orderPurchaseOrder(input: { id: $id }) { userErrors { field code message } } }`, {
      id: po,
    });
    const receive = `mutation($i: ReceivePurchaseOrderInput!) { r: receivePurchaseOrder(input: $i) { purchaseOrder { status } userErrors { field code message } } }`;
    await mutate(a, receive, { i: { id: po, lines: [{ line: 0, quantity: 30 }], idempotencyKey: 'fl4-rcpt' } });
    await mutate(a, receive, { i: { id: po, lines: [{ line: 0, quantity: 30 }], idempotencyKey: 'fl4-rcpt' } }); // a retried receipt
    expect((await a.data(OPS.availability, { id: p })).product.availability).toMatchObject({ onHand: 30, available: 30 });
    const BILLS = `query($s: ID!) { supplierBills(filter: { supplierId: $s }) { totalCount edges { node { status purchaseOrderId total { amount } } } } }`;
    const { supplierBills } = await waitUntil(
      'the supplier bill',
      () => a.data(BILLS, { s: supplier }),
      (d: any) => d.supplierBills.edges.length > 0, // the list itself, not the count read separately
    );
    expect(supplierBills.edges.map((e: any) => e.node)).toEqual([
      { status: 'OPEN', purchaseOrderId: po, total: { amount: '75.00' } },
    ]);
  });

  it("5. a payment updates the invoice status and the customer's balance, and the CRM timeline shows 'invoice paid'", async () => {
    const customerId = await createCustomer(a, 'Payer plc');
    const p = await createProduct(a, 'FL5-P', 'Paid licence', '150.00');
    const dealId = await createDealWithLine(a, customerId, p, 'Paid deal');
    await mutate(a, OPS.win, { id: dealId });
    const invoice = (
      await waitUntil(
        'the invoice',
        () => a.data(OPS.dealInvoice, { id: dealId }),
        (d: any) => d.deal.invoice !== null,
      )
    ).deal.invoice;
    await mutate(
      a,
      `mutation($id: ID!) { r: issueInvoice(input: { id: $id }) { invoice { id } userErrors { field code message } } }`,
      { id: invoice.id },
    );
    const BALANCE = `query($id: ID!) { customer(id: $id) { balance { receivable { amount } net { amount } } } }`;
    expect((await a.data(BALANCE, { id: customerId })).customer.balance).toEqual([
      { receivable: { amount: '300.00' }, net: { amount: '300.00' } },
    ]);
    const paid = await mutate(
      a,
      `mutation($i: RecordPaymentInput!) { r: recordPayment(input: $i) { invoice { status amountDue { amount } } userErrors { field code message } } }`,
      {
        i: { invoiceId: invoice.id, amount: { amount: '300.00', currency: 'EUR' }, idempotencyKey: 'fl5-pay' },
      },
    );
    expect(paid.invoice).toEqual({ status: 'PAID', amountDue: { amount: '0.00' } });
    expect((await a.data(BALANCE, { id: customerId })).customer.balance).toEqual([
      { receivable: { amount: '0.00' }, net: { amount: '0.00' } },
    ]);
    const TIMELINE = `query($id: ID!) { customer(id: $id) { timeline(first: 20) { edges { node { kind subject } } } } }`;
    const { customer } = await waitUntil(
      'the timeline entry',
      () => a.data(TIMELINE, { id: customerId }),
      (d: any) => d.customer.timeline.edges.some((e: any) => /paid/.test(e.node.subject)),
    );
    expect(customer.timeline.edges.filter((e: any) => /paid/.test(e.node.subject)).map((e: any) => e.node)).toEqual([
      { kind: 'SYSTEM', subject: expect.stringMatching(/^Invoice .+ paid$/) },
    ]);
  });

  it('6. posting payroll books one balanced journal entry and the trial balance stays at zero', async () => {
    const t = platform.tenantB;
    await mutate(
      t,
      `mutation($i: ConfigurePayrollInput!) { r: configurePayroll(input: $i) { userErrors { field code message } } }`,
      {
        i: {
          currency: 'EUR',
          deductions: [{ name: 'Income tax', rateBps: 2000 }],
          contributions: [{ name: 'Social', rateBps: 1000 }],
        },
      },
    );
    await mutate(t, `mutation($i: CreateEmployeeInput!) { r: createEmployee(input: $i) { userErrors { field code message } } }`, {
      i: {
        name: 'Pay Roll',
        email: 'pay@b.example',
        startDate: '2026-01-01',
        compensation: { amount: '60000.00', currency: 'EUR' },
      },
    });
    const run = (
      await mutate(
        t,
        `mutation { r: createPayrollRun(input: { period: "2026-10" }) { payrollRun { id } userErrors { field code message } } }`,
      )
    ).payrollRun.id;
    const move = (name: string) =>
      `mutation($id: ID!) { r: ${name}(input: { id: $id }) { payrollRun { status } userErrors { field code message } } }`;
    await mutate(t, move('approvePayrollRun'), { id: run });
    expect((await mutate(t, move('postPayrollRun'), { id: run })).payrollRun.status).toBe('POSTED');
    const ENTRIES = `{ journalEntries(filter: { sourcePrefix: "payroll:" }) { totalCount edges { node { lines { account { code } debit { amount } credit { amount } } } } } }`;
    const { journalEntries } = await waitUntil(
      'the payroll entry',
      () => t.data(ENTRIES),
      (d: any) => d.journalEntries.edges.length > 0,
    );
    expect(journalEntries.totalCount).toBe(1);
    const lines = journalEntries.edges[0].node.lines;
    const cents = (s: string) => Math.round(Number(s) * 100);
    const debit = lines.reduce((s: number, l: any) => s + cents(l.debit.amount), 0);
    expect(debit).toBe(lines.reduce((s: number, l: any) => s + cents(l.credit.amount), 0));
    expect(debit).toBe(500_000 + 50_000); // gross 5000.00 + employer 500.00
    const { trialBalance } = await t.data(`{ trialBalance { totals { debit { amount } credit { amount } } } }`);
    for (const total of trialBalance.totals) expect(total.debit.amount).toBe(total.credit.amount);
  });

  it('7. default automation rules: a deal moved to PROPOSAL gets a follow-up task in 3 days, an URGENT ticket goes to on-call', async () => {
    const customerId = await createCustomer(a, 'Automation SA');
    const p = await createProduct(a, 'FL7-P', 'Automated licence', '150.00');
    const dealId = await createDealWithLine(a, customerId, p, 'Automated deal', 'emp-owner-7');
    const before = Date.now();
    expect((await mutate(a, OPS.move, { id: dealId, s: 'PROPOSAL' })).deal.stage).toBe('PROPOSAL');
    const TASKS = `{ tasks(filter: { assigneeId: "emp-owner-7" }) { totalCount edges { node { title dueAt dealId customer { id } } } } }`;
    const { tasks } = await waitUntil(
      'the follow-up task',
      () => a.data(TASKS),
      (d: any) => d.tasks.edges.length > 0,
    );
    expect(tasks.edges.map((e: any) => e.node)).toEqual([
      { title: expect.any(String), dueAt: expect.any(String), dealId, customer: { id: customerId } },
    ]);
    const due = Date.parse(tasks.edges[0].node.dueAt) - before;
    expect(due).toBeGreaterThanOrEqual(3 * 86_400_000 - 60_000);
    expect(due).toBeLessThanOrEqual(3 * 86_400_000 + 60_000);

    await mutate(
      a,
      `mutation { r: updateCrmSettings(input: { onCallAgentId: "emp-oncall-7" }) { settings { onCallAgentId } userErrors { field code message } } }`,
    );
    const ticket = (
      await mutate(
        a,
        `mutation($i: CreateTicketInput!) { r: createTicket(input: $i) { ticket { id } userErrors { field code message } } }`,
        {
          i: { customerId, subject: 'Production down', priority: 'URGENT' },
        },
      )
    ).ticket.id;
    const { ticket: assigned } = await waitUntil(
      'the on-call assignment',
      () => a.data(`query($id: ID!) { ticket(id: $id) { assignee { id } } }`, { id: ticket }),
      (d: any) => d.ticket.assignee !== null,
    );
    expect(assigned.assignee).toEqual({ id: 'emp-oncall-7' });
  });
});
