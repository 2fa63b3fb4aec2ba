import { pricePartLines, priceBpsLines } from '../../subgraphs/finance/domain/invoice';
import { planPartShipments } from '../../subgraphs/inventory/domain/reservation';
import { moveStock } from '../../subgraphs/inventory/domain/stock';
import { planShipment } from '../../subgraphs/sales/domain/order';

describe('partial fulfilment', () => {
  it('planShipment: at most what is left of each line; the part that ships the rest is final', () => {
    const lines = [{ quantity: 3, shipped: 1 }, { quantity: 2 }];
    expect(planShipment(lines, [{ line: 0, quantity: 2 }])).toEqual({ shipped: [3, 0], final: false, errors: [] });
    expect(
      planShipment(lines, [
        { line: 0, quantity: 2 },
        { line: 1, quantity: 2 },
      ]).final,
    ).toBe(true);
    const bad = planShipment(lines, [
      { line: 0, quantity: 3 },
      { line: 2, quantity: 1 },
      { line: 1, quantity: 0 },
    ]);
    expect(bad.errors.map((e) => e.field)).toEqual([
      ['input', 'lines', '0', 'quantity'],
      ['input', 'lines', '1', 'line'],
      ['input', 'lines', '2', 'quantity'],
    ]);
    expect(
      planShipment(lines, [
        { line: 1, quantity: 1 },
        { line: 1, quantity: 1 },
      ]).errors[0].message,
    ).toMatch(/twice/);
    expect(planShipment(lines, []).errors[0].code).toBe('REQUIRED');
  });

  it('part invoices: each line shared by units shipped, rounded by line, the last part taking the remainder', () => {
    const line = {
      description: 'Bolt',
      quantity: 1,
      orderedQuantity: 3,
      unitPriceMinor: 333,
      discountBps: 1000,
      taxRateBps: 1900,
    };
    const parts = [0, 1, 2].map((before) => pricePartLines([{ ...line, shippedBefore: before }]));
    const whole = priceBpsLines([{ ...line, quantity: 3 }], false);
    for (const k of ['subtotalMinor', 'discountMinor', 'taxMinor', 'totalMinor'] as const)
      expect(parts.reduce((s, p) => s + p[k], 0)).toBe(whole[k]);
    expect(parts.map((p) => p.subtotalMinor)).toEqual([300, 299, 300]); // 8.99 in thirds
    // Uneven parts add up too.
    const two = [pricePartLines([{ ...line, quantity: 2, shippedBefore: 0 }]), pricePartLines([{ ...line, shippedBefore: 2 }])];
    expect(two[0].totalMinor + two[1].totalMinor).toBe(whole.totalMinor);
  });

  it('a part ships held units first, only as many of each entry as it needs; consuming part of an entry keeps the rest held', () => {
    const ref = 'o1#0';
    const levels = [
      {
        warehouseId: 'w1',
        onHand: 10,
        reserved: 4,
        reservations: [
          { ref, quantity: 3 },
          { ref: 'o2#0', quantity: 1 },
        ],
      },
      { warehouseId: 'w2', onHand: 5, reserved: 2, reservations: [{ ref, quantity: 2 }] },
    ];
    const line = { line: 0, productId: 'p', quantity: 5, allocations: [], backordered: 0, unshipped: 0 };
    const settings = { defaultWarehouseId: 'w1', allowBackorders: false };
    expect(planPartShipments(line, 4, ref, levels, settings)).toEqual([
      { line: 0, warehouseId: 'w1', quantity: 3, consumeRef: ref, consumeQuantity: 3, allowNegative: false },
      { line: 0, warehouseId: 'w2', quantity: 1, consumeRef: ref, consumeQuantity: 1, allowNegative: false },
    ]);
    // Beyond what is held: from available units (not other orders').
    expect(planPartShipments(line, 7, ref, levels, settings).slice(2)).toEqual([
      { line: 0, warehouseId: 'w1', quantity: 2, allowNegative: false },
    ]);
    const moved = moveStock(
      { onHand: 5, reserved: 2, avgCostMinor: 100, reservations: [{ ref, quantity: 2 }] },
      { type: 'SHIPMENT', quantity: -1, consumeRef: ref, consumeQuantity: 1 },
    );
    expect(moved).toEqual({ next: expect.objectContaining({ onHand: 4, reserved: 1, reservations: [{ ref, quantity: 1 }] }) });
  });
});
