/**
 * Performance tracking: goals, review cycles and reviews, their lifecycles, and who may see what.
 *
 * A review moves NOT_STARTED -> SELF_SUBMITTED -> MANAGER_SUBMITTED -> CALIBRATED -> SHARED; each
 * submission is final (locked). Peer feedback may be given while the review is not yet calibrated.
 * A cycle is PREPARING while its reviews are being created (hidden from every read, completed by
 * the request or, after a crash, by the `hr.review-cycle-completion` job), OPEN once every
 * participant's review exists, until `finalizeReviewCycle` shares every calibrated review (FINALIZED).
 *
 * Visibility (per field, services/performance.ts `relationTo`): the employee themself (SELF), their
 * managers up the reporting line (MANAGER), HR (a caller with `hr:sensitive`), anybody else (NONE:
 * a peer never sees another's goals or reviews).
 *  - goals: SELF, MANAGER, HR;
 *  - a review's status and the employee's own answers: SELF, MANAGER, HR;
 *  - the manager's answers, the calibrated rating: MANAGER and HR always, SELF once SHARED;
 *  - peer feedback: MANAGER and HR only (never the employee, never other peers).
 */
import { userError, type UserError } from '../../../lib/errors';
import type { Transitions } from '../../../lib/state-machine';
import { requireText } from '../../../lib/validation';
import { isIsoDate } from './time-off';

export type ReviewStatus = 'NOT_STARTED' | 'SELF_SUBMITTED' | 'MANAGER_SUBMITTED' | 'CALIBRATED' | 'SHARED';
export const REVIEW_TRANSITIONS: Transitions<ReviewStatus> = {
  NOT_STARTED: ['SELF_SUBMITTED'],
  SELF_SUBMITTED: ['MANAGER_SUBMITTED'],
  MANAGER_SUBMITTED: ['CALIBRATED'],
  CALIBRATED: ['SHARED'],
  SHARED: [],
};

export type ReviewCycleStatus = 'PREPARING' | 'OPEN' | 'FINALIZED';
export const REVIEW_CYCLE_TRANSITIONS: Transitions<ReviewCycleStatus> = {
  PREPARING: ['OPEN'],
  OPEN: ['FINALIZED'],
  FINALIZED: [],
};

/** A cycle users may see: one still PREPARING has not all its reviews yet. */
export const isVisibleCycle = (cycle: { status: ReviewCycleStatus } | null | undefined): boolean =>
  !!cycle && (cycle.status === 'OPEN' || cycle.status === 'FINALIZED');

export type GoalStatus = 'ACTIVE' | 'ACHIEVED' | 'MISSED' | 'CANCELLED';
export const GOAL_TRANSITIONS: Transitions<GoalStatus> = {
  ACTIVE: ['ACHIEVED', 'MISSED', 'CANCELLED'],
  ACHIEVED: ['ACTIVE'],
  MISSED: ['ACTIVE'],
  CANCELLED: [],
};

export type Relation = 'SELF' | 'MANAGER' | 'HR' | 'NONE';

export const canSeeGoals = (r: Relation) => r !== 'NONE';
export const canSeeReview = (r: Relation) => r !== 'NONE';
export const canSeeManagerPart = (r: Relation, status: ReviewStatus) =>
  r === 'MANAGER' || r === 'HR' || (r === 'SELF' && status === 'SHARED');
export const canSeePeerFeedback = (r: Relation) => r === 'MANAGER' || r === 'HR';

export interface Question {
  id: string;
  text: string;
  scaleMin: number;
  scaleMax: number;
}

export interface Answer {
  questionId: string;
  rating: number;
  comment?: string | null;
}

export function validateQuestions(questions: Array<{ text: string; scaleMin: number; scaleMax: number }>): UserError[] {
  if (!questions.length) return [userError(['input', 'questions'], 'A cycle asks at least one question.', 'REQUIRED')];
  return questions.flatMap((q, i) => [
    ...requireText(q.text, ['input', 'questions', String(i), 'text'], 500),
    ...(Number.isInteger(q.scaleMin) && Number.isInteger(q.scaleMax) && q.scaleMin < q.scaleMax && q.scaleMax - q.scaleMin <= 10
      ? []
      : [
          userError(
            ['input', 'questions', String(i), 'scaleMax'],
            'A rating scale is whole numbers, min < max, at most 10 steps.',
            'INVALID',
          ),
        ]),
  ]);
}

/** Answers to a cycle's questions: every question once, each rating on its scale. */
export function validateAnswers(questions: Question[], answers: Answer[]): UserError[] {
  const errors: UserError[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    const q = byId.get(a.questionId);
    if (!q)
      errors.push(
        userError(['input', 'answers', String(i), 'questionId'], `No question ${a.questionId} in this cycle.`, 'INVALID'),
      );
    else if (seen.has(a.questionId))
      errors.push(userError(['input', 'answers', String(i), 'questionId'], 'Answered twice.', 'INVALID'));
    else if (!Number.isInteger(a.rating) || a.rating < q.scaleMin || a.rating > q.scaleMax)
      errors.push(userError(['input', 'answers', String(i), 'rating'], `Rate from ${q.scaleMin} to ${q.scaleMax}.`, 'INVALID'));
    errors.push(...requireText(a.comment, ['input', 'answers', String(i), 'comment'], 2000));
    seen.add(a.questionId);
  });
  const missing = questions.filter((q) => !seen.has(q.id));
  if (!errors.length && missing.length)
    errors.push(
      userError(['input', 'answers'], `Answer every question; missing: ${missing.map((q) => q.id).join(', ')}.`, 'REQUIRED'),
    );
  return errors;
}

export function validateCycleDates(input: {
  periodStart: string;
  periodEnd: string;
  selfReviewDue: string;
  managerReviewDue: string;
}): UserError[] {
  const errors: UserError[] = [];
  for (const field of ['periodStart', 'periodEnd', 'selfReviewDue', 'managerReviewDue'] as const) {
    if (!isIsoDate(input[field])) errors.push(userError(['input', field], 'Use a date YYYY-MM-DD.', 'INVALID'));
  }
  if (errors.length) return errors;
  if (input.periodEnd < input.periodStart)
    errors.push(userError(['input', 'periodEnd'], 'The period ends before it starts.', 'INVALID'));
  if (input.managerReviewDue < input.selfReviewDue)
    errors.push(userError(['input', 'managerReviewDue'], 'Manager reviews are due after self-reviews.', 'INVALID'));
  return errors;
}

export function validateGoal(input: {
  title?: string | null;
  measure?: string | null;
  target?: number | null;
  progress?: number | null;
  dueDate?: string | null;
  weight?: number | null;
}): UserError[] {
  return [
    ...requireText(input.title, ['input', 'title']),
    ...requireText(input.measure, ['input', 'measure']),
    ...(input.target == null || (Number.isFinite(input.target) && input.target > 0)
      ? []
      : [userError(['input', 'target'], 'A target is a positive number.', 'INVALID')]),
    ...(input.progress == null || (Number.isFinite(input.progress) && input.progress >= 0)
      ? []
      : [userError(['input', 'progress'], 'Progress is zero or more.', 'INVALID')]),
    ...(input.dueDate == null || isIsoDate(input.dueDate)
      ? []
      : [userError(['input', 'dueDate'], 'Use a date YYYY-MM-DD.', 'INVALID')]),
    ...(input.weight == null || (Number.isInteger(input.weight) && input.weight >= 0 && input.weight <= 100)
      ? []
      : [userError(['input', 'weight'], 'A weight is a whole percentage, 0-100.', 'INVALID')]),
  ];
}

/** A calibrated rating is a whole number on the cycle's overall scale (that of its first question). */
export function validateRating(rating: number, scale: { scaleMin: number; scaleMax: number }): UserError[] {
  return Number.isInteger(rating) && rating >= scale.scaleMin && rating <= scale.scaleMax
    ? []
    : [userError(['input', 'rating'], `Rate from ${scale.scaleMin} to ${scale.scaleMax}.`, 'INVALID')];
}

/** Per department: reviews in the cycle and how many reached each stage; and how many final ratings of each value. */
export function cycleStatistics(
  reviews: Array<{ departmentId?: string | null; status: ReviewStatus; finalRating?: number | null }>,
  scale: { scaleMin: number; scaleMax: number },
) {
  const order: ReviewStatus[] = ['NOT_STARTED', 'SELF_SUBMITTED', 'MANAGER_SUBMITTED', 'CALIBRATED', 'SHARED'];
  const reached = (status: ReviewStatus, at: ReviewStatus) => order.indexOf(status) >= order.indexOf(at);
  const departments = new Map<string | null, typeof reviews>();
  for (const r of reviews) departments.set(r.departmentId ?? null, [...(departments.get(r.departmentId ?? null) ?? []), r]);
  const completion = [...departments].map(([departmentId, list]) => ({
    departmentId,
    total: list.length,
    selfSubmitted: list.filter((r) => reached(r.status, 'SELF_SUBMITTED')).length,
    managerSubmitted: list.filter((r) => reached(r.status, 'MANAGER_SUBMITTED')).length,
    calibrated: list.filter((r) => reached(r.status, 'CALIBRATED')).length,
    shared: list.filter((r) => r.status === 'SHARED').length,
  }));
  const distribution = [];
  for (let rating = scale.scaleMin; rating <= scale.scaleMax; rating++) {
    distribution.push({ rating, count: reviews.filter((r) => r.finalRating === rating).length });
  }
  return { completion, distribution };
}

/** Reminders go out this many days before a deadline (a task for the reviewer, via the automation engine). */
export const REMINDER_DAYS = 3;

/** When to remind of a deadline (`YYYY-MM-DD`, due by the end of that UTC day): REMINDER_DAYS before it. */
export const reminderAt = (deadline: string) =>
  new Date(Date.parse(`${deadline}T00:00:00.000Z`) - (REMINDER_DAYS - 1) * 86_400_000);

/**
 * What a due reminder does for a review in `status`: announce it (to whom) or skip it, and which
 * reminder comes next. A stage already submitted is skipped silently.
 */
export function nextReminder(
  status: ReviewStatus,
  stage: 'SELF' | 'MANAGER',
  review: { employeeId: string; managerId?: string | null },
): { announce: { stage: 'SELF' | 'MANAGER'; reviewerId: string } | null; next: 'MANAGER' | null } {
  if (stage === 'SELF') {
    return {
      announce: status === 'NOT_STARTED' ? { stage, reviewerId: review.employeeId } : null,
      next: review.managerId ? 'MANAGER' : null,
    };
  }
  const pending = (status === 'NOT_STARTED' || status === 'SELF_SUBMITTED') && review.managerId;
  return { announce: pending ? { stage, reviewerId: review.managerId! } : null, next: null };
}
