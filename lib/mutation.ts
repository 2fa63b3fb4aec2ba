import { userError, UserErrors, type UserError } from './errors';

/**
 * Runs a mutation body; expected failures thrown as `UserErrors` become the payload's
 * `userErrors` (with every other payload field null). Anything else propagates as exceptional.
 */
export async function runMutation<T extends object>(body: () => Promise<T>): Promise<Partial<T> & { userErrors: UserError[] }> {
  try {
    return { ...(await body()), userErrors: [] };
  } catch (err) {
    if (err instanceof UserErrors) return { userErrors: err.errors } as Partial<T> & { userErrors: UserError[] };
    throw err;
  }
}

/** Throws the collected errors, if any, so that nothing is written. */
export function assertNoUserErrors(errors: UserError[]): void {
  if (errors.length) throw new UserErrors(errors);
}

/** @deprecated Transitional: use lib/write.ts (`isDuplicateKeyError`, `insert`/`update` with `taken`). */
export { isDuplicateKeyError } from './write';
import { isDuplicateKeyError } from './write';

/** @deprecated Transitional: use lib/write.ts `insert`/`update` with `taken`. Runs a write; a unique-index violation becomes a TAKEN userError on `field`. */
export async function unlessTaken<T>(field: string[], message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isDuplicateKeyError(err)) throw new UserErrors([userError(field, message, 'TAKEN')]);
    throw err;
  }
}
