/** The pure rules of the sales-inventory-finance loop: invoicing per policy, inventory postings, promises, stock flags. */
import {
  automationEventTypes,
  DEFAULT_AUTOMATION_RULES,
  planAutomation,
  stockLowFanOut,
} from '../../subgraphs/customers/domain/automation';
import { billLines } from '../../subgraphs/finance/domain/bill';
import { decideInvoicing, INVOICING_POLICIES, type SaleMoment } from '../../subgraphs/finance/domain/invoicing';
import { balanceProblem } from '../../subgraphs/finance/domain/ledger';
import { marginPercent } from '../../subgraphs/finance/domain/margin';
import { stockPostingLines, stockPostingSource, type StockMovedFacts } from '../../subgraphs/finance/domain/stock-postings';
import { levelValue, weightedAverageCost } from '../../subgraphs/inventory/domain/costing';
import { availableToPromise, meets } from '../../subgraphs/inventory/domain/promise';
import { promiseDate } from '../../subgraphs/sales/domain/quote';
import { demandRisk, withFlag, withoutRecoveredFlags } from '../../subgraphs/sales/domain/stock-alert';

describe('one invoice per sale (decideInvoicing)', () => {
  const moments: SaleMoment[] = ['DEAL_WON', 'ORDER_CONFIRMED', 'ORDER_FULFILLED'];

  it('under every policy and every order of events, a sale creates one invoice and issues it once', () => {
    // Walk every permutation of the three moments; the invoice is the state machine's only document.
    const permutations = (xs: SaleMoment[]): SaleMoment[][] =>
      xs.length <= 1 ? [xs] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
    for (const policy of INVOICING_POLICIES) {
      for (const order of permutations(moments)) {
        let invoice: { status: string } | null = null;
        let created = 0;
        let issued = 0;
        for (const moment of [...order, ...order]) {
          const d = decideInvoicing(policy, moment, invoice);
          if (d.action === 'CREATE') {
            created++;
            invoice = { status: d.issue ? 'OPEN' : 'DRAFT' };
            if (d.issue) issued++;
          } else if (d.action === 'ISSUE') {
            invoice = { status: 'OPEN' };
            issued++;
          }
        }
        expect({ policy, order, created, issued, status: invoice?.status }).toEqual({
          policy,
          order,
          created: 1,
          issued: 1,
          status: 'OPEN',
        });
      }
    }
  });

  it('issues at the policy moment, with fulfilment as the backstop', () => {
    expect(decideInvoicing('ON_DEAL_WON', 'DEAL_WON', null)).toEqual({ action: 'CREATE', issue: true });
    expect(decideInvoicing('ON_ORDER_FULFILLED', 'DEAL_WON', null)).toEqual({ action: 'CREATE', issue: false });
    expect(decideInvoicing('ON_ORDER_FULFILLED', 'ORDER_CONFIRMED', { status: 'DRAFT' })).toEqual({ action: 'LINK' });
    expect(decideInvoicing('ON_ORDER_FULFILLED', 'ORDER_CONFIRMED', null)).toEqual({ action: 'NONE' });
    expect(decideInvoicing('ON_ORDER_CONFIRMED', 'ORDER_CONFIRMED', { status: 'DRAFT' })).toEqual({ action: 'ISSUE' });
    expect(decideInvoicing('ON_DEAL_WON', 'ORDER_FULFILLED', { status: 'DRAFT' })).toEqual({ action: 'ISSUE' }); // policy changed meanwhile
    expect(decideInvoicing('ON_ORDER_FULFILLED', 'ORDER_FULFILLED', { status: 'VOID' })).toEqual({ action: 'LINK' }); // a user's decision stands
  });
});

describe('inventory in the ledger (stockPostingLines)', () => {
  const m = (over: Partial<StockMovedFacts>): StockMovedFacts => ({
    movementId: 'm1',
    type: 'RECEIPT',
    quantity: 3,
    valueMinor: 600,
    unitCostMinor: 200,
    ...over,
  });
  const net = (lines: ReturnType<typeof stockPostingLines>, code: string) =>
    lines.filter((l) => l.accountCode === code).reduce((s, l) => s + l.debitMinor - l.creditMinor, 0);

  it('every posting balances and moves the inventory account by the movement value', () => {
    const cases = [
      m({}),
      m({ valueMinor: 599 }), // the average rounded down
      m({ valueMinor: 0, quantity: 2 }), // into backordered, negative stock
      m({ type: 'SHIPMENT', quantity: -2, valueMinor: -400, orderId: 'o1', partyId: 'c1' }),
      m({ type: 'ADJUSTMENT', quantity: 2, valueMinor: 300 }),
      m({ type: 'ADJUSTMENT', quantity: -2, valueMinor: -300 }),
      m({ type: 'TRANSFER', quantity: -2, valueMinor: -400 }),
      m({ type: 'TRANSFER', quantity: 2, valueMinor: 401, unitCostMinor: 200 }),
    ];
    for (const c of cases) {
      const lines = stockPostingLines(c);
      expect(balanceProblem(lines)).toBeNull();
      expect(net(lines, '1200')).toBe(c.valueMinor);
    }
  });

  it('a receipt credits goods received at the purchase cost; a shipment is COGS for its customer, found by its order', () => {
    const receipt = stockPostingLines(m({ valueMinor: 599 }));
    expect(net(receipt, '2050')).toBe(-600);
    expect(net(receipt, '5010')).toBe(1);
    const ship = stockPostingLines(m({ type: 'SHIPMENT', quantity: -2, valueMinor: -400, orderId: 'o1', partyId: 'c1' }));
    expect(ship.find((l) => l.accountCode === '5000')).toMatchObject({ debitMinor: 400, partyId: 'c1' });
    expect(stockPostingSource({ movementId: 'm1', type: 'SHIPMENT', orderId: 'o1' })).toBe('cogs:order:o1:m1');
    expect(stockPostingSource({ movementId: 'm1', type: 'RECEIPT', orderId: 'po1' })).toBe('stock:m1');
    // Transfers pass through stock in transit and clear it exactly.
    const out = stockPostingLines(m({ type: 'TRANSFER', quantity: -2, valueMinor: -400 }));
    const into = stockPostingLines(m({ type: 'TRANSFER', quantity: 2, valueMinor: 401, unitCostMinor: 200 }));
    expect(net(out, '1210') + net(into, '1210')).toBe(0);
  });

  it('a receipt bill clears GRNI at the value received and posts price or quantity differences as variance', () => {
    const bill = {
      netMinor: 650,
      taxMinor: 0,
      totalMinor: 650,
      supplierId: 's1',
      number: 'BILL-1',
      receiptId: 'r1',
      receivedMinor: 600,
    };
    const lines = billLines(bill);
    expect(balanceProblem(lines)).toBeNull();
    expect(lines).toEqual([
      expect.objectContaining({ accountCode: '2050', debitMinor: 600 }),
      expect.objectContaining({ accountCode: '5030', debitMinor: 50 }),
      expect.objectContaining({ accountCode: '2000', creditMinor: 650, partyId: 's1' }),
    ]);
    expect(billLines({ ...bill, netMinor: 580, totalMinor: 580 })[1]).toMatchObject({ accountCode: '5030', creditMinor: 20 });
    // A bill without a receipt stays a purchase.
    expect(billLines({ ...bill, receiptId: null })[0]).toMatchObject({ accountCode: '5300' });
  });

  it('movement values add up to the valuation (levelValue telescopes)', () => {
    let onHand = 0;
    let avg = 0;
    let total = 0;
    for (const [q, cost] of [
      [3, 101],
      [4, 250],
      [-5, null],
      [7, 333],
      [-9, null],
    ] as Array<[number, number | null]>) {
      const before = levelValue(onHand, avg);
      if (q > 0) avg = weightedAverageCost(onHand, avg, q, cost!);
      onHand += q;
      total += levelValue(onHand, avg) - before;
    }
    expect(total).toBe(levelValue(onHand, avg));
  });

  it('margin percent is exact and rounded half-up', () => {
    expect(marginPercent(30000, 200)).toBe('99.33');
    expect(marginPercent(100, 150)).toBe('-50.00');
    expect(marginPercent(0, 10)).toBeNull();
  });
});

describe('available to promise', () => {
  const base = { freeNow: [5], incoming: [], backordered: 0, today: '2030-01-01' };

  it('free now, then incoming by date, after backorders', () => {
    expect(availableToPromise({ ...base, quantity: 5 })).toEqual({
      quantity: 5,
      availableNow: 5,
      earliestDate: '2030-01-01',
      shortfall: 0,
    });
    const incoming = [
      { date: '2030-02-01', quantity: 10 },
      { date: '2030-01-10', quantity: 4 },
    ];
    expect(availableToPromise({ ...base, quantity: 9, incoming }).earliestDate).toBe('2030-01-10');
    expect(availableToPromise({ ...base, quantity: 9, incoming, backordered: 3 }).earliestDate).toBe('2030-02-01');
    expect(availableToPromise({ ...base, quantity: 1, incoming, backordered: 8 })).toEqual({
      quantity: 1,
      availableNow: 0,
      earliestDate: '2030-01-10',
      shortfall: 0,
    });
    expect(availableToPromise({ ...base, quantity: 20, incoming })).toMatchObject({ earliestDate: null, shortfall: 1 });
    // Negative levels (backorders shipped) give nothing; an overdue delivery is promised for today.
    expect(
      availableToPromise({ ...base, freeNow: [-3, 2], quantity: 3, incoming: [{ date: '2029-12-01', quantity: 1 }] })
        .earliestDate,
    ).toBe('2030-01-01');
    expect(meets({ quantity: 1, availableNow: 0, earliestDate: '2030-01-10', shortfall: 0 }, '2030-01-09')).toBe(false);
    expect(meets({ quantity: 1, availableNow: 0, earliestDate: null, shortfall: 1 }, '2099-01-01')).toBe(false);
  });

  it("a quote's lines must ship by its validUntil, else today", () => {
    expect(promiseDate({ validUntil: '2031-05-01' })).toBe('2031-05-01');
    expect(promiseDate({ validUntil: null }, new Date('2030-03-04T23:00:00Z'))).toBe('2030-03-04');
  });
});

describe('products at risk (demandRisk on the replicated supply)', () => {
  const supply = { freeNow: 5, backordered: 2, incoming: [{ date: '2030-01-20', quantity: 10 }] };
  it('at risk when the demand cannot ship by the date: none known, or too late; never when free now covers it', () => {
    expect(demandRisk(3, supply, '2030-01-07', '2030-01-01')).toEqual({
      atRisk: false,
      promise: expect.objectContaining({ earliestDate: '2030-01-01', shortfall: 0 }),
    });
    // 4 > 5 free - 2 backordered: the purchase order on the 20th covers it, after the window.
    expect(demandRisk(4, supply, '2030-01-07', '2030-01-01')).toEqual({
      atRisk: true,
      promise: expect.objectContaining({ earliestDate: '2030-01-20', shortfall: 0 }),
    });
    expect(demandRisk(4, supply, '2030-01-31', '2030-01-01').atRisk).toBe(false);
    expect(demandRisk(20, supply, '2030-12-31', '2030-01-01')).toEqual({
      atRisk: true,
      promise: expect.objectContaining({ earliestDate: null, shortfall: 7 }),
    });
    // No supply reported yet: nothing to promise from.
    expect(demandRisk(1, null, '2030-12-31', '2030-01-01').promise.shortfall).toBe(1);
  });
});

describe('low stock -> sales -> follow-ups', () => {
  const flag = (eventId: string, raisedAt: string, warehouseId = 'w1') => ({
    productId: 'p1',
    warehouseId,
    stockLevelId: 'l1',
    available: 2,
    reorderPoint: 3,
    raisedAt: new Date(raisedAt),
    eventId,
  });

  it('one flag per product and warehouse, the latest report wins, a redelivery or older report changes nothing', () => {
    const first = withFlag([], flag('e1', '2030-01-01T00:00:00Z'))!;
    expect(first).toHaveLength(1);
    expect(withFlag(first, flag('e1', '2030-01-01T00:00:00Z'))).toBeNull();
    expect(withFlag(first, flag('e0', '2029-12-01T00:00:00Z'))).toBeNull();
    expect(withFlag(first, flag('e2', '2030-02-01T00:00:00Z'))!.map((f) => f.eventId)).toEqual(['e2']);
    expect(withFlag(first, flag('e3', '2030-02-01T00:00:00Z', 'w2'))).toHaveLength(2);
  });

  it('a recovery clears a flag of its product and warehouse raised before it, when the free units cover the need', () => {
    const flags = [flag('e1', '2030-01-01T00:00:00Z'), flag('e2', '2030-01-01T00:00:00Z', 'w2')];
    const at = new Date('2030-01-05T00:00:00Z');
    const recovery = { productId: 'p1', warehouseId: 'w1', available: 5, at };
    const lines = [
      { productId: 'p1', quantity: 3 },
      { productId: 'p1', quantity: 2 },
      { productId: 'p9', quantity: 50 },
    ];
    expect(withoutRecoveredFlags(flags, recovery, lines)!.map((f) => f.eventId)).toEqual(['e2']);
    expect(withoutRecoveredFlags(flags, { ...recovery, available: 4 }, lines)).toBeNull(); // 5 needed
    expect(withoutRecoveredFlags(flags, { ...recovery, at: new Date('2029-12-31T00:00:00Z') }, lines)).toBeNull(); // a later shortage stays
    expect(withoutRecoveredFlags([flags[1]], recovery, lines)).toBeNull(); // nothing to clear: a redelivery changes nothing
    expect(withoutRecoveredFlags(undefined, recovery, lines)).toBeNull();
  });

  it('the default inventory.stock.low rule gives one follow-up per deal owner of the alert', () => {
    const raised = {
      id: 'ev-1',
      occurredAt: '2030-01-01T10:00:00.000Z',
      payload: {
        alertId: 'low-1',
        occurredAt: '2030-01-01T09:00:00.000Z',
        stockLow: { stockLevelId: 'l1', productId: 'p1', warehouseId: 'w1', available: 2, reorderPoint: 3 },
        documents: [
          { kind: 'QUOTE', id: 'q1', customerId: 'c1', dealId: 'd1', ownerId: 'emp-1' },
          { kind: 'ORDER', id: 'o1', customerId: 'c1', dealId: 'd1', ownerId: 'emp-1' }, // the same sale
          { kind: 'QUOTE', id: 'q2', customerId: 'c2', dealId: null, ownerId: null }, // nobody to tell
        ],
      },
    };
    const fanned = stockLowFanOut(raised);
    expect(fanned.map((f) => f.key)).toEqual(['ev-1:d1']);
    const actions = fanned.flatMap((f) => planAutomation(DEFAULT_AUTOMATION_RULES, f, null));
    expect(actions).toEqual([
      expect.objectContaining({
        kind: 'CREATE_TASK',
        assigneeId: 'emp-1',
        customerId: 'c1',
        dealId: 'd1',
        dueAt: new Date('2030-01-02T09:00:00.000Z'),
      }),
    ]);
    // A tenant's rule with a condition on the stock-low payload.
    const onlyW2 = [
      {
        ...DEFAULT_AUTOMATION_RULES.find((r) => r.eventType === 'inventory.stock.low')!,
        conditions: [{ field: 'warehouseId', equals: 'w2' }],
      },
    ];
    expect(fanned.flatMap((f) => planAutomation(onlyW2, f, null))).toEqual([]);
    expect(automationEventTypes()).toContain('sales.stockAlert.raised');
    expect(automationEventTypes()).not.toContain('inventory.stock.low');
  });
});
