import { byIdLoader } from '../../lib/pagination';
import type { DepartmentDoc, EmployeeDoc, HrModels } from './models';

/** Per-request DataLoaders. */
export function hrLoaders(models: HrModels) {
  return {
    employee: byIdLoader<EmployeeDoc>(models.Employee),
    department: byIdLoader<DepartmentDoc>(models.Department),
  };
}
export type HrLoaders = ReturnType<typeof hrLoaders>;
