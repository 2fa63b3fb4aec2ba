import { UserErrors, type UserError } from './errors';

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
