import { docId } from '../../../lib/resolvers';
import type { PipelineResolvers, PipelineStageResolvers } from '../__generated__/resolvers-types';
import { activeStages } from '../domain/pipeline';

export const Pipeline: PipelineResolvers = {
  id: docId,
  stages: (pipeline, { includeRetired }) => (includeRetired ? pipeline.stages : activeStages(pipeline.stages)),
};

export const PipelineStage: PipelineStageResolvers = {
  label: (stage) => stage.label ?? stage.name,
  retired: (stage) => Boolean(stage.retiredAt),
};
