/** Pipelines: the tenant's default one (created on first use), others created by users. */
import mongoose from 'mongoose';
import { userError, UserErrors, type UserError } from '../../../lib/errors';
import { isCurrency } from '../../../lib/money';
import { assertNoUserErrors } from '../../../lib/mutation';
import { requireText } from '../../../lib/validation';
import { findOrCreate, insert, update } from '../../../lib/write';
import { checkStages, DEFAULT_CURRENCY, DEFAULT_PIPELINE_NAME, DEFAULT_STAGES, type PipelineStageDoc } from '../domain/pipeline';
import type { PipelineDoc, SalesModels } from '../models';

export const DEFAULT_KEY = 'DEFAULT';

/** The tenant's default pipeline, created once however many first requests race (unique key). */
export async function ensureDefaultPipeline(models: SalesModels): Promise<PipelineDoc> {
  const { doc } = await findOrCreate<PipelineDoc>(models.Pipeline, { key: DEFAULT_KEY }, () => ({
    name: DEFAULT_PIPELINE_NAME,
    isDefault: true,
    currency: DEFAULT_CURRENCY,
    stages: DEFAULT_STAGES,
  }));
  return doc;
}

/** A pipeline by id, or the default one when none is given; NOT_FOUND on `field`. */
export async function pipelineOf(
  models: SalesModels,
  pipelineId: string | null | undefined,
  field: string[],
): Promise<PipelineDoc> {
  if (!pipelineId) return ensureDefaultPipeline(models);
  const pipeline = mongoose.isObjectIdOrHexString(pipelineId)
    ? await models.Pipeline.findById(pipelineId).lean<PipelineDoc>()
    : null;
  if (!pipeline) throw new UserErrors([userError(field, `Pipeline ${pipelineId} not found.`, 'NOT_FOUND')]);
  return pipeline;
}

/** The tenant currency of sales (the default pipeline's), while its default pipeline holds no deals. */
export async function setSalesCurrency(models: SalesModels, currency: string): Promise<PipelineDoc> {
  if (!isCurrency(currency))
    throw new UserErrors([userError(['input', 'currency'], `Unknown currency "${currency}".`, 'INVALID')]);
  const pipeline = await ensureDefaultPipeline(models);
  if (pipeline.currency === currency) return pipeline;
  return update<PipelineDoc>(models.Pipeline, pipeline._id.toString(), async () => {
    if (await models.Deal.exists({ pipelineId: pipeline._id.toString() })) {
      throw new UserErrors([
        userError(
          ['input', 'currency'],
          'The default pipeline already holds deals; its currency can no longer change.',
          'ILLEGAL_TRANSITION',
        ),
      ]);
    }
    return { $set: { currency } };
  });
}

export async function createPipeline(
  models: SalesModels,
  input: { name: string; currency?: string | null; stages: PipelineStageDoc[] },
): Promise<PipelineDoc> {
  const errors: UserError[] = [...requireText(input.name, ['input', 'name'], 100), ...checkStages(input.stages)];
  const currency = input.currency ?? (await ensureDefaultPipeline(models)).currency;
  if (!isCurrency(currency)) errors.push(userError(['input', 'currency'], `Unknown currency "${currency}".`, 'INVALID'));
  assertNoUserErrors(errors);
  const _id = new mongoose.Types.ObjectId();
  return insert<PipelineDoc>(models.Pipeline, {
    _id,
    name: input.name.trim(),
    key: _id.toHexString(),
    isDefault: false,
    currency,
    stages: input.stages.map((s) => ({ name: s.name, probabilityBps: s.probabilityBps, kind: s.kind })),
  });
}
