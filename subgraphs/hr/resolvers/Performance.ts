/** Goals, reviews, cycles and one-on-one notes: each field shown only to whom it may be (domain/performance.ts). */
import { forbidden, notFound } from '../../../lib/errors';
import { docId } from '../../../lib/resolvers';
import type {
  DepartmentCompletionResolvers,
  GoalResolvers,
  OneOnOneNoteResolvers,
  PeerFeedbackResolvers,
  ReviewCycleResolvers,
  ReviewResolvers,
} from '../__generated__/resolvers-types';
import type { HrContext } from '../context';
import { canSeeManagerPart, canSeePeerFeedback, cycleStatistics } from '../domain/performance';
import type { ReviewDoc } from '../models';
import { cycleReviews, relationTo } from '../services/performance';
import { callerEmployeeId } from '../services/user-links';

const employee = async (id: string, { loaders }: HrContext) =>
  (await loaders.employee.load(id)) ?? Promise.reject(notFound('Employee', id));
const relation = (review: ReviewDoc, ctx: HrContext) => relationTo(ctx.models, ctx, review.employeeId);

export const Goal: GoalResolvers = {
  id: docId,
  employee: (goal, _, ctx) => employee(goal.employeeId, ctx),
};

export const Review: ReviewResolvers = {
  id: docId,
  cycle: async (review, _, { loaders }) =>
    (await loaders.reviewCycle.load(review.cycleId)) ?? Promise.reject(notFound('Review cycle', review.cycleId)),
  employee: (review, _, ctx) => employee(review.employeeId, ctx),
  manager: (review, _, { loaders }) => (review.managerId ? loaders.employee.load(review.managerId) : null),
  managerAnswers: async (review, _, ctx) =>
    canSeeManagerPart(await relation(review, ctx), review.status) ? review.managerAnswers : null,
  managerSubmittedAt: async (review, _, ctx) =>
    canSeeManagerPart(await relation(review, ctx), review.status) ? (review.managerSubmittedAt ?? null) : null,
  finalRating: async (review, _, ctx) =>
    canSeeManagerPart(await relation(review, ctx), review.status) ? (review.finalRating ?? null) : null,
  calibrationNote: async (review, _, ctx) =>
    canSeeManagerPart(await relation(review, ctx), review.status) ? (review.calibrationNote ?? null) : null,
  peerFeedback: async (review, _, ctx) => (canSeePeerFeedback(await relation(review, ctx)) ? review.peerFeedback : null),
};

export const PeerFeedback: PeerFeedbackResolvers = {
  peer: (feedback, _, ctx) => employee(feedback.peerId, ctx),
};

export const ReviewCycle: ReviewCycleResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.reviewCycle.load(reference.id),
  id: docId,
  participantCount: (cycle) => cycle.participantIds.length,
  completion: async (cycle, _, { models }) =>
    cycleStatistics(await cycleReviews(models, cycle._id.toString()), cycle.questions[0]).completion,
  ratingDistribution: async (cycle, _, { models }) =>
    cycleStatistics(await cycleReviews(models, cycle._id.toString()), cycle.questions[0]).distribution,
};

export const DepartmentCompletion: DepartmentCompletionResolvers = {
  department: (row, _, { loaders }) => (row.departmentId ? loaders.department.load(row.departmentId) : null),
};

export const OneOnOneNote: OneOnOneNoteResolvers = {
  id: docId,
  employee: (note, _, ctx) => employee(note.employeeId, ctx),
  manager: (note, _, ctx) => employee(note.managerId, ctx),
  author: (note, _, ctx) => employee(note.authorId, ctx),
};

/** The Employee fields of performance: FORBIDDEN to a caller who is not the employee, a manager above them or HR. */
export const employeePerformanceFields = {
  goals: async (emp: { _id: { toString(): string } }, _: unknown, ctx: HrContext) => {
    const id = emp._id.toString();
    if ((await relationTo(ctx.models, ctx, id)) === 'NONE')
      throw forbidden("Only the employee, their managers and HR see an employee's goals.");
    return ctx.loaders.goals.load(id);
  },
  reviews: async (emp: { _id: { toString(): string } }, _: unknown, ctx: HrContext) => {
    const id = emp._id.toString();
    if ((await relationTo(ctx.models, ctx, id)) === 'NONE')
      throw forbidden("Only the employee, their managers and HR see an employee's reviews.");
    return ctx.loaders.reviews.load(id);
  },
  oneOnOneNotes: async (emp: { _id: { toString(): string } }, _: unknown, ctx: HrContext) => {
    const id = emp._id.toString();
    const rel = await relationTo(ctx.models, ctx, id);
    if (rel === 'NONE') throw forbidden('One-on-one notes are private to the employee, their manager and HR.');
    const notes = await ctx.loaders.oneOnOneNotes.load(id);
    if (rel === 'SELF' || rel === 'HR') return notes;
    // A manager above: only the notes of the one-on-ones they held.
    const me = await callerEmployeeId(ctx.models, ctx.principal);
    return notes.filter((n) => n.managerId === me);
  },
};
