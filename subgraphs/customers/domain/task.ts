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
