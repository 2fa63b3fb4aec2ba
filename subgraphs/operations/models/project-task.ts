/** Milestones and tasks of a project: a tree (parentId), estimates, assignees, status; a FIXED_PRICE milestone bills on completion. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { aggregatePlugin } from '../../../lib/write';
import { TASK_TRANSITIONS, type TaskKind, type TaskStatus } from '../domain/task';

export interface ProjectTaskDoc {
  _id: Types.ObjectId;
  tenantId: string;
  projectId: string;
  kind: TaskKind;
  parentId?: string | null;
  name: string;
  status: TaskStatus;
  estimateMinutes: number;
  assigneeIds: string[];
  dueDate?: string | null;
  /** The project's currency (copied: it never changes once work is billed). */
  currency: string;
  billingAmountMinor?: number | null;
  /** Set by the same write that completes a billed milestone and stores its billing event. */
  billedAt?: Date | null;
  billedMinor?: number | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const projectTaskSchema = new mongoose.Schema<ProjectTaskDoc>(
  {
    projectId: { type: String, required: true },
    kind: { type: String, enum: ['MILESTONE', 'TASK'], required: true },
    parentId: String,
    name: { type: String, required: true },
    status: { type: String, required: true, default: 'TODO' },
    estimateMinutes: { type: Number, default: 0, min: 0 },
    assigneeIds: { type: [String], default: [] },
    dueDate: String,
    currency: { type: String, required: true },
    billingAmountMinor: Number,
    billedAt: Date,
    billedMinor: Number,
  },
  { timestamps: true, versionKey: false },
);
projectTaskSchema.plugin(tenantScopePlugin);
projectTaskSchema.plugin(nodeIdPlugin, { type: 'ProjectTask' });
projectTaskSchema.plugin(outboxPlugin);
projectTaskSchema.plugin(aggregatePlugin, { name: 'Task', transitions: TASK_TRANSITIONS });
projectTaskSchema.index({ tenantId: 1, projectId: 1, _id: 1 });
projectTaskSchema.index({ tenantId: 1, assigneeIds: 1, status: 1, _id: 1 });
// Whether a project billed a milestone (its contract type is fixed then).
projectTaskSchema.index({ tenantId: 1, projectId: 1, billedAt: 1 });

export const projectTaskModel = (connection: Connection) =>
  connection.model<ProjectTaskDoc>('ProjectTask', projectTaskSchema, 'project_tasks');
