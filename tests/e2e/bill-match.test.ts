/**
 * Three-way match of hand-entered supplier bills, through the gateway with real mutations: a bill
 * that names a purchase order is matched line by line against the order's price and the goods
 * received and not yet billed (tolerance per tenant); a mismatch is held (not approved, not paid)
 * until goods arrive or someone with `finance:approve` accepts the variance; approval clears goods
 * received not invoiced at the value received and posts the difference to the variance account.
 */
import { randomUUID } from 'node:crypto';
import { createProduct } from '../helpers/fixtures';
import { busEvents, createWarehouse, mutate, waitUntil } from '../helpers/flows';
import { graphql } from '../helpers/graphql';
import { startTestPlatform, type TestPlatform, type TestTenant } from '../helpers/platform';

jest.setTimeout(240_000);

const E = `userErrors { field code message }`;
const BILL_FIELDS = `id status purchaseOrderId match { status reasons { line code message } received { amount currency } tolerancePercent approvedBy approvalReason }`;
const CREATE = `mutation($i: CreateSupplierBillInput!) { createSupplierBill(input: $i) { supplierBill { ${BILL_FIELDS} } ${E} } }`;
const MATCH = `mutation($id: ID!) { matchSupplierBill(input: { id: $id }) { supplierBill { ${BILL_FIELDS} } ${E} } }`;
const APPROVE = `mutation($id: ID!) { approveSupplierBill(input: { id: $id }) { supplierBill { id status } ${E} } }`;
const VARIANCE = `mutation($i: ApproveSupplierBillVarianceInput!) { approveSupplierBillVariance(input: $i) { supplierBill { ${BILL_FIELDS} } ${E} } }`;
const PAY = `mutation($i: PaySupplierBillInput!) { paySupplierBill(input: $i) { supplierBill { id status amountDue { amount } } ${E} } }`;
const POSTING = `query($p: String!) { journalEntries(first: 5, filter: { sourcePrefix: $p }) { totalCount edges { node { lines { account { code } debit { amount } credit { amount } } } } } }`;
const SETTINGS = `mutation($i: UpdateFinanceSettingsInput!) { r: updateFinanceSettings(input: $i) { settings { autoBillReceipts billMatchTolerancePercent } ${E} } }`;
const RECEIVE = `mutation($i: ReceivePurchaseOrderInput!) { r: receivePurchaseOrder(input: $i) { purchaseOrder { status } ${E} } }`;

const eur = (amount: string) => ({ amount, currency: 'EUR' });

describe('three-way match of hand-entered supplier bills', () => {
  let platform: TestPlatform;
  let a: TestTenant;

  beforeAll(async () => {
    platform = await startTestPlatform({ gatewayLimits: { costBucketSize: 1_000_000 } });
    a = platform.tenantA;
  });
  afterAll(() => platform?.stop());

  it('matches, holds, releases on receipt or approved variance, and posts the variance', async () => {
    expect((await mutate(a, SETTINGS, { i: { billMatchTolerancePercent: 'two' } }).catch((e) => String(e))) as string).toMatch(
      /billMatchTolerancePercent/,
    );
    expect(await mutate(a, SETTINGS, { i: { autoBillReceipts: false, billMatchTolerancePercent: '2' } })).toMatchObject({
      settings: { autoBillReceipts: false, billMatchTolerancePercent: '2' },
    });
    const warehouseId = await createWarehouse(a, 'BM');
    const bolt = await createProduct(a, 'BM-1', 'Bolt');
    const nut = await createProduct(a, 'BM-2', 'Nut');
    const supplier = await mutate(
      a,
      `mutation($i: CreateSupplierInput!) { r: createSupplier(input: $i) { supplier { id } ${E} } }`,
      {
        i: { name: 'Matched Parts', currency: 'EUR' },
      },
    );
    const supplierId = supplier.supplier.id;
    const po = await mutate(
      a,
      `mutation($i: CreatePurchaseOrderInput!) { r: createPurchaseOrder(input: $i) { purchaseOrder { id } ${E} } }`,
      {
        i: {
          supplierId,
          warehouseId,
          lines: [
            { productId: bolt, quantity: 10, unitCost: eur('10.00') },
            { productId: nut, quantity: 4, unitCost: eur('5.00') },
          ],
        },
      },
    );
    const poId = po.purchaseOrder.id;
    await mutate(a, `mutation($id: ID!) { r: orderPurchaseOrder(input: { id: $id }) { purchaseOrder { id } ${E} } }`, {
      id: poId,
    });
    await mutate(a, RECEIVE, {
      i: {
        id: poId,
        lines: [
          { line: 0, quantity: 6 },
          { line: 1, quantity: 4 },
        ],
      },
    });

    const bill = async (lines: Array<{ productId?: string; quantity: number; unitCost: string }>, currency = 'EUR') =>
      (
        await a.data(CREATE, {
          i: {
            supplierId,
            supplierName: 'Matched Parts',
            currency,
            dueDate: '2031-01-31',
            purchaseOrderId: poId,
            lines: lines.map((l, i) => ({
              description: `line ${i}`,
              productId: l.productId,
              quantity: l.quantity,
              unitCost: { amount: l.unitCost, currency },
            })),
          },
        })
      ).createSupplierBill;
    const matched = (id: string, status: string) =>
      waitUntil(
        `bill ${id} ${status}`,
        async () => (await a.data(MATCH, { id })).matchSupplierBill.supplierBill,
        (b: any) => b.match.status === status,
      );

    // Within 2 % of the order's price, every unit received: matched; finance drafted no bill of its own.
    const first = await bill([
      { productId: bolt, quantity: 6, unitCost: '10.10' },
      { productId: nut, quantity: 4, unitCost: '5.00' },
    ]);
    expect(first.userErrors).toEqual([]);
    const firstId = first.supplierBill.id;
    const ok = await matched(firstId, 'MATCHED');
    expect(ok.match).toEqual({
      status: 'MATCHED',
      reasons: [],
      received: eur('80.00'),
      tolerancePercent: '2',
      approvedBy: null,
      approvalReason: null,
    });
    const ofSupplier = await a.data(`query($s: ID!) { supplierBills(filter: { supplierId: $s }) { edges { node { id } } } }`, {
      s: supplierId,
    });
    expect(ofSupplier.supplierBills.edges.map((e: any) => e.node.id)).toEqual([firstId]);
    expect((await a.data(APPROVE, { id: firstId })).approveSupplierBill).toEqual({
      supplierBill: { id: firstId, status: 'OPEN' },
      userErrors: [],
    });
    const posted = await waitUntil(
      'the first posting',
      () => a.data(POSTING, { p: `bill:${firstId}:approve` }),
      (d: any) => d.journalEntries.totalCount === 1,
    );
    expect(posted.journalEntries.edges[0].node.lines).toEqual([
      { account: { code: '2050' }, debit: { amount: '80.00' }, credit: { amount: '0.00' } },
      { account: { code: '5030' }, debit: { amount: '0.60' }, credit: { amount: '0.00' } },
      { account: { code: '2000' }, debit: { amount: '0.00' }, credit: { amount: '80.60' } },
    ]);

    // More bolts than are left unbilled, at a price 20 % over: held with both reasons.
    const second = await bill([{ productId: bolt, quantity: 4, unitCost: '12.00' }]);
    const secondId = second.supplierBill.id;
    expect(second.supplierBill.match).toMatchObject({
      status: 'MISMATCHED',
      received: eur('0.00'),
      reasons: [
        { line: 0, code: 'QUANTITY', message: 'Billed 4, received and not yet billed 0.' },
        { line: 0, code: 'PRICE', message: 'Billed at 12.00 a unit, ordered at 10.00.' },
      ],
    });
    const refused = (await a.data(APPROVE, { id: secondId })).approveSupplierBill;
    expect(refused).toEqual({
      supplierBill: null,
      userErrors: [{ field: ['input', 'id'], code: 'MATCH_MISMATCH', message: expect.stringMatching(/Billed 4/) }],
    });
    expect((await a.data(PAY, { i: { billId: secondId, amount: eur('48.00') } })).paySupplierBill.userErrors).toEqual([
      { field: ['input', 'billId'], code: 'MATCH_MISMATCH', message: expect.any(String) },
    ]);

    // The rest of the bolts arrive: the quantity matches now, the price still does not.
    await mutate(a, RECEIVE, { i: { id: poId, lines: [{ line: 0, quantity: 4 }] } });
    const priceOnly = await waitUntil(
      'the second receipt in finance',
      async () => (await a.data(MATCH, { id: secondId })).matchSupplierBill.supplierBill,
      (b: any) => b.match.reasons.length === 1,
    );
    expect(priceOnly.match).toMatchObject({ status: 'MISMATCHED', received: eur('40.00'), reasons: [{ code: 'PRICE' }] });

    // Accepting the variance needs finance:approve, which finance:write does not give.
    const key = async (scopes: string[]) =>
      (await a.data(`mutation($s: [String!]!) { createApiKey(input: { name: "bm", scopes: $s }) { key } }`, { s: scopes }))
        .createApiKey.key;
    const clerk = await key(['finance:read', 'finance:write']);
    const reason = { id: secondId, reason: 'Surcharge agreed by phone' };
    const denied = await graphql(platform.gatewayUrl, VARIANCE, { i: reason }, { 'x-api-key': clerk });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const approver = await key(['finance:read', 'finance:approve']);
    const fromB = (await platform.tenantB.data(VARIANCE, { i: reason })).approveSupplierBillVariance;
    expect(fromB.userErrors[0].code).toBe('NOT_FOUND');
    expect((await a.data(VARIANCE, { i: { ...reason, reason: ' ' } })).approveSupplierBillVariance.userErrors[0].code).toBe(
      'REQUIRED',
    );
    const accepted = await graphql(platform.gatewayUrl, VARIANCE, { i: reason }, { 'x-api-key': approver });
    expect(accepted.data.approveSupplierBillVariance.supplierBill.match).toMatchObject({
      status: 'VARIANCE_APPROVED',
      approvedBy: expect.stringMatching(/^apikey:/),
      approvalReason: 'Surcharge agreed by phone',
      received: eur('40.00'),
    });
    // A re-match keeps the approval; the clerk approves and pays.
    expect((await a.data(MATCH, { id: secondId })).matchSupplierBill.supplierBill.match.status).toBe('VARIANCE_APPROVED');
    expect(
      (await graphql(platform.gatewayUrl, APPROVE, { id: secondId }, { 'x-api-key': clerk })).data.approveSupplierBill,
    ).toEqual({ supplierBill: { id: secondId, status: 'OPEN' }, userErrors: [] });
    const paid = await graphql(
      platform.gatewayUrl,
      PAY,
      { i: { billId: secondId, amount: eur('48.00') } },
      { 'x-api-key': clerk },
    );
    expect(paid.data.paySupplierBill.supplierBill).toMatchObject({ status: 'PAID', amountDue: { amount: '0.00' } });
    const second_posting = await waitUntil(
      'the second posting',
      () => a.data(POSTING, { p: `bill:${secondId}:approve` }),
      (d: any) => d.journalEntries.totalCount === 1,
    );
    expect(second_posting.journalEntries.edges[0].node.lines).toEqual([
      { account: { code: '2050' }, debit: { amount: '40.00' }, credit: { amount: '0.00' } },
      { account: { code: '5030' }, debit: { amount: '8.00' }, credit: { amount: '0.00' } },
      { account: { code: '2000' }, debit: { amount: '0.00' }, credit: { amount: '48.00' } },
    ]);
    // Every unit received is billed once: goods received not invoiced is cleared.
    const tb = await a.data(`{ trialBalance { rows { account { code } debit { amount } credit { amount } } } }`);
    const grni = tb.trialBalance.rows.find((r: any) => r.account.code === '2050');
    expect(grni.debit.amount).toBe(grni.credit.amount);

    // A receipt delivered again (under a new id) is not counted twice: one more nut is a mismatch.
    const bus = platform.subgraphs.finance.events.bus;
    const receipts = await busEvents(bus, (e) => e.type === 'inventory.purchaseOrder.received' && e.aggregateId === poId);
    expect(receipts).toHaveLength(2);
    for (const r of receipts) await bus.publish({ ...r, id: randomUUID() });
    await waitUntil(
      'finance consumed the copies',
      () => a.data(`{ eventConsumers { edges { node { group pending } } } }`),
      (d: any) => d.eventConsumers.edges.some((e: any) => e.node.group === 'finance.ledger' && e.node.pending === 0),
    );
    const third = await bill([
      { productId: nut, quantity: 1, unitCost: '5.00' },
      { quantity: 1, unitCost: '3.00' },
    ]);
    const bolts = await bill([{ productId: bolt, quantity: 1, unitCost: '10.00' }]);
    expect(bolts.supplierBill.match.status).toBe('MISMATCHED'); // all 10 bolts billed
    expect((await a.data(MATCH, { id: third.supplierBill.id })).matchSupplierBill.supplierBill.match).toMatchObject({
      status: 'MISMATCHED',
      received: eur('0.00'),
      reasons: [
        { line: 0, code: 'QUANTITY' },
        { line: 1, code: 'NOT_ON_ORDER' },
      ],
    });
    // Still no bill drafted from the redelivered receipts.
    const all = await a.data(`query($s: ID!) { supplierBills(first: 50, filter: { supplierId: $s }) { totalCount } }`, {
      s: supplierId,
    });
    expect(all.supplierBills.totalCount).toBe(4);

    // A bill in another currency than the order's receipts is refused; another tenant sees nothing.
    expect((await bill([{ productId: nut, quantity: 1, unitCost: '5.00' }], 'USD')).userErrors).toEqual([
      { field: ['input', 'purchaseOrderId'], code: 'CURRENCY_MISMATCH', message: expect.any(String) },
    ]);
    expect((await platform.tenantB.data(MATCH, { id: secondId })).matchSupplierBill.userErrors[0].code).toBe('NOT_FOUND');
    // Another tenant's bill naming this purchase order matches none of its receipts.
    const foreign = await platform.tenantB.data(CREATE, {
      i: {
        supplierId,
        supplierName: 'Matched Parts',
        currency: 'EUR',
        dueDate: '2031-01-31',
        purchaseOrderId: poId,
        lines: [{ description: 'bolts', productId: bolt, quantity: 1, unitCost: eur('10.00') }],
      },
    });
    expect(foreign.createSupplierBill.supplierBill.match).toMatchObject({
      status: 'MISMATCHED',
      received: eur('0.00'),
      reasons: [{ line: 0, code: 'NOT_RECEIVED' }],
    });
    expect(
      (await platform.tenantB.data(`query($id: ID!) { supplierBill(id: $id) { id } }`, { id: secondId })).supplierBill,
    ).toBeNull();
    await mutate(a, SETTINGS, { i: { autoBillReceipts: true, billMatchTolerancePercent: '0' } });
  });
});
