import { byIdLoader } from '../../lib/pagination';
import type { CustomerDoc, CustomersModels } from './models';

/** Per-request DataLoaders: created for every request, never shared across tenants. */
export function customersLoaders(models: CustomersModels) {
  return {
    customer: byIdLoader<CustomerDoc>(models.Customer),
  };
}
export type CustomersLoaders = ReturnType<typeof customersLoaders>;
