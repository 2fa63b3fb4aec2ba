/**
 * Automation: the tenant's rules (or the defaults) run on the events they name. Idempotent per
 * (rule, event): a created task's `_id` derives from both (created once), a ticket assignment
 * records `<rule>:<event id>` on the ticket in the same write.
 */
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
  const actions = planAutomation(rules, event, settings.onCallAgentId);
  for (const action of actions) {
    if (action.kind === 'CREATE_TASK') await createFollowUpTask(models, automationDocumentId(action.rule, event.id), action);
    else await assignTicketByRule(models, action, event);
  }
}
