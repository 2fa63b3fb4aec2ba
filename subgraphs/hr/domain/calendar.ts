/** The holiday calendar: which of the tenant's holidays apply to an employee, and its rules. */
import { userError, type UserError } from '../../../lib/errors';
import { requireText } from '../../../lib/validation';
import { isIsoDate } from './time-off';

/** Holidays that apply to an employee: the tenant-wide ones ('' country) and those of their country. */
export function holidaysFor(holidays: Array<{ date: string; country: string }>, country: string | null | undefined): Set<string> {
  return new Set(holidays.filter((h) => !h.country || h.country === (country ?? '')).map((h) => h.date));
}

/** An ISO 3166-1 alpha-2 code (upper case), or null when none is given. */
export function normalizeCountry(country: string | null | undefined): string | null {
  const code = country?.trim().toUpperCase();
  return code ? code : null;
}

export function checkCountry(country: string | null | undefined, field: string[]): UserError[] {
  const code = normalizeCountry(country);
  return code === null || /^[A-Z]{2}$/.test(code)
    ? []
    : [userError(field, 'A country is a two-letter ISO 3166-1 code, e.g. "DE".', 'INVALID')];
}

export function validateHoliday(input: { date: string; name: string; country?: string | null }): UserError[] {
  return [
    ...(isIsoDate(input.date) ? [] : [userError(['input', 'date'], 'Use a date YYYY-MM-DD.', 'INVALID')]),
    ...requireText(input.name, ['input', 'name']),
    ...checkCountry(input.country, ['input', 'country']),
  ];
}
