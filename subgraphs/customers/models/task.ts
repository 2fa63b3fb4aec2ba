/** Tasks: follow-ups for an employee, due at a time, announced once when that time passes. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { aggregatePlugin } from '../../../lib/write';
import { TASK_TRANSITIONS, type TaskStatus } from '../domain/task';

export interface TaskDoc {
  _id: Types.ObjectId;
  tenantId: string;
  title: string;
  dueAt: Date;
  status: TaskStatus;
  assigneeId: string;
  customerId?: string | null;
  dealId?: string | null;
  ticketId?: string | null;
  completedAt?: Date | null;
  /** Set once the task-due job stored `customers.task.due` for this task. */
  dueNotified: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
export type TaskConnectionModel = Page<TaskDoc>;

const taskSchema = new mongoose.Schema<TaskDoc>(
  {
    title: { type: String, required: true },
    dueAt: { type: Date, required: true },
    status: { type: String, enum: ['OPEN', 'DONE', 'CANCELLED'], required: true },
    assigneeId: { type: String, required: true },
    customerId: String,
    dealId: String,
    ticketId: String,
    completedAt: Date,
    dueNotified: { type: Boolean, default: false },
  },
  { timestamps: true, versionKey: false },
);
taskSchema.plugin(tenantScopePlugin);
taskSchema.plugin(nodeIdPlugin, { type: 'Task' });
taskSchema.plugin(outboxPlugin);
taskSchema.plugin(aggregatePlugin, { name: 'Task', transitions: TASK_TRANSITIONS });
taskSchema.index({ tenantId: 1, _id: -1 });
taskSchema.index({ tenantId: 1, assigneeId: 1, status: 1, dueAt: 1, _id: 1 }); // myTasks, soonest due first
taskSchema.index({ tenantId: 1, status: 1, dueAt: 1 });
taskSchema.index({ tenantId: 1, customerId: 1, _id: -1 });
// The task-due job serves every tenant (infrastructure, like the outbox relay): its index cannot start with tenantId.
taskSchema.index({ dueNotified: 1, status: 1, dueAt: 1 });

export const taskModel = (connection: Connection) => connection.model<TaskDoc>('Task', taskSchema, 'tasks');
