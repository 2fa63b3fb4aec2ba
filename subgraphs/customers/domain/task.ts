import type { Transitions } from '../../../lib/state-machine';

export type TaskStatus = 'OPEN' | 'DONE' | 'CANCELLED';

/** A follow-up's lifecycle: it is done or cancelled, both final. Reassigning keeps it OPEN. */
export const TASK_TRANSITIONS: Transitions<TaskStatus> = {
  OPEN: ['DONE', 'CANCELLED'],
  DONE: [],
  CANCELLED: [],
};

export function isOverdue(task: { status: TaskStatus; dueAt: Date }, now: Date): boolean {
  return task.status === 'OPEN' && task.dueAt.getTime() < now.getTime();
}

/**
 * Whose tasks `myTasks` lists: the explicit `assigneeId` when given; otherwise a user principal
 * `user:<id>` is taken as the employee with the same id (users and employees share ids in this
 * deployment's convention). API keys and anonymous callers must pass `assigneeId`: null then.
 */
export function assigneeOfCaller(principal: string, assigneeId?: string | null): string | null {
  if (assigneeId) return assigneeId;
  const match = /^user:(.+)$/.exec(principal);
  return match ? match[1] : null;
}
