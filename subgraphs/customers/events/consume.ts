/**
 * What customers consumes: converted leads (sales), paid invoices (finance), user links (hr) and the events its
 * automation rules react to, all in ONE consumer group, `customers.reactions`: one bus poller for
 * the service instead of one per reaction (each poller queries the shared log every poll interval).
 */
import type { ConsumerDefinition } from '../../../lib/subgraph';
import { automationEventTypes } from '../domain/automation';
import type { CustomersModels } from '../models';
import { runAutomation } from '../services/automation';
import { createCustomerFromLead } from '../services/customers';
import { recordInvoicePaid } from '../services/interactions';
import { recordUserLink } from '../services/user-links';

export const REACTIONS_GROUP = 'customers.reactions';

/** Each reaction is idempotent on its own (insert once under a unique key, or a key recorded by the same write). */
export function customersReactions(models: CustomersModels): ConsumerDefinition[] {
  return [
    { group: 'customers.lead-converter', types: ['sales.lead.converted'], handle: (e) => createCustomerFromLead(models, e) },
    {
      group: 'customers.invoice-timeline',
      types: ['finance.invoice.statusChanged', 'finance.invoice.overdue'],
      handle: (e) => recordInvoicePaid(models, e),
    },
    { group: 'customers.user-links', types: ['hr.user.linked'], handle: (e) => recordUserLink(models, e) },
    { group: 'customers.automation', types: automationEventTypes(), handle: (e) => runAutomation(models, e) },
  ];
}

export function customersConsumers(models: CustomersModels): ConsumerDefinition[] {
  return [combinedConsumer(REACTIONS_GROUP, customersReactions(models))];
}

/**
 * Several reactions as one consumer group. An event retried because a later reaction failed
 * changes nothing more in the earlier ones, since each is idempotent.
 */
export function combinedConsumer(group: string, reactions: ConsumerDefinition[]): ConsumerDefinition {
  return {
    group,
    types: [...new Set(reactions.flatMap((r) => r.types))],
    handle: async (event, context) => {
      for (const reaction of reactions) if (reaction.types.includes(event.type)) await reaction.handle(event, context);
    },
  };
}
