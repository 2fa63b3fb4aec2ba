import { canTransition } from '../../lib/state-machine';
import { allocate, orderCandidates } from '../../subgraphs/inventory/domain/allocation';
import { divideHalfUp, parseCost, stockValue, weightedAverageCost } from '../../subgraphs/inventory/domain/costing';
import { nameKey, validateProductChange } from '../../subgraphs/inventory/domain/product';
import {
  checkPurchaseOrderLines,
  PURCHASE_ORDER_TRANSITIONS,
  planReceipt,
  type PurchaseOrderStatus,
} from '../../subgraphs/inventory/domain/purchase-order';
import { availableOf, isLow, shouldSuggestPurchase, validateReorderRule } from '../../subgraphs/inventory/domain/reorder';
import {
  heldFor,
  planLineShipments,
  RESERVATION_TRANSITIONS,
  reservationLines,
  shippedLines,
} from '../../subgraphs/inventory/domain/reservation';
import { moveStock, validateTransfer } from '../../subgraphs/inventory/domain/stock';

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

describe('stock moves on a level', () => {
  const level = { onHand: 10, reserved: 4, reservations: [{ ref: 'o1#0', quantity: 4 }], avgCostMinor: 200 };

  it('takes out only what is not held for other orders, never below zero', () => {
    expect(moveStock(level, { type: 'ADJUSTMENT', quantity: -6 })).toEqual({ next: { ...level, onHand: 4 } });
    expect(moveStock(level, { type: 'ADJUSTMENT', quantity: -7 })).toEqual({
      refused: 'Only 6 available (10 on hand, 4 reserved); cannot take out 7.',
    });
    expect(moveStock({ ...level, onHand: 0, reserved: 0, reservations: [] }, { type: 'TRANSFER', quantity: -1 })).toHaveProperty(
      'refused',
    );
  });

  it('frees its own reservation first when a shipment consumes it, and goes negative only for an allowed shipment', () => {
    expect(moveStock(level, { type: 'SHIPMENT', quantity: -10, consumeRef: 'o1#0' })).toEqual({
      next: { onHand: 0, reserved: 0, reservations: [], avgCostMinor: 200 },
    });
    expect(moveStock(level, { type: 'SHIPMENT', quantity: -8, allowNegative: true })).toMatchObject({ next: { onHand: 2 } });
    expect(moveStock(level, { type: 'SHIPMENT', quantity: -20, allowNegative: true })).toMatchObject({ next: { onHand: -10 } });
    expect(moveStock(level, { type: 'ADJUSTMENT', quantity: -20, allowNegative: true })).toHaveProperty('refused');
  });

  it('averages units coming in at their cost, or at the average without one', () => {
    expect(moveStock(level, { type: 'RECEIPT', quantity: 10, unitCostMinor: 300 })).toMatchObject({
      next: { onHand: 20, avgCostMinor: 250 },
    });
    expect(moveStock(level, { type: 'ADJUSTMENT', quantity: 5 })).toMatchObject({ next: { onHand: 15, avgCostMinor: 200 } });
  });

  it('checks transfers', () => {
    expect(validateTransfer({ quantity: 2, fromWarehouseId: 'a', toWarehouseId: 'b' })).toEqual([]);
    expect(validateTransfer({ quantity: 0, fromWarehouseId: 'a', toWarehouseId: 'a', reason: ' ' }).map((e) => e.field)).toEqual([
      ['input', 'quantity'],
      ['input', 'toWarehouseId'],
      ['input', 'reason'],
    ]);
  });
});

describe('reservation rules', () => {
  const levels = [
    { warehouseId: 'w1', onHand: 5, reserved: 5, reservations: [{ ref: 'o#0', quantity: 5 }] },
    { warehouseId: 'w2', onHand: 3, reserved: 0, reservations: [] },
  ];
  const [line] = reservationLines([
    { productId: 'p', quantity: 10 },
    { productId: null, quantity: 2 },
  ]);

  it('holds lines with a product, and reports what the levels hold for each', () => {
    expect(
      reservationLines([
        { productId: null, quantity: 1 },
        { productId: 'p', quantity: 0 },
      ]),
    ).toEqual([]);
    expect(heldFor(line, 'o#0', levels)).toMatchObject({ allocations: [{ warehouseId: 'w1', quantity: 5 }], backordered: 5 });
  });

  it('ships the reserved units, then what is available, then backorders only when allowed', () => {
    const reserved = { line: 0, warehouseId: 'w1', quantity: 5, consumeRef: 'o#0', allowNegative: false };
    const available = { line: 0, warehouseId: 'w2', quantity: 3, allowNegative: false };
    expect(planLineShipments(line, 'o#0', levels, { allowBackorders: false })).toEqual([reserved, available]);
    expect(planLineShipments(line, 'o#0', levels, { allowBackorders: true, defaultWarehouseId: 'w2' })).toEqual([
      reserved,
      available,
      { line: 0, warehouseId: 'w2', quantity: 2, allowNegative: true },
    ]);
    const plan = planLineShipments(line, 'o#0', levels, { allowBackorders: false });
    expect(shippedLines([line], plan, new Map([[0, 3]]))[0].unshipped).toBe(2 + 3);
  });

  it('only moves forward; a tombstone stays one', () => {
    expect(canTransition(RESERVATION_TRANSITIONS, 'RESERVED', 'RELEASED')).toBe(true);
    expect(canTransition(RESERVATION_TRANSITIONS, 'RELEASED', 'RESERVED')).toBe(false);
    expect(canTransition(RESERVATION_TRANSITIONS, 'SHIPPING', 'RELEASED')).toBe(false);
    expect(RESERVATION_TRANSITIONS.CANCELLED).toEqual([]);
  });
});

describe('product, cost and purchase order inputs', () => {
  it('sorts names by a lower-cased, trimmed key', () => {
    expect(nameKey('  Apple Pie ')).toBe('apple pie');
    expect(validateProductChange({ name: ' ', price: { amount: '-1', currency: 'EUR' } }).errors.map((e) => e.code)).toEqual([
      'REQUIRED',
      'INVALID',
    ]);
    expect(validateProductChange({ price: { amount: '2.50', currency: 'EUR' } })).toEqual({ errors: [], priceMinor: 250 });
    expect(validateProductChange({ unit: 'kg' })).toEqual({ errors: [] });
  });

  it('takes costs only in the cost currency, never negative', () => {
    expect(parseCost({ amount: '1.25', currency: 'EUR' }, ['c'], 'EUR')).toEqual({ minor: 125, errors: [] });
    expect(parseCost({ amount: '1.25', currency: 'USD' }, ['c'], 'EUR').errors.map((e) => e.code)).toEqual(['CURRENCY_MISMATCH']);
    expect(parseCost({ amount: '-1', currency: 'EUR' }, ['c'], 'EUR').errors.map((e) => e.field)).toEqual([['c', 'amount']]);
  });

  it('checks purchase order lines against the products, the supplier and the cost currency', () => {
    const line = { productId: 'p1', quantity: 2, unitCost: { amount: '3.00', currency: 'EUR' } };
    expect(checkPurchaseOrderLines([line], { productNames: ['Bolt'], supplierCurrency: 'EUR', costCurrency: 'EUR' })).toEqual({
      errors: [],
      lines: [{ productId: 'p1', description: 'Bolt', quantity: 2, receivedQuantity: 0, unitCostMinor: 300 }],
    });
    const bad = checkPurchaseOrderLines([{ ...line, quantity: 0, unitCost: { amount: '1.00', currency: 'USD' } }], {
      productNames: [null],
      supplierCurrency: 'EUR',
      costCurrency: 'EUR',
    });
    expect(bad.errors.map((e) => e.code).sort()).toEqual(['CURRENCY_MISMATCH', 'CURRENCY_MISMATCH', 'INVALID', 'NOT_FOUND']);
    expect(checkPurchaseOrderLines([], { productNames: [], supplierCurrency: null, costCurrency: 'EUR' }).errors[0].code).toBe(
      'REQUIRED',
    );
  });

  it('checks reorder rules', () => {
    expect(validateReorderRule({ min: 0, reorderQuantity: 1 })).toEqual([]);
    expect(validateReorderRule({ min: -1, reorderQuantity: 0 }).map((e) => e.code)).toEqual(['INVALID', 'INVALID']);
  });
});
