import { userError, type UserError } from '../../../lib/errors';
import { checkEmail, checkPhone, requireText } from '../../../lib/validation';

export type CustomerKind = 'COMPANY' | 'PERSON';
export type CustomerStatus = 'LEAD' | 'PROSPECT' | 'ACTIVE' | 'CHURNED';

/**
 * The key a name sorts by: trimmed and lower-cased, so "acme", " Acme" and "ACME" sort together
 * (portable: no collation needed). Stored on every write of the name.
 */
export function nameKeyOf(name: string): string {
  return name.trim().toLowerCase();
}

/** Lower-cased words a customer is found by: name words, email (whole and local part), contact names. */
export function searchTermsOf(customer: {
  name: string;
  email?: string | null;
  contacts?: Array<{ name: string; email?: string | null }>;
}): string[] {
  const terms = new Set<string>();
  const addWords = (text?: string | null) => {
    for (const word of (text ?? '').toLowerCase().split(/[^\p{L}\p{N}@._+-]+/u)) if (word) terms.add(word);
  };
  addWords(customer.name);
  for (const email of [customer.email, ...(customer.contacts ?? []).map((c) => c.email)]) {
    if (email) {
      terms.add(email.toLowerCase());
      addWords(email.split('@')[0].replace(/[._+-]/g, ' '));
    }
  }
  for (const contact of customer.contacts ?? []) addWords(contact.name);
  return [...terms];
}

/** Turns a search box string into anchored, escaped prefix patterns, one per word (all must match). */
export function searchPatterns(search: string): RegExp[] {
  return search
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5)
    .map((word) => new RegExp(`^${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
}

export interface CustomerFields {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

export function validateCustomer(input: CustomerFields, creating: boolean): UserError[] {
  const name = creating ? (input.name ?? '') : input.name;
  return [
    ...requireText(name, ['input', 'name']),
    ...checkEmail(input.email, ['input', 'email']),
    ...checkPhone(input.phone, ['input', 'phone']),
  ];
}

/** A customer's contacts: at most this many (a company with more needs a CRM of accounts, not one record). */
export const MAX_CONTACTS = 100;

/** Why one more contact cannot be added, or none. */
export function contactLimitErrors(current: number): UserError[] {
  return current >= MAX_CONTACTS
    ? [userError(['input', 'customerId'], `A customer has at most ${MAX_CONTACTS} contacts.`, 'INVALID')]
    : [];
}

/** Tags as stored: trimmed, lower-cased, unique, in the given order. */
export function normalizeTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

export function validateTags(tags: string[] | null | undefined, field: string[]): UserError[] {
  if (!tags) return [];
  if (tags.length > 20) return [userError(field, 'At most 20 tags.', 'INVALID')];
  return tags.flatMap((tag, i) =>
    tag.trim().length > 40 ? [userError([...field, String(i)], 'A tag must be at most 40 characters.', 'INVALID')] : [],
  );
}

export interface AddressFields {
  line1: string;
  line2?: string | null;
  city: string;
  postalCode?: string | null;
  country: string;
}

export function validateAddresses(addresses: AddressFields[] | null | undefined, field: string[]): UserError[] {
  if (!addresses) return [];
  if (addresses.length > 10) return [userError(field, 'At most 10 addresses.', 'INVALID')];
  return addresses.flatMap((a, i) => [
    ...requireText(a.line1, [...field, String(i), 'line1']),
    ...requireText(a.city, [...field, String(i), 'city']),
    ...(/^[A-Za-z]{2}$/.test(a.country.trim())
      ? []
      : [userError([...field, String(i), 'country'], 'country must be an ISO-3166 alpha-2 code, e.g. DE.', 'INVALID')]),
  ]);
}

/** An id given by the caller for another domain's entity (Employee, Deal...): opaque, but bounded. */
export function validateRefId(id: string | null | undefined, field: string[]): UserError[] {
  if (id === undefined || id === null) return [];
  return /^[A-Za-z0-9_:-]{1,64}$/.test(id) ? [] : [userError(field, `"${id}" is not a valid id.`, 'INVALID')];
}
