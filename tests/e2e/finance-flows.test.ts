import mongoose from 'mongoose';
import { domainEvent, type EventEnvelope } from '../../lib/events';
import { startTestPlatform, type TestPlatform, type TestTenant } from '../helpers/platform';
import { eur, eventually, expectBalanced, FINANCE, invoiceInput, TRIAL_BALANCE } from '../helpers/finance';

/** Finance's side of the event flows and its ledger, through the gateway. */
describe('finance event flows and ledger through the gateway', () => {
  let platform: TestPlatform;
  let a: TestTenant;
  let publish: (event: EventEnvelope) => Promise<unknown>;

  beforeAll(async () => {
    // Pages of 100 journal entries with their lines are priced about 4300 (lines at 20 each): over the default maximum.
    platform = await startTestPlatform({ gatewayLimits: { maxCost: 10_000, costBucketSize: 1_000_000 } });
    a = platform.tenantA;
    publish = (event) => platform.subgraphs.finance.events.bus.publish(event);
  });
  afterAll(() => platform.stop());

  /** The same event twice (bus redelivery) plus a different event about the same source. */
  async function deliverRepeatedly(event: EventEnvelope) {
    await publish(event);
    await publish(event);
    await publish({ ...event, id: new mongoose.Types.ObjectId().toString() });
  }

  /** Every event of `type` on the bus for tenant A (a fresh observer group reads from the start). */
  async function eventsOfType(type: string) {
    const deliveries = await platform.subgraphs.finance.events.bus.poll(`test-observer-${Math.random()}`, { limit: 10_000 });
    return deliveries.map((d) => d.event).filter((e) => e.type === type && e.tenantId === a.id);
  }

  const settle = () => new Promise((r) => setTimeout(r, 600)); // duplicates are consumed too

  it('drafts exactly one invoice per won deal', async () => {
    await deliverRepeatedly(
      domainEvent('sales.deal.won', {
        tenantId: a.id,
        aggregateId: 'deal-e2e',
        payload: {
          dealId: 'deal-e2e',
          customerId: 'cust-deal',
          amount: { minor: 20000, currency: 'EUR' },
          lines: [{ description: 'Licence', quantity: 2, unitPriceMinor: 10000 }],
        },
      }),
    );
    const query = `{ invoices(filter: { customerId: "cust-deal" }) { totalCount edges { node { status dealId total { amount } lines { description quantity } } } } }`;
    await eventually(async () => ((await a.data(query)).invoices.totalCount > 0 ? true : undefined));
    await settle();
    const { invoices } = await a.data(query);
    expect(invoices.totalCount).toBe(1);
    expect(invoices.edges[0].node).toEqual({
      status: 'DRAFT',
      dealId: 'deal-e2e',
      total: { amount: '200.00' },
      lines: [{ description: 'Licence', quantity: 2 }],
    });
    expect((await platform.tenantB.data(query)).invoices.totalCount).toBe(0);
  });

  it('issues exactly one invoice per fulfilled order, posts it and announces the status change', async () => {
    await deliverRepeatedly(
      domainEvent('sales.order.fulfilled', {
        tenantId: a.id,
        aggregateId: 'order-e2e',
        payload: {
          orderId: 'order-e2e',
          number: 'SO-000001',
          customerId: 'cust-order',
          currency: 'EUR',
          lines: [{ productId: 'p1', description: 'Widget', quantity: 3, unitPriceMinor: 1000, taxRateBps: 1900 }],
        },
      }),
    );
    const query = `{ invoices(filter: { customerId: "cust-order" }) { totalCount edges { node { id status orderId total { amount } } } } }`;
    await eventually(async () => ((await a.data(query)).invoices.totalCount > 0 ? true : undefined));
    await settle();
    const { invoices } = await a.data(query);
    expect(invoices.totalCount).toBe(1);
    const invoice = invoices.edges[0].node;
    expect(invoice).toMatchObject({ status: 'OPEN', orderId: 'order-e2e', total: { amount: '35.70' } });
    expect((await a.data(FINANCE.entries, { p: `invoice:${invoice.id}` })).journalEntries.totalCount).toBe(1);
    const changed = await eventually(async () => {
      const events = (await eventsOfType('finance.invoice.statusChanged')).filter(
        (e) => (e.payload as any).invoiceId === invoice.id,
      );
      return events.length ? events : undefined;
    });
    expect(changed.map((e) => e.payload)).toEqual([
      expect.objectContaining({
        fromStatus: 'DRAFT',
        toStatus: 'OPEN',
        orderId: 'order-e2e',
        customerId: 'cust-order',
        total: { minor: 3570, currency: 'EUR' },
      }),
    ]);
  });

  it('creates exactly one supplier bill per purchase-order receipt', async () => {
    const received = (receiptId: string) =>
      domainEvent('inventory.purchaseOrder.received', {
        tenantId: a.id,
        aggregateId: 'po-1',
        payload: {
          purchaseOrderId: 'po-1',
          number: 'PO-000001',
          supplierId: 'sup-1',
          supplierName: 'Bolt & Nut',
          currency: 'EUR',
          receiptId,
          lines: [{ productId: 'p1', description: 'Bolts', quantity: 100, unitCostMinor: 25 }],
        },
      });
    await deliverRepeatedly(received('rcpt-1'));
    await deliverRepeatedly(received('rcpt-2'));
    const query = `{ supplierBills(filter: { supplierId: "sup-1" }) { totalCount edges { node { status receiptId purchaseOrderId total { amount } } } } }`;
    await eventually(async () => ((await a.data(query)).supplierBills.totalCount >= 2 ? true : undefined));
    await settle();
    const { supplierBills } = await a.data(query);
    expect(supplierBills.totalCount).toBe(2);
    expect(supplierBills.edges.map((e: any) => e.node.receiptId).sort()).toEqual(['rcpt-1', 'rcpt-2']);
    expect(supplierBills.edges[0].node).toMatchObject({ status: 'OPEN', purchaseOrderId: 'po-1', total: { amount: '25.00' } });
  });

  it('posts exactly one balanced payroll entry per payroll run', async () => {
    await deliverRepeatedly(
      domainEvent('hr.payroll.posted', {
        tenantId: a.id,
        aggregateId: 'run-1',
        payload: {
          payrollRunId: 'run-1',
          period: '2026-05',
          currency: 'EUR',
          grossMinor: 1_000_000,
          employeeDeductionsMinor: 300_000,
          employerContributionsMinor: 200_000,
          netMinor: 700_000,
        },
      }),
    );
    await eventually(async () =>
      (await a.data(FINANCE.entries, { p: 'payroll:run-1' })).journalEntries.totalCount ? true : undefined,
    );
    await settle();
    const { journalEntries } = await a.data(FINANCE.entries, { p: 'payroll:' });
    expect(journalEntries.totalCount).toBe(1);
    expect(journalEntries.edges[0].node.lines.map((l: any) => [l.account.code, l.debit.amount, l.credit.amount])).toEqual([
      ['5100', '10000.00', '0.00'],
      ['5110', '2000.00', '0.00'],
      ['2200', '0.00', '7000.00'],
      ['2210', '0.00', '3000.00'],
      ['2220', '0.00', '2000.00'],
    ]);
    expectBalanced((await a.data(TRIAL_BALANCE)).trialBalance);
  });

  it('announces a received payment with the invoices it paid', async () => {
    const created = (await a.data(FINANCE.createInvoice, { i: invoiceInput('cust-pay', [{ unitPrice: eur('10.00') }]) })).r
      .invoice.id;
    await a.data(FINANCE.issue, { id: created });
    const paid = (
      await a.data(FINANCE.receive, {
        i: { customerId: 'cust-pay', amount: eur('15.00'), allocations: [{ invoiceId: created, amount: eur('10.00') }] },
      })
    ).r;
    const id = paid.payment.id;
    expect(
      (await a.data(`query($id: ID!) { payment(id: $id) { number allocations { invoice { status } } } }`, { id })).payment
        .allocations,
    ).toEqual([{ invoice: { status: 'PAID' } }]);
    const received = await eventually(async () => {
      const events = (await eventsOfType('finance.payment.received')).filter((e) => (e.payload as any).paymentId === id);
      return events.length ? events : undefined;
    });
    expect(received[0].payload).toEqual({
      paymentId: id,
      customerId: 'cust-pay',
      amount: { minor: 1500, currency: 'EUR' },
      invoiceIds: [created],
      // what the payment applied to each invoice (reporting's receivables follow it)
      allocations: [{ invoiceId: created, amountMinor: 1000 }],
    });
  });

  it('keeps the trial balance at zero after a random sequence of operations', async () => {
    // A small deterministic PRNG: a failure replays the same sequence.
    let seed = 20260527;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const t = platform.tenantB;
    const open: string[] = [];
    const drafts: string[] = [];
    const amount = () => `${1 + rand(500)}.${String(rand(100)).padStart(2, '0')}`;
    for (let step = 0; step < 40; step++) {
      const op = rand(7);
      if (op === 0 || drafts.length === 0) {
        const lines = Array.from({ length: 1 + rand(3) }, () => ({
          unitPrice: eur(amount()),
          quantity: 1 + rand(4),
          discount: ['0', '5', '12.5'][rand(3)],
          taxRate: ['0', '7', '19'][rand(3)],
        }));
        const r = (
          await t.data(FINANCE.createInvoice, { i: invoiceInput(`rc-${rand(3)}`, lines, { pricesIncludeTax: rand(2) === 1 }) })
        ).r;
        drafts.push(r.invoice.id);
      } else if (op === 1) {
        const id = drafts.splice(rand(drafts.length), 1)[0];
        if ((await t.data(FINANCE.issue, { id })).r.userErrors.length === 0) open.push(id);
      } else if (op === 2 && open.length) {
        const id = open[rand(open.length)];
        const due = (await t.data(`query($id: ID!) { invoice(id: $id) { customer { id } amountDue { amount } } }`, { id }))
          .invoice;
        if (due.amountDue.amount === '0.00') continue;
        const part = rand(2) ? due.amountDue.amount : (Number(due.amountDue.amount) / 2).toFixed(2);
        await t.data(FINANCE.receive, {
          i: {
            customerId: due.customer.id,
            amount: eur((Number(part) + rand(3)).toFixed(2)),
            allocations: [{ invoiceId: id, amount: eur(part) }],
          },
        });
      } else if (op === 3 && open.length) {
        await t.data(FINANCE.void, { id: open[rand(open.length)] }); // refused when money was received
      } else if (op === 4 && open.length) {
        await t.data(FINANCE.credit, { i: { invoiceId: open[rand(open.length)], amount: eur('1.00'), reason: 'Goodwill' } });
      } else if (op === 5) {
        const e = (
          await t.data(FINANCE.createExpense, {
            i: {
              submitterId: 'emp',
              category: 'Travel',
              amount: eur(amount()),
              taxRate: '19',
              amountIncludesTax: rand(2) === 1,
              expenseDate: '2026-05-01',
            },
          })
        ).r.expense.id;
        for (const s of ['submitExpense', 'approveExpense', 'postExpense'].slice(0, 1 + rand(3)))
          await t.data(FINANCE.expense(s), { id: e });
      } else {
        const bill = (
          await t.data(FINANCE.createBill, {
            i: {
              supplierId: 's',
              supplierName: 'S',
              currency: 'EUR',
              dueDate: '2030-01-01',
              lines: [{ description: 'x', quantity: 1 + rand(5), unitCost: eur(amount()), taxRate: '7' }],
            },
          })
        ).r.supplierBill;
        await t.data(FINANCE.bill('approveSupplierBill'), { id: bill.id });
        if (rand(2)) await t.data(FINANCE.payBill, { i: { billId: bill.id, amount: eur('1.00') } });
      }
      if (step % 10 === 9) expectBalanced((await t.data(TRIAL_BALANCE)).trialBalance);
    }
    const totals = expectBalanced((await t.data(TRIAL_BALANCE)).trialBalance);
    expect(totals.length).toBe(1);
    expect(Number(totals[0].debit.amount)).toBeGreaterThan(0);
    // And the balance sheet balances: assets = liabilities + equity (incl. current earnings).
    const bs = (await t.data(`{ balanceSheet { totalAssets { amount } totalLiabilities { amount } totalEquity { amount } } }`))
      .balanceSheet;
    const cents = (s: string) => Math.round(Number(s) * 100);
    expect(cents(bs.totalAssets.amount)).toBe(cents(bs.totalLiabilities.amount) + cents(bs.totalEquity.amount));
  });
});
