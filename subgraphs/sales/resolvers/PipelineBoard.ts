import { paginateSorted } from '../../../lib/pagination';
import { money } from '../../../lib/resolvers';
import type { PipelineBoardColumnResolvers, PipelineBoardResolvers } from '../__generated__/resolvers-types';
import type { PipelineBoardColumnView, PipelineBoardView } from '../models';

export const PipelineBoard: PipelineBoardResolvers = {
  amount: money<PipelineBoardView>('amountMinor'),
  weighted: money<PipelineBoardView>('weightedMinor'),
};

export const PipelineBoardColumn: PipelineBoardColumnResolvers = {
  amount: money<PipelineBoardColumnView>('amountMinor'),
  weighted: money<PipelineBoardColumnView>('weightedMinor'),
  deals: (column, { first, after }, { models }) =>
    paginateSorted(
      models.Deal,
      {
        ...(column.ownerId ? { ownerId: column.ownerId } : {}),
        pipelineId: column.pipelineId,
        status: 'OPEN',
        stage: column.stage.name,
      },
      { first, after },
      { field: 'expectedCloseDate', direction: 1 },
    ),
};
