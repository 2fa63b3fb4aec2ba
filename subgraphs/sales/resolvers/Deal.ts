import { loadAttachments } from '../../../lib/attachments';
import { docId, money, ref } from '../../../lib/resolvers';
import type { DealLineResolvers, DealResolvers } from '../__generated__/resolvers-types';
import type { DealDoc, DealLineView } from '../models';

export const Deal: DealResolvers = {
  attachments: (parent, _args, ctx) => loadAttachments(ctx, ctx.models.Deal.db, 'DEAL', parent._id.toString()),
  __resolveReference: (reference, { loaders }) => loaders.deal.load(reference.id),
  id: docId,
  customer: (deal) => ref(deal.customerId),
  owner: (deal) => (deal.ownerId ? ref(deal.ownerId) : null),
  pipeline: async (deal, _, { loaders }) => (await loaders.pipeline.load(deal.pipelineId))!,
  probabilityBps: async (deal, _, { loaders }) => {
    const pipeline = await loaders.pipeline.load(deal.pipelineId);
    return pipeline?.stages.find((s) => s.name === deal.stage)?.probabilityBps ?? 0;
  },
  amount: money<DealDoc>('amountMinor'),
  lines: (deal) => deal.lines.map((l) => ({ ...l, currency: deal.currency })),
};

export const DealLine: DealLineResolvers = {
  product: (line) => (line.productId ? ref(line.productId) : null),
  unitPrice: money<DealLineView>('unitPriceMinor'),
  total: money<DealLineView>('totalMinor'),
};
