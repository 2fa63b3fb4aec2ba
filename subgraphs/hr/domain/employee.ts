/** Employees: their status lifecycle and the rules of their fields. */
import { userError, type UserError } from '../../../lib/errors';
import { parseMoneyInput } from '../../../lib/money';
import type { Transitions } from '../../../lib/state-machine';
import { checkEmail, requireText } from '../../../lib/validation';

export type EmploymentType = 'FULL_TIME' | 'PART_TIME' | 'CONTRACTOR' | 'INTERN';

export type EmployeeStatus = 'ACTIVE' | 'ON_LEAVE' | 'TERMINATED';
/** Leave starts and ends; termination is final. */
export const EMPLOYEE_STATUS_TRANSITIONS: Transitions<EmployeeStatus> = {
  ACTIVE: ['ON_LEAVE', 'TERMINATED'],
  ON_LEAVE: ['ACTIVE', 'TERMINATED'],
  TERMINATED: [],
};

export function validateEmployee(input: { name: string; email: string; title?: string | null }): UserError[] {
  return [
    ...requireText(input.name, ['input', 'name']),
    ...requireText(input.email, ['input', 'email'], 254),
    ...checkEmail(input.email.trim(), ['input', 'email']),
    ...requireText(input.title, ['input', 'title']),
  ];
}

/** An annual compensation as given: its minor units (when valid and not negative), or the userErrors. */
export function parseCompensation(compensation: { amount: string; currency: string } | null | undefined): {
  minor: number | null;
  errors: UserError[];
} {
  if (!compensation) return { minor: null, errors: [] };
  const parsed = parseMoneyInput(compensation, ['input', 'compensation']);
  if (parsed.error) return { minor: null, errors: [parsed.error] };
  if (parsed.minor < 0) {
    return {
      minor: null,
      errors: [userError(['input', 'compensation', 'amount'], 'Compensation cannot be negative.', 'INVALID')],
    };
  }
  return { minor: parsed.minor, errors: [] };
}

/** An hourly cost rate as given: its minor units (when valid and not negative), or the userErrors. */
export function parseCostRate(rate: { amount: string; currency: string } | null | undefined): {
  minor: number | null;
  errors: UserError[];
} {
  if (!rate) return { minor: null, errors: [] };
  const parsed = parseMoneyInput(rate, ['input', 'costRate']);
  if (parsed.error) return { minor: null, errors: [parsed.error] };
  if (parsed.minor < 0) {
    return { minor: null, errors: [userError(['input', 'costRate', 'amount'], 'A cost rate cannot be negative.', 'INVALID')] };
  }
  return { minor: parsed.minor, errors: [] };
}

/** Contracted hours per week: more than 0, at most 80. */
export function checkWeeklyHours(hours: number | null | undefined): UserError[] {
  if (hours === null || hours === undefined) return [];
  if (!Number.isFinite(hours) || hours <= 0 || hours > 80) {
    return [userError(['input', 'weeklyHours'], 'Weekly hours must be more than 0 and at most 80.', 'INVALID')];
  }
  return [];
}
