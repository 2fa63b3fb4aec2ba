/**
 * The operations models: one file per aggregate, registered here. Nothing else opens a
 * collection of the operations database.
 */
import type { Connection } from 'mongoose';
import type { PlanCell } from '../domain/resources';
import type { Profitability } from '../domain/profitability';
import { billingAdjustmentModel } from './billing-adjustment';
import { projectModel } from './project';
import { publicHolidayModel } from './public-holiday';
import { projectTaskModel } from './project-task';
import { staffMemberModel } from './staff-member';
import { timesheetModel } from './timesheet';

export * from './billing-adjustment';
export * from './project';
export * from './public-holiday';
export * from './project-task';
export * from './staff-member';
export * from './timesheet';

export function operationsModels(connection: Connection) {
  return {
    Project: projectModel(connection),
    ProjectTask: projectTaskModel(connection),
    Timesheet: timesheetModel(connection),
    StaffMember: staffMemberModel(connection),
    PublicHoliday: publicHolidayModel(connection),
    BillingAdjustment: billingAdjustmentModel(connection),
  };
}
export type OperationsModels = ReturnType<typeof operationsModels>;

/** Entities other subgraphs own, as operations knows them: just the key. */
export interface EntityRef {
  id: string;
}

/** Views the resolvers read (not stored as such). */
export type ProfitabilityModel = Profitability;
export type PlanCellModel = PlanCell;
export interface ResourcePlanRowModel {
  employeeId: string;
  cells: PlanCell[];
}
export interface ResourcePlanModel {
  weeks: string[];
  rows: ResourcePlanRowModel[];
}
