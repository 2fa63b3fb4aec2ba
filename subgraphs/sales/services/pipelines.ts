/** Pipelines: the tenant's default one (created on first use), others created by users. */
import mongoose from 'mongoose';
import { userError, UserErrors, type UserError } from '../../../lib/errors';
import { isCurrency } from '../../../lib/money';
import { assertNoUserErrors } from '../../../lib/mutation';
import { requireText } from '../../../lib/validation';
import type { Actor } from '../../../lib/signed-context';
import { changedFields, findOrCreate, insert, update } from '../../../lib/write';
import {
  DEFAULT_CURRENCY,
  DEFAULT_PIPELINE_NAME,
  DEFAULT_STAGES,
  newStages,
  planStages,
  type StageInput,
} from '../domain/pipeline';
import { pipelineUpdated } from '../events/publish';
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
  input: { name: string; currency?: string | null; stages: StageInput[] },
): Promise<PipelineDoc> {
  const { stages, errors: stageErrors } = newStages(input.stages);
  const errors: UserError[] = [...requireText(input.name, ['input', 'name'], 100), ...stageErrors];
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
    stages,
  });
}

/**
 * Renames a pipeline and changes its stages (`planStages`): labels, probabilities, order, new
 * stages, and stages retired by leaving them out, which is refused while an open deal is in one.
 * One write with `sales.pipeline.updated`, under the version check.
 */
export function updatePipeline(
  models: SalesModels,
  input: { id: string; expectedVersion?: number | null; name?: string | null; stages?: StageInput[] | null },
  actor?: Actor,
): Promise<PipelineDoc> {
  assertNoUserErrors(requireText(input.name, ['input', 'name'], 100));
  return update<PipelineDoc>(
    models.Pipeline,
    input.id,
    async (current) => {
      const plan = input.stages ? planStages(current.stages, input.stages, new Date()) : null;
      const errors = [...(plan?.errors ?? [])];
      for (const stage of plan?.retired ?? []) {
        const open = await models.Deal.countDocuments({ pipelineId: current._id.toString(), status: 'OPEN', stage });
        if (open) {
          errors.push(
            userError(
              ['input', 'stages'],
              `Stage "${stage}" still holds ${open} open deal(s): move them before retiring it.`,
              'ILLEGAL_TRANSITION',
            ),
          );
        }
      }
      assertNoUserErrors(errors);
      const next = { ...(input.name != null && { name: input.name.trim() }), ...(plan && { stages: plan.stages }) };
      if (!changedFields(current, next).length) return null;
      const after = { ...current, ...next };
      return { $set: next, events: [pipelineUpdated(after, plan?.added ?? [], plan?.retired ?? [], actor?.requestId)] };
    },
    { expectedVersion: input.expectedVersion },
  );
}
