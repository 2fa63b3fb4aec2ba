/** Checks of the documents a write refers to (a manager, a parent department, a type). */
import mongoose, { type Model } from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import { wouldCycle } from '../domain/org';
import type { HrModels } from '../models';

/** NOT_FOUND userError on `field` unless the tenant has the document `id` (one primary-key read). */
export async function mustExist(model: Model<any>, id: string, field: string[], what: string): Promise<void> {
  const found = mongoose.isObjectIdOrHexString(id) && (await findOneByIdInTenant(model, id, { _id: 1 }));
  if (!found) throw new UserErrors([userError(field, `${what} ${id} not found.`, 'NOT_FOUND')]);
}

/** The manager exists and, for an existing employee, is not the employee or one of their reports. */
export async function checkManager(models: HrModels, employeeId: string | null, managerId: string): Promise<void> {
  await mustExist(models.Employee, managerId, ['input', 'managerId'], 'Employee');
  if (employeeId && (await wouldCycle(models.Employee, 'managerId', employeeId, managerId))) {
    throw new UserErrors([
      userError(['input', 'managerId'], 'An employee cannot report to themselves or to one of their reports.', 'INVALID'),
    ]);
  }
}
