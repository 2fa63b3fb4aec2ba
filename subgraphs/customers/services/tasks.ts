/** Every write of a task: create (by people or automation), complete, cancel, reassign, and its due announcement. */
import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { assertNoUserErrors } from '../../../lib/mutation';
import { requireText } from '../../../lib/validation';
import { findOrCreate, insert, transition, update, updateWhere } from '../../../lib/write';
import type { CreateTaskInput, ReassignTaskInput } from '../__generated__/resolvers-types';
import { validateRefId } from '../domain/customer';
import type { TaskStatus } from '../domain/task';
import { taskDue } from '../events/publish';
import type { CustomersModels, TaskDoc } from '../models';
import { requireCustomer } from './customers';
import { requireTicket } from './tickets';
import { asNodeId } from '../../../lib/node-id';

export async function createTask(models: CustomersModels, input: CreateTaskInput): Promise<TaskDoc> {
  assertNoUserErrors([
    ...requireText(input.title, ['input', 'title']),
    ...(input.assigneeId
      ? validateRefId(input.assigneeId, ['input', 'assigneeId'])
      : [userError(['input', 'assigneeId'], 'assigneeId is required.', 'REQUIRED')]),
    ...validateRefId(input.dealId, ['input', 'dealId']),
  ]);
  if (input.customerId) await requireCustomer(models, input.customerId, ['input', 'customerId']);
  if (input.ticketId) await requireTicket(models, input.ticketId, ['input', 'ticketId']);
  return insert<TaskDoc>(models.Task, {
    title: input.title.trim(),
    dueAt: input.dueAt,
    status: 'OPEN',
    assigneeId: input.assigneeId,
    customerId: input.customerId ?? null,
    dealId: input.dealId ?? null,
    ticketId: input.ticketId ?? null,
    dueNotified: false,
  });
}

/** OPEN -> DONE (stamping `completedAt`) or CANCELLED. */
export function moveTask(models: CustomersModels, id: string, to: Exclude<TaskStatus, 'OPEN'>): Promise<TaskDoc> {
  return transition<TaskStatus, TaskDoc>(models.Task, id, to, { set: to === 'DONE' ? { completedAt: new Date() } : {} });
}

/** Gives an OPEN task to another employee. */
export function reassignTask(models: CustomersModels, input: ReassignTaskInput): Promise<TaskDoc> {
  assertNoUserErrors(validateRefId(input.assigneeId, ['input', 'assigneeId']));
  return update<TaskDoc>(models.Task, input.id, (current) => {
    if (current.status !== 'OPEN') {
      throw new UserErrors([
        userError(['input', 'id'], `Task is ${current.status} and cannot be reassigned.`, 'ILLEGAL_TRANSITION'),
      ]);
    }
    return current.assigneeId === input.assigneeId ? null : { $set: { assigneeId: input.assigneeId } };
  });
}

/** A follow-up an automation rule creates, once per (rule, event): its `_id` derives from both. */
export async function createFollowUpTask(
  models: CustomersModels,
  id: string,
  task: { title: string; dueAt: Date; assigneeId: string; customerId: string | null; dealId: string | null },
): Promise<void> {
  await findOrCreate<TaskDoc>(models.Task, { _id: asNodeId(id, 'Task') }, () => ({
    title: task.title,
    dueAt: task.dueAt,
    status: 'OPEN',
    assigneeId: task.assigneeId,
    customerId: task.customerId && mongoose.isObjectIdOrHexString(task.customerId) ? task.customerId : null,
    dealId: task.dealId,
    dueNotified: false,
  }));
}

/**
 * Announces an OPEN task whose due time passed: flips `dueNotified` and stores `customers.task.due`
 * in one conditional write, so a task is announced once however many processes sweep. True when
 * this call announced it.
 */
export async function announceTaskDue(
  models: CustomersModels,
  task: Pick<TaskDoc, '_id' | 'assigneeId' | 'dueAt' | 'customerId'>,
): Promise<boolean> {
  const announced = await updateWhere<TaskDoc>(
    models.Task,
    { _id: task._id, dueNotified: false, status: 'OPEN' },
    { $set: { dueNotified: true }, $inc: { version: 1 }, events: [taskDue(task)] },
  );
  return announced !== null;
}
