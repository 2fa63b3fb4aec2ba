import { dunningStep, validateDunningDays } from '../../subgraphs/finance/domain/dunning';

describe('dunning levels (domain/dunning.ts)', () => {
  const days = [7, 14, 30];

  it('reaches every level the days overdue pass, at once when the invoice was not looked at for a while', () => {
    expect(dunningStep('2026-03-01', '2026-03-01', days, 0)).toEqual({
      level: 0,
      raised: false,
      nextCheckOn: '2026-03-08',
      daysOverdue: 0,
    });
    expect(dunningStep('2026-03-01', '2026-03-07', days, 0)).toMatchObject({ level: 0, raised: false });
    expect(dunningStep('2026-03-01', '2026-03-08', days, 0)).toEqual({
      level: 1,
      raised: true,
      nextCheckOn: '2026-03-15',
      daysOverdue: 7,
    });
    expect(dunningStep('2026-03-01', '2026-04-15', days, 1)).toMatchObject({ level: 3, raised: true, daysOverdue: 45 });
  });

  it('never lowers a level, and past the last level looks again the next day', () => {
    expect(dunningStep('2026-03-01', '2026-03-10', [30], 2)).toEqual({
      level: 2,
      raised: false,
      nextCheckOn: '2026-03-11',
      daysOverdue: 9,
    });
    expect(dunningStep('2026-03-01', '2026-06-01', [], 0)).toMatchObject({ level: 0, raised: false, nextCheckOn: '2026-06-02' });
    // Across a month and a year end, in UTC calendar days.
    expect(dunningStep('2026-12-25', '2027-01-08', days, 1)).toMatchObject({ level: 2, daysOverdue: 14 });
  });

  it('accepts up to five increasing levels of 1 to 365 days', () => {
    expect(validateDunningDays([])).toEqual([]);
    expect(validateDunningDays([1, 7, 14, 30, 365])).toEqual([]);
    expect(validateDunningDays([7, 7])[0]).toMatchObject({ field: ['input', 'dunningDays', '1'], code: 'INVALID' });
    expect(validateDunningDays([366])[0]).toMatchObject({ field: ['input', 'dunningDays', '0'] });
    expect(validateDunningDays([1.5])[0]).toMatchObject({ code: 'INVALID' });
    expect(validateDunningDays([1, 2, 3, 4, 5, 6])[0]).toMatchObject({ field: ['input', 'dunningDays'] });
  });
});
