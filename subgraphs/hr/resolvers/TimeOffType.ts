import { docId } from '../../../lib/resolvers';
import type { TimeOffTypeResolvers } from '../__generated__/resolvers-types';

export const TimeOffType: TimeOffTypeResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.timeOffType.load(reference.id),
  id: docId,
};
