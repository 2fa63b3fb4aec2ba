/**
 * The tenant's CRM settings document (one, found by its unique key and created on first write) and
 * ticket routing, whose round-robin counters live in it.
 */
import mongoose from 'mongoose';
import { assertNoUserErrors } from '../../../lib/mutation';
import { update, type Change } from '../../../lib/write';
import { DEFAULT_AUTOMATION_RULES } from '../domain/automation';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  settingsChange,
  validateCrmSettings,
  type CrmSettingsInput,
} from '../domain/crm-settings';
import {
  leastLoadedChoice,
  matchRoutingRule,
  roundRobinChoice,
  UNRESOLVED_TICKET_STATUSES,
  type RoutingStrategy,
  type TicketPriority,
} from '../domain/ticket';
import type { CrmSettingsDoc, CrmSettingsView, CustomersModels } from '../models';

const KEY = { key: SETTINGS_KEY };

/** The settings as stored, or the defaults while the tenant has stored none (a read never creates the document). */
export async function readSettings(models: CustomersModels): Promise<CrmSettingsView> {
  const doc = await models.CrmSettings.findOne(KEY).lean<CrmSettingsDoc>();
  return doc ?? DEFAULT_SETTINGS;
}

/** The settings as the API shows them: the default automation rules until the tenant sets its own. */
export const settingsView = (settings: CrmSettingsView): CrmSettingsView => ({
  ...settings,
  automationRules: settings.automationRules ?? DEFAULT_AUTOMATION_RULES,
});

/** A versioned write of the settings document, created with the defaults the first time (the unique key arbitrates). */
const changeSettings = (
  models: CustomersModels,
  decide: (current: CrmSettingsDoc) => Change | null,
  field = ['input'],
): Promise<CrmSettingsDoc> => update<CrmSettingsDoc>(models.CrmSettings, KEY, decide, { field, create: () => DEFAULT_SETTINGS });

/** Replaces the settings given; the others keep their value. */
export async function updateCrmSettings(models: CustomersModels, input: CrmSettingsInput): Promise<CrmSettingsView> {
  assertNoUserErrors(validateCrmSettings(input));
  return settingsView(await changeSettings(models, (current) => ({ $set: settingsChange(current, input) })));
}

export interface RoutingDecision {
  assigneeId: string;
  ruleName: string;
  strategy: RoutingStrategy;
}

/**
 * Picks the assignee of a new ticket by the tenant's rules, or null when no rule matches. Round
 * robin takes the rule's turn and advances its counter in one versioned write of the settings
 * document: a writer that lost the race decides again on the fresh counter, so concurrent tickets
 * (in any number of processes) never get the same turn.
 */
export async function routeTicket(
  models: CustomersModels,
  ticket: { priority: TicketPriority; tags: string[] },
): Promise<RoutingDecision | null> {
  const matched = matchRoutingRule((await readSettings(models)).routingRules, ticket);
  if (!matched) return null;
  if (matched.rule.strategy === 'LEAST_LOADED') {
    const { agentIds, name } = matched.rule;
    const counts = await Promise.all(
      agentIds.map((agent) =>
        models.Ticket.countDocuments({ assigneeId: agent, status: mongoose.trusted({ $in: UNRESOLVED_TICKET_STATUSES }) }),
      ),
    );
    const load = new Map(agentIds.map((agent, i) => [agent, counts[i]]));
    return { assigneeId: leastLoadedChoice(agentIds, load), ruleName: name, strategy: 'LEAST_LOADED' };
  }
  // The decision of the attempt whose write won (decide runs again after a lost race).
  let decision: RoutingDecision | null = null;
  await changeSettings(models, (current) => {
    decision = null;
    // Matched again on the current document: the rules may have changed since the first read.
    const again = matchRoutingRule(current.routingRules, ticket);
    if (!again || again.rule.strategy !== 'ROUND_ROBIN') return null;
    const choice = roundRobinChoice(again.rule.agentIds, again.rule.cursor ?? 0);
    decision = { assigneeId: choice.agentId, ruleName: again.rule.name, strategy: 'ROUND_ROBIN' };
    return { $set: { [`routingRules.${again.index}.cursor`]: choice.nextCursor } };
  });
  return decision;
}
