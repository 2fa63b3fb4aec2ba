/** Every write of the holiday calendar: add a holiday (one per day and country), correct or remove it. */
import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { assertNoUserErrors } from '../../../lib/mutation';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import { insert, remove, update } from '../../../lib/write';
import { normalizeCountry, validateHoliday } from '../domain/calendar';
import type { HolidayDoc, HrModels } from '../models';

const taken = (date: string, country: string) => ({
  field: ['input', 'date'],
  message: `${date} is already a holiday${country ? ` in ${country}` : ' for the whole tenant'}.`,
});

export function addHoliday(
  models: HrModels,
  input: { date: string; name: string; country?: string | null },
): Promise<HolidayDoc> {
  assertNoUserErrors(validateHoliday(input));
  const country = normalizeCountry(input.country) ?? '';
  return insert<HolidayDoc>(
    models.Holiday,
    { date: input.date, name: input.name.trim(), country },
    { taken: taken(input.date, country) },
  );
}

export async function updateHoliday(
  models: HrModels,
  input: { id: string; date?: string | null; name?: string | null; country?: string | null },
): Promise<HolidayDoc> {
  const current = await mustFind(models, input.id);
  const next = {
    date: input.date ?? current.date,
    name: input.name ?? current.name,
    country: input.country !== undefined ? (normalizeCountry(input.country) ?? '') : current.country,
  };
  assertNoUserErrors(validateHoliday(next));
  return update<HolidayDoc>(models.Holiday, input.id, () => ({ $set: { ...next, name: next.name.trim() } }), {
    taken: taken(next.date, next.country),
  });
}

export async function removeHoliday(models: HrModels, id: string): Promise<HolidayDoc> {
  const current = await mustFind(models, id);
  await remove(models.Holiday, { _id: current._id });
  return current;
}

async function mustFind(models: HrModels, id: string): Promise<HolidayDoc> {
  const found = mongoose.isObjectIdOrHexString(id) ? await findOneByIdInTenant<HolidayDoc>(models.Holiday, id) : null;
  if (!found) throw new UserErrors([userError(['input', 'id'], `Holiday ${id} not found.`, 'NOT_FOUND')]);
  return found;
}
