import { docId } from '../../../lib/resolvers';
import type { ApiKeyResolvers } from '../__generated__/resolvers-types';

export const ApiKey: ApiKeyResolvers = { id: docId };
