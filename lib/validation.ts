import { userError, type UserError } from './errors';

/** Small input checks shared by every subgraph; each returns the userErrors it finds. */
export function requireText(value: string | null | undefined, field: string[], max = 200): UserError[] {
  if (value === undefined || value === null) return [];
  const trimmed = value.trim();
  if (!trimmed) return [userError(field, `${field[field.length - 1]} must not be empty.`, 'REQUIRED')];
  if (trimmed.length > max) return [userError(field, `${field[field.length - 1]} must be at most ${max} characters.`, 'INVALID')];
  return [];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function checkEmail(value: string | null | undefined, field: string[]): UserError[] {
  if (value === undefined || value === null || value === '') return [];
  return EMAIL.test(value) && value.length <= 254
    ? []
    : [userError(field, `"${value}" is not a valid email address.`, 'INVALID')];
}

const PHONE = /^\+?[0-9 ().-]{5,30}$/;
export function checkPhone(value: string | null | undefined, field: string[]): UserError[] {
  if (value === undefined || value === null || value === '') return [];
  return PHONE.test(value) ? [] : [userError(field, `"${value}" is not a valid phone number.`, 'INVALID')];
}

export function checkPositiveInt(value: number, field: string[], what = 'quantity'): UserError[] {
  return Number.isInteger(value) && value > 0 ? [] : [userError(field, `${what} must be a positive whole number.`, 'INVALID')];
}
