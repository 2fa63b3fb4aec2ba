import DataLoader from 'dataloader';
import mongoose, { type Model } from 'mongoose';
import { byIdLoader, childConnectionLoader, groupLoader } from '../../lib/pagination';
import type {
  AllocationView,
  BillingAdjustmentDoc,
  OperationsModels,
  ProjectDoc,
  ProjectTaskDoc,
  StaffMemberDoc,
  TimesheetDoc,
} from './models';

/** One query for the documents whose `field` is any of the keys, re-ordered to the keys (first match). */
function byFieldLoader<T>(model: Model<any>, field: string) {
  return new DataLoader<string, T | null>(async (keys) => {
    const docs = (await model.find({ [field]: mongoose.trusted({ $in: [...keys] }) }).lean()) as T[];
    const byKey = new Map(docs.map((d) => [String((d as Record<string, unknown>)[field]), d]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

const allocationView = (staff: StaffMemberDoc, a: StaffMemberDoc['allocations'][number]): AllocationView => ({
  ...a,
  employeeId: staff.employeeId,
});

/** Per-request DataLoaders. */
export function operationsLoaders(models: OperationsModels) {
  return {
    project: byIdLoader<ProjectDoc>(models.Project),
    task: byIdLoader<ProjectTaskDoc>(models.ProjectTask),
    timesheet: byIdLoader<TimesheetDoc>(models.Timesheet),
    /** Every milestone and task of many projects in one query. */
    tasksOfProject: groupLoader<ProjectTaskDoc>(models.ProjectTask, 'projectId'),
    /** Every timesheet of many projects in one query (profitability). */
    timesheetsOfProject: groupLoader<TimesheetDoc>(models.Timesheet, 'projectId'),
    /** What finance voided or credited of many projects' billings, in one query (profitability). */
    adjustmentsOfProject: groupLoader<BillingAdjustmentDoc>(models.BillingAdjustment, 'projectId'),
    projectOfDeal: byFieldLoader<ProjectDoc>(models.Project, 'dealId'),
    projectsOfCustomer: childConnectionLoader<ProjectDoc>(models.Project, 'customerId'),
    /** What operations knows of many employees (hr ids) in one query. */
    staff: byFieldLoader<StaffMemberDoc>(models.StaffMember, 'employeeId'),
    /** Allocations by id, in one query. */
    allocation: new DataLoader<string, AllocationView | null>(async (ids) => {
      const valid = ids.filter((id) => mongoose.isObjectIdOrHexString(id));
      const docs = valid.length
        ? await models.StaffMember.find({ 'allocations._id': mongoose.trusted({ $in: valid }) }).lean<StaffMemberDoc[]>()
        : [];
      const byId = new Map(docs.flatMap((s) => s.allocations.map((a) => [a._id.toString(), allocationView(s, a)] as const)));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Allocations on many projects in one query. */
    allocationsOfProject: new DataLoader<string, AllocationView[]>(async (projectIds) => {
      const docs = await models.StaffMember.find({
        'allocations.projectId': mongoose.trusted({ $in: [...projectIds] }),
      }).lean<StaffMemberDoc[]>();
      const all = docs.flatMap((s) => s.allocations.map((a) => allocationView(s, a)));
      return projectIds.map((id) => all.filter((a) => a.projectId === id).sort((a, b) => a.from.localeCompare(b.from)));
    }),
    /** Open tasks assigned to many employees in one query. */
    assignedTasks: new DataLoader<string, ProjectTaskDoc[]>(async (employeeIds) => {
      const docs = await models.ProjectTask.find({
        assigneeIds: mongoose.trusted({ $in: [...employeeIds] }),
        status: mongoose.trusted({ $in: ['TODO', 'IN_PROGRESS'] }),
      })
        .sort({ _id: 1 })
        .limit(100 * employeeIds.length)
        .lean<ProjectTaskDoc[]>();
      return employeeIds.map((id) => docs.filter((t) => t.assigneeIds.includes(id)).slice(0, 100));
    }),
  };
}
export type OperationsLoaders = ReturnType<typeof operationsLoaders>;
