import { notFound } from '../../../lib/errors';
import { toMoney } from '../../../lib/money';
import { docId } from '../../../lib/resolvers';
import type {
  HolidayResolvers,
  PayrollSettingsResolvers,
  TaxBracketResolvers,
  TimeOffPayoutPolicyResolvers,
} from '../__generated__/resolvers-types';
import { EARLIEST } from '../models';

export const PayrollSettings: PayrollSettingsResolvers = {
  effectiveFrom: (settings) => (settings.effectiveFrom && settings.effectiveFrom !== EARLIEST ? settings.effectiveFrom : null),
  taxBrackets: (settings) => (settings.taxBrackets ?? []).map((b) => ({ ...b, currency: settings.currency })),
  timeOffPayout: (settings) => settings.timeOffPayout ?? null,
};

export const TaxBracket: TaxBracketResolvers = {
  from: (bracket) => toMoney(bracket.fromMinor, bracket.currency),
};

export const TimeOffPayoutPolicy: TimeOffPayoutPolicyResolvers = {
  types: (policy, _, { loaders }) =>
    Promise.all(
      policy.typeIds.map(async (id) => (await loaders.timeOffType.load(id)) ?? Promise.reject(notFound('Time-off type', id))),
    ),
};

export const Holiday: HolidayResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.holiday.load(reference.id),
  id: docId,
  country: (holiday) => holiday.country || null,
};
