import { canTransition, type Transitions } from '../../lib/state-machine';
import { BILL_TRANSITIONS, billLines, billPaymentRefusal, billVoidRefusal } from '../../subgraphs/finance/domain/bill';
import { EXPENSE_TRANSITIONS, expenseLines } from '../../subgraphs/finance/domain/expense';
import {
  creditNoteSplit,
  creditRefusal,
  issueLines,
  priceBpsLines,
  priceInvoiceLines,
} from '../../subgraphs/finance/domain/invoice';
import {
  agingBucket,
  balanceProblem,
  line,
  parseJournalLines,
  reversalLines,
  type JournalLine,
} from '../../subgraphs/finance/domain/ledger';
import { paymentNumber, receiptLines } from '../../subgraphs/finance/domain/payment';
import { payrollLines } from '../../subgraphs/finance/domain/payroll';
import { dueIn, PAYMENT_TERMS_DAYS } from '../../subgraphs/finance/domain/terms';
import { applyBps, divRoundHalfUp, formatPercent, parsePercent, taxLine } from '../../subgraphs/finance/domain/tax';

function expectExactly<S extends string>(machine: Transitions<S>, legal: Array<[S, S]>) {
  const statuses = Object.keys(machine) as S[];
  const allowed = new Set(legal.map(([from, to]) => `${from}->${to}`));
  for (const from of statuses) {
    for (const to of statuses) {
      expect([`${from}->${to}`, canTransition(machine, from, to)]).toEqual([`${from}->${to}`, allowed.has(`${from}->${to}`)]);
    }
  }
}

const sum = (lines: JournalLine[], side: 'debitMinor' | 'creditMinor') => lines.reduce((s, l) => s + l[side], 0);

describe('expense lifecycle', () => {
  it('allows DRAFT->SUBMITTED->APPROVED->POSTED->REIMBURSED and SUBMITTED->REJECTED, nothing else', () => {
    expectExactly(EXPENSE_TRANSITIONS, [
      ['DRAFT', 'SUBMITTED'],
      ['SUBMITTED', 'APPROVED'],
      ['SUBMITTED', 'REJECTED'],
      ['APPROVED', 'POSTED'],
      ['POSTED', 'REIMBURSED'],
    ]);
  });
});

describe('supplier bill lifecycle', () => {
  it('allows DRAFT->OPEN->(PARTIALLY_PAID->)PAID and voiding DRAFT or OPEN, nothing else', () => {
    expectExactly(BILL_TRANSITIONS, [
      ['DRAFT', 'OPEN'],
      ['DRAFT', 'VOID'],
      ['OPEN', 'PARTIALLY_PAID'],
      ['OPEN', 'PAID'],
      ['OPEN', 'VOID'],
      ['PARTIALLY_PAID', 'PAID'],
    ]);
  });
});

describe('tax and discount arithmetic', () => {
  it('rounds half-up, away from zero, exactly', () => {
    expect(divRoundHalfUp(5n, 2n)).toBe(3n);
    expect(divRoundHalfUp(4n, 2n)).toBe(2n);
    expect(divRoundHalfUp(7n, 3n)).toBe(2n);
    expect(divRoundHalfUp(-5n, 2n)).toBe(-3n);
    expect(applyBps(250, 1900)).toBe(48); // 47.5 -> 48
    expect(applyBps(249, 1900)).toBe(47); // 47.31 -> 47
    expect(applyBps(Number.MAX_SAFE_INTEGER, 10000)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('parses percents exactly into basis points and refuses the rest', () => {
    expect(parsePercent('19', ['f'])).toEqual({ bps: 1900 });
    expect(parsePercent('7.5', ['f'])).toEqual({ bps: 750 });
    expect(parsePercent('0.25', ['f'])).toEqual({ bps: 25 });
    expect(parsePercent('100', ['f'])).toEqual({ bps: 10000 });
    for (const bad of ['100.01', '-1', '1.234', 'abc', ''])
      expect(parsePercent(bad, ['f']).error).toMatchObject({ code: 'INVALID', field: ['f'] });
    expect(formatPercent(1900)).toBe('19');
    expect(formatPercent(750)).toBe('7.5');
    expect(formatPercent(25)).toBe('0.25');
  });

  it('adds exclusive tax on top of the discounted amount', () => {
    // 3 x 19.99 = 59.97; 10 % discount = 6.00 (5.997 half-up); net 53.97; 19 % tax = 10.25 (10.2543)
    expect(taxLine(1999, 3, 1000, 1900, false)).toEqual({
      grossMinor: 5997,
      discountMinor: 600,
      netMinor: 5397,
      taxMinor: 1025,
      totalMinor: 6422,
    });
  });

  it('carves inclusive tax out of the price so that net + tax = price', () => {
    // 119.00 incl. 19 % = 100.00 + 19.00
    expect(taxLine(11900, 1, 0, 1900, true)).toMatchObject({ netMinor: 10000, taxMinor: 1900, totalMinor: 11900 });
    // 10.00 incl. 19 %: net 8.403... -> 8.40, tax 1.60
    expect(taxLine(1000, 1, 0, 1900, true)).toMatchObject({ netMinor: 840, taxMinor: 160, totalMinor: 1000 });
    // 0.05 incl. 7 %: net 0.0467 -> 0.05, tax 0.00
    expect(taxLine(5, 1, 0, 700, true)).toMatchObject({ netMinor: 5, taxMinor: 0, totalMinor: 5 });
    for (let price = 1; price < 500; price += 7) {
      const t = taxLine(price, 3, 250, 1900, true);
      expect(t.netMinor + t.taxMinor).toBe(t.totalMinor);
    }
  });

  it('prices invoices line by line and sums exactly', () => {
    const doc = priceBpsLines(
      [
        { description: 'A', quantity: 1, unitPriceMinor: 250, taxRateBps: 1900 },
        { description: 'B', quantity: 1, unitPriceMinor: 250, taxRateBps: 1900 },
        { description: 'C', quantity: 2, unitPriceMinor: 1000, discountBps: 5000 },
      ],
      false,
    );
    expect(doc).toMatchObject({ subtotalMinor: 1500, taxMinor: 96, totalMinor: 1596, discountMinor: 1000 });
  });

  it('refuses bad invoice input with field paths and prices nothing', () => {
    const result = priceInvoiceLines('EUR', [
      { description: 'x', quantity: 1, unitPrice: { amount: '1.00', currency: 'EUR' }, taxRate: '101' },
      { description: 'y', quantity: 1, unitPrice: { amount: '1.00', currency: 'EUR' }, discount: 'ten' },
    ]);
    expect(result.errors.map((e) => e.field)).toEqual([
      ['input', 'lines', '0', 'taxRate'],
      ['input', 'lines', '1', 'discount'],
    ]);
    expect(result.lines).toEqual([]);
  });

  it('splits a credit note into net and tax in the invoice proportion', () => {
    expect(creditNoteSplit({ subtotalMinor: 10000, taxMinor: 1900, totalMinor: 11900 }, 5950)).toEqual({
      netMinor: 5000,
      taxMinor: 950,
    });
    expect(creditNoteSplit({ subtotalMinor: 10000, taxMinor: 0, totalMinor: 10000 }, 1)).toEqual({ netMinor: 1, taxMinor: 0 });
  });
});

describe('journal entries', () => {
  it('accept only lines that balance exactly, one side each, on known accounts', () => {
    const ok = [line('1000', 'DEBIT', 100)!, line('4000', 'CREDIT', 100)!];
    expect(balanceProblem(ok)).toBeNull();
    expect(balanceProblem([ok[0]])).toMatch(/two lines/);
    expect(balanceProblem([ok[0], line('4000', 'CREDIT', 99)!])).toMatch(/differ/);
    expect(balanceProblem([...ok, { accountCode: '9999', debitMinor: 1, creditMinor: 0 }])).toMatch(/unknown account/);
    expect(
      balanceProblem([{ accountCode: '1000', debitMinor: 5, creditMinor: 5 }, line('4000', 'CREDIT', 0.5 as never)!]),
    ).toMatch(/exactly one|non-negative/);
    expect(balanceProblem([{ accountCode: '1000', debitMinor: 1.5, creditMinor: 0 }, line('4000', 'CREDIT', 1.5)!])).toMatch(
      /non-negative integers/,
    );
  });

  it('reverses by swapping sides, and a negative amount lands on the other side', () => {
    const lines = [line('1000', 'DEBIT', 100)!, line('4000', 'CREDIT', 100)!];
    expect(reversalLines(lines).map((l) => [l.accountCode, l.debitMinor, l.creditMinor])).toEqual([
      ['1000', 0, 100],
      ['4000', 100, 0],
    ]);
    expect(line('1000', 'DEBIT', -5)).toMatchObject({ debitMinor: 0, creditMinor: 5 });
    expect(line('1000', 'DEBIT', 0)).toBeNull();
  });

  it('posts balanced entries for invoices, expenses, bills and payroll', () => {
    const postings = [
      issueLines({ customerId: 'c', number: 'INV-1', subtotalMinor: 5397, taxMinor: 1025, totalMinor: 6422 }),
      expenseLines({ netMinor: 840, taxMinor: 160, totalMinor: 1000, submitterId: 'e', number: 'EXP-1', category: 'Travel' }),
      billLines({ netMinor: 1000, taxMinor: 190, totalMinor: 1190, supplierId: 's', number: 'BILL-1', purchaseOrderId: 'po' }),
      payrollLines({
        grossMinor: 500000,
        employeeDeductionsMinor: 150000,
        employerContributionsMinor: 100000,
        netMinor: 350000,
        period: '2026-05',
      }),
    ];
    for (const lines of postings) {
      expect(balanceProblem(lines)).toBeNull();
      expect(sum(lines, 'debitMinor')).toBe(sum(lines, 'creditMinor'));
    }
    expect(() =>
      payrollLines({ grossMinor: 10, employeeDeductionsMinor: 1, employerContributionsMinor: 0, netMinor: 8, period: 'x' }),
    ).toThrow(/gross/);
  });
});

describe('AR aging buckets', () => {
  const at = new Date('2026-05-31T12:00:00Z');
  it.each([
    ['2026-06-30', 'CURRENT'],
    ['2026-05-31', 'CURRENT'],
    ['2026-05-30', 'DAYS_1_30'],
    ['2026-05-01', 'DAYS_1_30'],
    ['2026-04-30', 'DAYS_31_60'],
    ['2026-04-01', 'DAYS_31_60'],
    ['2026-03-31', 'DAYS_61_90'],
    ['2026-03-02', 'DAYS_61_90'],
    ['2026-03-01', 'OVER_90'],
    ['2025-01-01', 'OVER_90'],
  ])('due %s is %s on 2026-05-31', (due, bucket) => {
    expect(agingBucket(due, at)).toBe(bucket);
  });
});

describe('manual journal lines', () => {
  it('parse one side per line in the currency, and refuse unknown accounts, both sides or an imbalance', () => {
    expect(
      parseJournalLines('EUR', [
        { accountCode: '1000', debit: '10.50' },
        { accountCode: '3000', credit: '10.50', memo: 'Owner' },
      ]),
    ).toEqual({
      lines: [
        { accountCode: '1000', debitMinor: 1050, creditMinor: 0, memo: null },
        { accountCode: '3000', debitMinor: 0, creditMinor: 1050, memo: 'Owner' },
      ],
      errors: [],
    });
    const codes = (lines: Parameters<typeof parseJournalLines>[1]) =>
      parseJournalLines('EUR', lines).errors.map((e) => [e.field?.join('.'), e.code]);
    expect(
      codes([
        { accountCode: '9999', debit: '1.00' },
        { accountCode: '3000', debit: '1.00', credit: '1.00' },
      ]),
    ).toEqual([
      ['input.lines.0.accountCode', 'NOT_FOUND'],
      ['input.lines.1.debit', 'INVALID'],
    ]);
    expect(codes([{ accountCode: '1000', debit: '0.00' }])).toEqual([['input.lines.0.debit', 'INVALID']]);
    expect(
      codes([
        { accountCode: '1000', debit: '1.00' },
        { accountCode: '3000', credit: '0.99' },
      ]),
    ).toEqual([['input.lines', 'INVALID']]);
  });
});

describe('payments, credit notes and bill payments', () => {
  const invoice = {
    status: 'OPEN' as const,
    currency: 'EUR',
    customerId: 'c',
    totalMinor: 10_000,
    paidMinor: 6_000,
    creditedMinor: 1_000,
  };

  it('receive cash against receivable for what was applied and customer credit for the rest', () => {
    const lines = receiptLines({ amountMinor: 5_000, appliedMinor: 3_000, customerId: 'c', number: 'PAY-1', reference: 'BANK' });
    expect(lines.map((l) => [l.accountCode, l.debitMinor, l.creditMinor, l.partyId ?? null])).toEqual([
      ['1000', 5_000, 0, null],
      ['1100', 0, 3_000, 'c'],
      ['2300', 0, 2_000, 'c'],
    ]);
    expect(balanceProblem(lines)).toBeNull();
    expect(receiptLines({ amountMinor: 3_000, appliedMinor: 3_000, customerId: 'c', number: 'PAY-2' })).toHaveLength(2);
  });

  it('refuse a credit note beyond what is due, in another currency or on an unpayable invoice', () => {
    expect(creditRefusal(invoice, 3_000, 'EUR')).toBeNull();
    expect(creditRefusal(invoice, 3_001, 'EUR')).toMatchObject({ code: 'OVERPAYMENT', field: ['input', 'amount'] });
    expect(creditRefusal(invoice, 1, 'USD')).toMatchObject({ code: 'CURRENCY_MISMATCH' });
    expect(creditRefusal(invoice, 0, 'EUR')).toMatchObject({ code: 'INVALID' });
    expect(creditRefusal({ ...invoice, status: 'DRAFT' }, 1, 'EUR')).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      field: ['input', 'invoiceId'],
    });
  });

  it('refuse a bill payment beyond what is due, in another currency or on an unapproved bill', () => {
    const bill = { status: 'PARTIALLY_PAID' as const, currency: 'EUR', totalMinor: 5_950, paidMinor: 2_000 };
    expect(billPaymentRefusal(bill, 3_950, 'EUR')).toBeNull();
    expect(billPaymentRefusal(bill, 3_951, 'EUR')).toMatchObject({ code: 'OVERPAYMENT' });
    expect(billPaymentRefusal(bill, 1, 'USD')).toMatchObject({ code: 'CURRENCY_MISMATCH' });
    expect(billPaymentRefusal(bill, -1, 'EUR')).toMatchObject({ code: 'INVALID' });
    expect(billPaymentRefusal({ ...bill, status: 'DRAFT' }, 1, 'EUR')).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      field: ['input', 'billId'],
    });
    expect(billVoidRefusal(bill)).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(billVoidRefusal({ paidMinor: 0 })).toBeNull();
  });

  it('derive payment numbers from the id and fall due on the payment terms', () => {
    expect(paymentNumber('6b09ce4a736e401f6cf1c3ae')).toBe('PAY-6B09CE4A736E401F6CF1C3AE');
    expect(dueIn(PAYMENT_TERMS_DAYS, new Date('2026-01-15T23:30:00Z'))).toBe('2026-02-14');
  });
});
