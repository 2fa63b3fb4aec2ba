import { DateScalar, DateTimeScalar } from '../../lib/scalars';

describe('scalars', () => {
  it('DateTime accepts ISO-8601 with a zone and always serializes UTC', () => {
    const parsed = DateTimeScalar.parseValue('2026-03-01T10:00:00+02:00') as Date;
    expect(DateTimeScalar.serialize(parsed)).toBe('2026-03-01T08:00:00.000Z');
  });

  it('DateTime refuses values without a zone or not dates at all', () => {
    for (const bad of ['2026-03-01T10:00:00', '2026-03-01', 'yesterday', 1700000000]) {
      expect(() => DateTimeScalar.parseValue(bad)).toThrow(/DateTime/);
    }
  });

  it('Date accepts real calendar dates only', () => {
    expect(DateScalar.parseValue('2028-02-29')).toBe('2028-02-29');
    for (const bad of ['2027-02-29', '2026-13-01', '2026-1-1', '2026-01-01T00:00:00Z']) {
      expect(() => DateScalar.parseValue(bad)).toThrow(/Date must be/);
    }
  });
});
