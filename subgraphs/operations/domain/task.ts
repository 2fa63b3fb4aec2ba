/**
 * Milestones and tasks: their lifecycle, the tree, dependencies that never form a cycle, and a
 * project's progress from estimates.
 */
import { userError, type UserError } from '../../../lib/errors';
import type { Transitions } from '../../../lib/state-machine';

export type TaskKind = 'MILESTONE' | 'TASK';
export type TaskStatus = 'TODO' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';

/** Work starts, finishes (and may be reopened), or is dropped; a cancelled task stays cancelled. */
export const TASK_TRANSITIONS: Transitions<TaskStatus> = {
  TODO: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
  IN_PROGRESS: ['DONE', 'TODO', 'CANCELLED'],
  DONE: ['IN_PROGRESS'],
  CANCELLED: [],
};

/** Tasks of a project at most, and nesting depth of the tree. */
export const MAX_TASKS_PER_PROJECT = 500;
export const MAX_TREE_DEPTH = 6;
/** One task's estimate: at most a working year. */
export const MAX_ESTIMATE_MINUTES = 2080 * 60;

/** A dependency edge: `taskId` waits for `dependsOnId`. */
export interface Dependency {
  taskId: string;
  dependsOnId: string;
}

/**
 * Whether adding `taskId -> dependsOnId` closes a cycle: it does when `taskId` is already
 * reachable from `dependsOnId` along existing edges (or they are the same task).
 */
export function wouldCreateCycle(edges: Dependency[], edge: Dependency): boolean {
  if (edge.taskId === edge.dependsOnId) return true;
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.taskId, [...(next.get(e.taskId) ?? []), e.dependsOnId]);
  const seen = new Set<string>();
  const stack = [edge.dependsOnId];
  while (stack.length) {
    const at = stack.pop()!;
    if (at === edge.taskId) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    stack.push(...(next.get(at) ?? []));
  }
  return false;
}

export function checkEstimate(minutes: number | null | undefined, field = ['input', 'estimateMinutes']): UserError[] {
  if (minutes === null || minutes === undefined) return [];
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_ESTIMATE_MINUTES) {
    return [userError(field, `Estimate must be a whole number of minutes between 0 and ${MAX_ESTIMATE_MINUTES}.`, 'INVALID')];
  }
  return [];
}

export interface TaskNode {
  id: string;
  parentId?: string | null;
  kind: TaskKind;
  status: TaskStatus;
  estimateMinutes: number;
}

/** Depth of a node (a milestone is 1), following parents in `byId`. */
export function depthOf(byId: Map<string, { parentId?: string | null }>, id: string): number {
  let depth = 0;
  for (let at: string | null | undefined = id; at && depth <= MAX_TREE_DEPTH + 1; at = byId.get(at)?.parentId) depth++;
  return depth;
}

export interface Progress {
  estimatedMinutes: number;
  completedMinutes: number;
  percent: number;
}

/**
 * Progress from estimates: the leaf tasks (no children) that are not cancelled, weighted by
 * their estimates; done ones count as completed. Milestones carry no estimate of their own.
 */
export function progressOf(tasks: TaskNode[]): Progress {
  const parents = new Set(tasks.map((t) => t.parentId).filter(Boolean));
  let estimatedMinutes = 0;
  let completedMinutes = 0;
  for (const t of tasks) {
    if (t.kind !== 'TASK' || parents.has(t.id) || t.status === 'CANCELLED') continue;
    estimatedMinutes += t.estimateMinutes;
    if (t.status === 'DONE') completedMinutes += t.estimateMinutes;
  }
  const percent = estimatedMinutes ? Math.round((completedMinutes / estimatedMinutes) * 1000) / 10 : 0;
  return { estimatedMinutes, completedMinutes, percent };
}

/** A node's estimate: its own for a leaf task, else the sum of its subtree's leaves (not cancelled). */
export function rolledUpEstimate(tasks: TaskNode[], id: string): number {
  const children = tasks.filter((t) => t.parentId === id);
  const self = tasks.find((t) => t.id === id);
  if (!children.length) return self && self.kind === 'TASK' && self.status !== 'CANCELLED' ? self.estimateMinutes : 0;
  return children.reduce((sum, c) => sum + rolledUpEstimate(tasks, c.id), 0);
}

/** Why a task may not start or finish yet: the dependencies not done. */
export function blockedBy(edges: Dependency[], statusOf: (id: string) => TaskStatus | undefined, taskId: string): string[] {
  return edges.filter((e) => e.taskId === taskId && statusOf(e.dependsOnId) !== 'DONE').map((e) => e.dependsOnId);
}
