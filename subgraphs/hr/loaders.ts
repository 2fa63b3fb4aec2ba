import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import { byIdLoader, childConnectionLoader, groupLoader } from '../../lib/pagination';
import { isVisibleCycle } from './domain/performance';
import type {
  DepartmentDoc,
  EmployeeDoc,
  ExpenseClaimDoc,
  GoalDoc,
  HolidayDoc,
  OneOnOneNoteDoc,
  ReviewCycleDoc,
  ReviewDoc,
  HrModels,
  PayrollRunDoc,
  TimeOffLedgerDoc,
  TimeOffRequestDoc,
  TimeOffTypeDoc,
  UserLinkDoc,
} from './models';

/** Per-request DataLoaders. */
export function hrLoaders(models: HrModels) {
  const cycles = byIdLoader<ReviewCycleDoc>(models.ReviewCycle);
  const reviewsById = byIdLoader<ReviewDoc>(models.Review);
  return {
    employee: byIdLoader<EmployeeDoc>(models.Employee),
    department: byIdLoader<DepartmentDoc>(models.Department),
    timeOffType: byIdLoader<TimeOffTypeDoc>(models.TimeOffType),
    timeOffRequest: byIdLoader<TimeOffRequestDoc>(models.TimeOffRequest),
    payrollRun: byIdLoader<PayrollRunDoc>(models.PayrollRun),
    expenseClaim: byIdLoader<ExpenseClaimDoc>(models.ExpenseClaim),
    holiday: byIdLoader<HolidayDoc>(models.Holiday),
    /** Direct reports of many managers in one query. */
    reports: groupLoader<EmployeeDoc>(models.Employee, 'managerId'),
    /** Sub-departments of many departments in one query. */
    childDepartments: groupLoader<DepartmentDoc>(models.Department, 'parentId'),
    departmentEmployees: childConnectionLoader<EmployeeDoc>(models.Employee, 'departmentId'),
    /** Approved time off of many employees (their ledgers) in one query. */
    timeOffLedger: new DataLoader<string, TimeOffLedgerDoc | null>(async (employeeIds) => {
      const docs = await models.TimeOffLedger.find({ employeeId: mongoose.trusted({ $in: [...employeeIds] }) }).lean<
        TimeOffLedgerDoc[]
      >();
      const byEmployee = new Map(docs.map((d) => [d.employeeId, d]));
      return employeeIds.map((id) => byEmployee.get(id) ?? null);
    }),
    /** Submitted (pending) requests of many employees in one query. */
    pendingTimeOff: new DataLoader<string, TimeOffRequestDoc[]>(async (employeeIds) => {
      const docs = await models.TimeOffRequest.find({
        employeeId: mongoose.trusted({ $in: [...employeeIds] }),
        status: 'SUBMITTED',
      }).lean<TimeOffRequestDoc[]>();
      return employeeIds.map((id) => docs.filter((d) => d.employeeId === id));
    }),
    // Reviews and cycles as users see them: a cycle still PREPARING (services/performance.ts) and its reviews do not exist yet.
    reviewCycle: new DataLoader<string, ReviewCycleDoc | null>(async (ids) =>
      (await cycles.loadMany([...ids])).map((c) => (isVisibleCycle(c as ReviewCycleDoc) ? (c as ReviewCycleDoc) : null)),
    ),
    review: new DataLoader<string, ReviewDoc | null>(async (ids) => {
      const found = (await reviewsById.loadMany([...ids])) as Array<ReviewDoc | null>;
      const shown = await cycles.loadMany(found.map((r) => r?.cycleId ?? ''));
      return found.map((r, i) => (r && isVisibleCycle(shown[i] as ReviewCycleDoc) ? r : null));
    }),
    /** Goals, reviews (newest first) and one-on-one notes of many employees, one query each. */
    goals: groupLoader<GoalDoc>(models.Goal, 'employeeId'),
    reviews: new DataLoader<string, ReviewDoc[]>(async (employeeIds) => {
      const docs = await models.Review.find({ employeeId: mongoose.trusted({ $in: [...employeeIds] }) })
        .sort({ _id: -1 })
        .limit(5000)
        .lean<ReviewDoc[]>();
      const shown = await cycles.loadMany([...new Set(docs.map((d) => d.cycleId))]);
      const open = new Set(
        shown.filter((c): c is ReviewCycleDoc => isVisibleCycle(c as ReviewCycleDoc)).map((c) => c._id.toString()),
      );
      return employeeIds.map((id) => docs.filter((d) => d.employeeId === id && open.has(d.cycleId)));
    }),
    oneOnOneNotes: new DataLoader<string, OneOnOneNoteDoc[]>(async (employeeIds) => {
      const docs = await models.OneOnOneNote.find({ employeeId: mongoose.trusted({ $in: [...employeeIds] }) })
        .sort({ _id: -1 })
        .limit(5000)
        .lean<OneOnOneNoteDoc[]>();
      return employeeIds.map((id) => docs.filter((d) => d.employeeId === id));
    }),
    /** The user linked to each of many employees, in one query. */
    userLinkOfEmployee: new DataLoader<string, UserLinkDoc | null>(async (employeeIds) => {
      const docs = await models.UserLink.find({ employeeKey: mongoose.trusted({ $in: [...employeeIds] }) }).lean<UserLinkDoc[]>();
      const byEmployee = new Map(docs.map((d) => [d.employeeKey, d]));
      return employeeIds.map((id) => byEmployee.get(id) ?? null);
    }),
    /** Every time-off type of the tenant (a short list), read once per request. */
    allTimeOffTypes: new DataLoader<'all', TimeOffTypeDoc[]>(async (keys) => {
      const docs = await models.TimeOffType.find({}).sort({ _id: 1 }).limit(500).lean<TimeOffTypeDoc[]>();
      return keys.map(() => docs);
    }),
  };
}
export type HrLoaders = ReturnType<typeof hrLoaders>;
