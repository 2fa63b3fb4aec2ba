import { canTransition, type Transitions } from '../../lib/state-machine';
import { ORDER_TRANSITIONS } from '../../subgraphs/sales/domain/order';
import { applyPayment, INVOICE_TRANSITIONS, isOverdue, voidRefusal } from '../../subgraphs/finance/domain/invoice';

/** Every (from, to) pair of a lifecycle: exactly the listed ones are legal. */
function expectExactly<S extends string>(machine: Transitions<S>, legal: Array<[S, S]>) {
  const statuses = Object.keys(machine) as S[];
  const allowed = new Set(legal.map(([from, to]) => `${from}->${to}`));
  for (const from of statuses) {
    for (const to of statuses) {
      expect([`${from}->${to}`, canTransition(machine, from, to)]).toEqual([`${from}->${to}`, allowed.has(`${from}->${to}`)]);
    }
  }
}

describe('sales order lifecycle', () => {
  it('allows DRAFT->CONFIRMED->FULFILLED and cancelling before fulfilment, nothing else', () => {
    expectExactly(ORDER_TRANSITIONS, [
      ['DRAFT', 'CONFIRMED'],
      ['DRAFT', 'CANCELLED'],
      ['CONFIRMED', 'FULFILLED'],
      ['CONFIRMED', 'CANCELLED'],
    ]);
  });
});

describe('invoice lifecycle', () => {
  it('allows DRAFT->OPEN->PAID and voiding before payment, nothing else', () => {
    expectExactly(INVOICE_TRANSITIONS, [
      ['DRAFT', 'OPEN'],
      ['DRAFT', 'VOID'],
      ['OPEN', 'PAID'],
      ['OPEN', 'VOID'],
    ]);
  });

  const open = {
    status: 'OPEN' as const,
    currency: 'EUR',
    totalMinor: 10_000,
    paidMinor: 0,
    payments: [] as Array<{ idempotencyKey?: string }>,
  };

  it('keeps a partly paid invoice OPEN and marks it PAID when nothing is due', () => {
    expect(applyPayment(open, 4_000, 'EUR')).toEqual({ kind: 'apply', paidMinor: 4_000, status: 'OPEN' });
    expect(applyPayment({ ...open, paidMinor: 4_000 }, 6_000, 'EUR')).toEqual({
      kind: 'apply',
      paidMinor: 10_000,
      status: 'PAID',
    });
  });

  it('refuses overpayment, other currencies, non-positive amounts and non-OPEN invoices', () => {
    expect(applyPayment(open, 10_001, 'EUR')).toMatchObject({ kind: 'refuse', error: { code: 'OVERPAYMENT' } });
    expect(applyPayment(open, 100, 'USD')).toMatchObject({ kind: 'refuse', error: { code: 'CURRENCY_MISMATCH' } });
    expect(applyPayment(open, 0, 'EUR')).toMatchObject({ kind: 'refuse', error: { code: 'INVALID' } });
    for (const status of ['DRAFT', 'PAID', 'VOID'] as const) {
      expect(applyPayment({ ...open, status }, 100, 'EUR')).toMatchObject({
        kind: 'refuse',
        error: { code: 'ILLEGAL_TRANSITION' },
      });
    }
  });

  it('treats a retried payment (same idempotency key) as already recorded', () => {
    expect(applyPayment({ ...open, status: 'PAID', payments: [{ idempotencyKey: 'k1' }] }, 100, 'EUR', 'k1')).toEqual({
      kind: 'duplicate',
    });
  });

  it('refuses to void an invoice that has received money', () => {
    expect(voidRefusal({ paidMinor: 1 })).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(voidRefusal({ paidMinor: 0 })).toBeNull();
  });

  it('is overdue only while OPEN after its due date (UTC)', () => {
    const now = new Date('2026-05-10T23:30:00Z');
    expect(isOverdue({ status: 'OPEN', dueDate: '2026-05-09' }, now)).toBe(true);
    expect(isOverdue({ status: 'OPEN', dueDate: '2026-05-10' }, now)).toBe(false);
    expect(isOverdue({ status: 'PAID', dueDate: '2026-01-01' }, now)).toBe(false);
  });
});
