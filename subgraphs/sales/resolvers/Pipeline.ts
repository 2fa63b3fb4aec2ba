import { docId } from '../../../lib/resolvers';
import type { PipelineResolvers } from '../__generated__/resolvers-types';

export const Pipeline: PipelineResolvers = { id: docId };
