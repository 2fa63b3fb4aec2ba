import { matchBill, matchHolds, withinTolerance } from '../../subgraphs/finance/domain/bill-match';
import { billLines, billPaymentRefusal } from '../../subgraphs/finance/domain/bill';

describe('three-way match (matchBill)', () => {
  const received = [
    { productId: 'bolt', quantity: 6, unitCostMinor: 1000 },
    { productId: 'nut', quantity: 4, unitCostMinor: 500 },
    { productId: 'bolt', quantity: 4, unitCostMinor: 1000 },
  ];

  it('matches lines within the tolerance of price and the units received and not yet billed', () => {
    const r = matchBill({
      lines: [
        { productId: 'bolt', quantity: 10, unitCostMinor: 1020 },
        { productId: 'nut', quantity: 4, unitCostMinor: 500 },
      ],
      received,
      billedElsewhere: [],
      toleranceBps: 200,
    });
    expect(r).toEqual({ status: 'MATCHED', reasons: [], receivedMinor: 12_000 });
  });

  it('holds a line over the price tolerance, over the units left, or not received, and counts only what was received', () => {
    const r = matchBill({
      lines: [
        { productId: 'bolt', quantity: 5, unitCostMinor: 1021 },
        { productId: 'nut', quantity: 1, unitCostMinor: 500 },
        { productId: 'washer', quantity: 1, unitCostMinor: 10 },
        { productId: null, quantity: 1, unitCostMinor: 300 },
        { productId: 'bolt', quantity: 2, unitCostMinor: 1000 },
      ],
      received,
      billedElsewhere: [
        { productId: 'bolt', quantity: 4 },
        { productId: 'nut', quantity: 4 },
      ],
      toleranceBps: 200,
    });
    expect(r.status).toBe('MISMATCHED');
    expect(r.reasons.map((x) => [x.line, x.code])).toEqual([
      [0, 'PRICE'],
      [1, 'QUANTITY'],
      [2, 'NOT_RECEIVED'],
      [3, 'NOT_ON_ORDER'],
      [4, 'QUANTITY'], // 6 left, 5 taken by line 0
    ]);
    // Line 0: 5 of 6 left; line 4: the 1 bolt left; nothing of the rest.
    expect(r.receivedMinor).toBe(5 * 1000 + 1 * 1000);
  });

  it('the tolerance applies to quantity too; zero tolerance means exact', () => {
    const line = [{ productId: 'bolt', quantity: 11, unitCostMinor: 1000 }];
    expect(matchBill({ lines: line, received, billedElsewhere: [], toleranceBps: 1000 }).status).toBe('MATCHED');
    expect(matchBill({ lines: line, received, billedElsewhere: [], toleranceBps: 0 }).status).toBe('MISMATCHED');
    expect(withinTolerance(1000, 1000, 0)).toBe(true);
    expect(withinTolerance(1001, 1000, 0)).toBe(false);
    expect(withinTolerance(1010, 1000, 100)).toBe(true);
  });

  it('a mismatched bill is held from payment; an approved variance posts to the variance account', () => {
    expect(matchHolds({ status: 'MISMATCHED' })).toBe(true);
    expect(matchHolds({ status: 'VARIANCE_APPROVED' })).toBe(false);
    expect(matchHolds(null)).toBe(false);
    const bill = { status: 'OPEN' as const, currency: 'EUR', totalMinor: 4800, paidMinor: 0 };
    expect(billPaymentRefusal({ ...bill, match: { status: 'MISMATCHED' } }, 100, 'EUR')?.code).toBe('MATCH_MISMATCH');
    expect(billPaymentRefusal({ ...bill, match: { status: 'VARIANCE_APPROVED' } }, 100, 'EUR')).toBeNull();
    const lines = billLines({
      netMinor: 4800,
      taxMinor: 0,
      totalMinor: 4800,
      supplierId: 's',
      number: 'B-1',
      purchaseOrderId: 'po',
      receivedMinor: 4000,
    });
    expect(lines.map((l) => [l.accountCode, l.debitMinor, l.creditMinor])).toEqual([
      ['2050', 4000, 0],
      ['5030', 800, 0],
      ['2000', 0, 4800],
    ]);
  });
});
