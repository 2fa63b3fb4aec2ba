import { isDuplicateKeyError } from '../../lib/mutation';
import { DEFAULT_CURRENCY, DEFAULT_PIPELINE_NAME, DEFAULT_STAGES } from './domain/pipeline';
import type { PipelineDoc, SalesModels } from './models';

export const DEFAULT_KEY = 'DEFAULT';

/**
 * The tenant's default pipeline, created on first use. Race-safe: the unique (tenantId, key)
 * index lets exactly one concurrent creation win; the others read the winner's.
 */
export async function ensureDefaultPipeline(models: SalesModels): Promise<PipelineDoc> {
  const existing = await models.Pipeline.findOne({ key: DEFAULT_KEY }).lean<PipelineDoc>();
  if (existing) return existing;
  try {
    const created = await models.Pipeline.create({
      name: DEFAULT_PIPELINE_NAME,
      key: DEFAULT_KEY,
      isDefault: true,
      currency: DEFAULT_CURRENCY,
      stages: DEFAULT_STAGES,
    });
    return created.toObject() as PipelineDoc;
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    return (await models.Pipeline.findOne({ key: DEFAULT_KEY }).lean<PipelineDoc>())!;
  }
}
