import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import { byIdLoader, childConnectionLoader } from '../../lib/pagination';
import type { CustomerDoc, CustomersModels, InteractionDoc, TaskDoc, TicketCommentDoc, TicketDoc } from './models';

/** Per-request DataLoaders: created for every request, never shared across tenants. */
export function customersLoaders(models: CustomersModels) {
  return {
    customer: byIdLoader<CustomerDoc>(models.Customer),
    ticket: byIdLoader<TicketDoc>(models.Ticket),
    task: byIdLoader<TaskDoc>(models.Task),
    /** Timelines of many customers: two queries per distinct kinds filter. */
    timeline: childConnectionLoader<InteractionDoc>(models.Interaction, 'customerId'),
    customerTickets: childConnectionLoader<TicketDoc>(models.Ticket, 'customerId'),
    /** The conversations of many tickets (never read with the tickets themselves): one query. */
    ticketComments: new DataLoader<string, TicketCommentDoc[]>(async (ids) => {
      const valid = ids.filter((id) => mongoose.isObjectIdOrHexString(id));
      const docs = valid.length
        ? await models.Ticket.find({ _id: mongoose.trusted({ $in: valid }) }, { comments: 1 }).lean<Pick<TicketDoc, '_id' | 'comments'>[]>()
        : [];
      const byId = new Map(docs.map((d) => [d._id.toString(), d.comments ?? []]));
      return ids.map((id) => byId.get(id) ?? []);
    }),
  };
}
export type CustomersLoaders = ReturnType<typeof customersLoaders>;
