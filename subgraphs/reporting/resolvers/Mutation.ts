import type { MutationResolvers } from '../__generated__/resolvers-types';
import { rebuildReports } from '../services/rebuild';

export const Mutation: MutationResolvers = {
  // A rebuild has no expected failure to report: it always replays what the log holds.
  rebuildReports: async (_, _args, { models, events }) => ({ ...(await rebuildReports(models, events.bus)), userErrors: [] }),
};
