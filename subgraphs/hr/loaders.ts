import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import { byIdLoader, childConnectionLoader, groupLoader } from '../../lib/pagination';
import type {
  DepartmentDoc,
  EmployeeDoc,
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
  return {
    employee: byIdLoader<EmployeeDoc>(models.Employee),
    department: byIdLoader<DepartmentDoc>(models.Department),
    timeOffType: byIdLoader<TimeOffTypeDoc>(models.TimeOffType),
    timeOffRequest: byIdLoader<TimeOffRequestDoc>(models.TimeOffRequest),
    payrollRun: byIdLoader<PayrollRunDoc>(models.PayrollRun),
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
    reviewCycle: byIdLoader<ReviewCycleDoc>(models.ReviewCycle),
    review: byIdLoader<ReviewDoc>(models.Review),
    /** Goals, reviews (newest first) and one-on-one notes of many employees, one query each. */
    goals: groupLoader<GoalDoc>(models.Goal, 'employeeId'),
    reviews: new DataLoader<string, ReviewDoc[]>(async (employeeIds) => {
      const docs = await models.Review.find({ employeeId: mongoose.trusted({ $in: [...employeeIds] }) })
        .sort({ _id: -1 })
        .limit(5000)
        .lean<ReviewDoc[]>();
      return employeeIds.map((id) => docs.filter((d) => d.employeeId === id));
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
