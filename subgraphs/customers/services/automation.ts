/**
 * Automation: the tenant's rules (or the defaults) run on the events they name. Idempotent per
 * (rule, event): a created task's `_id` derives from both (created once), a ticket assignment
 * records `<rule>:<event id>` on the ticket in the same write.
 */
import type { EventEnvelope } from '../../../lib/events';
import { automationDocumentId, DEFAULT_AUTOMATION_RULES, planAutomation } from '../domain/automation';
import type { CustomersModels } from '../models';
import { readSettings } from './settings';
import { createFollowUpTask } from './tasks';
import { assignTicketByRule } from './tickets';

export async function runAutomation(models: CustomersModels, event: EventEnvelope): Promise<void> {
  const settings = await readSettings(models);
  const actions = planAutomation(settings.automationRules ?? DEFAULT_AUTOMATION_RULES, event, settings.onCallAgentId);
  for (const action of actions) {
    if (action.kind === 'CREATE_TASK') await createFollowUpTask(models, automationDocumentId(action.rule, event.id), action);
    else await assignTicketByRule(models, action, event);
  }
}
