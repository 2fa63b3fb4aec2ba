import { formatAmount, parseAmount, toMoney, lineTotal } from '../../lib/money';

describe('money', () => {
  it('parses decimal strings into exact minor units per currency exponent', () => {
    expect(parseAmount('1234.50', 'EUR')).toBe(123450);
    expect(parseAmount('0.1', 'EUR')).toBe(10);
    expect(parseAmount('-3', 'USD')).toBe(-300);
    expect(parseAmount('500', 'JPY')).toBe(500);
    expect(parseAmount('1.234', 'KWD')).toBe(1234);
  });

  it('refuses floats, excess precision, junk and unknown currencies', () => {
    expect(() => parseAmount('1.005', 'EUR')).toThrow(/more than 2 decimal places/);
    expect(() => parseAmount('1.5', 'JPY')).toThrow(/more than 0 decimal places/);
    expect(() => parseAmount('1e3', 'EUR')).toThrow(/Invalid amount/);
    expect(() => parseAmount('12,50', 'EUR')).toThrow(/Invalid amount/);
    expect(() => parseAmount('10', 'XYZ')).toThrow(/Unknown currency/);
    expect(() => parseAmount('10', 'eur')).toThrow(/Unknown currency/);
  });

  it('formats minor units back without rounding', () => {
    expect(formatAmount(123450, 'EUR')).toBe('1234.50');
    expect(formatAmount(5, 'EUR')).toBe('0.05');
    expect(formatAmount(-5, 'EUR')).toBe('-0.05');
    expect(formatAmount(500, 'JPY')).toBe('500');
    expect(formatAmount(1234, 'BHD')).toBe('1.234');
    expect(toMoney(33980, 'EUR')).toEqual({ amount: '339.80', currency: 'EUR' });
  });

  it('keeps 0.1 + 0.2 exact, unlike floats', () => {
    expect(formatAmount(parseAmount('0.1', 'EUR') + parseAmount('0.2', 'EUR'), 'EUR')).toBe('0.30');
  });

  it('refuses totals beyond safe integers', () => {
    expect(() => lineTotal(Number.MAX_SAFE_INTEGER, 2)).toThrow(/too large/);
  });
});
