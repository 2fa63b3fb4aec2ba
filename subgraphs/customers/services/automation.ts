/**
 * Automation: the tenant's rules (or the defaults) run on the events they name. Idempotent per
 * (rule, event): a created task's `_id` derives from both (created once), a ticket assignment
 * records `<rule>:<event id>` on the ticket in the same write.
 */
import { isValidObjectId } from 'mongoose';
import { isEvent, type EventEnvelope } from '../../../lib/events';
import { automationDocumentId, DEFAULT_AUTOMATION_RULES, planAutomation, stockLowFanOut } from '../domain/automation';
import type { CustomersModels } from '../models';
import { readSettings } from './settings';
import { createFollowUpTask } from './tasks';
import { assignTicketByRule } from './tickets';

export async function runAutomation(models: CustomersModels, event: EventEnvelope): Promise<void> {
  const settings = await readSettings(models);
  const rules = settings.automationRules ?? DEFAULT_AUTOMATION_RULES;
  if (isEvent(event, 'sales.stockAlert.raised')) {
    // `inventory.stock.low` rules, once per document at risk: the task's key is the rule, the alert and the deal.
    for (const fanned of stockLowFanOut(event)) {
      for (const action of planAutomation(rules, fanned, settings.onCallAgentId)) {
        if (action.kind === 'CREATE_TASK')
          await createFollowUpTask(models, automationDocumentId(action.rule, fanned.key), action);
      }
    }
    return;
  }
  if (isEvent(event, 'finance.invoice.overdue')) {
    // Finance does not know who owns the account: the follow-up goes to the customer's owner.
    const { customerId } = event.payload;
    const customer = isValidObjectId(customerId) ? await models.Customer.findById(customerId, { ownerId: 1 }).lean() : null;
    event = { ...event, payload: { ...event.payload, ownerId: customer?.ownerId ?? null } };
  }
  const actions = planAutomation(rules, event, settings.onCallAgentId);
  for (const action of actions) {
    if (action.kind === 'CREATE_TASK') await createFollowUpTask(models, automationDocumentId(action.rule, event.id), action);
    else await assignTicketByRule(models, action, event);
  }
}
