/**
 * Every write of performance tracking (goals, review cycles and their reviews, one-on-one notes)
 * and who the caller is to an employee (`relationTo`), which both the writes and the per-field
 * visibility of the resolvers use. The caller's person is their linked employee (user-links.ts);
 * HR is a caller holding `hr:sensitive`.
 */
import mongoose, { type Types } from 'mongoose';
import { forbidden, userError, UserErrors } from '../../../lib/errors';
import { assertNoUserErrors } from '../../../lib/mutation';
import type { RequestPrincipal } from '../../../lib/signed-context';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import { requireText } from '../../../lib/validation';
import { findOrCreate, insert, transition, update } from '../../../lib/write';
import {
  isVisibleCycle,
  nextReminder,
  reminderAt,
  validateAnswers,
  validateCycleDates,
  validateGoal,
  validateQuestions,
  validateRating,
  type Answer,
  type GoalStatus,
  type Relation,
  type ReviewCycleStatus,
  type ReviewStatus,
} from '../domain/performance';
import { isIsoDate } from '../domain/time-off';
import { cycleFinalized, reviewDue, reviewSubmitted } from '../events/publish';
import type { EmployeeDoc, GoalDoc, HrModels, OneOnOneNoteDoc, ReviewCycleDoc, ReviewDoc } from '../models';
import { callerEmployeeId } from './user-links';

export type Caller = Pick<RequestPrincipal, 'principal' | 'scopes' | 'requestId'>;

const MAX_CHAIN = 100;
const isHr = (caller: Caller) => caller.scopes.includes('hr:sensitive');

/** Whether `managerId` is above `employeeId` in the reporting line (a bounded walk up). */
async function isManagerOf(models: HrModels, managerId: string, employeeId: string): Promise<boolean> {
  let current = employeeId;
  for (let hops = 0; hops < MAX_CHAIN; hops++) {
    const doc = await findOneByIdInTenant<EmployeeDoc>(models.Employee, current, { managerId: 1 });
    if (!doc?.managerId) return false;
    if (doc.managerId === managerId) return true;
    current = doc.managerId;
  }
  return false;
}

const relations = new WeakMap<object, Map<string, Promise<Relation>>>();

/** Who the caller is to an employee: SELF, MANAGER (anywhere up the line), HR, or NONE. Memoised per request. */
export function relationTo(models: HrModels, caller: Caller, employeeId: string): Promise<Relation> {
  let memo = relations.get(caller);
  if (!memo) relations.set(caller, (memo = new Map()));
  let found = memo.get(employeeId);
  if (!found) {
    found = (async (): Promise<Relation> => {
      if (isHr(caller)) return 'HR';
      const me = await callerEmployeeId(models, caller.principal);
      if (!me) return 'NONE';
      if (me === employeeId) return 'SELF';
      return (await isManagerOf(models, me, employeeId)) ? 'MANAGER' : 'NONE';
    })();
    memo.set(employeeId, found);
  }
  return found;
}

async function mustRelate(models: HrModels, caller: Caller, employeeId: string, allowed: Relation[], what: string) {
  const relation = await relationTo(models, caller, employeeId);
  if (!allowed.includes(relation)) throw forbidden(`Only ${allowed.join(', ').toLowerCase()} may ${what}.`);
  return relation;
}

async function employeeOrError(models: HrModels, id: string, field = ['input', 'employeeId']): Promise<EmployeeDoc> {
  const employee = mongoose.isObjectIdOrHexString(id) ? await findOneByIdInTenant<EmployeeDoc>(models.Employee, id) : null;
  if (!employee) throw new UserErrors([userError(field, `Employee ${id} not found.`, 'NOT_FOUND')]);
  return employee;
}

// --- goals ---

export interface GoalInput {
  title?: string | null;
  measure?: string | null;
  target?: number | null;
  progress?: number | null;
  dueDate?: string | null;
  weight?: number | null;
}

/** A goal for an employee, set by them, a manager above them, or HR. */
export async function createGoal(models: HrModels, input: GoalInput & { employeeId: string }, caller: Caller): Promise<GoalDoc> {
  assertNoUserErrors([
    ...validateGoal(input),
    ...(input.title?.trim() ? [] : [userError(['input', 'title'], 'A goal has a title.', 'REQUIRED')]),
    ...(input.measure?.trim() ? [] : [userError(['input', 'measure'], 'Say how the goal is measured.', 'REQUIRED')]),
    ...(input.target == null ? [userError(['input', 'target'], 'A goal has a target.', 'REQUIRED')] : []),
  ]);
  await employeeOrError(models, input.employeeId);
  await mustRelate(models, caller, input.employeeId, ['SELF', 'MANAGER', 'HR'], "set this employee's goals");
  return insert<GoalDoc>(models.Goal, {
    employeeId: input.employeeId,
    title: input.title!.trim(),
    measure: input.measure!.trim(),
    target: input.target,
    progress: input.progress ?? 0,
    dueDate: input.dueDate ?? null,
    weight: input.weight ?? 0,
    status: 'ACTIVE',
  });
}

/** Corrects a goal or records progress; a status change moves it along its lifecycle. */
export async function updateGoal(
  models: HrModels,
  input: GoalInput & { id: string; status?: GoalStatus | null },
  caller: Caller,
): Promise<GoalDoc> {
  assertNoUserErrors(validateGoal(input));
  const goal = mongoose.isObjectIdOrHexString(input.id) ? await findOneByIdInTenant<GoalDoc>(models.Goal, input.id) : null;
  if (!goal) throw new UserErrors([userError(['input', 'id'], `Goal ${input.id} not found.`, 'NOT_FOUND')]);
  await mustRelate(models, caller, goal.employeeId, ['SELF', 'MANAGER', 'HR'], "change this employee's goals");
  const set: Record<string, unknown> = {};
  for (const field of ['title', 'measure', 'target', 'progress', 'dueDate', 'weight'] as const) {
    const value = input[field];
    if (value !== undefined && value !== null) set[field] = typeof value === 'string' ? value.trim() : value;
  }
  if (input.status && input.status !== goal.status) {
    return transition<GoalStatus, GoalDoc>(models.Goal, input.id, input.status, { set });
  }
  return update<GoalDoc>(models.Goal, input.id, () => (Object.keys(set).length ? { $set: set } : null));
}

// --- review cycles ---

export interface ReviewCycleInput {
  name: string;
  periodStart: string;
  periodEnd: string;
  selfReviewDue: string;
  managerReviewDue: string;
  questions: Array<{ text: string; scaleMin: number; scaleMax: number }>;
  departmentIds?: string[] | null;
  employeeIds?: string[] | null;
}

/** A cycle and one NOT_STARTED review per participant (the members of the departments given, plus the employees listed). */
export async function createReviewCycle(models: HrModels, input: ReviewCycleInput): Promise<ReviewCycleDoc> {
  assertNoUserErrors([
    ...requireText(input.name, ['input', 'name']),
    ...validateCycleDates(input),
    ...validateQuestions(input.questions),
    ...(input.departmentIds?.length || input.employeeIds?.length
      ? []
      : [userError(['input', 'employeeIds'], 'Name the participants: departments or employees.', 'REQUIRED')]),
  ]);
  const ids = (list: string[] | null | undefined) => (list ?? []).filter((id) => mongoose.isObjectIdOrHexString(id));
  const [inDepartments, listed] = await Promise.all([
    input.departmentIds?.length
      ? models.Employee.find({ departmentId: mongoose.trusted({ $in: input.departmentIds }) })
          .select({ _id: 1, status: 1, managerId: 1, departmentId: 1 })
          .lean<EmployeeDoc[]>()
      : [],
    input.employeeIds?.length
      ? models.Employee.find({ _id: mongoose.trusted({ $in: ids(input.employeeIds) }) })
          .select({ _id: 1, status: 1, managerId: 1, departmentId: 1 })
          .lean<EmployeeDoc[]>()
      : [],
  ]);
  const unknown = (input.employeeIds ?? []).filter((id) => !listed.some((e) => e._id.toString() === id));
  if (unknown.length)
    throw new UserErrors([userError(['input', 'employeeIds'], `Employee(s) ${unknown.join(', ')} not found.`, 'NOT_FOUND')]);
  const participants = new Map<string, EmployeeDoc>();
  for (const e of [...inDepartments, ...listed]) if (e.status !== 'TERMINATED') participants.set(e._id.toString(), e);
  if (!participants.size)
    throw new UserErrors([userError(['input', 'departmentIds'], 'No active employee takes part.', 'INVALID')]);
  // Crash-safe in three steps, each one write through lib/write.ts: the cycle PREPARING (hidden
  // from every read), one review per participant keyed by (cycle, employee), then OPEN. A crash
  // anywhere leaves a PREPARING cycle that completeReviewCycle (the job) finishes, never a partial one.
  const cycle = await insert<ReviewCycleDoc>(models.ReviewCycle, {
    name: input.name.trim(),
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    selfReviewDue: input.selfReviewDue,
    managerReviewDue: input.managerReviewDue,
    questions: input.questions.map((q, i) => ({
      id: `q${i + 1}`,
      text: q.text.trim(),
      scaleMin: q.scaleMin,
      scaleMax: q.scaleMax,
    })),
    participantIds: [...participants.keys()],
    status: 'PREPARING',
  });
  return completeReviewCycle(models, cycle._id, [...participants.values()]);
}

/**
 * Finishes a PREPARING cycle: every participant's review, created once under the unique
 * (tenant, cycle, employee) key however often this runs or races, then PREPARING -> OPEN. Run by
 * createReviewCycle and, for what a crash left, by the `hr.review-cycle-completion` job. Returns
 * the cycle as it is after (OPEN, or as another run left it).
 */
export async function completeReviewCycle(
  models: HrModels,
  id: Types.ObjectId | string,
  known?: Array<Pick<EmployeeDoc, '_id' | 'managerId' | 'departmentId'>>,
): Promise<ReviewCycleDoc> {
  const cycle = await findOneByIdInTenant<ReviewCycleDoc>(models.ReviewCycle, id.toString());
  if (!cycle || cycle.status !== 'PREPARING') return cycle as ReviewCycleDoc;
  const cycleId = cycle._id.toString();
  const employees =
    known ??
    (await models.Employee.find({ _id: mongoose.trusted({ $in: cycle.participantIds }) })
      .select({ _id: 1, managerId: 1, departmentId: 1 })
      .lean<EmployeeDoc[]>());
  const byId = new Map(employees.map((e) => [e._id.toString(), e]));
  for (const employeeId of cycle.participantIds) {
    const e = byId.get(employeeId);
    await findOrCreate<ReviewDoc>(models.Review, { cycleId, employeeId }, () => ({
      managerId: e?.managerId ?? null,
      departmentId: e?.departmentId ?? null,
      status: 'NOT_STARTED',
      reminderAt: reminderAt(cycle.selfReviewDue),
      reminderStage: 'SELF',
    }));
  }
  return update<ReviewCycleDoc>(models.ReviewCycle, cycle._id, (current) =>
    current.status === 'PREPARING' ? { $set: { status: 'OPEN' } } : null,
  );
}

/** Of these cycle ids, those users may see (not PREPARING); one query. */
export async function visibleCycleIds(models: HrModels, cycleIds: string[]): Promise<Set<string>> {
  const unique = [...new Set(cycleIds)].filter((id) => mongoose.isObjectIdOrHexString(id));
  if (!unique.length) return new Set();
  const cycles = await models.ReviewCycle.find({ _id: mongoose.trusted({ $in: unique }) })
    .select({ _id: 1, status: 1 })
    .lean<ReviewCycleDoc[]>();
  return new Set(cycles.filter(isVisibleCycle).map((c) => c._id.toString()));
}

async function reviewWithCycle(models: HrModels, id: string): Promise<{ review: ReviewDoc; cycle: ReviewCycleDoc }> {
  const review = mongoose.isObjectIdOrHexString(id) ? await findOneByIdInTenant<ReviewDoc>(models.Review, id) : null;
  if (!review) throw new UserErrors([userError(['input', 'reviewId'], `Review ${id} not found.`, 'NOT_FOUND')]);
  const cycle = await findOneByIdInTenant<ReviewCycleDoc>(models.ReviewCycle, review.cycleId);
  // A review of a cycle still PREPARING does not exist yet for its users.
  if (!cycle || !isVisibleCycle(cycle))
    throw new UserErrors([userError(['input', 'reviewId'], `Review ${id} not found.`, 'NOT_FOUND')]);
  return { review, cycle };
}

const cleanAnswers = (answers: Answer[]) =>
  answers.map((a) => ({ questionId: a.questionId, rating: a.rating, comment: a.comment?.trim() || null }));

/**
 * A review's self or manager stage, submitted once by the one employee who may write it, then
 * locked by the lifecycle (NOT_STARTED -> SELF_SUBMITTED -> MANAGER_SUBMITTED).
 */
async function submitStage(
  models: HrModels,
  input: { reviewId: string; answers: Answer[] },
  caller: Caller,
  stage: 'SELF' | 'MANAGER',
): Promise<ReviewDoc> {
  const { review, cycle } = await reviewWithCycle(models, input.reviewId);
  const me = await callerEmployeeId(models, caller.principal);
  const writer = stage === 'SELF' ? review.employeeId : review.managerId;
  if (!me || me !== writer) {
    throw forbidden(
      stage === 'SELF' ? 'Only the employee writes their self-review.' : "Only the employee's manager writes the manager review.",
    );
  }
  assertNoUserErrors(validateAnswers(cycle.questions, input.answers));
  const answers = cleanAnswers(input.answers);
  const at = new Date();
  return transition<ReviewStatus, ReviewDoc>(
    models.Review,
    input.reviewId,
    stage === 'SELF' ? 'SELF_SUBMITTED' : 'MANAGER_SUBMITTED',
    {
      field: ['input', 'reviewId'],
      set: stage === 'SELF' ? { selfAnswers: answers, selfSubmittedAt: at } : { managerAnswers: answers, managerSubmittedAt: at },
      events: (current) => [reviewSubmitted(current, stage, me, caller.requestId)],
    },
  );
}

/** The employee's own review (NOT_STARTED -> SELF_SUBMITTED, then locked). */
export const submitSelfReview = (models: HrModels, input: { reviewId: string; answers: Answer[] }, caller: Caller) =>
  submitStage(models, input, caller, 'SELF');

/** The manager's review of their report, after the self-review (SELF_SUBMITTED -> MANAGER_SUBMITTED, then locked). */
export const submitManagerReview = (models: HrModels, input: { reviewId: string; answers: Answer[] }, caller: Caller) =>
  submitStage(models, input, caller, 'MANAGER');

/** Optional feedback of a colleague (once each, not the employee, until calibration). */
export async function submitPeerFeedback(
  models: HrModels,
  input: { reviewId: string; answers: Answer[] },
  caller: Caller,
): Promise<ReviewDoc> {
  const { review, cycle } = await reviewWithCycle(models, input.reviewId);
  const me = await callerEmployeeId(models, caller.principal);
  if (!me) throw forbidden('Peer feedback is given by a signed-in employee.');
  if (me === review.employeeId) throw forbidden('Peer feedback is about someone else.');
  assertNoUserErrors(validateAnswers(cycle.questions, input.answers));
  return update<ReviewDoc>(
    models.Review,
    input.reviewId,
    (current) => {
      if (current.status === 'CALIBRATED' || current.status === 'SHARED') {
        throw new UserErrors([
          userError(['input', 'reviewId'], `The review is ${current.status}: feedback is closed.`, 'ILLEGAL_TRANSITION'),
        ]);
      }
      if (current.peerFeedback.some((f) => f.peerId === me)) {
        throw new UserErrors([userError(['input', 'reviewId'], 'You have given your feedback on this review.', 'TAKEN')]);
      }
      return {
        $push: { peerFeedback: { peerId: me, answers: cleanAnswers(input.answers), submittedAt: new Date() } },
        events: [reviewSubmitted(current, 'PEER', me, caller.requestId)],
      };
    },
    { field: ['input', 'reviewId'] },
  );
}

/** HR sets the final rating (MANAGER_SUBMITTED -> CALIBRATED); again while CALIBRATED, it corrects it. */
export async function calibrateReview(
  models: HrModels,
  input: { reviewId: string; rating: number; note?: string | null },
): Promise<ReviewDoc> {
  const { review, cycle } = await reviewWithCycle(models, input.reviewId);
  assertNoUserErrors([...validateRating(input.rating, cycle.questions[0]), ...requireText(input.note, ['input', 'note'], 2000)]);
  const set = { finalRating: input.rating, calibrationNote: input.note?.trim() || null, calibratedAt: new Date() };
  if (review.status === 'CALIBRATED')
    return update<ReviewDoc>(models.Review, input.reviewId, () => ({ $set: set }), { field: ['input', 'reviewId'] });
  return transition<ReviewStatus, ReviewDoc>(models.Review, input.reviewId, 'CALIBRATED', { field: ['input', 'reviewId'], set });
}

/**
 * Publishes the final ratings: every review of the cycle must be calibrated; each is SHARED with
 * its employee, then the cycle is FINALIZED with `hr.cycle.finalized`. Interrupted, it is run
 * again: shared reviews stay shared and the rest follow.
 */
export async function finalizeReviewCycle(models: HrModels, id: string, caller: Caller): Promise<ReviewCycleDoc> {
  const cycle = mongoose.isObjectIdOrHexString(id) ? await findOneByIdInTenant<ReviewCycleDoc>(models.ReviewCycle, id) : null;
  if (!isVisibleCycle(cycle)) throw new UserErrors([userError(['input', 'id'], `Review cycle ${id} not found.`, 'NOT_FOUND')]);
  if (cycle!.status === 'FINALIZED')
    throw new UserErrors([userError(['input', 'id'], 'The cycle is finalized already.', 'ILLEGAL_TRANSITION')]);
  const reviews = await cycleReviews(models, id);
  const open = reviews.filter((r) => r.status !== 'CALIBRATED' && r.status !== 'SHARED');
  if (open.length) {
    throw new UserErrors([
      userError(['input', 'id'], `${open.length} of ${reviews.length} reviews are not calibrated yet.`, 'ILLEGAL_TRANSITION'),
    ]);
  }
  const sharedAt = new Date();
  for (const r of reviews.filter((r) => r.status === 'CALIBRATED')) {
    await transition<ReviewStatus, ReviewDoc>(models.Review, r._id, 'SHARED', { set: { sharedAt } });
  }
  return transition<ReviewCycleStatus, ReviewCycleDoc>(models.ReviewCycle, id, 'FINALIZED', {
    set: { finalizedAt: sharedAt },
    events: (current) => [cycleFinalized(current, reviews.length, caller.requestId)],
  });
}

/** A cycle's reviews (bounded by its participants). */
export function cycleReviews(models: HrModels, cycleId: string): Promise<ReviewDoc[]> {
  return models.Review.find({ cycleId }).sort({ employeeId: 1 }).limit(10_000).lean<ReviewDoc[]>().exec();
}

/**
 * A review's reminder is due: announce `hr.review.due` for the reviewer (customers' automation turns
 * it into a task) and set the next one, in one conditional write (several sweepers may race).
 */
export async function remindReview(models: HrModels, id: Types.ObjectId): Promise<boolean> {
  let announced = false;
  await update<ReviewDoc>(models.Review, id, async (review) => {
    if (!review.reminderAt || !review.reminderStage || review.reminderAt.getTime() > Date.now()) return null;
    const cycle = await findOneByIdInTenant<ReviewCycleDoc>(models.ReviewCycle, review.cycleId, {
      managerReviewDue: 1,
      selfReviewDue: 1,
      name: 1,
      status: 1,
    });
    if (cycle && !isVisibleCycle(cycle)) return null; // reminded once the cycle is OPEN
    if (!cycle) return { $set: { reminderAt: null, reminderStage: null } };
    const { announce, next } = nextReminder(review.status, review.reminderStage, review);
    announced = !!announce;
    const dueDate = review.reminderStage === 'SELF' ? cycle.selfReviewDue : cycle.managerReviewDue;
    return {
      $set: { reminderStage: next, reminderAt: next ? reminderAt(cycle.managerReviewDue) : null },
      events: announce ? [reviewDue(review, cycle, announce.stage, announce.reviewerId, dueDate)] : [],
    };
  });
  return announced;
}

// --- one-on-ones ---

/** A note of a one-on-one between an employee and their current manager, written by either; private to the two and HR. */
export async function addOneOnOneNote(
  models: HrModels,
  input: { employeeId: string; date: string; body: string },
  caller: Caller,
): Promise<OneOnOneNoteDoc> {
  assertNoUserErrors([
    ...(isIsoDate(input.date) ? [] : [userError(['input', 'date'], 'Use a date YYYY-MM-DD.', 'INVALID')]),
    ...requireText(input.body, ['input', 'body'], 10_000),
    ...(input.body?.trim() ? [] : [userError(['input', 'body'], 'A note has a text.', 'REQUIRED')]),
  ]);
  const employee = await employeeOrError(models, input.employeeId);
  if (!employee.managerId) throw new UserErrors([userError(['input', 'employeeId'], 'The employee has no manager.', 'INVALID')]);
  const me = await callerEmployeeId(models, caller.principal);
  if (!me || (me !== employee._id.toString() && me !== employee.managerId)) {
    throw forbidden('Only the employee and their manager write their one-on-one notes.');
  }
  return insert<OneOnOneNoteDoc>(models.OneOnOneNote, {
    employeeId: input.employeeId,
    managerId: employee.managerId,
    authorId: me,
    date: input.date,
    body: input.body.trim(),
  });
}
