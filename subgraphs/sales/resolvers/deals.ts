import mongoose from 'mongoose';
import { userError, UserErrors, type UserError } from '../../../lib/errors';
import { priceLines } from '../../../lib/lines';
import { isCurrency, parseMoneyInput } from '../../../lib/money';
import { assertNoUserErrors, runMutation } from '../../../lib/mutation';
import { requireText } from '../../../lib/validation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { checkClose, checkStageMove } from '../domain/deal';
import { checkStages, firstOpenStage, stageOfKind } from '../domain/pipeline';
import { dealLost, dealStageChanged, dealWon } from '../events';
import type { DealDoc, PipelineDoc } from '../models';
import type { SalesContext } from '../context';
import { versionedWrite } from '../write';

async function pipelineOf(ctx: SalesContext, pipelineId: string | null | undefined, field: string[]): Promise<PipelineDoc> {
  if (!pipelineId) return ctx.loaders.defaultPipeline();
  const pipeline = await ctx.loaders.pipeline.load(pipelineId);
  if (!pipeline) throw new UserErrors([userError(field, `Pipeline ${pipelineId} not found.`, 'NOT_FOUND')]);
  return pipeline;
}

export const dealMutations: Pick<
  MutationResolvers,
  'setSalesCurrency' | 'createPipeline' | 'createDeal' | 'moveDealStage' | 'winDeal' | 'loseDeal'
> = {
  setSalesCurrency: (_, { input }, ctx) =>
    runMutation(async () => {
      if (!isCurrency(input.currency)) {
        throw new UserErrors([userError(['input', 'currency'], `Unknown currency "${input.currency}".`, 'INVALID')]);
      }
      const pipeline = await ctx.loaders.defaultPipeline();
      if (pipeline.currency === input.currency) return { pipeline };
      const updated = await versionedWrite<PipelineDoc>(ctx.models.Pipeline, 'Pipeline', pipeline._id.toString(), async () => {
        if (await ctx.models.Deal.exists({ pipelineId: pipeline._id.toString() })) {
          throw new UserErrors([
            userError(
              ['input', 'currency'],
              'The default pipeline already holds deals; its currency can no longer change.',
              'ILLEGAL_TRANSITION',
            ),
          ]);
        }
        return { update: { $set: { currency: input.currency } } };
      });
      return { pipeline: updated };
    }),
  createPipeline: (_, { input }, ctx) =>
    runMutation(async () => {
      const errors: UserError[] = [...requireText(input.name, ['input', 'name'], 100), ...checkStages(input.stages)];
      const currency = input.currency ?? (await ctx.loaders.defaultPipeline()).currency;
      if (!isCurrency(currency)) {
        errors.push(userError(['input', 'currency'], `Unknown currency "${currency}".`, 'INVALID'));
      }
      assertNoUserErrors(errors);
      const _id = new mongoose.Types.ObjectId();
      const created = await ctx.models.Pipeline.create({
        _id,
        name: input.name.trim(),
        key: _id.toHexString(),
        isDefault: false,
        currency,
        stages: input.stages.map((s) => ({ name: s.name, probabilityBps: s.probabilityBps, kind: s.kind })),
      });
      return { pipeline: created.toObject() as PipelineDoc };
    }),

  createDeal: (_, { input }, ctx) =>
    runMutation(async () => {
      const errors: UserError[] = [...requireText(input.name, ['input', 'name'])];
      if (!input.customerId.trim()) errors.push(userError(['input', 'customerId'], 'customerId is required.', 'REQUIRED'));
      const pipeline = await pipelineOf(ctx, input.pipelineId, ['input', 'pipelineId']);
      const currency = pipeline.currency;
      let amountMinor: number | undefined;
      if (input.amount) {
        if (input.amount.currency !== currency) {
          errors.push(
            userError(['input', 'amount', 'currency'], `The pipeline's deals are in ${currency}.`, 'CURRENCY_MISMATCH'),
          );
        } else {
          const parsed = parseMoneyInput(input.amount, ['input', 'amount']);
          if (parsed.error) errors.push(parsed.error);
          else if (parsed.minor < 0)
            errors.push(userError(['input', 'amount', 'amount'], 'Amount must not be negative.', 'INVALID'));
          else amountMinor = parsed.minor;
        }
      }
      let lines: DealDoc['lines'] = [];
      if (input.lines?.length) {
        const priced = priceLines(currency, input.lines);
        errors.push(...priced.errors);
        input.lines.forEach((l, i) =>
          errors.push(...requireText(l.description, ['input', 'lines', String(i), 'description'], 500)),
        );
        lines = priced.lines.map((l) => ({
          productId: l.productId ?? null,
          description: l.description.trim(),
          quantity: l.quantity,
          unitPriceMinor: l.unitPriceMinor,
          totalMinor: l.totalMinor,
        }));
        if (!priced.errors.length && amountMinor !== undefined && amountMinor !== priced.totalMinor) {
          errors.push(userError(['input', 'amount'], 'The amount must equal the sum of the lines (or be omitted).', 'INVALID'));
        }
        amountMinor = priced.totalMinor;
      } else if (amountMinor === undefined && !errors.some((e) => e.field?.[1] === 'amount')) {
        errors.push(userError(['input', 'amount'], 'Give an amount or lines.', 'REQUIRED'));
      }
      assertNoUserErrors(errors);
      const now = new Date();
      const stage = firstOpenStage(pipeline.stages).name;
      const created = await ctx.models.Deal.create({
        name: input.name.trim(),
        customerId: input.customerId,
        ownerId: input.ownerId ?? null,
        pipelineId: pipeline._id.toString(),
        stage,
        status: 'OPEN',
        currency,
        amountMinor,
        expectedCloseDate: input.expectedCloseDate,
        lines,
        stageHistory: [{ from: null, to: stage, at: now, by: ctx.principal }],
        stageChangedAt: now,
      });
      return { deal: created.toObject() as DealDoc };
    }),

  moveDealStage: (_, { input }, ctx) =>
    runMutation(async () => ({
      deal: await versionedWrite<DealDoc>(ctx.models.Deal, 'Deal', input.id, async (deal) => {
        const pipeline = await pipelineOf(ctx, deal.pipelineId, ['input', 'id']);
        assertNoUserErrors(checkStageMove(deal.status, deal.stage, input.stage, pipeline.stages));
        const at = new Date();
        return {
          update: {
            $set: { stage: input.stage, stageChangedAt: at },
            $push: { stageHistory: { from: deal.stage, to: input.stage, at, by: ctx.principal } },
          },
          events: [dealStageChanged(deal, deal.stage, input.stage, ctx.requestId)],
        };
      }),
    })),

  winDeal: (_, { input }, ctx) =>
    runMutation(async () => ({
      deal: await versionedWrite<DealDoc>(ctx.models.Deal, 'Deal', input.id, async (deal) => {
        assertNoUserErrors(checkClose(deal.status, 'WON'));
        const pipeline = await pipelineOf(ctx, deal.pipelineId, ['input', 'id']);
        const stage = stageOfKind(pipeline.stages, 'WON').name;
        const at = new Date();
        return {
          update: {
            $set: { status: 'WON', stage, stageChangedAt: at, closedAt: at },
            $push: { stageHistory: { from: deal.stage, to: stage, at, by: ctx.principal } },
          },
          events: [dealStageChanged(deal, deal.stage, stage, ctx.requestId), dealWon(deal, ctx.requestId)],
        };
      }),
    })),

  loseDeal: (_, { input }, ctx) =>
    runMutation(async () => {
      assertNoUserErrors(requireText(input.reason, ['input', 'reason'], 500));
      const reason = input.reason.trim();
      return {
        deal: await versionedWrite<DealDoc>(ctx.models.Deal, 'Deal', input.id, async (deal) => {
          assertNoUserErrors(checkClose(deal.status, 'LOST'));
          const pipeline = await pipelineOf(ctx, deal.pipelineId, ['input', 'id']);
          const stage = stageOfKind(pipeline.stages, 'LOST').name;
          const at = new Date();
          return {
            update: {
              $set: { status: 'LOST', stage, stageChangedAt: at, closedAt: at, lostReason: reason },
              $push: { stageHistory: { from: deal.stage, to: stage, at, by: ctx.principal } },
            },
            events: [dealStageChanged(deal, deal.stage, stage, ctx.requestId), dealLost(deal, reason, ctx.requestId)],
          };
        }),
      };
    }),
};
