/** The tenant's named tax rates: creating them, and resolving the ones document lines name. */
import mongoose from 'mongoose';
import { userError, type UserError } from '../../../lib/errors';
import { assertNoUserErrors } from '../../../lib/mutation';
import { requireText } from '../../../lib/validation';
import { changedFields, insert, update } from '../../../lib/write';
import type { InvoiceLineInput } from '../domain/invoice';
import { formatPercent, parsePercent } from '../domain/tax';
import type { FinanceModels, TaxRateDoc } from '../models';

export async function createTaxRate(
  models: FinanceModels,
  input: { name: string; rate: string; inclusive?: boolean | null },
): Promise<TaxRateDoc> {
  const rate = parsePercent(input.rate, ['input', 'rate']);
  assertNoUserErrors([...requireText(input.name, ['input', 'name'], 100), ...(rate.error ? [rate.error] : [])]);
  return insert<TaxRateDoc>(
    models.TaxRate,
    { name: input.name.trim(), rateBps: rate.bps, inclusive: Boolean(input.inclusive) },
    { taken: { field: ['input', 'name'], message: 'A tax rate with this name exists.' } },
  );
}

/**
 * Corrects a tax rate. Lines that used it carry the percent they were given (resolveTaxRates copies
 * it), so drafted and issued documents keep their tax; only documents priced from now on use the new one.
 */
export async function updateTaxRate(
  models: FinanceModels,
  input: { id: string; expectedVersion?: number | null; name?: string | null; rate?: string | null; inclusive?: boolean | null },
): Promise<TaxRateDoc> {
  const rate = input.rate != null ? parsePercent(input.rate, ['input', 'rate']) : null;
  assertNoUserErrors([...requireText(input.name, ['input', 'name'], 100), ...(rate?.error ? [rate.error] : [])]);
  return update<TaxRateDoc>(
    models.TaxRate,
    input.id,
    (current) => {
      const next: Partial<TaxRateDoc> = {
        ...(input.name != null && { name: input.name.trim() }),
        ...(rate && { rateBps: rate.bps }),
        ...(input.inclusive != null && { inclusive: input.inclusive }),
      };
      return changedFields(current, next).length ? { $set: next } : null;
    },
    { expectedVersion: input.expectedVersion, taken: { field: ['input', 'name'], message: 'A tax rate with this name exists.' } },
  );
}

/** Replaces each line's taxRateId by the rate's percent; unknown ids are userErrors. */
export async function resolveTaxRates<L extends InvoiceLineInput & { taxRateId?: string | null }>(
  models: FinanceModels,
  lines: L[],
): Promise<{ lines: InvoiceLineInput[]; errors: UserError[] }> {
  const ids = [
    ...new Set(lines.map((l) => l.taxRateId).filter((id): id is string => Boolean(id) && mongoose.isObjectIdOrHexString(id))),
  ];
  const rates = ids.length ? await models.TaxRate.find({ _id: mongoose.trusted({ $in: ids }) }).lean<TaxRateDoc[]>() : [];
  const byId = new Map(rates.map((r) => [r._id.toString(), r]));
  const errors: UserError[] = [];
  const resolved = lines.map((l, i) => {
    if (!l.taxRateId) return l;
    const field = ['input', 'lines', String(i), 'taxRateId'];
    if (l.taxRate) errors.push(userError(field, 'Give taxRate or taxRateId, not both.', 'INVALID'));
    const rate = byId.get(l.taxRateId);
    if (!rate) errors.push(userError(field, `Tax rate ${l.taxRateId} not found.`, 'NOT_FOUND'));
    return { ...l, taxRate: rate ? formatPercent(rate.rateBps) : l.taxRate };
  });
  return { lines: resolved, errors };
}
