import { userError, type UserError } from './errors';

/** Small input checks shared by every subgraph; each returns the userErrors it finds. */
export function requireText(value: string | null | undefined, field: string[], max = 200): UserError[] {
  if (value === undefined || value === null) return [];
  const trimmed = value.trim();
  if (!trimmed) return [userError(field, `${field[field.length - 1]} must not be empty.`, 'REQUIRED')];
  if (trimmed.length > max) return [userError(field, `${field[field.length - 1]} must be at most ${max} characters.`, 'INVALID')];
  return [];
}

/**
 * Local part, `@`, then dot-separated labels that cannot contain a dot: no two quantifiers can
 * match the same characters, so the check is linear in the input (the old
 * `[^\s@]+\.[^\s@]+` backtracked quadratically on a long run of dots). The length is checked
 * first in any case; tests/unit/regex-safety.test.ts checks every pattern in the code base.
 */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
export const MAX_EMAIL_LENGTH = 254;
export function checkEmail(value: string | null | undefined, field: string[]): UserError[] {
  if (value === undefined || value === null || value === '') return [];
  if (value.length > MAX_EMAIL_LENGTH) {
    return [userError(field, `An email address has at most ${MAX_EMAIL_LENGTH} characters.`, 'INVALID')];
  }
  return EMAIL.test(value) ? [] : [userError(field, `"${value}" is not a valid email address.`, 'INVALID')];
}

const PHONE = /^\+?[0-9 ().-]{5,30}$/;
export function checkPhone(value: string | null | undefined, field: string[]): UserError[] {
  if (value === undefined || value === null || value === '') return [];
  if (value.length > 30) return [userError(field, 'A phone number has at most 30 characters.', 'INVALID')];
  return PHONE.test(value) ? [] : [userError(field, `"${value}" is not a valid phone number.`, 'INVALID')];
}

export function checkPositiveInt(value: number, field: string[], what = 'quantity'): UserError[] {
  return Number.isInteger(value) && value > 0 ? [] : [userError(field, `${what} must be a positive whole number.`, 'INVALID')];
}
