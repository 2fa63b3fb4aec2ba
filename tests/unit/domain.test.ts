import { priceLines } from '../../lib/lines';
import { searchPatterns, searchTermsOf } from '../../subgraphs/customers/domain/customer';
import { priceOrderLines } from '../../subgraphs/sales/domain/order';
import { skuKey, validateProduct } from '../../subgraphs/inventory/domain/product';
import { validateStockDelta } from '../../subgraphs/inventory/domain/stock';

describe('line pricing', () => {
  it('prices lines exactly and totals them', () => {
    const priced = priceLines('EUR', [
      { quantity: 3, unitPrice: { amount: '0.10', currency: 'EUR' } },
      { quantity: 400, unitPrice: { amount: '0.25', currency: 'EUR' } },
    ]);
    expect(priced.errors).toEqual([]);
    expect(priced.lines.map((l) => l.totalMinor)).toEqual([30, 10_000]);
    expect(priced.totalMinor).toBe(10_030);
  });

  it('reports every bad line with its path', () => {
    const { errors } = priceOrderLines('EUR', [
      { productId: 'p1', quantity: 0, unitPrice: { amount: '1.00', currency: 'EUR' } },
      { productId: ' ', quantity: 1, unitPrice: { amount: '1.00', currency: 'USD' } },
      { productId: 'p3', quantity: 1, unitPrice: { amount: '1.001', currency: 'EUR' } },
    ]);
    expect(errors.map((e) => [e.field?.join('.'), e.code])).toEqual([
      ['input.lines.0.quantity', 'INVALID'],
      ['input.lines.1.unitPrice', 'CURRENCY_MISMATCH'],
      ['input.lines.2.unitPrice', 'INVALID'],
      ['input.lines.1.productId', 'REQUIRED'],
    ]);
    expect(priceLines('EUR', []).errors[0].code).toBe('REQUIRED');
  });
});

describe('customer search terms', () => {
  it('indexes name words, email and contact names in lower case', () => {
    const terms = searchTermsOf({ name: 'Müller & Söhne GmbH', email: 'Info@Mueller.example', contacts: [{ name: 'Jörg Ek' }] });
    expect(terms).toEqual(expect.arrayContaining(['müller', 'söhne', 'gmbh', 'info@mueller.example', 'info', 'jörg', 'ek']));
  });

  it('turns a search box into escaped anchored prefixes', () => {
    expect(searchPatterns('  Mül  (so ').map(String)).toEqual(['/^mül/', '/^\\(so/']);
  });
});

describe('inventory rules', () => {
  it('normalises SKUs so case does not create a second product', () => {
    expect(skuKey(' ab-1 ')).toBe('AB-1');
  });

  it('validates products and stock moves', () => {
    expect(validateProduct({ sku: 'A 1', name: '', price: { amount: '-1', currency: 'EUR' } }).errors.map((e) => e.code)).toEqual(
      ['INVALID', 'REQUIRED', 'INVALID'],
    );
    expect(validateProduct({ sku: 'A-1', name: 'Widget', price: { amount: '9.99', currency: 'EUR' } })).toEqual({
      errors: [],
      priceMinor: 999,
    });
    expect(validateStockDelta(0, 'count').map((e) => e.code)).toEqual(['INVALID']);
    expect(validateStockDelta(5, '').map((e) => e.code)).toEqual(['REQUIRED']);
    expect(validateStockDelta(-5, 'damaged')).toEqual([]);
  });
});
