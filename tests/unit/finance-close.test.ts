import { closeRefusal, firstOpenDay, isClosed, postingDate, reopenRefusal } from '../../subgraphs/finance/domain/period';
import { csvText } from '../../subgraphs/finance/domain/ledger-export';

describe('period close (domain/period.ts)', () => {
  it('treats the lock date as inclusive, by UTC day', () => {
    expect(isClosed(new Date('2026-06-30T23:59:59.999Z'), '2026-06-30')).toBe(true);
    expect(isClosed(new Date('2026-07-01T00:00:00.000Z'), '2026-06-30')).toBe(false);
    expect(isClosed(new Date('2020-01-01T00:00:00Z'), null)).toBe(false);
    expect(firstOpenDay('2026-12-31').toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('refuses or moves a posting dated into the closed period', () => {
    const june = new Date('2026-06-15T10:00:00Z');
    expect(postingDate(june, '2026-06-30', 'REFUSE', ['input', 'date'])).toEqual({
      refused: { field: ['input', 'date'], code: 'PERIOD_CLOSED', message: expect.stringMatching(/2026-06-30.*2026-06-15/) },
    });
    expect(postingDate(june, '2026-06-30', 'NEXT_OPEN_DAY')).toEqual({ date: new Date('2026-07-01T00:00:00Z'), movedFrom: june });
    expect(postingDate(june, '2026-05-31', 'REFUSE')).toEqual({ date: june, movedFrom: null });
  });

  it('closes only ended days, forward; reopens only backward', () => {
    expect(closeRefusal('2026-06-30', null, '2026-07-01')).toBeNull();
    expect(closeRefusal('2026-07-01', null, '2026-07-01')?.code).toBe('INVALID');
    expect(closeRefusal('2026-02-30', null, '2026-07-01')?.code).toBe('INVALID');
    expect(closeRefusal('2026-05-31', '2026-06-30', '2026-07-01')?.message).toMatch(/reopenPeriod/);
    expect(closeRefusal('2026-06-30', '2026-06-30', '2026-07-01')).toBeNull();
    expect(reopenRefusal('2026-05-31', null)?.code).toBe('ILLEGAL_TRANSITION');
    expect(reopenRefusal('2026-06-30', '2026-06-30')?.code).toBe('INVALID');
    expect(reopenRefusal('2026-05-31', '2026-06-30')).toBeNull();
    expect(reopenRefusal(null, '2026-06-30')).toBeNull();
  });
});

import {
  compareLedger,
  decodeLedgerCursor,
  encodeLedgerCursor,
  sourceDocument,
  withRunningBalance,
} from '../../subgraphs/finance/domain/account-ledger';

describe('account ledger (domain/account-ledger.ts)', () => {
  it('names the document behind each kind of source', () => {
    expect(sourceDocument('invoice:abc:issue')).toEqual({ type: 'INVOICE', id: 'abc', event: 'issue' });
    expect(sourceDocument('invoice:abc:credit:c1')).toEqual({ type: 'INVOICE', id: 'abc', event: 'credit:c1' });
    expect(sourceDocument('payment:p1:receive')).toEqual({ type: 'PAYMENT', id: 'p1', event: 'receive' });
    expect(sourceDocument('bill:b1:payment:x')).toEqual({ type: 'SUPPLIER_BILL', id: 'b1', event: 'payment:x' });
    expect(sourceDocument('payroll:r1:paid')).toEqual({ type: 'PAYROLL_RUN', id: 'r1', event: 'paid' });
    expect(sourceDocument('cogs:order:o1:m1')).toEqual({ type: 'STOCK_MOVEMENT', id: 'm1', event: 'shipment' });
    expect(sourceDocument('stock:m2')).toEqual({ type: 'STOCK_MOVEMENT', id: 'm2', event: null });
    expect(sourceDocument('manual:key:with:colons')).toEqual({ type: 'MANUAL', id: 'key:with:colons', event: null });
    expect(sourceDocument('reversal:e1')).toEqual({ type: 'REVERSAL', id: 'e1', event: null });
    expect(sourceDocument('other:x')).toBeNull();
    expect(sourceDocument('invoice:')).toBeNull();
  });

  it('runs the balance in the normal direction, exactly', () => {
    const l = (debitMinor: number, creditMinor: number, i: number) => ({
      date: new Date('2026-01-01T00:00:00Z'),
      entryId: '0'.repeat(23) + i,
      lineIndex: 0,
      debitMinor,
      creditMinor,
    });
    expect(withRunningBalance('ASSET', 1000, [l(10, 0, 1), l(0, 1, 2)]).map((x) => x.balanceMinor)).toEqual([1010, 1009]);
    expect(withRunningBalance('LIABILITY', 0, [l(0, 10, 1), l(3, 0, 2)]).map((x) => x.balanceMinor)).toEqual([10, 7]);
  });

  it('round-trips its cursor, orders by date, entry and line, and refuses a foreign cursor', () => {
    const c = { date: new Date('2026-02-01T10:00:00Z'), entryId: 'a'.repeat(24), lineIndex: 2 };
    expect(decodeLedgerCursor(encodeLedgerCursor(c))).toEqual(c);
    expect(compareLedger(c, { ...c, lineIndex: 3 })).toBeLessThan(0);
    expect(compareLedger(c, { ...c, entryId: 'b'.repeat(24), lineIndex: 0 })).toBeLessThan(0);
    expect(compareLedger({ ...c, date: new Date('2026-02-02T00:00:00Z') }, c)).toBeGreaterThan(0);
    expect(() => decodeLedgerCursor('bm9wZQ')).toThrow(/Invalid cursor/);
    expect(() => decodeLedgerCursor(Buffer.from(JSON.stringify(['l1', 'x', 'a'.repeat(24), 0])).toString('base64url'))).toThrow();
  });
});

import { ageOpenAmounts } from '../../subgraphs/finance/domain/aging';

describe('ageing (domain/aging.ts)', () => {
  it('buckets open amounts per party, largest first, skipping what is settled', () => {
    const at = new Date('2026-12-02T12:00:00Z');
    const aged = ageOpenAmounts(
      [
        { partyId: 's1', partyName: 'One', dueDate: '2026-12-02', dueMinor: 500 },
        { partyId: 's2', dueDate: '2026-11-01', dueMinor: 7000 },
        { partyId: 's1', dueDate: '2026-08-01', dueMinor: 100 },
        { partyId: 's3', dueDate: '2026-01-01', dueMinor: 0 },
      ],
      at,
    );
    expect(aged.rows.map((r) => [r.partyId, r.partyName, r.totalMinor])).toEqual([
      ['s2', null, 7000],
      ['s1', 'One', 600],
    ]);
    expect(aged.rows[1].buckets).toEqual({ CURRENT: 500, DAYS_1_30: 0, DAYS_31_60: 0, DAYS_61_90: 0, OVER_90: 100 });
    expect(aged.totals).toEqual({ CURRENT: 500, DAYS_1_30: 0, DAYS_31_60: 7000, DAYS_61_90: 0, OVER_90: 100 });
    expect(aged.totalMinor).toBe(7600);
  });
});

import { addEntry, cashFlowSection, cashMoved, emptySections } from '../../subgraphs/finance/domain/cash-flow';

describe('cash flow, direct method (domain/cash-flow.ts)', () => {
  const l = (accountCode: string, debitMinor: number, creditMinor: number) => ({ accountCode, debitMinor, creditMinor });

  it('classifies the counter-account by class and range', () => {
    expect(cashFlowSection('1000')).toBeNull();
    expect(cashFlowSection('1100')).toBe('OPERATING');
    expect(cashFlowSection('4000')).toBe('OPERATING');
    expect(cashFlowSection('2000')).toBe('OPERATING');
    expect(cashFlowSection('1500', 'ASSET')).toBe('INVESTING');
    expect(cashFlowSection('2600', 'LIABILITY')).toBe('FINANCING');
    expect(cashFlowSection('3000')).toBe('FINANCING');
  });

  it("attributes each counter-line's share of the cash exactly; entries without cash add nothing", () => {
    const s = emptySections();
    // A receipt: 100.00 for an invoice, 0.01 left as customer credit.
    const receipt = [l('1000', 10001, 0), l('1100', 0, 10000), l('2300', 0, 1)];
    expect(cashMoved(receipt)).toBe(10001);
    addEntry(s, receipt);
    addEntry(s, [l('1500', 5000, 0), l('1000', 0, 5000)]); // equipment bought
    addEntry(s, [l('5200', 700, 0), l('2100', 133, 0), l('2000', 0, 833)]); // a bill: no cash
    addEntry(s, [l('1000', 200, 0), l('1000', 0, 200)]); // between cash accounts
    expect([...s.OPERATING.values()]).toEqual([
      { accountCode: '1100', inflowMinor: 10000, outflowMinor: 0 },
      { accountCode: '2300', inflowMinor: 1, outflowMinor: 0 },
    ]);
    expect([...s.INVESTING.values()]).toEqual([{ accountCode: '1500', inflowMinor: 0, outflowMinor: 5000 }]);
    expect(s.FINANCING.size).toBe(0);
  });
});

describe('general ledger CSV cells (domain/ledger-export.ts)', () => {
  it('quotes separators, quotes and line breaks, and keeps formula-like text as text', () => {
    expect(csvText('Rent March')).toBe('Rent March');
    expect(csvText(null)).toBe('');
    expect(csvText('a,b')).toBe('"a,b"');
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
    expect(csvText('two\nlines')).toBe('"two\nlines"');
    for (const risky of ['=1+1', '+31 20', '-5', '@SUM(A1)', '\tx']) expect(csvText(risky)).toBe(`'${risky}`);
  });
});
