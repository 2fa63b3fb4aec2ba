import { canTransition } from '../../lib/state-machine';
import { allocate, orderCandidates } from '../../subgraphs/inventory/domain/allocation';
import { divideHalfUp, stockValue, weightedAverageCost } from '../../subgraphs/inventory/domain/costing';
import {
  PURCHASE_ORDER_TRANSITIONS,
  planReceipt,
  type PurchaseOrderStatus,
} from '../../subgraphs/inventory/domain/purchase-order';
import { availableOf, isLow, shouldSuggestPurchase } from '../../subgraphs/inventory/domain/reorder';

describe('purchase order lifecycle', () => {
  const statuses = Object.keys(PURCHASE_ORDER_TRANSITIONS) as PurchaseOrderStatus[];
  const legal = new Set([
    'DRAFT->ORDERED',
    'DRAFT->CANCELLED',
    'ORDERED->PARTIALLY_RECEIVED',
    'ORDERED->RECEIVED',
    'ORDERED->CANCELLED',
    'PARTIALLY_RECEIVED->PARTIALLY_RECEIVED',
    'PARTIALLY_RECEIVED->RECEIVED',
  ]);
  for (const from of statuses) {
    for (const to of statuses) {
      const pair = `${from}->${to}`;
      it(`${legal.has(pair) ? 'allows' : 'refuses'} ${pair}`, () => {
        expect(canTransition(PURCHASE_ORDER_TRANSITIONS, from, to)).toBe(legal.has(pair));
      });
    }
  }
});

describe('receipt planning', () => {
  const lines = [
    { quantity: 10, receivedQuantity: 0 },
    { quantity: 5, receivedQuantity: 3 },
  ];

  it('receives part, then the rest, and says when the order is complete', () => {
    const partial = planReceipt(lines, [{ line: 0, quantity: 4 }]);
    expect(partial).toMatchObject({ errors: [], received: [4, 3], status: 'PARTIALLY_RECEIVED' });
    const full = planReceipt(lines, [
      { line: 0, quantity: 10 },
      { line: 1, quantity: 2 },
    ]);
    expect(full).toMatchObject({ errors: [], received: [10, 5], status: 'RECEIVED' });
  });

  it('refuses more than outstanding, unknown or repeated lines, non-positive quantities and empty receipts', () => {
    const codes = (r: ReturnType<typeof planReceipt>) => r.errors.map((e) => [e.field?.join('.'), e.code]);
    expect(codes(planReceipt(lines, [{ line: 1, quantity: 3 }]))).toEqual([['input.lines.0.quantity', 'INVALID']]);
    expect(codes(planReceipt(lines, [{ line: 2, quantity: 1 }]))).toEqual([['input.lines.0.line', 'INVALID']]);
    expect(
      codes(
        planReceipt(lines, [
          { line: 0, quantity: 1 },
          { line: 0, quantity: 1 },
        ]),
      ),
    ).toEqual([['input.lines.1.line', 'INVALID']]);
    expect(codes(planReceipt(lines, [{ line: 0, quantity: 0 }]))).toEqual([['input.lines.0.quantity', 'INVALID']]);
    expect(codes(planReceipt(lines, [{ line: 0, quantity: 1.5 }]))).toEqual([['input.lines.0.quantity', 'INVALID']]);
    expect(codes(planReceipt(lines, []))).toEqual([['input.lines', 'REQUIRED']]);
  });
});

describe('moving-average cost', () => {
  it('weights the old average by units on hand and the receipt by its units', () => {
    // 10 @ 2.00 + 30 @ 3.00 = 110.00 / 40 = 2.75
    expect(weightedAverageCost(10, 200, 30, 300)).toBe(275);
  });

  it('rounds half-up to whole minor units, and down below the half', () => {
    // (1 x 100 + 1 x 101) / 2 = 100.5 -> 101
    expect(weightedAverageCost(1, 100, 1, 101)).toBe(101);
    // (2 x 100 + 1 x 101) / 3 = 100.333 -> 100
    expect(weightedAverageCost(2, 100, 1, 101)).toBe(100);
    // (1 x 100 + 2 x 101) / 3 = 100.667 -> 101
    expect(weightedAverageCost(1, 100, 2, 101)).toBe(101);
  });

  it('takes the receipt cost when nothing (or less than nothing) is on hand', () => {
    expect(weightedAverageCost(0, 999, 5, 120)).toBe(120);
    expect(weightedAverageCost(-3, 999, 5, 120)).toBe(120);
  });

  it('stays exact far beyond float precision', () => {
    // 9e12 x 12345 would lose digits as a float product of two big numbers; BigInt does not.
    expect(weightedAverageCost(9_000_000_000_000, 12_345, 1, 12_346)).toBe(12_345);
    expect(divideHalfUp(-5n, 2n)).toBe(-3n);
    expect(divideHalfUp(5n, 2n)).toBe(3n);
  });

  it('refuses nonsense quantities and costs, and values stock exactly', () => {
    expect(() => weightedAverageCost(1, 1, 0, 1)).toThrow();
    expect(() => weightedAverageCost(1, 1, 1, -1)).toThrow();
    expect(stockValue(7, 275)).toBe(1925);
    expect(() => stockValue(Number.MAX_SAFE_INTEGER, 2)).toThrow();
  });
});

describe('reservation allocation rule', () => {
  const candidates = [
    { warehouseId: 'a', available: 5 },
    { warehouseId: 'b', available: 20 },
    { warehouseId: 'c', available: 20 },
    { warehouseId: 'd', available: 0 },
  ];

  it('tries the default warehouse first, then most available, ties by id', () => {
    expect(orderCandidates(candidates, 'a').map((c) => c.warehouseId)).toEqual(['a', 'b', 'c', 'd']);
    expect(orderCandidates(candidates, null).map((c) => c.warehouseId)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('takes what each warehouse has in that order and backorders the rest', () => {
    expect(allocate(8, candidates, 'a')).toEqual({
      allocations: [
        { warehouseId: 'a', quantity: 5 },
        { warehouseId: 'b', quantity: 3 },
      ],
      backordered: 0,
    });
    expect(allocate(50, candidates, 'a')).toEqual({
      allocations: [
        { warehouseId: 'a', quantity: 5 },
        { warehouseId: 'b', quantity: 20 },
        { warehouseId: 'c', quantity: 20 },
      ],
      backordered: 5,
    });
    expect(allocate(3, [{ warehouseId: 'x', available: -2 }])).toEqual({ allocations: [], backordered: 3 });
  });
});

describe('reorder decision', () => {
  const rule = { min: 5, quantity: 20, supplierId: 's' };
  it('is low at or below the reorder point, counting reservations, and never without a rule', () => {
    expect(availableOf({ onHand: 10, reserved: 4 })).toBe(6);
    expect(isLow({ onHand: 10, reserved: 4, reorder: rule })).toBe(false);
    expect(isLow({ onHand: 10, reserved: 5, reorder: rule })).toBe(true);
    expect(isLow({ onHand: 2, reserved: 0, reorder: rule })).toBe(true);
    expect(isLow({ onHand: 0, reserved: 0, reorder: null })).toBe(false);
  });
  it('suggests a purchase only when low and no suggestion is open', () => {
    expect(shouldSuggestPurchase({ onHand: 5, reserved: 0, reorder: rule }, false)).toBe(true);
    expect(shouldSuggestPurchase({ onHand: 5, reserved: 0, reorder: rule }, true)).toBe(false);
    expect(shouldSuggestPurchase({ onHand: 6, reserved: 0, reorder: rule }, false)).toBe(false);
  });
});
