import type { UserError } from '../../../lib/errors';
import { checkEmail, checkPhone, requireText } from '../../../lib/validation';

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
