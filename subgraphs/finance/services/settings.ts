/** The tenant's finance settings: created with defaults on first use (invoice on fulfilment), changed by users. */
import { userError } from '../../../lib/errors';
import { assertNoUserErrors } from '../../../lib/mutation';
import { findOrCreate, update } from '../../../lib/write';
import { validateDunningDays } from '../domain/dunning';
import { INVOICING_POLICIES, type InvoicingPolicy } from '../domain/invoicing';
import { parsePercent } from '../domain/tax';
import type { FinanceModels, FinanceSettingsDoc } from '../models';

/** The tenant's settings, created once however many first requests race (unique per tenant). */
export async function getFinanceSettings(models: FinanceModels): Promise<FinanceSettingsDoc> {
  return (await findOrCreate<FinanceSettingsDoc>(models.Settings, {})).doc;
}

export async function updateFinanceSettings(
  models: FinanceModels,
  input: {
    invoicingPolicy?: InvoicingPolicy | null;
    autoBillReceipts?: boolean | null;
    billMatchTolerancePercent?: string | null;
    dunningDays?: number[] | null;
  },
): Promise<FinanceSettingsDoc> {
  const tolerance =
    input.billMatchTolerancePercent != null
      ? parsePercent(input.billMatchTolerancePercent, ['input', 'billMatchTolerancePercent'])
      : null;
  assertNoUserErrors([
    ...(input.invoicingPolicy != null && !INVOICING_POLICIES.includes(input.invoicingPolicy)
      ? [userError(['input', 'invoicingPolicy'], `One of ${INVOICING_POLICIES.join(', ')}.`, 'INVALID')]
      : []),
    ...(tolerance?.error ? [tolerance.error] : []),
    ...(input.dunningDays ? validateDunningDays(input.dunningDays) : []),
  ]);
  const current = await getFinanceSettings(models);
  return update<FinanceSettingsDoc>(models.Settings, current._id, () => ({
    $set: {
      ...(input.invoicingPolicy != null ? { invoicingPolicy: input.invoicingPolicy } : {}),
      ...(input.autoBillReceipts != null ? { autoBillReceipts: input.autoBillReceipts } : {}),
      ...(tolerance ? { billMatchToleranceBps: tolerance.bps } : {}),
      ...(input.dunningDays ? { dunningDays: input.dunningDays } : {}),
    },
  }));
}
