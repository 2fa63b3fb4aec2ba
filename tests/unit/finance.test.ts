import { canTransition, type Transitions } from '../../lib/state-machine';
import {
  BILL_TRANSITIONS,
  EXPENSE_TRANSITIONS,
  billLines,
  expenseLines,
  payrollLines,
} from '../../subgraphs/finance/domain/documents';
import { creditNoteSplit, issueLines, priceBpsLines, priceInvoiceLines } from '../../subgraphs/finance/domain/invoice';
import { agingBucket, balanceProblem, line, reversalLines, type JournalLine } from '../../subgraphs/finance/domain/ledger';
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
  it('allows DRAFT->SUBMITTED->APPROVED->POSTED and SUBMITTED->REJECTED, nothing else', () => {
    expectExactly(EXPENSE_TRANSITIONS, [
      ['DRAFT', 'SUBMITTED'],
      ['SUBMITTED', 'APPROVED'],
      ['SUBMITTED', 'REJECTED'],
      ['APPROVED', 'POSTED'],
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
