/** Checks of the documents a write refers to: projects, tasks and employees (as replicated from hr). */
import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import type { OperationsModels, ProjectDoc, ProjectTaskDoc, StaffMemberDoc } from '../models';

export async function mustFindProject(models: OperationsModels, id: string, field: string[]): Promise<ProjectDoc> {
  const project = mongoose.isObjectIdOrHexString(id) ? await findOneByIdInTenant<ProjectDoc>(models.Project, id) : null;
  if (!project) throw new UserErrors([userError(field, `Project ${id} not found.`, 'NOT_FOUND')]);
  return project;
}

export async function mustFindTask(models: OperationsModels, id: string, field: string[]): Promise<ProjectTaskDoc> {
  const task = mongoose.isObjectIdOrHexString(id) ? await findOneByIdInTenant<ProjectTaskDoc>(models.ProjectTask, id) : null;
  if (!task) throw new UserErrors([userError(field, `Task ${id} not found.`, 'NOT_FOUND')]);
  return task;
}

/**
 * An employee as operations knows them: hr's `hr.employee.upserted` events replicate every
 * employee here; one hr has not announced (or not yet) is NOT_FOUND.
 */
export async function mustFindStaff(models: OperationsModels, employeeId: string, field: string[]): Promise<StaffMemberDoc> {
  const staff = await models.StaffMember.findOne({ employeeId }).lean<StaffMemberDoc>();
  if (!staff || staff.hrVersion < 0) throw new UserErrors([userError(field, `Employee ${employeeId} not found.`, 'NOT_FOUND')]);
  return staff;
}

export async function mustAllExist(models: OperationsModels, employeeIds: string[], field: string[]): Promise<void> {
  const unique = [...new Set(employeeIds)];
  if (!unique.length) return;
  const found = await models.StaffMember.find({ employeeId: mongoose.trusted({ $in: unique }) })
    .select({ employeeId: 1, hrVersion: 1 })
    .lean<Array<Pick<StaffMemberDoc, 'employeeId' | 'hrVersion'>>>();
  const known = new Set(found.filter((s) => s.hrVersion >= 0).map((s) => s.employeeId));
  const missing = unique.filter((id) => !known.has(id));
  if (missing.length) {
    throw new UserErrors(missing.map((id) => userError(field, `Employee ${id} not found.`, 'NOT_FOUND')));
  }
}
