import { closeRefusal, firstOpenDay, isClosed, postingDate, reopenRefusal } from '../../subgraphs/finance/domain/period';

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
