import type { ContactResolvers } from '../__generated__/resolvers-types';
import { docId } from '../../../lib/resolvers';

export const Contact: ContactResolvers = {
  id: docId,
};
