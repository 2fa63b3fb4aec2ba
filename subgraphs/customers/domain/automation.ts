/**
 * Automation rules (per tenant): a trigger (an event type plus equality conditions on payload
 * fields) and one action. Pure: which rules fire for an event and what they do.
 */
import { createHash } from 'node:crypto';
import { userError, type UserError } from '../../../lib/errors';
import { requireText } from '../../../lib/validation';

export type AutomationAction = 'CREATE_FOLLOW_UP_TASK' | 'ASSIGN_TICKET_TO_ON_CALL';

export interface AutomationCondition {
  /** A top-level payload field, e.g. `toStage`. */
  field: string;
  /** Compared with the field's value as a string. */
  equals: string;
}

export interface AutomationRuleDoc {
  name: string;
  eventType: string;
  conditions: AutomationCondition[];
  action: AutomationAction;
  /** CREATE_FOLLOW_UP_TASK: due this many days after the event. */
  afterDays?: number | null;
  /** CREATE_FOLLOW_UP_TASK: the task's title. */
  taskTitle?: string | null;
  enabled: boolean;
}

/** Events rules can react to, and the actions each supports. */
export const AUTOMATION_TRIGGERS: Record<string, AutomationAction[]> = {
  'sales.deal.stageChanged': ['CREATE_FOLLOW_UP_TASK'],
  'sales.deal.won': ['CREATE_FOLLOW_UP_TASK'],
  'customers.ticket.created': ['ASSIGN_TICKET_TO_ON_CALL'],
  // Conditions read the stock-low payload (productId, warehouseId, ...); the follow-up goes to the
  // owner of each deal whose open quote or unconfirmed order holds the product (`stockLowFanOut`).
  'inventory.stock.low': ['CREATE_FOLLOW_UP_TASK'],
  // hr's review deadlines: a task for the reviewer (`ownerId`).
  'hr.review.due': ['CREATE_FOLLOW_UP_TASK'],
  // finance's dunning (conditions read `level`, `daysOverdue`, ...): a task for the account's owner,
  // whom the CRM adds to the event (services/automation.ts).
  'finance.invoice.overdue': ['CREATE_FOLLOW_UP_TASK'],
};

/**
 * Triggers whose events arrive as another event: `inventory.stock.low` is known to the CRM through
 * sales' `sales.stockAlert.raised`, which names the documents at risk and their deals' owners.
 */
export const TRIGGER_CARRIERS: Record<string, string> = { 'inventory.stock.low': 'sales.stockAlert.raised' };

/** The event types the automation consumer subscribes to. */
export const automationEventTypes = () =>
  [...new Set(Object.keys(AUTOMATION_TRIGGERS).map((t) => TRIGGER_CARRIERS[t] ?? t))].sort();

/**
 * A `sales.stockAlert.raised` as the `inventory.stock.low` events rules match: one per document at
 * risk that has an owner, with the stock-low fields plus the owner, customer and deal, and a key
 * (alert id + document) that makes each follow-up once per rule.
 */
export function stockLowFanOut(event: {
  id: string;
  occurredAt: string;
  payload: {
    stockLow: Record<string, unknown>;
    occurredAt?: string;
    documents: Array<{ kind: string; id: string; customerId: string; dealId?: string | null; ownerId?: string | null }>;
  };
}): Array<{ key: string; type: string; occurredAt: string; payload: Record<string, unknown> }> {
  const seen = new Set<string>();
  return event.payload.documents.flatMap((d) => {
    // One follow-up per deal (its quote and its order are one sale), else per document.
    const key = `${event.id}:${d.dealId ?? `${d.kind}:${d.id}`}`;
    if (!d.ownerId || seen.has(key)) return [];
    seen.add(key);
    return [
      {
        key,
        type: 'inventory.stock.low',
        occurredAt: event.payload.occurredAt ?? event.occurredAt,
        payload: {
          ...event.payload.stockLow,
          ownerId: d.ownerId,
          customerId: d.customerId,
          dealId: d.dealId ?? null,
          quoteId: d.kind === 'QUOTE' ? d.id : null,
          orderId: d.kind === 'ORDER' ? d.id : null,
        },
      },
    ];
  });
}

/** What a tenant has until it stores its own rules. */
export const DEFAULT_AUTOMATION_RULES: AutomationRuleDoc[] = [
  {
    name: 'Follow up on proposals',
    eventType: 'sales.deal.stageChanged',
    conditions: [{ field: 'toStage', equals: 'PROPOSAL' }],
    action: 'CREATE_FOLLOW_UP_TASK',
    afterDays: 3,
    taskTitle: 'Follow up on the proposal',
    enabled: true,
  },
  {
    name: 'Follow up when quoted stock runs low',
    eventType: 'inventory.stock.low',
    conditions: [],
    action: 'CREATE_FOLLOW_UP_TASK',
    afterDays: 1,
    taskTitle: 'Stock is running low on a product you quoted: check the delivery date with the customer',
    enabled: true,
  },
  {
    name: 'Review deadline reminders',
    eventType: 'hr.review.due',
    conditions: [],
    action: 'CREATE_FOLLOW_UP_TASK',
    afterDays: 0,
    taskTitle: 'Submit your review before the deadline',
    enabled: true,
  },
  {
    name: 'Urgent tickets to on-call',
    eventType: 'customers.ticket.created',
    conditions: [{ field: 'priority', equals: 'URGENT' }],
    action: 'ASSIGN_TICKET_TO_ON_CALL',
    enabled: true,
  },
];

export function ruleMatches(rule: AutomationRuleDoc, event: { type: string; payload: Record<string, unknown> }): boolean {
  return (
    rule.enabled &&
    rule.eventType === event.type &&
    rule.conditions.every((c) => {
      const value = event.payload[c.field];
      return value !== undefined && value !== null && String(value) === c.equals;
    })
  );
}

export type PlannedAction =
  | {
      kind: 'CREATE_TASK';
      rule: string;
      title: string;
      assigneeId: string;
      dueAt: Date;
      customerId: string | null;
      dealId: string | null;
    }
  | { kind: 'ASSIGN_TICKET'; rule: string; ticketId: string; assigneeId: string };

/** The actions an event sets off; actions that lack who to give the work to (no owner, no on-call) are skipped. */
export function planAutomation(
  rules: AutomationRuleDoc[],
  event: { type: string; occurredAt: string; payload: Record<string, unknown> },
  onCallAgentId: string | null | undefined,
): PlannedAction[] {
  const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
  return rules
    .filter((r) => ruleMatches(r, event))
    .flatMap((rule): PlannedAction[] => {
      if (rule.action === 'CREATE_FOLLOW_UP_TASK') {
        const owner = str(event.payload.ownerId);
        if (!owner) return [];
        const dueAt = new Date(new Date(event.occurredAt).getTime() + (rule.afterDays ?? 0) * 86_400_000);
        return [
          {
            kind: 'CREATE_TASK',
            rule: rule.name,
            title: rule.taskTitle || rule.name,
            assigneeId: owner,
            dueAt,
            customerId: str(event.payload.customerId),
            dealId: str(event.payload.dealId),
          },
        ];
      }
      const ticketId = str(event.payload.ticketId);
      if (!onCallAgentId || !ticketId) return [];
      return [{ kind: 'ASSIGN_TICKET', rule: rule.name, ticketId, assigneeId: onCallAgentId }];
    });
}

/** A stable 24-hex id per (rule, event): the insert-once key of the document an action creates. */
export function automationDocumentId(rule: string, eventId: string): string {
  return createHash('sha256').update(`${rule}\u0000${eventId}`).digest('hex').slice(0, 24);
}

export function validateAutomationRules(
  rules:
    | Array<
        Omit<AutomationRuleDoc, 'enabled' | 'conditions'> & {
          enabled?: boolean | null;
          conditions?: AutomationCondition[] | null;
        }
      >
    | null
    | undefined,
): UserError[] {
  if (!rules) return [];
  if (rules.length > 50) return [userError(['input', 'automationRules'], 'At most 50 automation rules.', 'INVALID')];
  const names = new Set<string>();
  return rules.flatMap((rule, i) => {
    const at = ['input', 'automationRules', String(i)];
    const errors = [...requireText(rule.name ?? '', [...at, 'name'], 100)];
    if (names.has(rule.name.trim())) errors.push(userError([...at, 'name'], 'Rule names must be unique.', 'TAKEN'));
    names.add(rule.name.trim());
    const actions = AUTOMATION_TRIGGERS[rule.eventType];
    if (!actions)
      errors.push(
        userError([...at, 'eventType'], `Rules can react to: ${Object.keys(AUTOMATION_TRIGGERS).join(', ')}.`, 'INVALID'),
      );
    else if (!actions.includes(rule.action))
      errors.push(userError([...at, 'action'], `${rule.eventType} supports ${actions.join(', ')}.`, 'INVALID'));
    if (rule.afterDays != null && (!Number.isInteger(rule.afterDays) || rule.afterDays < 0 || rule.afterDays > 365)) {
      errors.push(userError([...at, 'afterDays'], 'afterDays must be a whole number between 0 and 365.', 'INVALID'));
    }
    (rule.conditions ?? []).forEach((c, j) => {
      if (!/^[A-Za-z][A-Za-z0-9]{0,63}$/.test(c.field))
        errors.push(userError([...at, 'conditions', String(j), 'field'], 'A payload field name.', 'INVALID'));
    });
    return errors;
  });
}
