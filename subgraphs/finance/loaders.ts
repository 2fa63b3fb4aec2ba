import { byIdLoader, childConnectionLoader } from '../../lib/pagination';
import type { FinanceModels, InvoiceDoc } from './models';

/** Per-request DataLoaders. */
export function financeLoaders(models: FinanceModels) {
  return {
    invoice: byIdLoader<InvoiceDoc>(models.Invoice),
    invoicesOfCustomer: childConnectionLoader<InvoiceDoc>(models.Invoice, 'customerId'),
  };
}
export type FinanceLoaders = ReturnType<typeof financeLoaders>;
