import { userError, type UserError } from '../../../lib/errors';
import { checkEmail, requireText } from '../../../lib/validation';
import { isIsoDate, workingDays } from './time-off';

export function validateEmployee(input: { name: string; email: string; title?: string | null }): UserError[] {
  return [
    ...requireText(input.name, ['input', 'name']),
    ...requireText(input.email, ['input', 'email'], 254),
    ...checkEmail(input.email.trim(), ['input', 'email']),
    ...requireText(input.title, ['input', 'title']),
  ];
}

/** A time-off request's dates: a non-empty range within one calendar year, with at least one working day. */
export function validateTimeOffRange(input: { startDate: string; endDate: string }): UserError[] {
  if (!isIsoDate(input.startDate)) return [userError(['input', 'startDate'], 'Use a date YYYY-MM-DD.', 'INVALID')];
  if (!isIsoDate(input.endDate)) return [userError(['input', 'endDate'], 'Use a date YYYY-MM-DD.', 'INVALID')];
  if (input.endDate < input.startDate)
    return [userError(['input', 'endDate'], 'The end date is before the start date.', 'INVALID')];
  if (input.startDate.slice(0, 4) !== input.endDate.slice(0, 4)) {
    return [userError(['input', 'endDate'], 'A request stays within one calendar year; split it at the year end.', 'INVALID')];
  }
  if (workingDays(input) === 0) return [userError(['input', 'endDate'], 'The range holds no working day (Mon-Fri).', 'INVALID')];
  return [];
}
