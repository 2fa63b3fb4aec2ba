/**
 * Every write of the holiday calendar: add a holiday (one per day and country), correct it, or take
 * it off the calendar. Each write stores its event in the same single-document write
 * (`hr.holiday.upserted`, `hr.holiday.removed`: operations subtracts holidays from capacity). A
 * removal archives the holiday (`removedAt`) rather than deleting it, so the removal is an event
 * like any other change; adding the same day and country again restores the archived one.
 */
import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { assertNoUserErrors } from '../../../lib/mutation';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import { insert, update } from '../../../lib/write';
import { normalizeCountry, validateHoliday } from '../domain/calendar';
import { holidayRemoved, holidayUpserted } from '../events/publish';
import type { HolidayDoc, HrModels } from '../models';
import { newNodeId } from '../../../lib/node-id';

const taken = (date: string, country: string) => ({
  field: ['input', 'date'],
  message: `${date} is already a holiday${country ? ` in ${country}` : ' for the whole tenant'}.`,
});

export async function addHoliday(
  models: HrModels,
  input: { date: string; name: string; country?: string | null },
): Promise<HolidayDoc> {
  assertNoUserErrors(validateHoliday(input));
  const country = normalizeCountry(input.country) ?? '';
  const name = input.name.trim();
  const archived = await models.Holiday.findOne({ date: input.date, country }).lean<HolidayDoc>();
  if (archived?.removedAt) {
    return update<HolidayDoc>(models.Holiday, archived._id, (current) => {
      if (!current.removedAt)
        throw new UserErrors([userError(taken(input.date, country).field, taken(input.date, country).message, 'TAKEN')]);
      const next = { ...current, name, removedAt: null };
      return { $set: { name, removedAt: null }, events: [holidayUpserted(next, current.version + 1)] };
    });
  }
  const _id = newNodeId('Holiday');
  const fields = { _id, date: input.date, name, country };
  return insert<HolidayDoc>(models.Holiday, fields, {
    taken: taken(input.date, country),
    events: [holidayUpserted(fields, 0)],
  });
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
  return update<HolidayDoc>(
    models.Holiday,
    input.id,
    (latest) => {
      if (latest.removedAt) throw notFound(input.id);
      const fields = { ...next, name: next.name.trim() };
      return { $set: fields, events: [holidayUpserted({ ...latest, ...fields }, latest.version + 1)] };
    },
    { taken: taken(next.date, next.country) },
  );
}

/** Takes a holiday off the calendar: archived with `removedAt` and announced, in one write. */
export async function removeHoliday(models: HrModels, id: string): Promise<HolidayDoc> {
  await mustFind(models, id);
  return update<HolidayDoc>(models.Holiday, id, (current) => {
    if (current.removedAt) throw notFound(id);
    return { $set: { removedAt: new Date() }, events: [holidayRemoved(current, current.version + 1)] };
  });
}

const notFound = (id: string) => new UserErrors([userError(['input', 'id'], `Holiday ${id} not found.`, 'NOT_FOUND')]);

async function mustFind(models: HrModels, id: string): Promise<HolidayDoc> {
  const found = mongoose.isObjectIdOrHexString(id) ? await findOneByIdInTenant<HolidayDoc>(models.Holiday, id) : null;
  if (!found || found.removedAt) throw notFound(id);
  return found;
}
