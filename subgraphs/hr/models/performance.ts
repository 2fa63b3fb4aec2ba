/** Performance tracking: goals, review cycles, reviews (with an outbox) and one-on-one notes. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { aggregatePlugin } from '../../../lib/write';
import {
  GOAL_TRANSITIONS,
  REVIEW_CYCLE_TRANSITIONS,
  REVIEW_TRANSITIONS,
  type Answer,
  type GoalStatus,
  type Question,
  type ReviewCycleStatus,
  type ReviewStatus,
} from '../domain/performance';

export interface GoalDoc {
  _id: Types.ObjectId;
  tenantId: string;
  employeeId: string;
  title: string;
  measure: string;
  target: number;
  progress: number;
  dueDate?: string | null;
  /** Whole percent of the employee's goals. */
  weight: number;
  status: GoalStatus;
  version: number;
  createdAt: Date;
}

export interface ReviewCycleDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  selfReviewDue: string;
  managerReviewDue: string;
  questions: Question[];
  participantIds: string[];
  status: ReviewCycleStatus;
  finalizedAt?: Date | null;
  version: number;
  createdAt: Date;
}

export interface PeerFeedbackDoc {
  peerId: string;
  answers: Answer[];
  submittedAt: Date;
}

export interface ReviewDoc {
  _id: Types.ObjectId;
  tenantId: string;
  cycleId: string;
  employeeId: string;
  /** The manager when the cycle was created: they write the manager review. */
  managerId?: string | null;
  departmentId?: string | null;
  status: ReviewStatus;
  selfAnswers: Answer[];
  selfSubmittedAt?: Date | null;
  managerAnswers: Answer[];
  managerSubmittedAt?: Date | null;
  peerFeedback: PeerFeedbackDoc[];
  finalRating?: number | null;
  calibrationNote?: string | null;
  calibratedAt?: Date | null;
  sharedAt?: Date | null;
  /** The next deadline reminder: when (deadline - REMINDER_DAYS) and for which stage; null when none is left. */
  reminderAt?: Date | null;
  reminderStage?: 'SELF' | 'MANAGER' | null;
  version: number;
}

export interface OneOnOneNoteDoc {
  _id: Types.ObjectId;
  tenantId: string;
  employeeId: string;
  managerId: string;
  authorId: string;
  date: string;
  body: string;
  version: number;
  createdAt: Date;
}

const answer = { _id: false, questionId: String, rating: Number, comment: String };

const goalSchema = new mongoose.Schema<GoalDoc>(
  {
    employeeId: { type: String, required: true },
    title: { type: String, required: true },
    measure: { type: String, required: true },
    target: { type: Number, required: true },
    progress: { type: Number, required: true, default: 0 },
    dueDate: String,
    weight: { type: Number, required: true, default: 0 },
    status: { type: String, required: true, default: 'ACTIVE' },
  },
  { timestamps: true, versionKey: false },
);
goalSchema.plugin(tenantScopePlugin);
goalSchema.plugin(aggregatePlugin, { name: 'Goal', transitions: GOAL_TRANSITIONS });
goalSchema.index({ tenantId: 1, employeeId: 1, _id: 1 });

const cycleSchema = new mongoose.Schema<ReviewCycleDoc>(
  {
    name: { type: String, required: true },
    periodStart: { type: String, required: true },
    periodEnd: { type: String, required: true },
    selfReviewDue: { type: String, required: true },
    managerReviewDue: { type: String, required: true },
    questions: { type: [{ _id: false, id: String, text: String, scaleMin: Number, scaleMax: Number }], default: [] },
    participantIds: { type: [String], default: [] },
    status: { type: String, required: true, default: 'OPEN' },
    finalizedAt: Date,
  },
  { timestamps: true, versionKey: false },
);
cycleSchema.plugin(tenantScopePlugin);
cycleSchema.plugin(nodeIdPlugin, { type: 'ReviewCycle' });
cycleSchema.plugin(outboxPlugin);
cycleSchema.plugin(aggregatePlugin, { name: 'Review cycle', transitions: REVIEW_CYCLE_TRANSITIONS });
cycleSchema.index({ tenantId: 1, _id: -1 });
// Cycles a crash left PREPARING, across tenants (jobs/review-cycle-completion.ts).
cycleSchema.index({ status: 1, _id: 1 });

const reviewSchema = new mongoose.Schema<ReviewDoc>(
  {
    cycleId: { type: String, required: true },
    employeeId: { type: String, required: true },
    managerId: String,
    departmentId: String,
    status: { type: String, required: true, default: 'NOT_STARTED' },
    selfAnswers: { type: [answer], default: [] },
    selfSubmittedAt: Date,
    managerAnswers: { type: [answer], default: [] },
    managerSubmittedAt: Date,
    peerFeedback: { type: [{ _id: false, peerId: String, answers: [answer], submittedAt: Date }], default: [] },
    finalRating: Number,
    calibrationNote: String,
    calibratedAt: Date,
    sharedAt: Date,
    reminderAt: Date,
    reminderStage: String,
  },
  { timestamps: true, versionKey: false },
);
reviewSchema.plugin(tenantScopePlugin);
reviewSchema.plugin(outboxPlugin);
reviewSchema.plugin(aggregatePlugin, { name: 'Review', transitions: REVIEW_TRANSITIONS });
reviewSchema.index({ tenantId: 1, cycleId: 1, employeeId: 1 }, { unique: true });
reviewSchema.index({ tenantId: 1, employeeId: 1, _id: -1 });
// The reminder sweep across tenants (jobs/review-reminders.ts).
reviewSchema.index({ reminderAt: 1 });

const noteSchema = new mongoose.Schema<OneOnOneNoteDoc>(
  {
    employeeId: { type: String, required: true },
    managerId: { type: String, required: true },
    authorId: { type: String, required: true },
    date: { type: String, required: true },
    body: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);
noteSchema.plugin(tenantScopePlugin);
noteSchema.plugin(aggregatePlugin, { name: 'One-on-one note' });
noteSchema.index({ tenantId: 1, employeeId: 1, _id: -1 });

export const goalModel = (c: Connection) => c.model<GoalDoc>('Goal', goalSchema, 'goals');
export const reviewCycleModel = (c: Connection) => c.model<ReviewCycleDoc>('ReviewCycle', cycleSchema, 'review_cycles');
export const reviewModel = (c: Connection) => c.model<ReviewDoc>('Review', reviewSchema, 'reviews');
export const oneOnOneNoteModel = (c: Connection) => c.model<OneOnOneNoteDoc>('OneOnOneNote', noteSchema, 'one_on_one_notes');

/** One department's progress through a cycle (a view, not stored). */
export interface DepartmentCompletionModel {
  departmentId: string | null;
  total: number;
  selfSubmitted: number;
  managerSubmitted: number;
  calibrated: number;
  shared: number;
}
