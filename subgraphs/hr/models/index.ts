/**
 * The hr models: one file per aggregate, registered here. Nothing else opens a collection of the
 * hr database.
 */
import type { Connection } from 'mongoose';
import type { TimeOffBalance } from '../domain/time-off';
import { departmentModel } from './department';
import { employeeModel } from './employee';
import { expenseClaimModel } from './expense-claim';
import { holidayModel } from './holiday';
import { payrollRunModel } from './payroll-run';
import { payrollSettingsModel } from './payroll-settings';
import { timeOffLedgerModel } from './time-off-ledger';
import { timeOffRequestModel } from './time-off-request';
import { timeOffTypeModel } from './time-off-type';
import { userLinkModel } from './user-link';
import { goalModel, oneOnOneNoteModel, reviewCycleModel, reviewModel } from './performance';

export * from './department';
export * from './employee';
export * from './expense-claim';
export * from './holiday';
export * from './payroll-run';
export * from './payroll-settings';
export * from './time-off-ledger';
export * from './time-off-request';
export * from './time-off-type';
export * from './user-link';
export * from './performance';

export function hrModels(connection: Connection) {
  return {
    Department: departmentModel(connection),
    Employee: employeeModel(connection),
    Holiday: holidayModel(connection),
    TimeOffType: timeOffTypeModel(connection),
    TimeOffRequest: timeOffRequestModel(connection),
    TimeOffLedger: timeOffLedgerModel(connection),
    PayrollSettings: payrollSettingsModel(connection),
    PayrollRun: payrollRunModel(connection),
    UserLink: userLinkModel(connection),
    Goal: goalModel(connection),
    ReviewCycle: reviewCycleModel(connection),
    Review: reviewModel(connection),
    OneOnOneNote: oneOnOneNoteModel(connection),
    ExpenseClaim: expenseClaimModel(connection),
  };
}
export type HrModels = ReturnType<typeof hrModels>;

/** Views the resolvers read (not stored as such). */
export type TimeOffBalanceModel = TimeOffBalance;
export interface OrgChartNodeModel {
  depth: number;
  parentId: string | null;
  employeeId?: string;
  departmentId?: string;
}
export interface OrgChartModel {
  maxDepth: number;
  truncated: boolean;
  nodes: OrgChartNodeModel[];
}
