/**
 * The tenant's CRM settings: the attention threshold, ticket routing rules with their round-robin
 * counters, the on-call agent and automation rules. Pure: validation and the change an update makes.
 */
import { userError, type UserError } from '../../../lib/errors';
import { requireText } from '../../../lib/validation';
import { DEFAULT_ATTENTION_DAYS } from './attention';
import { validateAutomationRules, type AutomationCondition, type AutomationRuleDoc } from './automation';
import { validateRefId } from './customer';
import type { RoutingRule, RoutingStrategy, TicketPriority } from './ticket';

/** The one settings document of a tenant is found by this key (unique per tenant). */
export const SETTINGS_KEY = 'crm';

/** What a tenant has before it stores settings of its own. */
export const DEFAULT_SETTINGS = { attentionDays: DEFAULT_ATTENTION_DAYS, routingRules: [] as RoutingRule[] };

export interface RoutingRuleInput {
  name: string;
  priority?: TicketPriority | null;
  tag?: string | null;
  strategy: RoutingStrategy;
  agentIds: string[];
}

export interface AutomationRuleInput {
  name: string;
  eventType: string;
  conditions?: AutomationCondition[] | null;
  action: AutomationRuleDoc['action'];
  afterDays?: number | null;
  taskTitle?: string | null;
  enabled?: boolean | null;
}

export interface CrmSettingsInput {
  attentionDays?: number | null;
  routingRules?: RoutingRuleInput[] | null;
  onCallAgentId?: string | null;
  automationRules?: AutomationRuleInput[] | null;
}

export function validateRoutingRules(rules: RoutingRuleInput[] | null | undefined): UserError[] {
  if (!rules) return [];
  if (rules.length > 50) return [userError(['input', 'routingRules'], 'At most 50 routing rules.', 'INVALID')];
  return rules.flatMap((rule, i) => {
    const at = ['input', 'routingRules', String(i)];
    return [
      ...requireText(rule.name ?? '', [...at, 'name'], 100),
      ...(rule.agentIds.length === 0 || rule.agentIds.length > 100
        ? [userError([...at, 'agentIds'], 'A rule needs between 1 and 100 agents.', 'INVALID')]
        : []),
      ...rule.agentIds.flatMap((a, j) => validateRefId(a, [...at, 'agentIds', String(j)])),
    ];
  });
}

export function validateCrmSettings(input: CrmSettingsInput): UserError[] {
  const days = input.attentionDays;
  return [
    ...(days != null && (!Number.isInteger(days) || days < 1 || days > 3650)
      ? [userError(['input', 'attentionDays'], 'attentionDays must be a whole number between 1 and 3650.', 'INVALID')]
      : []),
    ...validateRoutingRules(input.routingRules),
    ...validateRefId(input.onCallAgentId, ['input', 'onCallAgentId']),
    ...validateAutomationRules(input.automationRules),
  ];
}

/** The fields an update sets: those given replace the current ones; a rule kept under its name keeps its round-robin position. */
export function settingsChange(
  current: { attentionDays: number; routingRules: RoutingRule[] },
  input: CrmSettingsInput,
): Record<string, unknown> {
  return {
    attentionDays: input.attentionDays ?? current.attentionDays,
    routingRules: input.routingRules
      ? input.routingRules.map((r) => ({
          name: r.name.trim(),
          priority: r.priority ?? null,
          tag: r.tag ? r.tag.trim().toLowerCase() : null,
          strategy: r.strategy,
          agentIds: r.agentIds,
          cursor: current.routingRules.find((p) => p.name === r.name.trim())?.cursor ?? 0,
        }))
      : current.routingRules,
    ...(input.onCallAgentId !== undefined && { onCallAgentId: input.onCallAgentId || null }),
    ...(input.automationRules != null && {
      automationRules: input.automationRules.map((r) => ({
        name: r.name.trim(),
        eventType: r.eventType,
        conditions: (r.conditions ?? []).map((c) => ({ field: c.field, equals: c.equals })),
        action: r.action,
        afterDays: r.afterDays ?? null,
        taskTitle: r.taskTitle?.trim() || null,
        enabled: r.enabled ?? true,
      })),
    }),
  };
}
