import { balanceProblem } from '../../subgraphs/finance/domain/ledger';
import { postingDate } from '../../subgraphs/finance/domain/period';
import {
  closedNetIncome,
  closingLines,
  closingSource,
  isClosingSource,
  yearEndInstant,
} from '../../subgraphs/finance/domain/year-end';

const t = (accountCode: string, debitMinor: number, creditMinor: number) => ({ accountCode, debitMinor, creditMinor });

describe('year-end closing (domain/year-end.ts)', () => {
  it('zeroes every income and expense account and credits a profit to retained earnings', () => {
    // Sales 1,000.00 credit, 50.00 debit (a credit note); expenses 300.00; cash and receivables are left alone.
    const { lines, netIncomeMinor } = closingLines([t('1000', 120_000, 20_000), t('4000', 5_000, 100_000), t('5200', 30_000, 0)]);
    expect(lines).toEqual([
      { accountCode: '4000', debitMinor: 95_000, creditMinor: 0, memo: 'Closed into retained earnings' },
      { accountCode: '5200', debitMinor: 0, creditMinor: 30_000, memo: 'Closed into retained earnings' },
      { accountCode: '3100', debitMinor: 0, creditMinor: 65_000, memo: 'Result of the year' },
    ]);
    expect(netIncomeMinor).toBe(65_000);
    expect(closedNetIncome(lines)).toBe(65_000);
    expect(balanceProblem(lines)).toBeNull();
  });

  it('debits a loss to retained earnings', () => {
    const { lines, netIncomeMinor } = closingLines([t('4000', 0, 10_000), t('5100', 25_000, 0), t('5000', 1, 0)]);
    expect(netIncomeMinor).toBe(-15_001);
    expect(lines.at(-1)).toEqual({ accountCode: '3100', debitMinor: 15_001, creditMinor: 0, memo: 'Result of the year' });
    expect(balanceProblem(lines)).toBeNull();
  });

  it('needs no retained-earnings line when income and expenses cancel out, and nothing when all is closed', () => {
    expect(closingLines([t('4000', 0, 500), t('5200', 500, 0)]).lines.map((l) => l.accountCode)).toEqual(['4000', '5200']);
    expect(closingLines([t('4000', 700, 700), t('1000', 5, 0)])).toEqual({ lines: [], netIncomeMinor: 0 });
    expect(closingLines([])).toEqual({ lines: [], netIncomeMinor: 0 });
  });

  it('dates closing entries the last instant of the year, even into the closed period', () => {
    expect(yearEndInstant('2025-12-31').toISOString()).toBe('2025-12-31T23:59:59.999Z');
    const at = yearEndInstant('2025-12-31');
    expect(postingDate(at, '2026-01-31', 'ALLOW')).toEqual({ date: at, movedFrom: null });
    expect(postingDate(at, '2026-01-31', 'REFUSE')).toHaveProperty('refused.code', 'PERIOD_CLOSED');
    expect(closingSource('2025-12-31', 'EUR', 0)).toBe('year-end:2025-12-31:EUR:0');
    expect(isClosingSource('year-end:2025-12-31:EUR:1')).toBe(true);
    expect(isClosingSource('manual:year-end')).toBe(false);
  });
});
