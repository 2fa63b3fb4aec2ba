/** Projects: their lifecycle, contract types and the rules of their fields, rates included. */
import { userError, type UserError } from '../../../lib/errors';
import { isIsoDate } from '../../../lib/dates';
import { isCurrency, parseMoneyInput } from '../../../lib/money';
import type { Transitions } from '../../../lib/state-machine';
import { requireText } from '../../../lib/validation';

export type ContractType = 'FIXED_PRICE' | 'TIME_AND_MATERIALS' | 'RETAINER';
export type ProjectStatus = 'PLANNED' | 'ACTIVE' | 'ON_HOLD' | 'COMPLETED' | 'CANCELLED';

/** Planned, run (with pauses), then completed or cancelled; both ends are final. */
export const PROJECT_TRANSITIONS: Transitions<ProjectStatus> = {
  PLANNED: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['ON_HOLD', 'COMPLETED', 'CANCELLED'],
  ON_HOLD: ['ACTIVE', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

/** Time can be logged only while a project is planned or running. */
export const OPEN_PROJECT_STATUSES: readonly ProjectStatus[] = ['PLANNED', 'ACTIVE', 'ON_HOLD'];

export interface RoleRate {
  role: string;
  /** Lower-cased, trimmed role: what an employee's title is matched on. */
  roleKey: string;
  rateMinor: number;
}

type MoneyInput = { amount: string; currency: string };

export interface ProjectFieldsInput {
  name?: string | null;
  currency?: string | null;
  budgetHours?: number | null;
  budget?: MoneyInput | null;
  startDate?: string | null;
  endDate?: string | null;
  defaultRate?: MoneyInput | null;
  roleRates?: Array<{ role: string; rate: MoneyInput }> | null;
}

/** An amount in the project's currency, not negative: its minor units, or the userError. */
export function projectAmount(
  money: MoneyInput | null | undefined,
  currency: string,
  field: string[],
): { minor: number | null; errors: UserError[] } {
  if (!money) return { minor: null, errors: [] };
  const parsed = parseMoneyInput(money, field);
  if (parsed.error) return { minor: null, errors: [parsed.error] };
  if (money.currency !== currency) {
    return {
      minor: null,
      errors: [userError([...field, 'currency'], `Amounts must be in the project's currency ${currency}.`, 'CURRENCY_MISMATCH')],
    };
  }
  if (parsed.minor < 0) return { minor: null, errors: [userError([...field, 'amount'], 'Cannot be negative.', 'INVALID')] };
  return { minor: parsed.minor, errors: [] };
}

export interface ParsedProjectFields {
  errors: UserError[];
  budgetMinutes?: number | null;
  budgetMinor?: number | null;
  defaultRateMinor?: number | null;
  roleRates?: RoleRate[];
}

/**
 * Checks the fields given (a creation gives all of them, a correction some) against the
 * project's currency and dates (`current` for what is not given); returns them in stored form.
 */
export function parseProjectFields(
  input: ProjectFieldsInput,
  currency: string,
  current: { startDate?: string | null; endDate?: string | null } = {},
): ParsedProjectFields {
  const errors: UserError[] = [];
  if (input.name !== undefined && input.name !== null) errors.push(...requireText(input.name, ['input', 'name']));
  if (!isCurrency(currency)) errors.push(userError(['input', 'currency'], `Unknown currency "${currency}".`, 'INVALID'));
  const result: ParsedProjectFields = { errors };
  if (input.budgetHours !== undefined) {
    const hours = input.budgetHours;
    if (hours !== null && (!Number.isFinite(hours) || hours < 0 || hours > 1_000_000)) {
      errors.push(userError(['input', 'budgetHours'], 'Budget hours must be between 0 and 1000000.', 'INVALID'));
    } else result.budgetMinutes = hours === null ? null : Math.round(hours * 60);
  }
  if (errors.length) return result; // amounts are checked against a known currency only
  if (input.budget !== undefined) {
    const budget = projectAmount(input.budget, currency, ['input', 'budget']);
    errors.push(...budget.errors);
    result.budgetMinor = budget.minor;
  }
  if (input.defaultRate !== undefined) {
    const rate = projectAmount(input.defaultRate, currency, ['input', 'defaultRate']);
    errors.push(...rate.errors);
    result.defaultRateMinor = rate.minor;
  }
  if (input.roleRates !== undefined && input.roleRates !== null) {
    const seen = new Set<string>();
    result.roleRates = [];
    if (input.roleRates.length > 100) errors.push(userError(['input', 'roleRates'], 'At most 100 role rates.', 'INVALID'));
    input.roleRates.slice(0, 100).forEach((r, i) => {
      const field = ['input', 'roleRates', String(i)];
      errors.push(...requireText(r.role, [...field, 'role'], 100));
      const roleKey = r.role.trim().toLowerCase();
      if (seen.has(roleKey)) errors.push(userError([...field, 'role'], `Role ${r.role} has two rates.`, 'INVALID'));
      seen.add(roleKey);
      const rate = projectAmount(r.rate, currency, [...field, 'rate']);
      errors.push(...rate.errors);
      if (rate.minor !== null) result.roleRates!.push({ role: r.role.trim(), roleKey, rateMinor: rate.minor });
    });
  }
  const startDate = input.startDate !== undefined ? input.startDate : current.startDate;
  const endDate = input.endDate !== undefined ? input.endDate : current.endDate;
  for (const [name, value] of [
    ['startDate', input.startDate],
    ['endDate', input.endDate],
  ] as const) {
    if (value && !isIsoDate(value)) errors.push(userError(['input', name], `${value} is not a date (YYYY-MM-DD).`, 'INVALID'));
  }
  if (startDate && endDate && endDate < startDate) {
    errors.push(userError(['input', 'endDate'], 'The project cannot end before it starts.', 'INVALID'));
  }
  return result;
}

/**
 * The hourly rate billed for an employee's time: the rate of their role (hr title, matched
 * case-insensitively), else the project's default; null when neither is set.
 */
export function rateFor(
  project: { roleRates: RoleRate[]; defaultRateMinor?: number | null },
  role: string | null | undefined,
): number | null {
  const key = role?.trim().toLowerCase();
  const byRole = key ? project.roleRates.find((r) => r.roleKey === key) : undefined;
  return byRole?.rateMinor ?? project.defaultRateMinor ?? null;
}

/** What `minutes` at an hourly rate come to, in minor units, rounded half up. */
export const amountForMinutes = (rateMinor: number, minutes: number) => Math.round((rateMinor * minutes) / 60);

/** Whether a won deal's lines are services (no product), which makes it a project. */
export const dealIsProjectWork = (lines: Array<{ productId?: string }>) => !lines.length || lines.some((l) => !l.productId);
