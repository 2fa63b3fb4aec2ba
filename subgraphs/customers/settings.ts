/** The tenant's CRM settings document and ticket routing (I/O around the pure rules in domain/). */
import { isDuplicateKeyError } from '../../lib/mutation';
import { updateVersioned } from '../../lib/versioned-update';
import { DEFAULT_ATTENTION_DAYS } from './domain/attention';
import { leastLoadedChoice, matchRoutingRule, roundRobinChoice, UNRESOLVED_TICKET_STATUSES } from './domain/ticket';
import type { CrmSettingsDoc, CustomersModels, RoutingStrategy, TicketPriority } from './models';
import mongoose from 'mongoose';

const KEY = 'crm';

export type SettingsView = Pick<CrmSettingsDoc, 'attentionDays' | 'routingRules' | 'onCallAgentId' | 'automationRules'>;

export async function readSettings(models: CustomersModels): Promise<SettingsView> {
  const doc = await models.CrmSettings.findOne({ key: KEY }).lean<CrmSettingsDoc>();
  return doc ?? { attentionDays: DEFAULT_ATTENTION_DAYS, routingRules: [] };
}

/** The id of the tenant's settings document, creating it once (the unique index arbitrates races). */
export async function settingsId(models: CustomersModels): Promise<string> {
  const existing = await models.CrmSettings.findOne({ key: KEY }).select({ _id: 1 }).lean<{ _id: unknown }>();
  if (existing) return String(existing._id);
  try {
    const created = await models.CrmSettings.create({ key: KEY, attentionDays: DEFAULT_ATTENTION_DAYS, routingRules: [] });
    return created._id.toString();
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    const raced = await models.CrmSettings.findOne({ key: KEY }).select({ _id: 1 }).lean<{ _id: unknown }>();
    return String(raced!._id);
  }
}

export interface RoutingDecision {
  assigneeId: string;
  ruleName: string;
  strategy: RoutingStrategy;
}

/**
 * Picks the assignee of a new ticket by the tenant's rules, or null when no rule matches.
 * Round robin advances the rule's counter with a versioned conditional write on the settings
 * document (under its document lock), so concurrent tickets never get the same turn.
 */
export async function routeTicket(
  models: CustomersModels,
  ticket: { priority: TicketPriority; tags: string[] },
): Promise<RoutingDecision | null> {
  const settings = await readSettings(models);
  const matched = matchRoutingRule(settings.routingRules, ticket);
  if (!matched) return null;
  if (matched.rule.strategy === 'LEAST_LOADED') {
    const counts = await Promise.all(
      matched.rule.agentIds.map((agent) =>
        models.Ticket.countDocuments({ assigneeId: agent, status: mongoose.trusted({ $in: UNRESOLVED_TICKET_STATUSES }) }),
      ),
    );
    const load = new Map(matched.rule.agentIds.map((agent, i) => [agent, counts[i]]));
    return { assigneeId: leastLoadedChoice(matched.rule.agentIds, load), ruleName: matched.rule.name, strategy: 'LEAST_LOADED' };
  }
  let decision: RoutingDecision | null = null;
  const id = await settingsId(models);
  await updateVersioned<CrmSettingsDoc>(models.CrmSettings, 'Settings', id, ['input'], (current) => {
    // Re-match on the current document: the rules may have changed since the first read.
    const again = matchRoutingRule(current.routingRules, ticket);
    if (!again) {
      decision = null;
      return null;
    }
    if (again.rule.strategy === 'LEAST_LOADED') {
      decision = null;
      return null;
    }
    const choice = roundRobinChoice(again.rule.agentIds, again.rule.cursor ?? 0);
    decision = { assigneeId: choice.agentId, ruleName: again.rule.name, strategy: 'ROUND_ROBIN' };
    return { $set: { [`routingRules.${again.index}.cursor`]: choice.nextCursor } };
  });
  return decision;
}
