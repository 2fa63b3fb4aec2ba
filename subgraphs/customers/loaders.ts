import { byIdLoader, childConnectionLoader } from '../../lib/pagination';
import type { CustomerDoc, CustomersModels, InteractionDoc, TaskDoc, TicketDoc } from './models';

/** Per-request DataLoaders: created for every request, never shared across tenants. */
export function customersLoaders(models: CustomersModels) {
  return {
    customer: byIdLoader<CustomerDoc>(models.Customer),
    ticket: byIdLoader<TicketDoc>(models.Ticket),
    task: byIdLoader<TaskDoc>(models.Task),
    /** Timelines of many customers: two queries per distinct kinds filter. */
    timeline: childConnectionLoader<InteractionDoc>(models.Interaction, 'customerId'),
    customerTickets: childConnectionLoader<TicketDoc>(models.Ticket, 'customerId'),
  };
}
export type CustomersLoaders = ReturnType<typeof customersLoaders>;
