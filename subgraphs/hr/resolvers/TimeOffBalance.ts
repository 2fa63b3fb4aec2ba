import { notFound } from '../../../lib/errors';
import type { TimeOffBalanceResolvers } from '../__generated__/resolvers-types';

export const TimeOffBalance: TimeOffBalanceResolvers = {
  type: async (balance, _, { loaders }) =>
    (await loaders.timeOffType.load(balance.typeId)) ?? Promise.reject(notFound('Time-off type', balance.typeId)),
};
