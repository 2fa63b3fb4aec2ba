import { canTransition, type Transitions } from '../../lib/state-machine';
import { ORDER_TRANSITIONS } from '../../subgraphs/sales/domain/order';
import {
  allocationRefusal,
  MAX_PAYMENTS_PER_INVOICE,
  MAX_CREDIT_NOTES_PER_INVOICE,
  creditRefusal,
  INVOICE_TRANSITIONS,
  isOverdue,
  settledStatus,
  voidRefusal,
} from '../../subgraphs/finance/domain/invoice';
import { billPaymentRefusal, MAX_PAYMENTS_PER_BILL } from '../../subgraphs/finance/domain/bill';

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
  it('allows DRAFT->CONFIRMED->(PARTIALLY_FULFILLED->)FULFILLED and cancelling before anything shipped, nothing else', () => {
    expectExactly(ORDER_TRANSITIONS, [
      ['DRAFT', 'CONFIRMED'],
      ['DRAFT', 'CANCELLED'],
      ['CONFIRMED', 'FULFILLED'],
      ['CONFIRMED', 'PARTIALLY_FULFILLED'],
      ['CONFIRMED', 'CANCELLED'],
      ['PARTIALLY_FULFILLED', 'FULFILLED'],
    ]);
  });
});

describe('invoice lifecycle', () => {
  it('allows DRAFT->OPEN->(PARTIALLY_PAID->)PAID and voiding before payment, nothing else', () => {
    expectExactly(INVOICE_TRANSITIONS, [
      ['DRAFT', 'OPEN'],
      ['DRAFT', 'VOID'],
      ['OPEN', 'PARTIALLY_PAID'],
      ['OPEN', 'PAID'],
      ['OPEN', 'VOID'],
      ['PARTIALLY_PAID', 'PAID'],
    ]);
  });

  const open = { status: 'OPEN' as const, currency: 'EUR', customerId: 'c1', totalMinor: 10_000, paidMinor: 0 };

  it('makes a partly paid invoice PARTIALLY_PAID and marks it PAID when nothing is due', () => {
    expect(allocationRefusal(open, 4_000, 'EUR', ['f'])).toBeNull();
    expect(settledStatus({ ...open, paidMinor: 4_000 })).toBe('PARTIALLY_PAID');
    expect(settledStatus({ ...open, paidMinor: 10_000 })).toBe('PAID');
    expect(settledStatus({ ...open, paidMinor: 4_000, creditedMinor: 6_000 })).toBe('PAID');
    expect(settledStatus(open)).toBe('OPEN');
  });

  it('refuses overpayment, other currencies or customers, non-positive amounts and unpayable invoices', () => {
    expect(allocationRefusal(open, 10_001, 'EUR', ['f'])).toMatchObject({ code: 'OVERPAYMENT', field: ['f'] });
    expect(allocationRefusal({ ...open, paidMinor: 9_000 }, 1_001, 'EUR', ['f'])).toMatchObject({ code: 'OVERPAYMENT' });
    expect(allocationRefusal(open, 100, 'USD', ['f'])).toMatchObject({ code: 'CURRENCY_MISMATCH' });
    expect(allocationRefusal(open, 100, 'EUR', ['f'], 'c2')).toMatchObject({ code: 'INVALID' });
    expect(allocationRefusal(open, 0, 'EUR', ['f'])).toMatchObject({ code: 'INVALID' });
    // One invoice takes at most MAX_PAYMENTS_PER_INVOICE payments, so Invoice.payments stays bounded.
    const applied = (n: number) => ({ ...open, status: 'PARTIALLY_PAID' as const, paidMinor: n, applied: Array(n).fill({}) });
    expect(allocationRefusal(applied(MAX_PAYMENTS_PER_INVOICE - 1), 1, 'EUR', ['f'])).toBeNull();
    expect(allocationRefusal(applied(MAX_PAYMENTS_PER_INVOICE), 1, 'EUR', ['f'])).toMatchObject({
      code: 'INVALID',
      message: `An invoice takes at most ${MAX_PAYMENTS_PER_INVOICE} payments.`,
    });
    const credited = { ...open, credits: Array(MAX_CREDIT_NOTES_PER_INVOICE).fill({}) };
    expect(creditRefusal({ ...credited, credits: credited.credits.slice(1) }, 1, 'EUR')).toBeNull();
    expect(creditRefusal(credited, 1, 'EUR')).toMatchObject({ code: 'INVALID', field: ['input', 'invoiceId'] });
    const bill = { status: 'OPEN' as const, currency: 'EUR', totalMinor: 10_000, paidMinor: 0 };
    expect(billPaymentRefusal({ ...bill, payments: Array(MAX_PAYMENTS_PER_BILL - 1).fill({}) }, 1, 'EUR')).toBeNull();
    expect(billPaymentRefusal({ ...bill, payments: Array(MAX_PAYMENTS_PER_BILL).fill({}) }, 1, 'EUR')).toMatchObject({
      code: 'INVALID',
      message: `A bill takes at most ${MAX_PAYMENTS_PER_BILL} payments.`,
    });
    expect(allocationRefusal({ ...open, status: 'PARTIALLY_PAID', paidMinor: 1 }, 100, 'EUR', ['f'])).toBeNull();
    for (const status of ['DRAFT', 'PAID', 'VOID'] as const) {
      expect(allocationRefusal({ ...open, status }, 100, 'EUR', ['f'])).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    }
  });

  it('refuses to void an invoice that has received money or credit', () => {
    expect(voidRefusal({ paidMinor: 1 })).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(voidRefusal({ paidMinor: 0, creditedMinor: 1 })).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(voidRefusal({ paidMinor: 0 })).toBeNull();
  });

  it('is overdue only while OPEN or PARTIALLY_PAID after its due date (UTC)', () => {
    const now = new Date('2026-05-10T23:30:00Z');
    expect(isOverdue({ status: 'OPEN', dueDate: '2026-05-09' }, now)).toBe(true);
    expect(isOverdue({ status: 'PARTIALLY_PAID', dueDate: '2026-05-09' }, now)).toBe(true);
    expect(isOverdue({ status: 'OPEN', dueDate: '2026-05-10' }, now)).toBe(false);
    expect(isOverdue({ status: 'PAID', dueDate: '2026-01-01' }, now)).toBe(false);
    expect(isOverdue({ status: 'DRAFT', dueDate: '2026-01-01' }, now)).toBe(false);
  });
});
