/** Pipelines: the stages deals move through, with their win probability. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';
import type { PipelineStageDoc } from '../domain/pipeline';

export interface PipelineDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  /** `DEFAULT` for the tenant's default pipeline, the pipeline's own id otherwise: unique per tenant. */
  key: string;
  isDefault: boolean;
  /** The currency its deals are in; the default pipeline's is the tenant currency of sales. */
  currency: string;
  stages: PipelineStageDoc[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const stageSchema = new mongoose.Schema<PipelineStageDoc>(
  {
    name: { type: String, required: true },
    label: String,
    probabilityBps: { type: Number, required: true, min: 0, max: 10000 },
    kind: { type: String, enum: ['OPEN', 'WON', 'LOST'], required: true },
    retiredAt: Date,
  },
  { _id: false },
);
const pipelineSchema = new mongoose.Schema<PipelineDoc>(
  {
    name: { type: String, required: true },
    key: { type: String, required: true },
    isDefault: { type: Boolean, required: true },
    currency: { type: String, required: true },
    stages: { type: [stageSchema], required: true },
  },
  { timestamps: true, versionKey: false },
);
pipelineSchema.plugin(tenantScopePlugin);
pipelineSchema.plugin(outboxPlugin);
pipelineSchema.plugin(aggregatePlugin, { name: 'Pipeline' });
pipelineSchema.index({ tenantId: 1, key: 1 }, { unique: true });
pipelineSchema.index({ tenantId: 1, _id: -1 });

export const pipelineModel = (connection: Connection) => connection.model<PipelineDoc>('Pipeline', pipelineSchema, 'pipelines');
