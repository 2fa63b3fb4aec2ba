/** Every write of a department: create, rename, re-parent (never under itself), set its manager. */
import { userError, UserErrors } from '../../../lib/errors';
import { assertNoUserErrors } from '../../../lib/mutation';
import { requireText } from '../../../lib/validation';
import { insert, update } from '../../../lib/write';
import { wouldCycle } from '../domain/org';
import type { DepartmentDoc, HrModels } from '../models';
import { mustExist } from './references';

const nameTaken = (name: string | undefined) => ({ field: ['input', 'name'], message: `Department ${name} already exists.` });

export async function createDepartment(
  models: HrModels,
  input: { name: string; parentId?: string | null; managerId?: string | null },
): Promise<DepartmentDoc> {
  assertNoUserErrors(requireText(input.name, ['input', 'name']));
  if (input.parentId) await mustExist(models.Department, input.parentId, ['input', 'parentId'], 'Department');
  if (input.managerId) await mustExist(models.Employee, input.managerId, ['input', 'managerId'], 'Employee');
  const name = input.name.trim();
  return insert<DepartmentDoc>(
    models.Department,
    { name, nameKey: name.toLowerCase(), parentId: input.parentId ?? null, managerId: input.managerId ?? null },
    { taken: nameTaken(name) },
  );
}

export async function updateDepartment(
  models: HrModels,
  input: { id: string; name?: string | null; parentId?: string | null; managerId?: string | null },
): Promise<DepartmentDoc> {
  assertNoUserErrors(requireText(input.name, ['input', 'name']));
  const set: Record<string, unknown> = {};
  if (input.name != null) Object.assign(set, { name: input.name.trim(), nameKey: input.name.trim().toLowerCase() });
  if (input.parentId !== undefined) {
    if (input.parentId) {
      await mustExist(models.Department, input.parentId, ['input', 'parentId'], 'Department');
      if (await wouldCycle(models.Department, 'parentId', input.id, input.parentId)) {
        throw new UserErrors([
          userError(['input', 'parentId'], 'A department cannot sit under itself or its sub-departments.', 'INVALID'),
        ]);
      }
    }
    set.parentId = input.parentId ?? null;
  }
  if (input.managerId !== undefined) {
    if (input.managerId) await mustExist(models.Employee, input.managerId, ['input', 'managerId'], 'Employee');
    set.managerId = input.managerId ?? null;
  }
  return update<DepartmentDoc>(models.Department, input.id, () => (Object.keys(set).length ? { $set: set } : null), {
    taken: nameTaken(input.name?.trim()),
  });
}
