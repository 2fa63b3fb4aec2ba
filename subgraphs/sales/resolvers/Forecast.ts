import { money } from '../../../lib/resolvers';
import type { ForecastGroupResolvers } from '../__generated__/resolvers-types';
import type { DealDoc, ForecastGroupView } from '../models';

export const ForecastGroup: ForecastGroupResolvers = {
  dealCount: (group) => group.dealIds.length,
  // Only the slice asked for is loaded (lib/list-caps.ts validates `first` and `offset`).
  deals: async (group, { first, offset }, { loaders }) =>
    (await loaders.deal.loadMany(group.dealIds.slice(offset ?? 0, (offset ?? 0) + (first ?? 10)))).filter(
      (d): d is DealDoc => Boolean(d) && !(d instanceof Error),
    ),
  pipeline: money<ForecastGroupView>('pipelineMinor'),
  weighted: money<ForecastGroupView>('weightedMinor'),
  bestCase: money<ForecastGroupView>('bestCaseMinor'),
  commit: money<ForecastGroupView>('commitMinor'),
  won: money<ForecastGroupView>('wonMinor'),
};
